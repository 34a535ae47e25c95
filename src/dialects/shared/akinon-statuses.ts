import type { ByDecision, StatusTable } from './status-table.js';

// Seller Center and Omnitron, both Akinon APIs, word a claim's undecided states apart but its
// decided ones alike: each door's table spreads these rows after its own.

type DecidedWord = 'approved' | 'rejected' | 'completed';

/** A finished claim neither door has a word for reads as the outcome it had. */
const BY_OUTCOME: ByDecision<DecidedWord> = { approved: 'completed', otherwise: 'rejected' };

export const AKINON_DECIDED_WORDS = {
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
} as const satisfies Partial<StatusTable<DecidedWord>>;
