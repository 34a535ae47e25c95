import type { Api, Claim, ClaimStatus } from '../../api/client.js';
import { label } from '../session.js';
import { claimPath, ifMatch } from './useClaim.js';

// The moves a claim may make: the five with a named endpoint and a button of their own, and
// the rest through the generic transition. Rejection has its own form (it needs a reason).

export const MOVES: Partial<Record<ClaimStatus, { path: '/v1/claims/{id}/approve' | '/v1/claims/{id}/complete' | '/v1/claims/{id}/close' | '/v1/claims/{id}/cancel' | '/v1/claims/{id}/archive'; text: string }>> = {
  approved: { path: '/v1/claims/{id}/approve', text: 'Approve' },
  completed: { path: '/v1/claims/{id}/complete', text: 'Complete' },
  closed: { path: '/v1/claims/{id}/close', text: 'Close' },
  cancelled: { path: '/v1/claims/{id}/cancel', text: 'Cancel claim' },
  archived: { path: '/v1/claims/{id}/archive', text: 'Archive' },
};

const STATUSES: readonly ClaimStatus[] = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed', 'approved',
  'in_return_transit', 'received', 'rejected', 'dismissed', 'temporarily_dismissed', 'completed', 'completed_by_merchant', 'closed', 'archived', 'cancelled'];

/** The statuses among some strings, in the engine's order. */
export function statusesOf(values: readonly string[]): ClaimStatus[] {
  return STATUSES.filter((status) => values.includes(status));
}

export function moveName(to: ClaimStatus): string {
  return MOVES[to]?.text ?? `Move to ${label(to)}`;
}

/** The request that moves the claim, with the version shown. */
export function moveRequest(api: Api, claim: Claim, to: ClaimStatus) {
  const known = MOVES[to];
  const options = { params: claimPath(claim), headers: ifMatch(claim) };
  return known !== undefined
    ? api.POST(known.path, { ...options, body: {} })
    : api.POST('/v1/claims/{id}/transitions', { ...options, body: { to } });
}
