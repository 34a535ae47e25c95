import type { Actor } from '../../domain/actor.js';
import type { Refund, RefundRef } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { refundAfterReturn } from '../../domain/refund/return-flow.js';
import * as claims from '../../store/claims.js';
import * as refunds from '../../store/refunds.js';
import { requireScope } from '../access.js';
import type { Core } from '../core.js';
import { findVisibleRefund, moveRefund } from './refunds.js';
import { shipReturn, type ShipmentInput } from '../claims/return-shipment.js';

/**
 * The customer sends back the goods a refund waits for: the claim records the parcel and,
 * if the refund was approved, the refund moves to processing — both or neither.
 */
export async function shipRefundReturn(core: Core, actor: Actor, ref: RefundRef, input: ShipmentInput): Promise<Refund> {
  requireScope(actor, actor.role === 'customer' ? 'write_claims' : 'manage_claims');
  const visible = await findVisibleRefund(core, actor, ref);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    // Claim before refund, like every use case that touches both, so two of them never deadlock.
    const claim = await claims.lockClaim(trx, visible.storeId, visible.claimId);
    const refund = await refunds.lockRefund(trx, visible.storeId, visible.id);
    if (claim === undefined || refund === undefined) refuse({ code: 'not_found', entity: 'refund', id: visible.id });
    const next = refundAfterReturn(refund, 'shipped');
    if ('refusal' in next) refuse(next.refusal);
    await shipReturn(trx, core, actor, claim, input, now);
    return next.to === refund.status ? refund : moveRefund(trx, core, actor, refund, next.to, now);
  });
}
