import type { Policy, PolicyAction, PolicyConditions, PolicyRule, ReasonRef } from './document.js';
import { reminderLeadDays } from './deadlines.js';

// A policy read aloud: one plain sentence per thing it does, in the order a merchant thinks
// of them — when a claim may be filed, what it must bring, how soon the store answers, and
// each rule as "when …, then …". Pure, so the console shows exactly what the document says
// and a test can hold the wording. Amounts are in the order's minor units, as the policy
// counts them; reasons are named by their ids, as the policy names them.
//
// The structure (which sentences, in which order, what a rule's conditions and actions are)
// lives in `policySentences`; the words live in a `PolicyWords`, so the console can read the
// same policy in its own language. English is here; the console's other languages are in
// web/src/console/i18n/policy-words.ts. Values from the policy (SKU patterns, reason ids,
// queues, tags, rule ids, descriptions, currencies, time zones, rejection reasons) are shown
// as written, in every language.

/** Both ends inclusive; at least one is set. */
export interface ValueRange {
  min?: number;
  max?: number;
}

/** Which items a return-window override is for; neither means every item. */
export interface OverrideTarget {
  sku?: readonly string[];
  reasons?: readonly ReasonRef[];
}

/** Which claims a requirement is for; neither means every claim. */
export interface RequirementTarget {
  kinds?: readonly string[];
  reasons?: readonly ReasonRef[];
}

/** What a requirement asks for; at least one of them. */
export interface RequirementNeeds {
  description: boolean;
  /** At least this many photos. */
  photos?: number;
  receipt: boolean;
}

/** The phrases and the small grammar a policy's sentences are made of, in one language. */
export interface PolicyWords {
  /** "1 day", "14 days". */
  days(count: number): string;
  /** "1 hour", "24 hours". */
  hours(count: number): string;
  /** "1 photo", "2 photos". */
  photos(count: number): string;
  /** "a, b or c". */
  anyOf(items: readonly (string | number)[]): string;
  /** "a, b and c". */
  allOf(items: readonly (string | number)[]): string;
  /** A kind of claim ("return"); a kind the words do not know, as written. */
  kind(kind: string): string;

  /** The cancellation window. */
  cancellationWindow(hoursAfterOrder: number): string;
  /** The return window, whose days end at midnight in the store's zone. */
  returnWindow(daysAfterDelivery: number, timeZone: string): string;
  /** A return-window override; 0 days means not after the day of delivery. */
  returnOverride(target: OverrideTarget, daysAfterDelivery: number): string;
  /** The incident window, counted from the delivery or, while undelivered, from the order plus expected days. */
  incidentWindow(daysAfterExpectedDelivery: number, expectedDeliveryDays: number): string;
  /** A policy with no windows at all. */
  noWindows: string;

  /** What a claim must bring. */
  requirement(target: RequirementTarget, needs: RequirementNeeds): string;

  /** A kind's service levels, in hours of filing; at least one is set. */
  sla(kind: string, hours: { firstResponse?: number; resolution?: number }): string;
  /** A claim waiting on the customer closes; 0 reminder days means no reminder. */
  waitingOnCustomer(closeAfterDays: number, reminderDaysBefore: number): string;
  /** Approved returns whose return code expired unused are closed. */
  expireUnshippedReturns: string;
  /** A refund still processing raises an alert. */
  refundProcessingAlert(hours: number): string;
  /** The portal's EU withdrawal function is off. */
  noEuWithdrawal: string;

