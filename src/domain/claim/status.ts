// The canonical claim status: rich enough that every dialect's states round-trip
// (see docs/architecture.md for the mapping of each seed system onto it).
export const CLAIM_STATUSES = [
  'new',
  'open',
  'communicating',
  'waiting_on_customer',
  'waiting_on_merchant',
  'waiting_on_platform',
  'confirmed',
  'approved',
  'in_return_transit',
  'received',
  'rejected',
  'dismissed',
  'temporarily_dismissed',
  'completed',
  'completed_by_merchant',
  'closed',
  'archived',
  'cancelled',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_KINDS = ['cancellation', 'return', 'incident'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const INCIDENT_TYPES = [
  'damaged',
  'defective_item',
  'missing_item',
  'multiple',
  'delivered_not_received',
  'returned_to_sender',
  'stolen',
  'wrong_item',
  'tracking_not_moving',
  'wrong_address',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const CLAIM_SOURCES = ['native', 'seller-center', 'omnitron', 'orderprotection', 'refunds-v2', 'portal', 'console', 'seed'] as const;
export type ClaimSource = (typeof CLAIM_SOURCES)[number];

export type ClaimDecision = 'approved' | 'rejected';

/** Under review, not yet decided: the states a claim may move freely between. */
export const PENDING_STATUSES = [
  'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform',
] as const satisfies readonly ClaimStatus[];

/** States from which nothing more will happen to the claim's money or goods. */
export const FINAL_STATUSES = ['closed', 'archived', 'cancelled'] as const satisfies readonly ClaimStatus[];

export function isPending(status: ClaimStatus): boolean {
  return (PENDING_STATUSES as readonly ClaimStatus[]).includes(status);
}

/** Not yet decided either way: new, pending or confirmed. */
export function isUndecided(status: ClaimStatus): boolean {
  return status === 'new' || status === 'confirmed' || isPending(status);
}

/**
 * Whether a claim still holds the quantities on its lines. A refused, dismissed or
 * withdrawn claim gives them back; a closed one keeps them only if it was approved,
 * since the goods then really came back (or were cancelled). A temporarily dismissed
 * claim keeps them: it may be reopened.
 */
export function holdsQuantity(status: ClaimStatus, decision: ClaimDecision | null): boolean {
  if (status === 'rejected' || status === 'dismissed' || status === 'cancelled') return false;
  if (status === 'closed' || status === 'archived') return decision === 'approved';
  return true;
}

/** The decision a status records, if entering it decides the claim. */
export function decisionOf(status: ClaimStatus): ClaimDecision | undefined {
  if (status === 'approved' || status === 'confirmed') return 'approved';
  if (status === 'rejected' || status === 'dismissed') return 'rejected';
  return undefined;
}

export function isClaimStatus(value: string): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}
