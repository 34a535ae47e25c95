import type { ClaimKind } from '../claim/status.js';
import type { DecisiveAction } from './decision.js';
import type { Policy, PolicyConditions, PolicyRule } from './document.js';
import { namesReason, type ReasonFacts } from './reason-ref.js';
import { skuPatternsOf } from './sku-pattern.js';

// The rule evaluator, pure. Rules run in order: every matching rule adds its flags and its
// queue (the first assignment wins), and the first matching rule that decides (approve,
// approve_and_refund, reject) ends the evaluation. A rule without conditions always matches.

const DAY_MS = 86_400_000;

export interface CustomerHistory {
  /** The customer's other claims created in the window. */
  claims: number;
  /** Σ of the customer's refunds that still promise money, created in the window, in the claim's currency. */
  refundedMinor: number;
}

export interface RuleFacts {
  kind: ClaimKind;
  reason: ReasonFacts | null;
  incidentType: string | null;
  currency: string;
  /** Σ quantity × unit price of the claimed lines. */
  claimedAmountMinor: number;
  skus: readonly string[];
  orderPlacedAt: Date;
  now: Date;
  /** By window length in days: what `customerWindows(policy)` asked for. */
  customerHistory: ReadonlyMap<number, CustomerHistory>;
}

export interface RuleDecision {
  ruleId: string;
  action: DecisiveAction;
  reason?: string;
}

export interface Evaluation {
  /** Every rule that matched, in order, up to the one that decided. */
  matched: string[];
  decision?: RuleDecision;
  flags: Array<{ tag: string; ruleId: string }>;
  queue?: { queue: string; ruleId: string };
}

/** The customer-history windows (in days) the policy's rules look at. */
export function customerWindows(policy: Policy): number[] {
  const days = (policy.rules ?? []).flatMap((rule) => (rule.when?.customer === undefined ? [] : [rule.when.customer.within_days]));
  return [...new Set(days)];
}

function inRange(range: { min?: number; max?: number } | undefined, value: number): boolean {
  if (range === undefined) return true;
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** Whether every condition of a rule holds; a condition not given holds. */
export function ruleMatches(conditions: PolicyConditions | undefined, facts: RuleFacts): boolean {
  if (conditions === undefined) return true;
  const c = conditions;
  if (c.kinds !== undefined && !c.kinds.includes(facts.kind)) return false;
  if (c.reasons !== undefined && !namesReason(c.reasons, facts.reason)) return false;
  if (c.incident_types !== undefined && (facts.incidentType === null || !(c.incident_types as readonly string[]).includes(facts.incidentType))) return false;
  if (c.currencies !== undefined && !c.currencies.includes(facts.currency)) return false;
  if (!inRange(c.claimed_amount, facts.claimedAmountMinor)) return false;
  if (c.sku_all !== undefined) {
    const patterns = skuPatternsOf(c.sku_all);
    if (facts.skus.length === 0 || !facts.skus.every((sku) => patterns.matches(sku))) return false;
  }
  if (c.sku_any !== undefined) {
    const patterns = skuPatternsOf(c.sku_any);
    if (!facts.skus.some((sku) => patterns.matches(sku))) return false;
  }
  if (!inRange(c.order_age_days, (facts.now.getTime() - facts.orderPlacedAt.getTime()) / DAY_MS)) return false;
  if (c.customer !== undefined) {
    const history = facts.customerHistory.get(c.customer.within_days);
    if (history === undefined) throw new Error(`customer history for ${c.customer.within_days} days was not loaded`);
    if (!inRange(c.customer.claims, history.claims)) return false;
    if (!inRange(c.customer.refunded_amount, history.refundedMinor)) return false;
  }
  return true;
}

export function evaluateRules(rules: readonly PolicyRule[], facts: RuleFacts): Evaluation {
  const evaluation: Evaluation = { matched: [], flags: [] };
  for (const rule of rules) {
    if (!ruleMatches(rule.when, facts)) continue;
    evaluation.matched.push(rule.id);
    for (const action of rule.then) {
      if (action.type === 'flag') evaluation.flags.push({ tag: action.tag, ruleId: rule.id });
      else if (action.type === 'assign') evaluation.queue ??= { queue: action.queue, ruleId: rule.id };
      else evaluation.decision = { ruleId: rule.id, action: action.type, ...(action.type === 'reject' ? { reason: action.reason } : {}) };
    }
    if (evaluation.decision !== undefined) return evaluation;
  }
  return evaluation;
}
