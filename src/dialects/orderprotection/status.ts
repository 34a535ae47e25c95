import { CLAIM_STATUSES, type ClaimStatus } from '../../domain/claim/status.js';

// OrderProtection's 14 claim states and the canonical status each one is. Every canonical
// status shows as exactly one state; a state set here reads back identically here.

export const OP_CLAIM_STATES = [
  'NEW', 'OPEN', 'DISMISSED', 'DENIED', 'APPROVED', 'RESOLVED', 'ARCHIVED', 'COMMUNICATING',
  'WAITING_FOR_CUSTOMER', 'WAITING_FOR_BRAND', 'WAITING_FOR_OP', 'RESOLVED_BY_BRAND', 'TEMPORARILY_DISMISSED', 'CLOSED',
] as const;
export type OpClaimState = (typeof OP_CLAIM_STATES)[number];

/** What OrderProtection shows for each canonical status; the four it lacks show as the nearest. */
export const OP_STATE_OF = {
  new: 'NEW',
  open: 'OPEN',
  communicating: 'COMMUNICATING',
  waiting_on_customer: 'WAITING_FOR_CUSTOMER',
  waiting_on_merchant: 'WAITING_FOR_BRAND',
  waiting_on_platform: 'WAITING_FOR_OP',
  confirmed: 'APPROVED',
  approved: 'APPROVED',
  in_return_transit: 'APPROVED',
  received: 'APPROVED',
  rejected: 'DENIED',
  dismissed: 'DISMISSED',
  temporarily_dismissed: 'TEMPORARILY_DISMISSED',
  completed: 'RESOLVED',
  completed_by_merchant: 'RESOLVED_BY_BRAND',
  closed: 'CLOSED',
  archived: 'ARCHIVED',
  cancelled: 'CLOSED',
} as const satisfies Record<ClaimStatus, OpClaimState>;

/** The canonical status a state set through this door becomes. */
export const STATUS_OF_OP_STATE = {
  NEW: 'new',
  OPEN: 'open',
  COMMUNICATING: 'communicating',
  WAITING_FOR_CUSTOMER: 'waiting_on_customer',
  WAITING_FOR_BRAND: 'waiting_on_merchant',
  WAITING_FOR_OP: 'waiting_on_platform',
  APPROVED: 'approved',
  DENIED: 'rejected',
  DISMISSED: 'dismissed',
  TEMPORARILY_DISMISSED: 'temporarily_dismissed',
  RESOLVED: 'completed',
  RESOLVED_BY_BRAND: 'completed_by_merchant',
  CLOSED: 'closed',
  ARCHIVED: 'archived',
} as const satisfies Record<OpClaimState, ClaimStatus>;

export function toOpState(status: ClaimStatus): OpClaimState {
  return OP_STATE_OF[status];
}

export function toClaimStatus(state: OpClaimState): ClaimStatus {
  return STATUS_OF_OP_STATE[state];
}

/** Every canonical status shown as `state`: what a `claimState` filter must match. */
export function statusesShownAs(state: OpClaimState): ClaimStatus[] {
  return CLAIM_STATUSES.filter((status) => OP_STATE_OF[status] === state);
}

export function isOpClaimState(value: string): value is OpClaimState {
  return (OP_CLAIM_STATES as readonly string[]).includes(value);
}
