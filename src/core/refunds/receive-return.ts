import type { Actor } from '../../domain/actor.js';
import type { Refund, RefundRef } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { refundAfterReturn } from '../../domain/refund/return-flow.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { lockClaimThenRefund } from '../locks.js';
import { inTransaction } from '../unit-of-work.js';
import { findVisibleRefund, moveRefund } from './refunds.js';
import { receiveReturn } from '../claims/return-shipment.js';

/**
 * The merchant receives the goods a refund waits for: the claim's return shipment is marked
 * received and, if the refund was still waiting for them, it moves to processing — both or neither.
 */
export async function receiveRefundReturn(core: Core, actor: Actor, ref: RefundRef): Promise<Refund> {
  authorize(actor, 'claims.manage');
  const visible = await findVisibleRefund(core, actor, ref);
  return inTransaction(core, actor, async (uow) => {
    const { claim, refund } = await lockClaimThenRefund(uow, visible);
    if (claim === undefined || refund === undefined) refuse({ code: 'not_found', entity: 'refund', id: visible.id });
    const next = refundAfterReturn(refund, 'received');
    if ('refusal' in next) refuse(next.refusal);
    await receiveReturn(uow, claim);
    return next.to === refund.status ? refund : moveRefund(uow, refund, next.to);
  });
}
