import type { Actor } from '../../domain/actor.js';
import type { Claim, ClaimRef } from '../../domain/claim/claim.js';
import type { EventType } from '../../domain/claim/event.js';
import type { ReturnShipment } from '../../domain/claim/parts.js';
import type { OrderRef } from '../../domain/order.js';
import type { ParcelTracking, Refund, RefundFilter, RefundRef } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { checkRefund } from '../../domain/refund/rules.js';
import { claimMovesForRefund } from '../../domain/refund/claim-follows.js';
import { checkRefundTransition, type RefundMethod, type RefundStatus } from '../../domain/refund/status.js';
import * as claimParts from '../../store/claim-parts.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import * as refunds from '../../store/refunds.js';
import { authorize, customerScope, storeOf } from '../access.js';
import { findVisibleClaim } from '../claims/details.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { fileClaimInTransaction } from '../claims/file-claim.js';
import { lockClaimThenRefund, lockOrderOfClaim } from '../locks.js';
import { refundMoved } from '../policies/timers.js';
import { applyTransition } from '../claims/transition-claim.js';
import { inTransaction, type UnitOfWork } from '../unit-of-work.js';

export interface BookRefundInput {
  amountMinor: number;
  currency?: string;
  method?: RefundMethod;
  reason?: string;
  needsReturn?: boolean;
  /** `issued` books money already paid out (a resolution recorded after the fact). */
  status?: 'requested' | 'issued';
  /** Why the service booked it on its own (the policy's rule and version), kept on the refund.created event. */
  why?: Record<string, unknown>;
}

/**
 * Never over-refund: under the order's row lock, Σ refunds that still promise money plus
 * this one must not exceed what was paid. The check and the write share one transaction,
 * so concurrent requests through any door queue on the lock and the second one sees the first.
 */
export async function bookRefund(
  uow: UnitOfWork, claim: Claim, input: BookRefundInput,
): Promise<Refund> {
  const order = await lockOrderOfClaim(uow, claim);
  const promisedMinor = await refunds.sumPromisedMinor(uow.trx, claim.storeId, order.id);
  const currency = (input.currency ?? order.currency).toUpperCase();
  const refusal = checkRefund({ currency: order.currency, totalMinor: order.totalAmountMinor, promisedMinor }, { amountMinor: input.amountMinor, currency });
  if (refusal !== undefined) refuse(refusal);
  const status = input.status ?? 'requested';
  const refund = await refunds.insertRefund(uow.trx, {
    uuid: uow.core.newId(), storeId: claim.storeId, claimId: claim.id, orderId: order.id, amountMinor: input.amountMinor, currency,
    status, method: input.method ?? claim.refundDestination.method, reason: input.reason ?? null, responseReason: null,
    requester: uow.actor.name, needsReturn: input.needsReturn ?? false, createdAt: uow.at, approvedAt: status === 'issued' ? uow.at : null,
    processingAt: null, issuedAt: status === 'issued' ? uow.at : null, deniedAt: null, cancelledAt: null,
  });
  const data = { refund_id: refund.id, amount_minor: refund.amountMinor, currency, status };
  await events.appendEvents(uow.trx, [
    claimEvent(uow, claim, 'refund.created', { ...data, ...input.why }),
    ...(status === 'issued' ? [claimEvent(uow, claim, 'refund.issued', data)] : []),
  ]);
  return refund;
}

/** Asks for money back on a claim. Customers may ask; only merchants may book it as issued. */
export async function requestRefund(core: Core, actor: Actor, claimRef: ClaimRef, input: BookRefundInput): Promise<Refund> {
  // Booking a refund as already issued is the merchant's; asking for one is also the customer's.
  authorize(actor, input.status === 'issued' ? 'claims.manage' : 'claims.request_refund');
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    return bookRefund(uow, claim, input);
  });
}

/**
 * A refund asked for on a whole order (Refunds v2): files a money-only return claim and
 * its refund in one transaction, so the refund has a claim, a history and a number.
 */
export async function requestOrderRefund(
  core: Core, actor: Actor,
  input: { order: OrderRef; amountMinor: number; reason: string; needsReturn: boolean; source: Claim['source'] },
): Promise<Refund> {
  authorize(actor, 'claims.request_order_refund');
  return inTransaction(core, actor, async (uow) => {
    const claim = await fileClaimInTransaction(uow, {
      order: input.order, kind: 'return', source: input.source, lines: [], withoutLines: true, description: input.reason,
      attributes: { refund_only: !input.needsReturn },
    });
    return bookRefund(uow, claim, { amountMinor: input.amountMinor, reason: input.reason, needsReturn: input.needsReturn });
  });
}

export type RefundAction = 'approve' | 'process' | 'issue' | 'deny' | 'cancel';

const TARGET: Record<RefundAction, RefundStatus> = {
  approve: 'approved', process: 'processing', issue: 'issued', deny: 'denied', cancel: 'cancelled',
};

const ANNOUNCED: Record<RefundStatus, EventType | undefined> = {
  requested: undefined, approved: 'refund.approved', processing: 'refund.processing', issued: 'refund.issued',
  denied: 'refund.denied', cancelled: 'refund.cancelled',
};

