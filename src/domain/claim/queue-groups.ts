import type { ClaimStatus } from './status.js';

// The five groups a merchant thinks in, over the engine's eighteen statuses: what needs the
// store now, what waits on the customer, what is decided and under way (a parcel coming back,
// a refund to pay), what is finished, and what is archived. Every status is in exactly one.

export const QUEUE_GROUPS = {
  needs_action: ['new', 'open', 'communicating', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed'],
  waiting_on_customer: ['waiting_on_customer', 'temporarily_dismissed'],
  in_progress: ['approved', 'in_return_transit', 'received'],
  done: ['completed', 'completed_by_merchant', 'rejected', 'dismissed', 'cancelled', 'closed'],
  archived: ['archived'],
} as const satisfies Record<string, readonly ClaimStatus[]>;

export type QueueGroup = keyof typeof QUEUE_GROUPS;
export const QUEUE_GROUP_NAMES = Object.keys(QUEUE_GROUPS) as QueueGroup[];

export function groupOf(status: ClaimStatus): QueueGroup {
  const found = QUEUE_GROUP_NAMES.find((group) => (QUEUE_GROUPS[group] as readonly ClaimStatus[]).includes(status));
  if (found === undefined) throw new Error(`status ${status} is in no queue group`);
  return found;
}
