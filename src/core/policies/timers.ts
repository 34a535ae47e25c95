import type { Transaction } from 'kysely';
import type { TimerPlan } from '../../domain/policy/deadlines.js';
import { timerOnRefundProcessing } from '../../domain/policy/deadlines.js';
import type { Refund } from '../../domain/refund/refund.js';
import type { RefundStatus } from '../../domain/refund/status.js';
import * as policies from '../../store/policies.js';
import type { DB } from '../../store/schema.js';
import * as timers from '../../store/timers.js';

// Setting and cancelling deadlines, always inside the transaction of the change that
// calls for them: a timer exists exactly when the change committed.

export async function setClaimTimers(
  trx: Transaction<DB>, claim: { id: number; storeId: number }, policyVersion: number, plans: readonly TimerPlan[], at: Date,
  options: { refundId?: number } = {},
): Promise<void> {
  await timers.insertTimers(trx, plans.map((plan) => ({
    storeId: claim.storeId, claimId: claim.id, refundId: options.refundId ?? null, kind: plan.kind, dueAt: plan.dueAt,
    policyVersion, data: plan.data, createdAt: at,
  })));
}

/** A refund entering `processing` starts the alert clock; leaving it stops the clock. */
export async function refundMoved(trx: Transaction<DB>, refund: Refund, from: RefundStatus, at: Date): Promise<void> {
  if (from === 'processing' && refund.status !== 'processing') {
    await timers.cancelTimers(trx, refund.storeId, refund.claimId, ['refund_processing_alert'], at, { refundId: refund.id });
  }
  if (refund.status !== 'processing' || from === 'processing') return;
  const policy = await policies.findCurrentPolicy(trx, refund.storeId);
  if (policy === undefined) return;
  const plan = timerOnRefundProcessing(policy.document, { id: refund.id, at });
  if (plan !== undefined) await setClaimTimers(trx, { id: refund.claimId, storeId: refund.storeId }, policy.version, [plan], at, { refundId: refund.id });
}