  /** One condition of a rule each, as `rule` joins them. */
  condition: {
    kinds(kinds: readonly string[]): string;
    reasons(reasons: readonly ReasonRef[]): string;
    incidentTypes(types: readonly string[]): string;
    currencies(currencies: readonly string[]): string;
    /** In minor units. */
    claimedAmount(range: ValueRange): string;
    skuAll(patterns: readonly string[]): string;
    skuAny(patterns: readonly string[]): string;
    orderAgeDays(range: ValueRange): string;
    customerClaims(range: ValueRange, withinDays: number): string;
    /** In minor units. */
    customerRefunded(range: ValueRange, withinDays: number): string;
  };
  /** One action of a rule, as `rule` joins them. */
  action(action: PolicyAction): string;
  /** A rule from its conditions (none: every claim) and actions, in order. */
  rule(rule: { id: string; description?: string; conditions: readonly string[]; actions: readonly string[] }): string;
  /** A policy with no rules. */
  noRules: string;
  /** After the rules. */
  rulesInOrder: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const joined = (items: readonly (string | number)[], last: string) => {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
};
const list = (items: readonly (string | number)[]) => joined(items, 'or');
/** "a return", "an incident". */
const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const reasons = (refs: readonly (string | number)[]) => `reason${refs.length === 1 ? '' : 's'} ${list(refs)}`;

function range(what: string, bounds: ValueRange, unit = ''): string {
  const at = (value: number) => `${value}${unit}`;
  if (bounds.min !== undefined && bounds.max !== undefined) return `${what} is between ${at(bounds.min)} and ${at(bounds.max)}`;
  if (bounds.min !== undefined) return `${what} is at least ${at(bounds.min)}`;
  return `${what} is at most ${at(bounds.max ?? 0)}`;
}

const inTheLast = (days: number) => `in the last ${plural(days, 'day')}`;

export const ENGLISH_POLICY_WORDS: PolicyWords = {
  days: (count) => plural(count, 'day'),
  hours: (count) => plural(count, 'hour'),
  photos: (count) => plural(count, 'photo'),
  anyOf: list,
  allOf: (items) => joined(items, 'and'),
  kind: (kind) => kind,

  cancellationWindow: (hours) => `Items can be cancelled until they ship, and at most ${plural(hours, 'hour')} after the order.`,
  returnWindow: (days, zone) => `Items can be returned for ${plural(days, 'day')} after delivery (each day ends at midnight, ${zone}).`,
  returnOverride: (target, days) => {
    const which = [target.sku === undefined ? '' : `SKUs ${list(target.sku)}`, target.reasons === undefined ? '' : reasons(target.reasons)].filter(Boolean).join(' with ');
    const items = which === '' ? 'Every item' : `Items of ${which}`;
    return days === 0 ? `${items} cannot be returned after the day of delivery.` : `${items} can be returned for ${plural(days, 'day')} after delivery instead.`;
  },
  incidentWindow: (days, expected) => `Problems can be reported until ${plural(days, 'day')} after the expected delivery `
    + `(the delivery, or ${plural(expected, 'day')} after the order while it is not delivered).`,
  noWindows: 'Claims can be filed at any time: the policy sets no windows.',

  requirement: (target, needs) => {
    const what = [needs.description ? 'a description' : '', needs.photos === undefined ? '' : plural(needs.photos, 'photo'), needs.receipt ? 'a receipt' : ''].filter(Boolean);
    const which = [target.kinds === undefined ? '' : list(target.kinds), target.reasons === undefined ? '' : `with ${reasons(target.reasons)}`].filter(Boolean).join(' ');
    return `${which === '' ? 'Every claim' : `${a(which)} claim`.replace(/^a/, 'A')} needs ${list(what).replace(/ or ([^,]*)$/, ' and $1')}.`;
  },

  sla: (kind, hours) => {
    const parts = [
      hours.firstResponse === undefined ? '' : `a first answer within ${plural(hours.firstResponse, 'hour')}`,
      hours.resolution === undefined ? '' : `a decision within ${plural(hours.resolution, 'hour')}`,
    ].filter(Boolean);
    return `${a(kind).replace(/^a/, 'A')} gets ${parts.join(' and ')} of filing.`;
  },
  waitingOnCustomer: (close, lead) => `A claim waiting on the customer closes after ${plural(close, 'day')}${lead > 0 ? `, with a reminder ${plural(lead, 'day')} before` : ''}.`,
  expireUnshippedReturns: 'An approved return whose return code expired unused is closed.',
  refundProcessingAlert: (hours) => `A refund still processing after ${plural(hours, 'hour')} raises an alert.`,
  noEuWithdrawal: 'The portal offers no EU withdrawal function (the store is outside the EU\'s consumer law).',

  condition: {
    kinds: (kinds) => `the claim is ${a(list(kinds))}`,
    reasons: (refs) => `its reason is ${list(refs)}`,
    incidentTypes: (types) => `the incident is ${list(types.map((type) => type.replaceAll('_', ' ')))}`,
    currencies: (currencies) => `the order is in ${list(currencies)}`,
    claimedAmount: (bounds) => range('the claimed amount', bounds, ' (minor units)'),
    skuAll: (patterns) => `every claimed SKU matches ${list(patterns)}`,
    skuAny: (patterns) => `a claimed SKU matches ${list(patterns)}`,
    orderAgeDays: (bounds) => range('the order\'s age', bounds, ' days'),
    customerClaims: (bounds, days) => `${range("the number of the customer's other claims", bounds)} ${inTheLast(days)}`,
    customerRefunded: (bounds, days) => `${range('what the customer was refunded', bounds, ' (minor units)')} ${inTheLast(days)}`,
  },
  action: (action) => {
    switch (action.type) {
      case 'approve': return 'approve it';
      case 'approve_and_refund': return 'approve it and refund what is owed';
      case 'reject': return `reject it ("${action.reason}")`;
      case 'flag': return `flag it ${action.tag}`;
      case 'assign': return `put it in the ${action.queue} queue`;
    }
  },
  rule: ({ id, description, conditions, actions }) => {
    const condition = conditions.length === 0 ? 'For every claim' : `When ${conditions.join(' and ')}`;
    return `${condition}: ${actions.join(', then ')} (rule ${id}${description ? ` — ${description}` : ''}).`;
  },
  noRules: 'No rules: every claim waits for an agent.',
  rulesInOrder: 'Rules are tried in this order; a claim no rule decides waits for an agent.',
};

function conditionsOf(when: PolicyConditions | undefined, words: PolicyWords): string[] {
  if (when === undefined) return [];
  const say = words.condition;
  const parts: string[] = [];
  if (when.kinds !== undefined) parts.push(say.kinds(when.kinds));
  if (when.reasons !== undefined) parts.push(say.reasons(when.reasons));
  if (when.incident_types !== undefined) parts.push(say.incidentTypes(when.incident_types));
  if (when.currencies !== undefined) parts.push(say.currencies(when.currencies));
  if (when.claimed_amount !== undefined) parts.push(say.claimedAmount(when.claimed_amount));
  if (when.sku_all !== undefined) parts.push(say.skuAll(when.sku_all));
  if (when.sku_any !== undefined) parts.push(say.skuAny(when.sku_any));
  if (when.order_age_days !== undefined) parts.push(say.orderAgeDays(when.order_age_days));
  if (when.customer !== undefined) {
    if (when.customer.claims !== undefined) parts.push(say.customerClaims(when.customer.claims, when.customer.within_days));
    if (when.customer.refunded_amount !== undefined) parts.push(say.customerRefunded(when.customer.refunded_amount, when.customer.within_days));
  }
  return parts;
}

function ruleSentence(rule: PolicyRule, words: PolicyWords): string {
  return words.rule({
    id: rule.id,
    ...(rule.description ? { description: rule.description } : {}),
    conditions: conditionsOf(rule.when, words),
    actions: rule.then.map((action) => words.action(action)),
  });
}

/** The policy as sentences, one per window, requirement, deadline and rule, in the words given (English by default). */
export function policySentences(policy: Policy, words: PolicyWords = ENGLISH_POLICY_WORDS): string[] {
  const sentences: string[] = [];
  const zone = policy.time_zone ?? 'UTC';
  const windows = policy.windows;
  if (windows?.cancellation !== undefined) sentences.push(words.cancellationWindow(windows.cancellation.hours_after_order));
  if (windows?.return !== undefined) {
    sentences.push(words.returnWindow(windows.return.days_after_delivery, zone));
    for (const override of windows.return.overrides ?? []) {
      const target: OverrideTarget = {
        ...(override.sku === undefined ? {} : { sku: override.sku }),
        ...(override.reasons === undefined ? {} : { reasons: override.reasons }),
      };
      sentences.push(words.returnOverride(target, override.days_after_delivery));
    }
  }
  if (windows?.incident !== undefined) {
    sentences.push(words.incidentWindow(windows.incident.days_after_expected_delivery, windows.incident.expected_delivery_days ?? 7));
  }
  if (windows === undefined || Object.keys(windows).length === 0) sentences.push(words.noWindows);
  for (const requirement of policy.requirements ?? []) {
    const needs: RequirementNeeds = {
      description: requirement.description === true,
      ...(requirement.min_photos === undefined ? {} : { photos: requirement.min_photos }),
      receipt: requirement.receipt === true,
    };
    if (!needs.description && needs.photos === undefined && !needs.receipt) continue;
    const target: RequirementTarget = {
      ...(requirement.kinds === undefined ? {} : { kinds: requirement.kinds }),
      ...(requirement.reasons === undefined ? {} : { reasons: requirement.reasons }),
    };
    sentences.push(words.requirement(target, needs));
  }
  const deadlines = policy.deadlines;
  for (const [kind, sla] of Object.entries(deadlines?.sla ?? {})) {
    if (sla.first_response_hours === undefined && sla.resolution_hours === undefined) continue;
    sentences.push(words.sla(kind, {
      ...(sla.first_response_hours === undefined ? {} : { firstResponse: sla.first_response_hours }),
      ...(sla.resolution_hours === undefined ? {} : { resolution: sla.resolution_hours }),
    }));
  }
  const waiting = deadlines?.waiting_on_customer;
  if (waiting !== undefined) sentences.push(words.waitingOnCustomer(waiting.close_after_days, reminderLeadDays(waiting)));
  if (deadlines?.expire_unshipped_returns === true) sentences.push(words.expireUnshippedReturns);
  if (deadlines?.refund_processing_alert_hours !== undefined) sentences.push(words.refundProcessingAlert(deadlines.refund_processing_alert_hours));
  if (policy.eu_withdrawal === false) sentences.push(words.noEuWithdrawal);
  const rules = policy.rules ?? [];
  if (rules.length === 0) sentences.push(words.noRules);
  else sentences.push(...rules.map((rule) => ruleSentence(rule, words)), words.rulesInOrder);
  return sentences;
}
