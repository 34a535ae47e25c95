import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_KINDS, INCIDENT_TYPES } from '../claim/status.js';
import { isTimeZone } from './time-zone.js';
import { hasWildcard, isComplexSkuPattern, isSkuPattern } from './sku-pattern.js';

// A store's policy: one JSON document, data rather than code. The schema checks its shape;
// `checkPolicy` checks what a schema cannot (unique rule ids, known time zones, sensible deadlines).

const StringEnum = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

const Kind = StringEnum(CLAIM_KINDS);
const IncidentType = StringEnum(INCIDENT_TYPES);
const Count = Type.Integer({ minimum: 0, maximum: 100_000 });
const Days = Type.Integer({ minimum: 0, maximum: 3650 });
const Hours = Type.Integer({ minimum: 0, maximum: 87_600 });
const Minor = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'integer minor units of the order currency' });
const SkuPatterns = Type.Array(Type.String({ minLength: 1, maxLength: 100, description: 'a SKU, `*` for any run of characters, `?` for one' }), { minItems: 1, maxItems: 100 });
/** A reason by its integer id or its uuid. */
const ReasonRefs = Type.Array(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ minLength: 1, maxLength: 64 })]), { minItems: 1, maxItems: 100 });
const Range = <T extends typeof Minor | typeof Count | ReturnType<typeof Type.Number>>(bound: T) =>
  Type.Object({ min: Type.Optional(bound), max: Type.Optional(bound) }, { additionalProperties: false, minProperties: 1, description: 'both ends inclusive' });

export const ReturnWindowOverride = Type.Object({
  reasons: Type.Optional(ReasonRefs),
  sku: Type.Optional(SkuPatterns),
  days_after_delivery: Days,
}, { additionalProperties: false });

export const Windows = Type.Object({
  cancellation: Type.Optional(Type.Object({
    hours_after_order: Hours,
  }, { additionalProperties: false, description: 'besides the built-in rule that a shipped item cannot be cancelled' })),
  return: Type.Optional(Type.Object({
    days_after_delivery: Days,
    overrides: Type.Optional(Type.Array(ReturnWindowOverride, { maxItems: 100, description: 'the first that matches an item sets its window' })),
  }, { additionalProperties: false })),
  incident: Type.Optional(Type.Object({
    days_after_expected_delivery: Days,
    expected_delivery_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, description: 'days after the order when an undelivered order is expected; default 7' })),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

export const Requirement = Type.Object({
  kinds: Type.Optional(Type.Array(Kind, { minItems: 1 })),
  reasons: Type.Optional(ReasonRefs),
  description: Type.Optional(Type.Boolean()),
  min_photos: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  receipt: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const Conditions = Type.Object({
  kinds: Type.Optional(Type.Array(Kind, { minItems: 1 })),
  reasons: Type.Optional(ReasonRefs),
  incident_types: Type.Optional(Type.Array(IncidentType, { minItems: 1 })),
  currencies: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{3}$' }), { minItems: 1 })),
  claimed_amount: Type.Optional(Range(Minor)),
  sku_all: Type.Optional(SkuPatterns),
  sku_any: Type.Optional(SkuPatterns),
  order_age_days: Type.Optional(Range(Type.Number({ minimum: 0, maximum: 36_500 }))),
  customer: Type.Optional(Type.Object({
    within_days: Type.Integer({ minimum: 1, maximum: 3650 }),
    claims: Type.Optional(Range(Count)),
    refunded_amount: Type.Optional(Range(Minor)),
  }, { additionalProperties: false, description: "the customer's other claims and refunds created in the last within_days days" })),
}, { additionalProperties: false });

export const Action = Type.Union([
  Type.Object({ type: Type.Literal('approve') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('approve_and_refund') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('reject'), reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('flag'), tag: Type.String({ pattern: '^[a-z0-9_.:-]{1,64}$' }) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('assign'), queue: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
]);

export const Rule = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' }),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  when: Type.Optional(Conditions),
  then: Type.Array(Action, { minItems: 1, maxItems: 10 }),
}, { additionalProperties: false });

export const SlaHours = Type.Object({
  first_response_hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 87_600 })),
  resolution_hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 87_600 })),
}, { additionalProperties: false });

