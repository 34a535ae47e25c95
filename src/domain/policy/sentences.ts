import type { Policy, PolicyConditions, PolicyRule } from './document.js';
import { reminderLeadDays } from './deadlines.js';

// A policy read aloud: one plain sentence per thing it does, in the order a merchant thinks
// of them — when a claim may be filed, what it must bring, how soon the store answers, and
// each rule as "when …, then …". Pure, so the console shows exactly what the document says
// and a test can hold the wording. Amounts are in the order's minor units, as the policy
// counts them; reasons are named by their ids, as the policy names them.

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const list = (items: readonly (string | number)[]) => {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
};
/** "a return", "an incident". */
const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const reasons = (refs: readonly (string | number)[]) => `reason${refs.length === 1 ? '' : 's'} ${list(refs)}`;

function range(what: string, bounds: { min?: number; max?: number }, unit = ''): string {
  const at = (value: number) => `${value}${unit}`;
  if (bounds.min !== undefined && bounds.max !== undefined) return `${what} is between ${at(bounds.min)} and ${at(bounds.max)}`;
  if (bounds.min !== undefined) return `${what} is at least ${at(bounds.min)}`;
  return `${what} is at most ${at(bounds.max ?? 0)}`;
}

function conditionsOf(when: PolicyConditions | undefined): string[] {
  if (when === undefined) return [];
  const parts: string[] = [];
  if (when.kinds !== undefined) parts.push(`the claim is ${a(list(when.kinds))}`);
  if (when.reasons !== undefined) parts.push(`its reason is ${list(when.reasons)}`);
  if (when.incident_types !== undefined) parts.push(`the incident is ${list(when.incident_types.map((type) => type.replaceAll('_', ' ')))}`);
  if (when.currencies !== undefined) parts.push(`the order is in ${list(when.currencies)}`);
  if (when.claimed_amount !== undefined) parts.push(range('the claimed amount', when.claimed_amount, ' (minor units)'));
  if (when.sku_all !== undefined) parts.push(`every claimed SKU matches ${list(when.sku_all)}`);
  if (when.sku_any !== undefined) parts.push(`a claimed SKU matches ${list(when.sku_any)}`);
  if (when.order_age_days !== undefined) parts.push(range('the order\'s age', when.order_age_days, ' days'));
  if (when.customer !== undefined) {
    const window = `in the last ${plural(when.customer.within_days, 'day')}`;
    if (when.customer.claims !== undefined) parts.push(`${range("the number of the customer's other claims", when.customer.claims)} ${window}`);
    if (when.customer.refunded_amount !== undefined) parts.push(`${range('what the customer was refunded', when.customer.refunded_amount, ' (minor units)')} ${window}`);
  }
  return parts;
}

function actionOf(action: PolicyRule['then'][number]): string {
  switch (action.type) {
    case 'approve': return 'approve it';
    case 'approve_and_refund': return 'approve it and refund what is owed';
    case 'reject': return `reject it ("${action.reason}")`;
    case 'flag': return `flag it ${action.tag}`;
    case 'assign': return `put it in the ${action.queue} queue`;
  }
}

function ruleSentence(rule: PolicyRule): string {
  const when = conditionsOf(rule.when);
  const condition = when.length === 0 ? 'For every claim' : `When ${when.join(' and ')}`;
  const then = rule.then.map(actionOf);
  return `${condition}: ${then.join(', then ')} (rule ${rule.id}${rule.description ? ` — ${rule.description}` : ''}).`;
}

/** The policy as sentences, one per window, requirement, deadline and rule. */
export function policySentences(policy: Policy): string[] {
  const sentences: string[] = [];
  const zone = policy.time_zone ?? 'UTC';
  const windows = policy.windows;
  if (windows?.cancellation !== undefined) {
    sentences.push(`Items can be cancelled until they ship, and at most ${plural(windows.cancellation.hours_after_order, 'hour')} after the order.`);
  }
  if (windows?.return !== undefined) {
    sentences.push(`Items can be returned for ${plural(windows.return.days_after_delivery, 'day')} after delivery (each day ends at midnight, ${zone}).`);
    for (const override of windows.return.overrides ?? []) {
      const which = [override.sku === undefined ? '' : `SKUs ${list(override.sku)}`, override.reasons === undefined ? '' : reasons(override.reasons)].filter(Boolean).join(' with ');
      sentences.push(override.days_after_delivery === 0
        ? `${which === '' ? 'Every item' : `Items of ${which}`} cannot be returned after the day of delivery.`
        : `${which === '' ? 'Every item' : `Items of ${which}`} can be returned for ${plural(override.days_after_delivery, 'day')} after delivery instead.`);
    }
  }
  if (windows?.incident !== undefined) {
    sentences.push(`Problems can be reported until ${plural(windows.incident.days_after_expected_delivery, 'day')} after the expected delivery `
      + `(the delivery, or ${plural(windows.incident.expected_delivery_days ?? 7, 'day')} after the order while it is not delivered).`);
  }
  if (windows === undefined || Object.keys(windows).length === 0) sentences.push('Claims can be filed at any time: the policy sets no windows.');
  for (const requirement of policy.requirements ?? []) {
    const needs = [
      requirement.description === true ? 'a description' : '',
      requirement.min_photos === undefined ? '' : plural(requirement.min_photos, 'photo'),
      requirement.receipt === true ? 'a receipt' : '',
    ].filter(Boolean);
    if (needs.length === 0) continue;
    const which = [requirement.kinds === undefined ? '' : list(requirement.kinds), requirement.reasons === undefined ? '' : `with ${reasons(requirement.reasons)}`].filter(Boolean).join(' ');
    sentences.push(`${which === '' ? 'Every claim' : `${a(which)} claim`.replace(/^a/, 'A')} needs ${list(needs).replace(/ or ([^,]*)$/, ' and $1')}.`);
  }
  const deadlines = policy.deadlines;
  for (const [kind, sla] of Object.entries(deadlines?.sla ?? {})) {
    const parts = [
      sla.first_response_hours === undefined ? '' : `a first answer within ${plural(sla.first_response_hours, 'hour')}`,
      sla.resolution_hours === undefined ? '' : `a decision within ${plural(sla.resolution_hours, 'hour')}`,
    ].filter(Boolean);
    if (parts.length > 0) sentences.push(`${a(kind).replace(/^a/, 'A')} gets ${parts.join(' and ')} of filing.`);
  }
  const waiting = deadlines?.waiting_on_customer;
  if (waiting !== undefined) {
    const lead = reminderLeadDays(waiting);
    sentences.push(`A claim waiting on the customer closes after ${plural(waiting.close_after_days, 'day')}${lead > 0 ? `, with a reminder ${plural(lead, 'day')} before` : ''}.`);
  }
  if (deadlines?.expire_unshipped_returns === true) sentences.push('An approved return whose return code expired unused is closed.');
  if (deadlines?.refund_processing_alert_hours !== undefined) sentences.push(`A refund still processing after ${plural(deadlines.refund_processing_alert_hours, 'hour')} raises an alert.`);
  if (policy.eu_withdrawal === false) sentences.push('The portal offers no EU withdrawal function (the store is outside the EU\'s consumer law).');
  const rules = policy.rules ?? [];
  if (rules.length === 0) sentences.push('No rules: every claim waits for an agent.');
  else sentences.push(...rules.map(ruleSentence), 'Rules are tried in this order; a claim no rule decides waits for an agent.');
  return sentences;
}
