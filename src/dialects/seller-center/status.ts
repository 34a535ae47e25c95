import type { listClaims } from '../../core/read-claims.js';
import { CLAIM_STATUSES, type ClaimDecision, type ClaimStatus } from '../../domain/claim/status.js';

// Seller Center's five claim statuses and how each canonical status reads in them. The
// table is the one source: the inverse used by the `status` filters is derived from it.

export const SC_CLAIM_STATUSES = ['open', 'waiting', 'approved', 'rejected', 'completed'] as const;
export type ScClaimStatus = (typeof SC_CLAIM_STATUSES)[number];

/** A finished claim that Seller Center has no word for reads as the outcome it had. */
interface ByDecision {
  approved: ScClaimStatus;
  otherwise: ScClaimStatus;
}

const BY_OUTCOME: ByDecision = { approved: 'completed', otherwise: 'rejected' };

export const SC_STATUS_OF = {
  new: 'open',
  open: 'open',
  communicating: 'open',
  waiting_on_customer: 'open',
  waiting_on_platform: 'open',
  // "waiting: the claim is waiting for approval" — the merchant's decision is due.
  waiting_on_merchant: 'waiting',
  confirmed: 'approved',
  approved: 'approved',
  in_return_transit: 'approved',
  received: 'approved',
  rejected: 'rejected',
  dismissed: 'rejected',
  temporarily_dismissed: 'rejected',
  cancelled: 'rejected',
  completed: 'completed',
  completed_by_merchant: 'completed',
  closed: BY_OUTCOME,
  archived: BY_OUTCOME,
} as const satisfies Record<ClaimStatus, ScClaimStatus | ByDecision>;

export function scStatusOf(status: ClaimStatus, decision: ClaimDecision | null): ScClaimStatus {
  const mapped: ScClaimStatus | ByDecision = SC_STATUS_OF[status];
  if (typeof mapped === 'string') return mapped;
  return decision === 'approved' ? mapped.approved : mapped.otherwise;
}

type ClaimFilter = Parameters<typeof listClaims>[2];
export type StatusMatch = NonNullable<ClaimFilter['statusMatches']>[number];

function matchesFor(scStatus: ScClaimStatus): StatusMatch[] {
  return CLAIM_STATUSES.flatMap((status): StatusMatch[] => {
    const mapped: ScClaimStatus | ByDecision = SC_STATUS_OF[status];
    if (typeof mapped === 'string') return mapped === scStatus ? [{ status }] : [];
    if (mapped.approved === scStatus && mapped.otherwise === scStatus) return [{ status }];
    if (mapped.approved === scStatus) return [{ status, decision: { is: 'approved' } }];
    if (mapped.otherwise === scStatus) return [{ status, decision: { isNot: 'approved' } }];
    return [];
  });
}

/** The inverse of SC_STATUS_OF: the canonical statuses (qualified by decision where needed) behind each word. */
export const CANONICAL_MATCHES_OF: Record<ScClaimStatus, readonly StatusMatch[]> = {
  open: matchesFor('open'),
  waiting: matchesFor('waiting'),
  approved: matchesFor('approved'),
  rejected: matchesFor('rejected'),
  completed: matchesFor('completed'),
};

