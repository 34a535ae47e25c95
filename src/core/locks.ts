import type { Claim } from '../domain/claim/claim.js';
import type { Order } from '../domain/order.js';
import type { Refund } from '../domain/refund/refund.js';
import * as claims from '../store/claims.js';
import * as orders from '../store/orders.js';
import * as refunds from '../store/refunds.js';
import type { UnitOfWork } from './unit-of-work.js';

// The lock order of every use case that locks more than one row: the claim, then its
// refund, then its order. Taken in one order everywhere, two use cases never wait on each
// other's rows, so they cannot deadlock. A use case takes a second or third lock only here.

/** A refund and its claim, the claim first; either is undefined when it is gone. */
export async function lockClaimThenRefund(
  uow: UnitOfWork, refund: { storeId: number; id: number; claimId: number },
): Promise<{ claim: Claim | undefined; refund: Refund | undefined }> {
  const claim = await claims.lockClaim(uow.trx, refund.storeId, refund.claimId);
  const locked = await refunds.lockRefund(uow.trx, refund.storeId, refund.id);
  return { claim, refund: locked };
}

/** The order of a claim the unit already holds locked: every claim on it draws on the same goods and money. */
export async function lockOrderOfClaim(uow: UnitOfWork, claim: Claim): Promise<Order> {
  const order = await orders.lockOrder(uow.trx, claim.storeId, claim.orderId);
  if (order === undefined) throw new Error(`claim ${claim.id} lost its order`);
  return order;
}
