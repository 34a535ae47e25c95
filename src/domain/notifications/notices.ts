import type { ClaimEvent } from '../claim/event.js';
import type { ClaimStatus } from '../claim/status.js';

// Which events are news to whom. The customer hears of the moves that change what they
// can expect (a decision, the parcel's arrival, money on its way, the end) and of what the
// merchant writes to them; never of internal notes, nor of their own messages. A console
// user hears of a claim assigned to them, once they opt in: a `claim.assigned` event carrying
// `data.assignee_user_id` (the user's id or uuid) tells them; assigning oneself leaves it null.

/** What an email tells its reader. */
export type Notice =
  | { kind: 'status_changed'; to: NotifiedStatus }
  | { kind: 'refund_issued'; amountMinor: number; currency: string }
  | { kind: 'merchant_message'; messageId: string }
  | { kind: 'claim_assigned'; assignee: number | string }
  /** The acknowledgement of a withdrawal from the contract: its statement and when it was made. */
  | { kind: 'withdrawal_received'; name: string; declaredAt: string };

export type NoticeKind = Notice['kind'];
export const NOTICE_KINDS: readonly NoticeKind[] = ['status_changed', 'refund_issued', 'merchant_message', 'claim_assigned', 'withdrawal_received'];

/** Who an email goes to: the claim's customer, or a console user of the store. */
export type RecipientKind = 'customer' | 'agent';

export const RECIPIENT_OF: Record<NoticeKind, RecipientKind> = {
  status_changed: 'customer', refund_issued: 'customer', merchant_message: 'customer', claim_assigned: 'agent', withdrawal_received: 'customer',
};

/** The statuses a customer is told of, each once. */
export type NotifiedStatus = 'approved' | 'rejected' | 'received' | 'completed' | 'closed';
export const NOTIFIED_STATUSES: readonly NotifiedStatus[] = ['approved', 'rejected', 'received', 'completed', 'closed'];

/** The customer's words for a move, or undefined when the move is no news to them. */
const STATUS_NOTICE: Record<ClaimStatus, NotifiedStatus | undefined> = {
  new: undefined, open: undefined, communicating: undefined, waiting_on_customer: undefined, waiting_on_merchant: undefined,
  waiting_on_platform: undefined, confirmed: 'approved', approved: 'approved', in_return_transit: undefined, received: 'received',
  rejected: 'rejected', dismissed: 'rejected', temporarily_dismissed: undefined, completed: 'completed', completed_by_merchant: 'completed',
  closed: 'closed', archived: undefined, cancelled: undefined,
};

/** Moves after which closing is filing away: the customer was already told the outcome. */
const ALREADY_TOLD: ReadonlySet<string> = new Set(['completed', 'completed_by_merchant', 'rejected', 'dismissed']);

/** Senders whose messages the customer is told of: anyone but the customer. */
const CUSTOMER_SENDERS: ReadonlySet<string> = new Set(['customer']);

function isStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_NOTICE, value);
}

/** What an event tells, or undefined when it is nobody's news. */
export function noticeOf(event: Pick<ClaimEvent, 'type' | 'data' | 'claimId'>): Notice | undefined {
  if (event.claimId === null) return undefined;
  const data = event.data;
  switch (event.type) {
    case 'claim.status_changed': {
      if (!isStatus(data.to)) return undefined;
      const to = STATUS_NOTICE[data.to];
      if (to === undefined) return undefined;
      if (to === 'approved' && data.from === 'confirmed') return undefined; // told when it was confirmed
      if (to === 'closed' && typeof data.from === 'string' && ALREADY_TOLD.has(data.from)) return undefined;
      return { kind: 'status_changed', to };
    }
    case 'refund.issued': {
      if (typeof data.amount_minor !== 'number' || typeof data.currency !== 'string') return undefined;
      return { kind: 'refund_issued', amountMinor: data.amount_minor, currency: data.currency };
    }
    case 'message.created': {
      if (data.internal !== false || typeof data.message_id !== 'string') return undefined;
      if (typeof data.sender_type !== 'string' || CUSTOMER_SENDERS.has(data.sender_type)) return undefined;
      return { kind: 'merchant_message', messageId: data.message_id };
    }
    case 'claim.created': {
      // Only a withdrawal is acknowledged on filing; the law asks for it on a durable medium.
      const withdrawal = data.withdrawal;
      if (typeof withdrawal !== 'object' || withdrawal === null) return undefined;
      const { name, declared_at: declaredAt } = withdrawal as Record<string, unknown>;
      if (typeof name !== 'string' || typeof declaredAt !== 'string') return undefined;
      return { kind: 'withdrawal_received', name, declaredAt };
    }
    case 'claim.assigned': {
      const assignee = data.assignee_user_id;
      if (typeof assignee === 'number' && Number.isSafeInteger(assignee) && assignee > 0) return { kind: 'claim_assigned', assignee };
      if (typeof assignee === 'string' && assignee !== '') return { kind: 'claim_assigned', assignee };
      return undefined;
    }
    default:
      return undefined;
  }
}
