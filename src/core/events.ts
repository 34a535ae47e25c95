import { actorRecord, type Actor } from '../domain/actor.js';
import type { NewEvent } from '../store/events.js';
import type { Core } from './core.js';

/** The event types a claim's history (and the webhook outbox) can hold. */
export type EventType =
  | 'claim.created' | 'claim.updated' | 'claim.deleted' | 'claim.status_changed'
  | 'claim.approved' | 'claim.rejected' | 'claim.completed' | 'claim.cancelled' | 'claim.closed'
  | 'message.created' | 'attachment.created' | 'resolution.created' | 'store_credit.created'
  | 'refund.created' | 'refund.approved' | 'refund.processing' | 'refund.issued' | 'refund.denied' | 'refund.cancelled'
  | 'return_shipment.updated'
  | 'claim.flagged' | 'claim.assigned' | 'sla.breached' | 'refund.processing_overdue';

export function claimEvent(
  core: Core, actor: Actor, claim: { id: number; storeId: number }, type: EventType, data: Record<string, unknown>, at: Date,
): NewEvent {
  return { uuid: core.newId(), storeId: claim.storeId, claimId: claim.id, type, actor: actorRecord(actor), data, createdAt: at };
}
