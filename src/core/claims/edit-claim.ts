import type { Actor } from '../../domain/actor.js';
import type { ClaimRef, RefundDestination } from '../../domain/claim/claim.js';
import { checkLines } from '../../domain/claim/lines.js';
import { checkReason, type ReasonRef } from '../../domain/claim/reason.js';
import type { ClaimKind, ClaimStatus } from '../../domain/claim/status.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import * as reasons from '../../store/reasons.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { lockOrderOfClaim } from '../locks.js';
import { inTransaction } from '../unit-of-work.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';
import { applyTransition } from './transition-claim.js';
import { checkCustomerAttributes } from '../../domain/claim/attributes.js';

export interface EditClaimInput {
  claim: ClaimRef;
  expectedVersion?: number;
  description?: string | null;
  reason?: ReasonRef;
  kind?: ClaimKind;
  /** New quantity of a single-line claim. */
  quantity?: number;
  refundDestination?: RefundDestination;
  attributes?: Record<string, unknown>;
  /** A status change made together with the edit, checked against the transition table. */
  to?: ClaimStatus;
}

/** Edits a claim's fields (and optionally its status) in one transaction, rechecking every rule they touch. */
export async function editClaim(core: Core, actor: Actor, input: EditClaimInput): Promise<ClaimDetails> {
  authorize(actor, 'claims.manage');
  if (actor.role === 'customer' && input.attributes !== undefined) {
    const refusal = checkCustomerAttributes(input.attributes);
    if (refusal !== undefined) refuse(refusal);
  }
  const claim = await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, input.claim, { lock: true });
    if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) {
      refuse({ code: 'version_mismatch', current: locked.version, given: input.expectedVersion });
    }
    const kind = input.kind ?? locked.kind;
    const lines = await claims.listClaimLines(uow.trx, locked.storeId, [locked.id]);
    if (input.quantity !== undefined && lines.length !== 1) {
      refuse({ code: 'invalid_input', message: 'quantity can be changed only on a claim of one line', path: '/quantity' });
    }
    if ((input.kind !== undefined && input.kind !== locked.kind) || input.quantity !== undefined) {
      // The goods the claim holds change: recheck them under the order lock, leaving this claim's own share out.
      await lockOrderOfClaim(uow, locked);
      const items = await orders.listOrderItems(uow.trx, locked.storeId, [locked.orderId]);
      const held = await claims.sumHeldQuantities(uow.trx, locked.storeId, lines.map((line) => line.orderItemId), locked.id);
      const refusal = checkLines(kind, items.map((item) => ({
        id: item.id, quantity: item.quantity, fulfillmentStatus: item.fulfillmentStatus, claimedQuantity: held.get(item.id) ?? 0,
      })), lines.map((line) => ({ orderItemId: line.orderItemId, quantity: input.quantity ?? line.quantity })));
      if (refusal !== undefined) refuse(refusal);
      const line = lines[0];
      if (input.quantity !== undefined && line !== undefined) await claims.updateClaimLineQuantity(uow.trx, locked.storeId, line.id, input.quantity);
    }
    let reasonId = locked.reasonId;
    if (input.reason !== undefined || input.kind !== undefined || input.description !== undefined) {
      const reason = input.reason === undefined
        ? (locked.reasonId === null ? undefined : await reasons.findReason(uow.trx, locked.storeId, { id: locked.reasonId }))
        : await reasons.findReason(uow.trx, locked.storeId, input.reason);
      if (input.reason !== undefined && reason === undefined) refuse({ code: 'not_found', entity: 'reason', id: 'id' in input.reason ? input.reason.id : input.reason.uuid });
      if (reason !== undefined) {
        const attachments = await claimParts.loadClaimParts(uow.trx, locked.storeId, [locked.id]);
        const refusal = checkReason(reason, {
          kind, description: input.description === undefined ? locked.description : input.description, evidenceCount: attachments.attachments.length,
        });
        if (refusal !== undefined) refuse(refusal);
        reasonId = reason.id;
      }
    }
    let updated = await claims.updateClaim(uow.trx, locked.storeId, locked.id, {
      kind, reasonId,
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.refundDestination === undefined ? {} : { refundDestination: input.refundDestination }),
      ...(input.attributes === undefined ? {} : { attributes: input.attributes }),
    }, uow.at);
    await events.appendEvents(uow.trx, [claimEvent(uow, updated, 'claim.updated', {
      fields: Object.keys(input).filter((key) => !['claim', 'expectedVersion', 'to'].includes(key)), version: updated.version,
    })]);
    if (input.to !== undefined && input.to !== updated.status) updated = await applyTransition(uow, updated, input.to);
    return updated;
  });
  return detailsFor(core.db, actor, claim);
}

/** Soft-deletes a claim: it disappears from every door and gives back its quantities. */
export async function deleteClaim(core: Core, actor: Actor, claimRef: ClaimRef): Promise<void> {
  authorize(actor, 'claims.manage');
  await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    const deleted = await claims.updateClaim(uow.trx, locked.storeId, locked.id, { deletedAt: uow.at, holdsQuantity: false }, uow.at);
    await events.appendEvents(uow.trx, [claimEvent(uow, deleted, 'claim.deleted', { status: deleted.status })]);
  });
}
