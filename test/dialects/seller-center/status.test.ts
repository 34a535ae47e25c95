import { describe, expect, it } from 'vitest';
import { SC_CLAIM_STATUSES, CANONICAL_MATCHES_OF, scStatusOf, type ScClaimStatus } from '../../../src/dialects/seller-center/status.js';
import type { StatusMatch } from '../../../src/domain/claim/claim-filter.js';
import { CLAIM_STATUSES, type ClaimDecision, type ClaimStatus } from '../../../src/domain/claim/status.js';

// Every canonical status, under every decision a claim can carry, read in Seller Center's
// five words; and the inverse used by the status filters agrees with it everywhere.

const DECISIONS: Array<ClaimDecision | null> = [null, 'approved', 'rejected'];

const EXPECTED: Record<ClaimStatus, ScClaimStatus | { approved: ScClaimStatus; otherwise: ScClaimStatus }> = {
  new: 'open',
  open: 'open',
  communicating: 'open',
  waiting_on_customer: 'open',
  waiting_on_platform: 'open',
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
  closed: { approved: 'completed', otherwise: 'rejected' },
  archived: { approved: 'completed', otherwise: 'rejected' },
};

/** The SQL semantics of a StatusMatch list, in memory. */
function isMatchedBy(matches: readonly StatusMatch[], status: ClaimStatus, decision: ClaimDecision | null): boolean {
  return matches.some((match) => match.status === status && (match.decision === undefined
    || ('is' in match.decision ? decision === match.decision.is : decision !== match.decision.isNot)));
}

describe('Seller Center claim status', () => {
  describe.each(CLAIM_STATUSES)('a claim in %s', (status) => {
    it.each(DECISIONS)('shows the mapped word when its decision is %s', (decision) => {
      const expected = EXPECTED[status];
      const word = typeof expected === 'string' ? expected : decision === 'approved' ? expected.approved : expected.otherwise;
      expect(scStatusOf(status, decision)).toBe(word);
    });

    it.each(DECISIONS)('is found by exactly the status filter of its word (decision %s)', (decision) => {
      const word = scStatusOf(status, decision);
      for (const candidate of SC_CLAIM_STATUSES) {
        expect(isMatchedBy(CANONICAL_MATCHES_OF[candidate], status, decision), `${candidate} filter`).toBe(candidate === word);
      }
    });
  });

  it('gives every Seller Center word at least one canonical status', () => {
    for (const word of SC_CLAIM_STATUSES) expect(CANONICAL_MATCHES_OF[word].length).toBeGreaterThan(0);
  });

  it('shows `waiting` only while the merchant has to decide', () => {
    expect(CANONICAL_MATCHES_OF.waiting).toEqual([{ status: 'waiting_on_merchant' }]);
  });

  it('reads a closed or archived claim by its decision: completed if approved, else rejected', () => {
    expect(CANONICAL_MATCHES_OF.completed).toEqual([
      { status: 'completed' }, { status: 'completed_by_merchant' },
      { status: 'closed', decision: { is: 'approved' } }, { status: 'archived', decision: { is: 'approved' } },
    ]);
    expect(CANONICAL_MATCHES_OF.rejected).toEqual(expect.arrayContaining([
      { status: 'closed', decision: { isNot: 'approved' } }, { status: 'archived', decision: { isNot: 'approved' } },
    ]));
  });
});
