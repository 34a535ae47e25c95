import type { Api, Claim, ClaimStatus } from '../../api/client.js';
import type { ConsoleI18n, ConsoleKey } from '../i18n/index.js';
import { claimPath, ifMatch } from './useClaim.js';

// The moves a claim may make: the five with a named endpoint and a button of their own, and
// the rest through the generic transition. Rejection has its own form (it needs a reason).

export const MOVES: Partial<Record<ClaimStatus, { path: '/v1/claims/{id}/approve' | '/v1/claims/{id}/complete' | '/v1/claims/{id}/close' | '/v1/claims/{id}/cancel' | '/v1/claims/{id}/archive'; text: ConsoleKey }>> = {
  approved: { path: '/v1/claims/{id}/approve', text: 'claim.move_approved' },
  completed: { path: '/v1/claims/{id}/complete', text: 'claim.move_completed' },
  closed: { path: '/v1/claims/{id}/close', text: 'claim.move_closed' },
  cancelled: { path: '/v1/claims/{id}/cancel', text: 'claim.move_cancelled' },
  archived: { path: '/v1/claims/{id}/archive', text: 'claim.move_archived' },
};

const STATUSES: readonly ClaimStatus[] = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed', 'approved',
  'in_return_transit', 'received', 'rejected', 'dismissed', 'temporarily_dismissed', 'completed', 'completed_by_merchant', 'closed', 'archived', 'cancelled'];

/** The statuses among some strings, in the engine's order. */
export function statusesOf(values: readonly string[]): ClaimStatus[] {
  return STATUSES.filter((status) => values.includes(status));
}

export function moveName(to: ClaimStatus, { t, tn }: Pick<ConsoleI18n, 't' | 'tn'>): string {
  const known = MOVES[to];
  return known !== undefined ? t(known.text) : t('claim.moveTo', { status: tn('common.status_', to) });
}

/** The request that moves the claim, with the version shown. */
export function moveRequest(api: Api, claim: Claim, to: ClaimStatus) {
  const known = MOVES[to];
  const options = { params: claimPath(claim), headers: ifMatch(claim) };
  return known !== undefined
    ? api.POST(known.path, { ...options, body: {} })
    : api.POST('/v1/claims/{id}/transitions', { ...options, body: { to } });
}
