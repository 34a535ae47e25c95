import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimDecision } from '../../../src/domain/claim/status.js';
import { canTransition } from '../../../src/domain/claim/transitions.js';
import {
  CANONICAL_MATCHES_OF, OM_PLAN_STATUS_OF, OM_PLAN_STATUSES, OM_STATUS_OF, OM_STATUSES, OM_TARGET_OF, omStatusOf, statusFilterOf,
} from '../../../src/dialects/omnitron/status.js';

// The status tables of the Omnitron door, checked exhaustively without a database.

const EXPECTED = {
  new: 'waiting', open: 'waiting', communicating: 'waiting', waiting_on_customer: 'waiting', waiting_on_platform: 'waiting',
  waiting_on_merchant: 'waiting_approval', confirmed: 'confirmed', approved: 'approved', in_return_transit: 'approved',
  received: 'approved', rejected: 'rejected', dismissed: 'rejected', temporarily_dismissed: 'rejected', cancelled: 'rejected',
  completed: 'completed', completed_by_merchant: 'completed',
} as const;

const DECISIONS: Array<ClaimDecision | null> = ['approved', 'rejected', null];

describe('Omnitron status mapping', () => {
  it('reads every canonical status as the proposed Omnitron status, whatever the decision', () => {
    for (const status of CLAIM_STATUSES) {
      for (const decision of DECISIONS) {
        const expected = status === 'closed' || status === 'archived'
          ? (decision === 'approved' ? 'completed' : 'rejected')
          : EXPECTED[status];
        expect(omStatusOf(status, decision), `${status}/${decision}`).toBe(expected);
      }
    }
  });

  it('has a row for every canonical status and only Omnitron words in it', () => {
    expect(Object.keys(OM_STATUS_OF).sort()).toEqual([...CLAIM_STATUSES].sort());
    for (const status of CLAIM_STATUSES) {
      for (const decision of DECISIONS) expect(OM_STATUSES).toContain(omStatusOf(status, decision));
    }
  });

  it('reads back every status a PUT/PATCH may set exactly as it was set', () => {
    for (const status of OM_STATUSES) {
      const target = OM_TARGET_OF[status];
      if (target === 'unchanged') {
        expect(status).toBe('waiting');
        continue;
      }
      const decision = target === 'approved' || target === 'confirmed' ? 'approved' : target === 'rejected' ? 'rejected' : null;
      expect(omStatusOf(target, decision), status).toBe(status);
    }
  });

  it('lets a waiting request reach every status the spec allows from waiting, and refuses approved → confirmed', () => {
    for (const to of ['waiting_approval', 'confirmed', 'approved', 'rejected'] as const) {
      expect(canTransition('new', OM_TARGET_OF[to]), to).toBe(true);
    }
    expect(canTransition('approved', OM_TARGET_OF.confirmed)).toBe(false);
    expect(canTransition('approved', OM_TARGET_OF.completed)).toBe(true);
    expect(canTransition('rejected', OM_TARGET_OF.approved)).toBe(false);
    expect(canTransition('completed', OM_TARGET_OF.rejected)).toBe(false);
  });

  it('derives the cancellation plan status from every request status', () => {
    expect(OM_PLAN_STATUS_OF).toEqual({
      waiting: 'waiting', waiting_approval: 'waiting', confirmed: 'confirmed', approved: 'approved', rejected: 'rejected', completed: 'completed',
    });
    for (const status of OM_STATUSES) expect(OM_PLAN_STATUSES).toContain(OM_PLAN_STATUS_OF[status]);
  });

  it('filters each status by exactly the canonical statuses that read as it', () => {
    for (const wanted of OM_STATUSES) {
      for (const status of CLAIM_STATUSES) {
        for (const decision of DECISIONS) {
          const matched = CANONICAL_MATCHES_OF[wanted].some((match) => match.status === status && (match.decision === undefined
            || ('is' in match.decision ? decision === match.decision.is : decision !== match.decision.isNot)));
          expect(matched, `${wanted} ∋ ${status}/${decision}`).toBe(omStatusOf(status, decision) === wanted);
        }
      }
    }
  });

  it('intersects `status` with `cancellation_plan_status`', () => {
    expect(statusFilterOf(undefined, undefined)).toBeUndefined();
    expect(statusFilterOf('waiting', 'completed')).toBe('none');
    expect(statusFilterOf(undefined, 'waiting')).toEqual([...CANONICAL_MATCHES_OF.waiting, ...CANONICAL_MATCHES_OF.waiting_approval]);
    expect(statusFilterOf('waiting_approval', 'waiting')).toEqual(CANONICAL_MATCHES_OF.waiting_approval);
    expect(statusFilterOf('rejected', undefined)).toEqual(CANONICAL_MATCHES_OF.rejected);
  });
});
