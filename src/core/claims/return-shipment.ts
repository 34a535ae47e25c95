import type { Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import type { Claim, ClaimRef } from '../../domain/claim/claim.js';
import { statusWhenReturnReceived, statusWhenReturnShipped } from '../../domain/claim/return-flow.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import type { DB } from '../../store/schema.js';
import { requireScope } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';
import { applyTransition } from './transition-claim.js';

export interface ShipmentInput {
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
}

/** Records that the goods are on their way back; the claim follows (approved → in return transit). */
export async function registerReturnShipment(core: Core, actor: Actor, claimRef: ClaimRef, input: ShipmentInput): Promise<ClaimDetails> {
  requireScope(actor, actor.role === 'customer' ? 'write_claims' : 'manage_claims');
  const now = core.clock();
  const claim = await core.db.transaction().execute(async (trx) => {
    const locked = await findVisibleClaim(trx, actor, claimRef, { lock: true });
    return shipReturn(trx, core, actor, locked, input, now);
  });
  return detailsFor(core.db, actor, claim);
}

export async function shipReturn(trx: Transaction<DB>, core: Core, actor: Actor, claim: Claim, input: ShipmentInput, at: Date): Promise<Claim> {
  if (claim.kind === 'cancellation') refuse({ code: 'invalid_input', message: 'a cancellation has no return shipment', path: '/' });
  const existing = await claimParts.findReturnShipment(trx, claim.storeId, claim.id);
  if (existing?.status === 'received') refuse({ code: 'conflict', entity: 'return_shipment', message: 'the return was already received' });
  const shipment = existing === undefined
    ? await claimParts.insertReturnShipment(trx, claim.storeId, {
      uuid: core.newId(), claimId: claim.id, carrier: input.carrier ?? null, trackingNumber: input.trackingNumber ?? null,
      trackingUrl: input.trackingUrl ?? null, easyReturnCode: null, codeValidFrom: null, codeValidUntil: null, codeMaxUses: 1,
      codeUseCount: 0, status: 'in_transit', shippedAt: at, receivedAt: null,
    }, at)
    : await claimParts.updateReturnShipment(trx, claim.storeId, existing.id, {
      carrier: input.carrier ?? existing.carrier, trackingNumber: input.trackingNumber ?? existing.trackingNumber,
      trackingUrl: input.trackingUrl ?? existing.trackingUrl, status: 'in_transit', shippedAt: existing.shippedAt ?? at,
      codeUseCount: existing.easyReturnCode === null || existing.status !== 'pending' ? existing.codeUseCount : existing.codeUseCount + 1,
    }, at);
  await events.appendEvents(trx, [claimEvent(core, actor, claim, 'return_shipment.updated', {
    status: shipment.status, carrier: shipment.carrier, tracking_number: shipment.trackingNumber,
  }, at)]);
  const next = statusWhenReturnShipped(claim.status);
  return next === undefined ? claim : applyTransition(trx, core, actor, claim, next, at, { note: 'return shipped' });
}

/** Records that the goods arrived back at the merchant. */
export async function markReturnReceived(core: Core, actor: Actor, claimRef: ClaimRef): Promise<ClaimDetails> {
  requireScope(actor, 'manage_claims');
  if (actor.role === 'customer') refuse({ code: 'forbidden', message: 'only the merchant receives a return' });
  const now = core.clock();
  const claim = await core.db.transaction().execute(async (trx) => {
    const locked = await findVisibleClaim(trx, actor, claimRef, { lock: true });
    return receiveReturn(trx, core, actor, locked, now);
  });
  return detailsFor(core.db, actor, claim);
}

export async function receiveReturn(trx: Transaction<DB>, core: Core, actor: Actor, claim: Claim, at: Date): Promise<Claim> {
  const shipment = await claimParts.findReturnShipment(trx, claim.storeId, claim.id);
  if (shipment === undefined) refuse({ code: 'shipment_missing', claimId: claim.id });
  if (shipment.status === 'received') refuse({ code: 'conflict', entity: 'return_shipment', message: 'the return was already received' });
  const updated = await claimParts.updateReturnShipment(trx, claim.storeId, shipment.id, { status: 'received', receivedAt: at, shippedAt: shipment.shippedAt ?? at }, at);
  await events.appendEvents(trx, [claimEvent(core, actor, claim, 'return_shipment.updated', {
    status: updated.status, carrier: updated.carrier, tracking_number: updated.trackingNumber,
  }, at)]);
  const next = statusWhenReturnReceived(claim.status);
  return next === undefined ? claim : applyTransition(trx, core, actor, claim, next, at, { note: 'return received' });
}
