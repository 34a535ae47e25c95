import type { StatusMatch } from '../../domain/claim/claim-filter.js';
import type { ClaimDecision, ClaimStatus } from '../../domain/claim/status.js';
import { AKINON_DECIDED_WORDS } from '../shared/akinon-statuses.js';
import { matchesOfWord, wordOf, type StatusTable } from '../shared/status-table.js';

// Seller Center's five claim statuses and how each canonical status reads in them (the
// decided ones as Omnitron reads them too). The table is the one source: the inverse used
// by the `status` filters is derived from it.

export const SC_CLAIM_STATUSES = ['open', 'waiting', 'approved', 'rejected', 'completed'] as const;
export type ScClaimStatus = (typeof SC_CLAIM_STATUSES)[number];

export const SC_STATUS_OF = {
  new: 'open',
  open: 'open',
  communicating: 'open',
  waiting_on_customer: 'open',
  waiting_on_platform: 'open',
  // "waiting: the claim is waiting for approval" — the merchant's decision is due.
  waiting_on_merchant: 'waiting',
  confirmed: 'approved',
  ...AKINON_DECIDED_WORDS,
} as const satisfies StatusTable<ScClaimStatus>;

/** The inverse of SC_STATUS_OF: the canonical statuses (qualified by decision where needed) behind each word. */
export const CANONICAL_MATCHES_OF: Record<ScClaimStatus, readonly StatusMatch[]> = {
  open: matchesOfWord(SC_STATUS_OF, 'open'),
  waiting: matchesOfWord(SC_STATUS_OF, 'waiting'),
  approved: matchesOfWord(SC_STATUS_OF, 'approved'),
  rejected: matchesOfWord(SC_STATUS_OF, 'rejected'),
  completed: matchesOfWord(SC_STATUS_OF, 'completed'),
};

/** The word Seller Center shows for a claim. */
export function scStatusOf(status: ClaimStatus, decision: ClaimDecision | null): ScClaimStatus {
  return wordOf(SC_STATUS_OF, status, decision);
}
