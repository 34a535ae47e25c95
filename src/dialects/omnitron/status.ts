import type { StatusMatch } from '../../domain/claim/claim-filter.js';
import type { ClaimDecision, ClaimStatus } from '../../domain/claim/status.js';
import { AKINON_DECIDED_WORDS } from '../shared/akinon-statuses.js';
import { matchesOfWord, matchesOfWords, wordOf, type StatusTable } from '../shared/status-table.js';

// Omnitron's cancellation-request statuses, the cancellation-plan statuses, and how each
// canonical status reads in them (the decided ones as Seller Center reads them too). OM_STATUS_OF is the one source: the filter inverse is
// derived from it, and OM_TARGET_OF (what a PATCH `status` asks for) is checked against it
// by the unit tests so that a status set here always reads back the same here.

export const OM_STATUSES = ['waiting', 'waiting_approval', 'confirmed', 'approved', 'rejected', 'completed'] as const;
export type OmStatus = (typeof OM_STATUSES)[number];

export const OM_PLAN_STATUSES = ['waiting', 'confirmed', 'approved', 'rejected', 'completed'] as const;
export type OmPlanStatus = (typeof OM_PLAN_STATUSES)[number];

export const OM_STATUS_OF = {
  new: 'waiting',
  open: 'waiting',
  communicating: 'waiting',
  waiting_on_customer: 'waiting',
  waiting_on_platform: 'waiting',
  // Waiting for the merchant's (the back office's) approval.
  waiting_on_merchant: 'waiting_approval',
  confirmed: 'confirmed',
  ...AKINON_DECIDED_WORDS,
} as const satisfies StatusTable<OmStatus>;

export function omStatusOf(status: ClaimStatus, decision: ClaimDecision | null): OmStatus {
  return wordOf(OM_STATUS_OF, status, decision);
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

/** The inverse of OM_STATUS_OF: the canonical statuses (qualified by decision where needed) behind each word. */
export const CANONICAL_MATCHES_OF: Record<OmStatus, readonly StatusMatch[]> = {
  waiting: matchesOfWord(OM_STATUS_OF, 'waiting'),
  waiting_approval: matchesOfWord(OM_STATUS_OF, 'waiting_approval'),
  confirmed: matchesOfWord(OM_STATUS_OF, 'confirmed'),
  approved: matchesOfWord(OM_STATUS_OF, 'approved'),
  rejected: matchesOfWord(OM_STATUS_OF, 'rejected'),
  completed: matchesOfWord(OM_STATUS_OF, 'completed'),
};

/**
 * The `status` and `cancellation_plan_status` filters together: the request statuses that
 * satisfy both, as canonical matches; 'none' when no status can.
 */
export function statusFilterOf(status: OmStatus | undefined, planStatus: OmPlanStatus | undefined): StatusMatch[] | 'none' | undefined {
  if (status === undefined && planStatus === undefined) return undefined;
  const wanted = OM_STATUSES.filter((candidate) => (status === undefined || candidate === status)
    && (planStatus === undefined || OM_PLAN_STATUS_OF[candidate] === planStatus));
  return matchesOfWords(wanted, CANONICAL_MATCHES_OF);
}
