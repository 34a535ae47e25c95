import type { DueClock } from '../claim/claim-filter.js';
import { CLAIM_KINDS, isUndecided, type ClaimKind, type ClaimStatus } from '../claim/status.js';
import type { Policy } from './document.js';

// Deadlines, pure: which timers a change sets and which it cancels. A timer is a row in
// the database, set in the same transaction as the change; the worker fires it later.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const TIMER_KINDS = [
  'customer_reminder', 'customer_close', 'first_response_sla', 'resolution_sla', 'return_code_expiry', 'refund_processing_alert',
  'withdrawal_refund_due',
] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

export interface TimerPlan {
  kind: TimerKind;
  dueAt: Date;
  /** What the timer needs to recognise, when it fires, that the claim is still where it was. */
  data: Record<string, unknown>;
}

/** When a customer is reminded before an automatic close: two days before, unless the policy says otherwise. */
export function reminderLeadDays(rule: { close_after_days: number; remind_before_days?: number }): number {
  if (rule.remind_before_days !== undefined) return rule.remind_before_days;
  return rule.close_after_days > 2 ? 2 : 0;
}

/** The service levels a new claim starts under. */
export function timersOnFiling(policy: Policy, claim: { kind: ClaimKind; createdAt: Date }): TimerPlan[] {
  const sla = policy.deadlines?.sla?.[claim.kind];
  const plans: TimerPlan[] = [];
  if (sla?.first_response_hours !== undefined) {
    plans.push({ kind: 'first_response_sla', dueAt: new Date(claim.createdAt.getTime() + sla.first_response_hours * HOUR_MS), data: { hours: sla.first_response_hours } });
  }
  if (sla?.resolution_hours !== undefined) {
    plans.push({ kind: 'resolution_sla', dueAt: new Date(claim.createdAt.getTime() + sla.resolution_hours * HOUR_MS), data: { hours: sla.resolution_hours } });
  }
  return plans;
}

export interface ServiceLevelDue {
  level: 'first_response' | 'resolution';
  dueAt: Date;
  overdue: boolean;
}

/**
 * What an undecided claim is due for next under the policy's service levels, counted as the
 * timers set on filing count them: its first response until the merchant has answered, then
 * its resolution. A decided claim, or a kind without a service level, is due for nothing.
 */
export function serviceLevelDue(
  policy: Policy, claim: { kind: ClaimKind; status: ClaimStatus; createdAt: Date; answered: boolean }, now: Date,
): ServiceLevelDue | undefined {
  if (!isUndecided(claim.status)) return undefined;
  const plans = timersOnFiling(policy, claim);
  const firstResponse = claim.answered ? undefined : plans.find((plan) => plan.kind === 'first_response_sla');
  const due = firstResponse ?? plans.find((plan) => plan.kind === 'resolution_sla');
  if (due === undefined) return undefined;
  return { level: due.kind === 'first_response_sla' ? 'first_response' : 'resolution', dueAt: due.dueAt, overdue: due.dueAt.getTime() <= now.getTime() };
}

/**
 * The service levels of a policy as a due-first list sorts by them: the same hours
 * serviceLevelDue counts from filing, per kind. No policy, or no service levels: no claim is due.
 */
export function dueClockOf(policy: Policy | undefined): DueClock {
  const clock: DueClock = { firstResponseHours: {}, resolutionHours: {} };
  for (const kind of CLAIM_KINDS) {
    const sla = policy?.deadlines?.sla?.[kind];
    if (sla?.first_response_hours !== undefined) clock.firstResponseHours[kind] = sla.first_response_hours;
    if (sla?.resolution_hours !== undefined) clock.resolutionHours[kind] = sla.resolution_hours;
  }
  return clock;
}

export interface EnteredStatus {
  kind: ClaimKind;
  to: ClaimStatus;
  at: Date;
  /** Until when the return's easy-return code is valid, if it has one and the parcel has not left. */
  unshippedCodeValidUntil: Date | null;
}

/** The timers a status sets when a claim enters it. */
export function timersOnEntering(policy: Policy, entered: EnteredStatus): TimerPlan[] {
  const deadlines = policy.deadlines;
  const since = entered.at.toISOString();
  if (entered.to === 'waiting_on_customer' && deadlines?.waiting_on_customer !== undefined) {
    const rule = deadlines.waiting_on_customer;
    const closeAt = entered.at.getTime() + rule.close_after_days * DAY_MS;
    const lead = reminderLeadDays(rule);
    return [
      ...(lead > 0 ? [{ kind: 'customer_reminder' as const, dueAt: new Date(closeAt - lead * DAY_MS), data: {
        since, close_at: new Date(closeAt).toISOString(), ...(rule.reminder_message === undefined ? {} : { message: rule.reminder_message }),
      } }] : []),
      { kind: 'customer_close', dueAt: new Date(closeAt), data: { since, days: rule.close_after_days } },
    ];
  }
  if (entered.to === 'approved' && entered.kind === 'return' && deadlines?.expire_unshipped_returns === true && entered.unshippedCodeValidUntil !== null) {
    return [{ kind: 'return_code_expiry', dueAt: entered.unshippedCodeValidUntil, data: { since } }];
  }
  return [];
}

/** The claim's pending timers a move makes pointless. */
export function timersCancelledByMove(from: ClaimStatus, to: ClaimStatus, mover: { merchant: boolean }): TimerKind[] {
  const kinds: TimerKind[] = [];
  if (from === 'waiting_on_customer' && to !== 'waiting_on_customer') kinds.push('customer_reminder', 'customer_close');
  if (from === 'approved' && to !== 'approved') kinds.push('return_code_expiry');
  if (!isUndecided(to)) kinds.push('first_response_sla', 'resolution_sla');
  else if (mover.merchant) kinds.push('first_response_sla'); // the merchant acted: that is a response
  return kinds;
}

export function timerOnRefundProcessing(policy: Policy, refund: { id: number; at: Date }): TimerPlan | undefined {
  const hours = policy.deadlines?.refund_processing_alert_hours;
  if (hours === undefined) return undefined;
  return { kind: 'refund_processing_alert', dueAt: new Date(refund.at.getTime() + hours * HOUR_MS), data: { hours, since: refund.at.toISOString() } };
}