export const Deadlines = Type.Object({
  waiting_on_customer: Type.Optional(Type.Object({
    close_after_days: Type.Integer({ minimum: 1, maximum: 365 }),
    remind_before_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 364, description: 'default 2; 0 sends no reminder' })),
    reminder_message: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  }, { additionalProperties: false })),
  sla: Type.Optional(Type.Object({
    cancellation: Type.Optional(SlaHours), return: Type.Optional(SlaHours), incident: Type.Optional(SlaHours),
  }, { additionalProperties: false })),
  expire_unshipped_returns: Type.Optional(Type.Boolean({ description: 'close an approved return whose easy-return code expired unused' })),
  refund_processing_alert_hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 8760 })),
}, { additionalProperties: false });

export const PolicyDocument = Type.Object({
  time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone where day windows end at midnight; default UTC' })),
  windows: Type.Optional(Windows),
  requirements: Type.Optional(Type.Array(Requirement, { maxItems: 100 })),
  rules: Type.Optional(Type.Array(Rule, { maxItems: 200, description: 'evaluated in order' })),
  deadlines: Type.Optional(Deadlines),
  eu_withdrawal: Type.Optional(Type.Boolean({
    description: "offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law",
  })),
}, { additionalProperties: false });

export type Policy = Static<typeof PolicyDocument>;
export type PolicyRule = Static<typeof Rule>;
export type PolicyConditions = Static<typeof Conditions>;
export type PolicyAction = Static<typeof Action>;
export type PolicyRequirement = Static<typeof Requirement>;
export type ReasonRef = number | string;

/** A policy the store runs by, with the version each claim records. */
export interface VersionedPolicy {
  version: number;
  document: Policy;
}

export interface PolicyIssue {
  path: string;
  message: string;
}

/**
 * The budget of one policy document, so that evaluating it for one claim (up to 500 lines)
 * stays within milliseconds: bench/policy.ts evaluates the worst policy these allow and
 * docs/benchmarks.md records the figure. Plain SKUs are looked up in a set; patterns with a
 * wildcard each cost a pass over every claimed SKU, so they have a budget of their own.
 */
export const POLICY_BUDGET = {
  /** The document as JSON, in bytes. */
  bytes: 256 * 1024,
  /** SKU patterns in every rule and return-window override together. */
  skuPatterns: 1_000,
  /** Of those, patterns with a `*` or `?` (plain SKUs are a set lookup). */
  wildcardPatterns: 100,
  /** Of those, patterns with a `?` or a `*` inside (`ABC*`, `*ABC`, `*ABC*` are string searches). */
  complexPatterns: 10,
  /** Reason references in every rule, requirement and override together. */
  reasonRefs: 2_000,
} as const;

function skuPatternLists(policy: Policy): Array<{ path: string; patterns: readonly string[] }> {
  const lists: Array<{ path: string; patterns: readonly string[] }> = [];
  (policy.rules ?? []).forEach((rule, index) => {
    for (const key of ['sku_all', 'sku_any'] as const) {
      const patterns = rule.when?.[key];
      if (patterns !== undefined) lists.push({ path: `/rules/${index}/when/${key}`, patterns });
    }
  });
  (policy.windows?.return?.overrides ?? []).forEach((override, index) => {
    if (override.sku !== undefined) lists.push({ path: `/windows/return/overrides/${index}/sku`, patterns: override.sku });
  });
  return lists;
}