/** Finds a refund the actor may see: its store's, and a customer's only on its own claims. */
export async function findVisibleRefund(core: Core, actor: Actor, ref: RefundRef): Promise<Refund> {
  const refund = await refunds.findRefund(core.db, storeOf(actor), ref);
  const ownCustomer = customerScope(actor);
  if (refund !== undefined && ownCustomer !== undefined) {
    const claim = await claims.findClaim(core.db, refund.storeId, { id: refund.claimId }, { customerId: ownCustomer, includeDeleted: true });
    if (claim === undefined) refuse({ code: 'not_found', entity: 'refund', id: 'id' in ref ? ref.id : ref.uuid });
  }
  if (refund === undefined) refuse({ code: 'not_found', entity: 'refund', id: 'id' in ref ? ref.id : ref.uuid });
  return refund;
}

/** Moves a refund along its lifecycle; a customer may only cancel its own pending refund. */
export async function changeRefund(
  core: Core, actor: Actor, ref: RefundRef, action: RefundAction, options: { responseReason?: string } = {},
): Promise<Refund> {
  authorize(actor, action === 'cancel' ? 'claims.withdraw' : 'claims.manage');
  const visible = await findVisibleRefund(core, actor, ref);
  return inTransaction(core, actor, async (uow) => {
    const { claim, refund } = await lockClaimThenRefund(uow, visible);
    if (refund === undefined) refuse({ code: 'not_found', entity: 'refund', id: visible.id });
    const moved = await moveRefund(uow, refund, TARGET[action], options.responseReason);
    if (claim !== undefined) await followRefund(uow, claim, moved);
    return moved;
  });
}

/** A money-only claim (a refund asked for on a whole order) with this one refund moves with it. */
async function followRefund(uow: UnitOfWork, claim: Claim, refund: Refund): Promise<void> {
  const [lines, ofClaim] = await Promise.all([
    claims.listClaimLines(uow.trx, claim.storeId, [claim.id]), refunds.listRefundsOfClaims(uow.trx, claim.storeId, [claim.id]),
  ]);
  if (lines.length > 0 || ofClaim.length !== 1) return;
  let current = claim;
  for (const to of claimMovesForRefund(claim.status, refund.status)) {
    current = await applyTransition(uow, current, to, { note: `refund ${refund.id} ${refund.status}` });
  }
}

export async function moveRefund(
  uow: UnitOfWork, refund: Refund, to: RefundStatus, responseReason?: string,
): Promise<Refund> {
  const refusal = checkRefundTransition(refund.status, to);
  if (refusal !== undefined) refuse(refusal);
  const updated = await refunds.updateRefund(uow.trx, refund.storeId, refund.id, {
    status: to,
    ...(responseReason === undefined ? {} : { responseReason }),
    ...(to === 'approved' ? { approvedAt: uow.at } : {}),
    ...(to === 'processing' ? { processingAt: uow.at, ...(refund.approvedAt === null ? { approvedAt: uow.at } : {}) } : {}),
    ...(to === 'issued' ? { issuedAt: uow.at, ...(refund.approvedAt === null ? { approvedAt: uow.at } : {}) } : {}),
    ...(to === 'denied' ? { deniedAt: uow.at } : {}),
    ...(to === 'cancelled' ? { cancelledAt: uow.at } : {}),
  }, uow.at);
  const announced = ANNOUNCED[to];
  if (announced !== undefined) {
    await events.appendEvents(uow.trx, [claimEvent(uow, { id: refund.claimId, storeId: refund.storeId }, announced, {
      refund_id: refund.id, from: refund.status, to, amount_minor: refund.amountMinor, currency: refund.currency,
      ...(responseReason === undefined ? {} : { response_reason: responseReason }),
    })]);
  }
  await refundMoved(uow.trx, updated, refund.status, uow.at);
  return updated;
}

export async function getRefund(core: Core, actor: Actor, ref: RefundRef): Promise<Refund> {
  authorize(actor, 'claims.read');
  return findVisibleRefund(core, actor, ref);
}

export const REFUNDS_PAGE_MAX = 100;

/** The return parcel behind a refund already found for the actor (so already within its reach), if any. */
export async function returnShipmentOfRefund(core: Core, refund: Refund): Promise<ReturnShipment | null> {
  return (await claimParts.findReturnShipment(core.db, refund.storeId, refund.claimId)) ?? null;
}

export async function listRefunds(
  core: Core, actor: Actor, filter: Omit<RefundFilter, 'customerId'>, page: { offset: number; limit: number },
): Promise<Refund[]> {
  authorize(actor, 'claims.read');
  return refunds.listRefunds(core.db, storeOf(actor), { ...filter, customerId: customerScope(actor) }, refundsPage(page));
}

/** A page of refunds as listRefunds, each with its claim's parcel tracking (for doors that show it). */
export async function listRefundsWithTracking(
  core: Core, actor: Actor, filter: Omit<RefundFilter, 'customerId'>, page: { offset: number; limit: number },
): Promise<Array<{ refund: Refund; tracking: ParcelTracking | null }>> {
  authorize(actor, 'claims.read');
  return refunds.listRefundsWithTracking(core.db, storeOf(actor), { ...filter, customerId: customerScope(actor) }, refundsPage(page));
}

const refundsPage = (page: { offset: number; limit: number }) => ({ offset: page.offset, limit: Math.min(page.limit, REFUNDS_PAGE_MAX) });
