import type { StatusMatch } from '../../domain/claim/claim-filter.js';
import { CLAIM_STATUSES, type ClaimDecision, type ClaimStatus } from '../../domain/claim/status.js';

// A door's status words as one table from every canonical status. The table is the one
// source: a claim's status is shown through it, and a filter by a word is its inverse.

/** A finished claim the door has no word for reads as the outcome it had. */
export interface ByDecision<W extends string> {
  approved: W;
  otherwise: W;
}

export type StatusTable<W extends string> = Readonly<Record<ClaimStatus, W | ByDecision<W>>>;

/** The door's word for a claim's status (and, where the table asks, its decision). */
export function wordOf<W extends string>(table: StatusTable<W>, status: ClaimStatus, decision: ClaimDecision | null): W {
  const mapped = table[status];
  if (typeof mapped === 'string') return mapped;
  return decision === 'approved' ? mapped.approved : mapped.otherwise;
}

/** The inverse of the table for one word: the canonical statuses (qualified by decision where needed) that read as it. */
export function matchesOfWord<W extends string>(table: StatusTable<W>, word: W): StatusMatch[] {
  return CLAIM_STATUSES.flatMap((status): StatusMatch[] => {
    const mapped = table[status];
    if (typeof mapped === 'string') return mapped === word ? [{ status }] : [];
    if (mapped.approved === word && mapped.otherwise === word) return [{ status }];
    if (mapped.approved === word) return [{ status, decision: { is: 'approved' } }];
    if (mapped.otherwise === word) return [{ status, decision: { isNot: 'approved' } }];
    return [];
  });
}

/** What a status filter asks for: the matches behind the words it leaves, or 'none' when it leaves no word. */
export function matchesOfWords<W extends string>(words: readonly W[], matchesOf: Readonly<Record<W, readonly StatusMatch[]>>): StatusMatch[] | 'none' {
  return words.length === 0 ? 'none' : words.flatMap((word) => matchesOf[word]);
}