/** Whether the document fits POLICY_BUDGET: the first overrun, or undefined. */
export function checkPolicyBudget(policy: Policy): PolicyIssue | undefined {
  const bytes = new TextEncoder().encode(JSON.stringify(policy)).length;
  if (bytes > POLICY_BUDGET.bytes) return { path: '/', message: `a policy may take at most ${POLICY_BUDGET.bytes} bytes as JSON; this one takes ${bytes}` };
  const lists = skuPatternLists(policy);
  const patterns = lists.reduce((sum, list) => sum + list.patterns.length, 0);
  if (patterns > POLICY_BUDGET.skuPatterns) {
    return { path: '/', message: `a policy may hold at most ${POLICY_BUDGET.skuPatterns} SKU patterns in all; this one holds ${patterns}` };
  }
  let wildcards = 0;
  let complex = 0;
  for (const list of lists) {
    wildcards += list.patterns.filter(hasWildcard).length;
    complex += list.patterns.filter(isComplexSkuPattern).length;
    if (wildcards > POLICY_BUDGET.wildcardPatterns) {
      return { path: list.path, message: `a policy may hold at most ${POLICY_BUDGET.wildcardPatterns} SKU patterns with * or ? in all (plain SKUs do not count)` };
    }
    if (complex > POLICY_BUDGET.complexPatterns) {
      return { path: list.path, message: `a policy may hold at most ${POLICY_BUDGET.complexPatterns} SKU patterns with ? or a * inside in all (ABC*, *ABC and *ABC* do not count)` };
    }
  }
  const refs = [
    ...(policy.rules ?? []).map((rule) => rule.when?.reasons?.length ?? 0),
    ...(policy.requirements ?? []).map((requirement) => requirement.reasons?.length ?? 0),
    ...(policy.windows?.return?.overrides ?? []).map((override) => override.reasons?.length ?? 0),
  ].reduce((sum, count) => sum + count, 0);
  if (refs > POLICY_BUDGET.reasonRefs) {
    return { path: '/', message: `a policy may name at most ${POLICY_BUDGET.reasonRefs} reasons in all; this one names ${refs}` };
  }
  return undefined;
}

/** What the schema cannot say; an empty list means the policy can be saved. */
export function checkPolicy(policy: Policy): PolicyIssue[] {
  const overrun = checkPolicyBudget(policy);
  if (overrun !== undefined) return [overrun];
  const issues: PolicyIssue[] = [];
  if (policy.time_zone !== undefined && !isTimeZone(policy.time_zone)) {
    issues.push({ path: '/time_zone', message: `${policy.time_zone} is not an IANA time zone` });
  }
  const seen = new Set<string>();
  (policy.rules ?? []).forEach((rule, index) => {
    if (seen.has(rule.id)) issues.push({ path: `/rules/${index}/id`, message: `rule id ${rule.id} is used twice` });
    seen.add(rule.id);
    const decisive = rule.then.filter((action) => action.type === 'approve' || action.type === 'approve_and_refund' || action.type === 'reject');
    if (decisive.length > 1) issues.push({ path: `/rules/${index}/then`, message: 'a rule takes at most one decision (approve, approve_and_refund or reject)' });
    for (const key of ['sku_all', 'sku_any'] as const) {
      const bad = rule.when?.[key]?.find((pattern) => !isSkuPattern(pattern));
      if (bad !== undefined) issues.push({ path: `/rules/${index}/when/${key}`, message: `${bad} is not a SKU pattern` });
    }
    for (const key of ['claimed_amount', 'order_age_days'] as const) {
      const range = rule.when?.[key];
      if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
        issues.push({ path: `/rules/${index}/when/${key}`, message: 'min is above max' });
      }
    }
  });
  const waiting = policy.deadlines?.waiting_on_customer;
  const remind = waiting?.remind_before_days;
  if (waiting !== undefined && remind !== undefined && remind > 0 && remind >= waiting.close_after_days) {
    issues.push({ path: '/deadlines/waiting_on_customer/remind_before_days', message: 'the reminder must come before the close' });
  }
  return issues;
}
