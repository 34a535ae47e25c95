import type { listClaims } from '../../core/read-claims.js';
import { CLAIM_STATUSES, type ClaimDecision, type ClaimStatus } from '../../domain/claim/status.js';

// Omnitron's cancellation-request statuses, the cancellation-plan statuses, and how each
// canonical status reads in them. OM_STATUS_OF is the one source: the filter inverse is
// derived from it, and OM_TARGET_OF (what a PATCH `status` asks for) is checked against it
// by the unit tests so that a status set here always reads back the same here.

export const OM_STATUSES = ['waiting', 'waiting_approval', 'confirmed', 'approved', 'rejected', 'completed'] as const;
export type OmStatus = (typeof OM_STATUSES)[number];

export const OM_PLAN_STATUSES = ['waiting', 'confirmed', 'approved', 'rejected', 'completed'] as const;
export type OmPlanStatus = (typeof OM_PLAN_STATUSES)[number];

/** A finished claim Omnitron has no word for reads as the outcome it had. */
interface ByDecision {
  approved: OmStatus;
  otherwise: OmStatus;
}

const BY_OUTCOME: ByDecision = { approved: 'completed', otherwise: 'rejected' };

export const OM_STATUS_OF = {
  new: 'waiting',
  open: 'waiting',
  communicating: 'waiting',
  waiting_on_customer: 'waiting',
  waiting_on_platform: 'waiting',
  // Waiting for the merchant's (the back office's) approval.
  waiting_on_merchant: 'waiting_approval',
  confirmed: 'confirmed',
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
} as const satisfies Record<ClaimStatus, OmStatus | ByDecision>;

export function omStatusOf(status: ClaimStatus, decision: ClaimDecision | null): OmStatus {
  const mapped: OmStatus | ByDecision = OM_STATUS_OF[status];
  if (typeof mapped === 'string') return mapped;
  return decision === 'approved' ? mapped.approved : mapped.otherwise;
}

/**
 * The cancellation plan's status, derived from the request's: a plan waits while the
 * request does (in either waiting state) and otherwise shares its state.
 */
export const OM_PLAN_STATUS_OF = {
  waiting: 'waiting',
  waiting_approval: 'waiting',
  confirmed: 'confirmed',
  approved: 'approved',
  rejected: 'rejected',
  completed: 'completed',
} as const satisfies Record<OmStatus, OmPlanStatus>;

/**
 * The canonical status a PUT/PATCH `status` asks for. `waiting` has no single canonical
 * target (five canonical states read as it): it is accepted only as a no-op on a request
 * that is already waiting.
 */
export const OM_TARGET_OF = {
  waiting: 'unchanged',
  waiting_approval: 'waiting_on_merchant',
  confirmed: 'confirmed',
  approved: 'approved',
  rejected: 'rejected',
  completed: 'completed',
} as const satisfies Record<OmStatus, ClaimStatus | 'unchanged'>;

type ClaimFilter = Parameters<typeof listClaims>[2];
export type StatusMatch = NonNullable<ClaimFilter['statusMatches']>[number];

function matchesFor(wanted: OmStatus): StatusMatch[] {
  return CLAIM_STATUSES.flatMap((status): StatusMatch[] => {
    const mapped: OmStatus | ByDecision = OM_STATUS_OF[status];
    if (typeof mapped === 'string') return mapped === wanted ? [{ status }] : [];
    if (mapped.approved === wanted && mapped.otherwise === wanted) return [{ status }];
    if (mapped.approved === wanted) return [{ status, decision: { is: 'approved' } }];
    if (mapped.otherwise === wanted) return [{ status, decision: { isNot: 'approved' } }];
    return [];
  });
}

/** The inverse of OM_STATUS_OF: the canonical statuses (qualified by decision where needed) behind each word. */
export const CANONICAL_MATCHES_OF: Record<OmStatus, readonly StatusMatch[]> = {
  waiting: matchesFor('waiting'),
  waiting_approval: matchesFor('waiting_approval'),
  confirmed: matchesFor('confirmed'),
  approved: matchesFor('approved'),
  rejected: matchesFor('rejected'),
  completed: matchesFor('completed'),
};

/**
 * The `status` and `cancellation_plan_status` filters together: the request statuses that
 * satisfy both, as canonical matches; 'none' when no status can.
 */
export function statusFilterOf(status: OmStatus | undefined, planStatus: OmPlanStatus | undefined): ClaimFilter['statusMatches'] | 'none' {
  if (status === undefined && planStatus === undefined) return undefined;
  const wanted = OM_STATUSES.filter((candidate) => (status === undefined || candidate === status)
    && (planStatus === undefined || OM_PLAN_STATUS_OF[candidate] === planStatus));
  return wanted.length === 0 ? 'none' : wanted.flatMap((candidate) => CANONICAL_MATCHES_OF[candidate]);
}
