import type { Claim } from '../../domain/claim/claim.js';
import { isUndecided } from '../../domain/claim/status.js';
import { WITHDRAWAL_REFUND_LATE } from '../../domain/claim/withdrawal.js';
import type { TimerKind } from '../../domain/policy/deadlines.js';
import type { Timer } from '../../domain/policy/timer.js';
import * as claimParts from '../../store/claim-parts.js';
import { storesWithDueWork } from '../../store/due-work.js';
import * as events from '../../store/events.js';
import * as policies from '../../store/policies.js';
import * as refunds from '../../store/refunds.js';
import * as timers from '../../store/timers.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { repeat, type Repeating } from '../repeat.js';
import { applyTransition } from '../claims/transition-claim.js';
import type { UnitOfWork } from '../unit-of-work.js';
import { policyActor } from './judge.js';

// The worker that fires due timers. Each timer fires in one transaction that locks it
// (FOR UPDATE SKIP LOCKED), performs its effect and marks it done: with any number of
// workers in any number of processes, a timer fires once, and a crash before the commit
// leaves it due for the next run.

export const TIMER_BATCH_MAX = 1000;
const MAX_ATTEMPTS = 10;
const RETRY_CAP_MS = 60 * 60 * 1000;

type Outcome = { outcome: 'fired' | 'skipped'; note?: string } | { outcome: 'busy' };

export interface TimerRun {
  fired: number;
  skipped: number;
  /** Left for a later run: their claim was locked by a change in progress. */
  postponed: number;
  failed: Array<{ timerId: number; error: unknown }>;
}

/** Fires every timer due at `now` (at most `limit` of them), store by store, and reports what happened. */
export async function runDueTimers(core: Core, options: { now?: Date; limit?: number } = {}): Promise<TimerRun> {
  const now = options.now ?? core.clock();
  const limit = Math.min(options.limit ?? 100, TIMER_BATCH_MAX);
  const run: TimerRun = { fired: 0, skipped: 0, postponed: 0, failed: [] };
  const passedOver: number[] = [];
  let rounds = 0;
  for (const storeId of await storesWithDueWork(core.db, 'timers', now, limit)) {
    for (; rounds < limit; rounds += 1) {
      const held: { timer?: Timer } = {};
      try {
        const outcome = await core.db.transaction().execute(async (trx) => {
          const timer = await timers.lockNextDueTimer(trx, storeId, now, passedOver);
          if (timer === undefined) return undefined;
          held.timer = timer;
          // The store's deadlines act, at the time the run was asked for.
          const result = await fireTimer({ trx, core, actor: policyActor(timer.storeId, 'deadlines'), at: now }, timer);
          if (result.outcome !== 'busy') await timers.finishTimer(trx, timer, result.outcome, now, result.note);
          return result.outcome;
        });
        if (outcome === undefined) break;
        if (outcome === 'busy') {
          passedOver.push(held.timer?.id ?? 0);
          run.postponed += 1;
        } else {
          run[outcome] += 1;
        }
      } catch (error) {
        const timer = held.timer;
        if (timer === undefined) throw error;
        // The effect rolled back with its transaction; note the failure and try again later, boundedly.
        passedOver.push(timer.id);
        run.failed.push({ timerId: timer.id, error });
        await timers.recordTimerFailure(core.db, timer, {
          error: error instanceof Error ? error.message : String(error), maxAttempts: MAX_ATTEMPTS, at: now,
          retryAt: new Date(now.getTime() + Math.min(RETRY_CAP_MS, 60_000 * 2 ** timer.attempts)),
        });
      }
    }
  }
  return run;
}

async function fireTimer(uow: UnitOfWork, timer: Timer): Promise<Outcome> {
  const claim = await timers.lockClaimIfFree(uow.trx, timer.storeId, timer.claimId);
  if (claim === 'busy') return { outcome: 'busy' };
  if (claim === undefined) return { outcome: 'skipped', note: 'the claim is gone' };
  return EFFECTS[timer.kind](uow, timer, claim);
}

type Effect = (uow: UnitOfWork, timer: Timer, claim: Claim) => Promise<Outcome>;

const skipped = (note: string): Outcome => ({ outcome: 'skipped', note });

/** Still waiting on the customer since the wait this timer was set for began. */
function stillWaitingSince(claim: Claim, timer: Timer): boolean {
  return claim.status === 'waiting_on_customer' && claim.statusChangedAt.toISOString() === timer.data.since;
}

function why(timer: Timer): Record<string, unknown> {
  return { timer: timer.kind, policy_version: timer.policyVersion };
}

async function breachSla(uow: UnitOfWork, timer: Timer, claim: Claim, sla: 'first_response' | 'resolution'): Promise<Outcome> {
  const tag = `sla_${sla}_breached`;
  const flagged = claim.riskFlags.includes(tag)
    ? claim
    : await policies.updateClaimPolicyState(uow.trx, claim.storeId, claim.id, { riskFlags: [...claim.riskFlags, tag] }, uow.at);
  await events.appendEvents(uow.trx, [
    claimEvent(uow, claim, 'sla.breached', { sla, hours: timer.data.hours, due_at: timer.dueAt.toISOString(), ...why(timer) }),
    ...(flagged === claim ? [] : [claimEvent(uow, claim, 'claim.flagged', { tag, ...why(timer) })]),
  ]);
  return { outcome: 'fired' };
}

