import type { ActorRecord } from '../actor.js';

/** The event types a claim's history (and the webhook outbox) can hold. */
export type EventType =
  | 'claim.created' | 'claim.updated' | 'claim.deleted' | 'claim.status_changed'
  | 'claim.approved' | 'claim.rejected' | 'claim.completed' | 'claim.cancelled' | 'claim.closed'
  | 'message.created' | 'attachment.created' | 'resolution.created' | 'store_credit.created'
  | 'refund.created' | 'refund.approved' | 'refund.processing' | 'refund.issued' | 'refund.denied' | 'refund.cancelled'
  | 'return_shipment.updated'
  | 'claim.flagged' | 'claim.assigned' | 'claim.graded' | 'sla.breached' | 'refund.processing_overdue';

export interface ClaimEvent {
  id: number;
  uuid: string;
  storeId: number;
  claimId: number | null;
  type: string;
  actor: ActorRecord;
  data: Record<string, unknown>;
  createdAt: Date;
}

export type NewEvent = Omit<ClaimEvent, 'id'>;
