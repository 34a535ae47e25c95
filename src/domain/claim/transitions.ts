import type { Refusal } from '../refusal.js';
import { PENDING_STATUSES, type ClaimStatus } from './status.js';

const DECISIONS = ['approved', 'rejected', 'dismissed', 'temporarily_dismissed'] as const;

function otherPending(self: ClaimStatus): ClaimStatus[] {
  return PENDING_STATUSES.filter((status) => status !== self);
}

function fromPending(self: ClaimStatus): readonly ClaimStatus[] {
  return [...otherPending(self), 'confirmed', ...DECISIONS, 'cancelled'];
}

/**
 * Every allowed move of a claim, one row per status. A missing row is a compile error;
 * a move not listed is refused with both states named.
 */
export const CLAIM_TRANSITIONS = {
  new: [...PENDING_STATUSES, 'confirmed', ...DECISIONS, 'cancelled'],
  open: fromPending('open'),
  communicating: fromPending('communicating'),
  waiting_on_customer: fromPending('waiting_on_customer'),
  waiting_on_merchant: fromPending('waiting_on_merchant'),
  waiting_on_platform: fromPending('waiting_on_platform'),
  // Accepted, plan pending (Omnitron's `confirmed`); it may still be refused.
  confirmed: ['approved', 'rejected', 'completed', 'completed_by_merchant', 'cancelled'],
  // Approval cannot be taken back into review (Omnitron: approved → confirmed is refused).
  approved: ['in_return_transit', 'received', 'completed', 'completed_by_merchant', 'closed'],
  in_return_transit: ['received', 'completed', 'completed_by_merchant'],
  received: ['completed', 'completed_by_merchant'],
  rejected: ['closed'],
  dismissed: ['closed'],
  temporarily_dismissed: ['open', 'closed'],
  completed: ['closed'],
  completed_by_merchant: ['closed'],
  closed: ['archived'],
  archived: [],
  cancelled: ['archived'],
} as const satisfies Record<ClaimStatus, readonly ClaimStatus[]>;

export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return CLAIM_TRANSITIONS[from];
}

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return nextStatuses(from).includes(to);
}

export function checkClaimTransition(from: ClaimStatus, to: ClaimStatus): Refusal | undefined {
  if (canTransition(from, to)) return undefined;
  return { code: 'transition_not_allowed', entity: 'claim', from, to };
}