const EFFECTS: Record<TimerKind, Effect> = {
  async customer_reminder(uow, timer, claim) {
    if (!stillWaitingSince(claim, timer)) return skipped('the claim no longer waits on the customer');
    const closeAt = typeof timer.data.close_at === 'string' ? timer.data.close_at.slice(0, 10) : 'soon';
    const body = typeof timer.data.message === 'string'
      ? timer.data.message
      : `We are still waiting for your answer. Without a reply by ${closeAt}, this request will be closed.`;
    const message = await claimParts.insertMessage(uow.trx, claim.storeId, {
      uuid: uow.core.newId(), claimId: claim.id, senderType: 'automatic', authorName: 'Reminder', body, internal: false, attachments: [], createdAt: uow.at,
    });
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'message.created', {
      message_id: message.uuid, sender_type: 'automatic', internal: false, ...why(timer),
    })]);
    return { outcome: 'fired' };
  },

  async customer_close(uow, timer, claim) {
    if (!stillWaitingSince(claim, timer)) return skipped('the claim no longer waits on the customer');
    // Waiting on the customer may only end in a withdrawal when nobody answers: `cancelled`.
    await applyTransition(uow, claim, 'cancelled', {
      note: `closed automatically: no answer from the customer within ${String(timer.data.days)} days`, why: why(timer),
    });
    return { outcome: 'fired' };
  },

  async first_response_sla(uow, timer, claim) {
    if (!isUndecided(claim.status)) return skipped('the claim was decided in time');
    if (await timers.hasMerchantMessage(uow.trx, claim.storeId, claim.id)) return skipped('the merchant answered in time');
    return breachSla(uow, timer, claim, 'first_response');
  },

  async resolution_sla(uow, timer, claim) {
    if (!isUndecided(claim.status)) return skipped('the claim was decided in time');
    return breachSla(uow, timer, claim, 'resolution');
  },

  async return_code_expiry(uow, timer, claim) {
    if (claim.status !== 'approved') return skipped('the return moved on');
    const shipment = await claimParts.findReturnShipment(uow.trx, claim.storeId, claim.id);
    if (shipment === undefined || shipment.status !== 'pending') return skipped('the parcel is on its way');
    await timers.expireReturnCode(uow.trx, claim.storeId, claim.id, uow.at);
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'return_shipment.updated', {
      easy_return_code: shipment.easyReturnCode, easy_return_code_expired: true, ...why(timer),
    })]);
    await applyTransition(uow, claim, 'closed', { note: 'closed automatically: the easy-return code expired before the parcel was sent', why: why(timer) });
    return { outcome: 'fired' };
  },

  async refund_processing_alert(uow, timer, claim) {
    if (timer.refundId === null) return skipped('no refund');
    const refund = await refunds.findRefund(uow.trx, claim.storeId, { id: timer.refundId });
    if (refund === undefined || refund.status !== 'processing' || refund.processingAt?.toISOString() !== timer.data.since) {
      return skipped('the refund left processing');
    }
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'refund.processing_overdue', {
      refund_id: refund.id, processing_since: timer.data.since, hours: timer.data.hours, amount_minor: refund.amountMinor, currency: refund.currency, ...why(timer),
    })]);
    return { outcome: 'fired' };
  },

  async withdrawal_refund_due(uow, timer, claim) {
    if (claim.status === 'cancelled' || claim.decision === 'rejected') return skipped('the withdrawal was itself withdrawn or refused');
    const refunded = (await refunds.listRefundsOfClaims(uow.trx, claim.storeId, [claim.id])).some((refund) => refund.status === 'issued');
    if (refunded) return skipped('refunded in time');
    if (claim.riskFlags.includes(WITHDRAWAL_REFUND_LATE)) return skipped('already flagged');
    await policies.updateClaimPolicyState(uow.trx, claim.storeId, claim.id, { riskFlags: [...claim.riskFlags, WITHDRAWAL_REFUND_LATE] }, uow.at);
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'claim.flagged', {
      tag: WITHDRAWAL_REFUND_LATE, declared_at: timer.data.declared_at, due_at: timer.dueAt.toISOString(), ...why(timer),
    })]);
    return { outcome: 'fired' };
  },
};

export type TimerWorker = Repeating;

/** Polls for due timers every `intervalMs` until stopped; a run in progress finishes first. */
export function startTimerWorker(
  core: Core, options: { intervalMs?: number; onRun?: (run: TimerRun) => void; onError?: (error: unknown) => void } = {},
): TimerWorker {
  return repeat(() => runDueTimers(core).then(
    (run) => { if (run.fired + run.skipped + run.failed.length > 0) options.onRun?.(run); },
    (error: unknown) => options.onError?.(error),
  ), { intervalMs: options.intervalMs ?? 5_000, firstAfterMs: 0 });
}
