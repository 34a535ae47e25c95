import type { Actor } from '../../domain/actor.js';
import type { Refund, RefundRef } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { refundAfterReturn } from '../../domain/refund/return-flow.js';
import * as claims from '../../store/claims.js';
import * as refunds from '../../store/refunds.js';
import { requireMerchant, requireScope } from '../access.js';
import type { Core } from '../core.js';
import { findVisibleRefund, moveRefund } from './refunds.js';
import { receiveReturn } from '../claims/return-shipment.js';

/**
 * The merchant receives the goods a refund waits for: the claim's return shipment is marked
 * received and, if the refund was still waiting for them, it moves to processing — both or neither.
 */
export async function receiveRefundReturn(core: Core, actor: Actor, ref: RefundRef): Promise<Refund> {
  requireScope(actor, 'manage_claims');
  requireMerchant(actor);
  const visible = await findVisibleRefund(core, actor, ref);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    // Claim before refund, like every use case that touches both, so two of them never deadlock.
    const claim = await claims.lockClaim(trx, visible.storeId, visible.claimId);
    const refund = await refunds.lockRefund(trx, visible.storeId, visible.id);
    if (claim === undefined || refund === undefined) refuse({ code: 'not_found', entity: 'refund', id: visible.id });
    const next = refundAfterReturn(refund, 'received');
    if ('refusal' in next) refuse(next.refusal);
    await receiveReturn(trx, core, actor, claim, now);
    return next.to === refund.status ? refund : moveRefund(trx, core, actor, refund, next.to, now);
  });
}
