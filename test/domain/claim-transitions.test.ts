import { describe, expect, it } from 'vitest';
import { decisionOf, holdsQuantity, CLAIM_STATUSES, type ClaimStatus } from '../../src/domain/claim/status.js';
import { CLAIM_TRANSITIONS, checkClaimTransition } from '../../src/domain/claim/transitions.js';
import { statusWhenReturnReceived, statusWhenReturnShipped } from '../../src/domain/claim/return-flow.js';

// The expected table, written out independently of the implementation: every pair not
// listed here must be refused, every pair listed allowed.
const PENDING = ['open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform'] as const;
const DECISIONS = ['approved', 'rejected', 'dismissed', 'temporarily_dismissed'] as const;
const EXPECTED: Record<ClaimStatus, readonly ClaimStatus[]> = {
  new: [...PENDING, 'confirmed', ...DECISIONS, 'cancelled'],
  ...Object.fromEntries(PENDING.map((status) => [status, [...PENDING.filter((other) => other !== status), 'confirmed', ...DECISIONS, 'cancelled']])) as Record<(typeof PENDING)[number], ClaimStatus[]>,
  confirmed: ['approved', 'rejected', 'completed', 'completed_by_merchant', 'cancelled'],
  approved: ['in_return_transit', 'received', 'completed', 'completed_by_merchant', 'closed'],
  in_return_transit: ['received', 'completed', 'completed_by_merchant'],
  received: ['completed', 'completed_by_merchant'],
  rejected: ['closed'],
  dismissed: ['closed'],
  temporarily_dismissed: ['open', 'closed'],
  completed: ['closed'],
  completed_by_merchant: ['closed'],
  closed: ['archived'],
  archived: [],
  cancelled: ['archived'],
};

const ALL_PAIRS = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.map((to) => [from, to] as const));

describe('the claim transition table', () => {
  it.each(ALL_PAIRS)('%s → %s is allowed exactly when the table says so', (from, to) => {
    const refusal = checkClaimTransition(from, to);
    if (EXPECTED[from].includes(to)) {
      expect(refusal).toBeUndefined();
    } else {
      expect(refusal).toEqual({ code: 'transition_not_allowed', entity: 'claim', from, to });
    }
  });

  it('has a row for every status and names only known statuses', () => {
    expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual([...CLAIM_STATUSES].sort());
    for (const targets of Object.values(CLAIM_TRANSITIONS)) {
      for (const target of targets) expect(CLAIM_STATUSES).toContain(target);
    }
  });

  it('never lets a status move to itself', () => {
    for (const status of CLAIM_STATUSES) expect(checkClaimTransition(status, status)).toBeDefined();
  });

  it('reaches every status from new, and archived is the only dead end', () => {
    const reached = new Set<ClaimStatus>(['new']);
    const queue: ClaimStatus[] = ['new'];
    while (queue.length > 0) {
      const status = queue.shift() as ClaimStatus;
      for (const next of CLAIM_TRANSITIONS[status]) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATUSES].sort());
    expect(CLAIM_STATUSES.filter((status) => CLAIM_TRANSITIONS[status].length === 0)).toEqual(['archived']);
  });

  it('never takes an approval back into review', () => {
    for (const status of ['approved', 'in_return_transit', 'received'] as const) {
      for (const review of [...PENDING, 'new', 'confirmed'] as const) expect(checkClaimTransition(status, review)).toBeDefined();
    }
  });
});

describe('decisions and held quantities', () => {
  it('records approval on approved/confirmed and refusal on rejected/dismissed', () => {
    expect(decisionOf('approved')).toBe('approved');
    expect(decisionOf('confirmed')).toBe('approved');
    expect(decisionOf('rejected')).toBe('rejected');
    expect(decisionOf('dismissed')).toBe('rejected');
    for (const status of CLAIM_STATUSES.filter((s) => !['approved', 'confirmed', 'rejected', 'dismissed'].includes(s))) {
      expect(decisionOf(status)).toBeUndefined();
    }
  });

  it('releases quantities when refused, dismissed or withdrawn, and keeps them for approved closings', () => {
    expect(holdsQuantity('rejected', 'rejected')).toBe(false);
    expect(holdsQuantity('dismissed', 'rejected')).toBe(false);
    expect(holdsQuantity('cancelled', null)).toBe(false);
    expect(holdsQuantity('closed', 'approved')).toBe(true);
    expect(holdsQuantity('closed', 'rejected')).toBe(false);
    expect(holdsQuantity('archived', null)).toBe(false);
    expect(holdsQuantity('temporarily_dismissed', null)).toBe(true);
    for (const status of ['new', ...PENDING, 'confirmed', 'approved', 'in_return_transit', 'received', 'completed', 'completed_by_merchant'] as const) {
      expect(holdsQuantity(status, null)).toBe(true);
    }
  });
});

describe('the return flow', () => {
  it('follows the parcel after approval and asks the merchant to decide before it', () => {
    expect(statusWhenReturnShipped('approved')).toBe('in_return_transit');
    expect(statusWhenReturnShipped('new')).toBe('waiting_on_merchant');
    expect(statusWhenReturnShipped('open')).toBe('waiting_on_merchant');
    expect(statusWhenReturnShipped('waiting_on_merchant')).toBeUndefined();
    expect(statusWhenReturnShipped('rejected')).toBeUndefined();
    expect(statusWhenReturnReceived('in_return_transit')).toBe('received');
    expect(statusWhenReturnReceived('approved')).toBe('received');
    expect(statusWhenReturnReceived('open')).toBeUndefined();
  });

  it('only ever proposes moves the table allows', () => {
    for (const status of CLAIM_STATUSES) {
      const shipped = statusWhenReturnShipped(status);
      if (shipped !== undefined) expect(checkClaimTransition(status, shipped)).toBeUndefined();
      const received = statusWhenReturnReceived(status);
      if (received !== undefined) expect(checkClaimTransition(status, received)).toBeUndefined();
    }
  });
});
