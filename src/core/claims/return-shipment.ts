import type { Actor } from '../../domain/actor.js';
import type { Claim, ClaimRef } from '../../domain/claim/claim.js';
import { statusWhenReturnReceived, statusWhenReturnShipped } from '../../domain/claim/return-flow.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { inTransaction, type UnitOfWork } from '../unit-of-work.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';
import { applyTransition } from './transition-claim.js';

export interface ShipmentInput {
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
}

/** Records that the goods are on their way back; the claim follows (approved → in return transit). */
export async function registerReturnShipment(core: Core, actor: Actor, claimRef: ClaimRef, input: ShipmentInput): Promise<ClaimDetails> {
  authorize(actor, 'claims.ship_return');
  const claim = await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    return shipReturn(uow, locked, input);
  });
  return detailsFor(core.db, actor, claim);
}

export async function shipReturn(uow: UnitOfWork, claim: Claim, input: ShipmentInput): Promise<Claim> {
  if (claim.kind === 'cancellation') refuse({ code: 'invalid_input', message: 'a cancellation has no return shipment', path: '/' });
  const existing = await claimParts.findReturnShipment(uow.trx, claim.storeId, claim.id);
  if (existing?.status === 'received') refuse({ code: 'conflict', entity: 'return_shipment', message: 'the return was already received' });
  const shipment = existing === undefined
    ? await claimParts.insertReturnShipment(uow.trx, claim.storeId, {
      uuid: uow.core.newId(), claimId: claim.id, carrier: input.carrier ?? null, trackingNumber: input.trackingNumber ?? null,
      trackingUrl: input.trackingUrl ?? null, easyReturnCode: null, codeValidFrom: null, codeValidUntil: null, codeMaxUses: 1,
      codeUseCount: 0, status: 'in_transit', shippedAt: uow.at, receivedAt: null,
    }, uow.at)
    : await claimParts.updateReturnShipment(uow.trx, claim.storeId, existing.id, {
      carrier: input.carrier ?? existing.carrier, trackingNumber: input.trackingNumber ?? existing.trackingNumber,
      trackingUrl: input.trackingUrl ?? existing.trackingUrl, status: 'in_transit', shippedAt: existing.shippedAt ?? uow.at,
      codeUseCount: existing.easyReturnCode === null || existing.status !== 'pending' ? existing.codeUseCount : existing.codeUseCount + 1,
    }, uow.at);
  await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'return_shipment.updated', {
    status: shipment.status, carrier: shipment.carrier, tracking_number: shipment.trackingNumber,
  })]);
  const next = statusWhenReturnShipped(claim.status);
  return next === undefined ? claim : applyTransition(uow, claim, next, { note: 'return shipped' });
}

/** Records that the goods arrived back at the merchant. */
export async function markReturnReceived(core: Core, actor: Actor, claimRef: ClaimRef): Promise<ClaimDetails> {
  authorize(actor, 'claims.manage');
  const claim = await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    return receiveReturn(uow, locked);
  });
  return detailsFor(core.db, actor, claim);
}

export async function receiveReturn(uow: UnitOfWork, claim: Claim): Promise<Claim> {
  const shipment = await claimParts.findReturnShipment(uow.trx, claim.storeId, claim.id);
  if (shipment === undefined) refuse({ code: 'shipment_missing', claimId: claim.id });
  if (shipment.status === 'received') refuse({ code: 'conflict', entity: 'return_shipment', message: 'the return was already received' });
  const updated = await claimParts.updateReturnShipment(uow.trx, claim.storeId, shipment.id, { status: 'received', receivedAt: uow.at, shippedAt: shipment.shippedAt ?? uow.at }, uow.at);
  await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'return_shipment.updated', {
    status: updated.status, carrier: updated.carrier, tracking_number: updated.trackingNumber,
  })]);
  const next = statusWhenReturnReceived(claim.status);
  return next === undefined ? claim : applyTransition(uow, claim, next, { note: 'return received' });
}
