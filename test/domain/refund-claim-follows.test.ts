import { describe, expect, it } from 'vitest';
import { claimMovesForRefund } from '../../src/domain/refund/claim-follows.js';

// A money-only claim follows its one refund: each move is an allowed transition, and a claim
// that has moved on by itself is left where it is.
describe('a money-only claim following its refund', () => {
  it.each([
    ['new', 'requested', []],
    ['new', 'approved', ['approved']],
    ['new', 'processing', ['approved']],
    ['new', 'issued', ['approved', 'completed']],
    ['new', 'denied', ['rejected']],
    ['new', 'cancelled', ['cancelled']],
    ['open', 'cancelled', ['cancelled']],
    ['approved', 'approved', []],
    ['approved', 'processing', []],
    ['approved', 'issued', ['completed']],
    ['in_return_transit', 'issued', ['completed']],
    ['received', 'issued', ['completed']],
    ['approved', 'denied', ['closed']],
    ['approved', 'cancelled', ['closed']],
    ['completed', 'issued', []],
    ['rejected', 'issued', []],
    ['closed', 'cancelled', []],
    ['archived', 'denied', []],
  ] as const)('from %s, a refund entering %s moves the claim %j', (claim, refund, moves) => {
    expect(claimMovesForRefund(claim, refund)).toEqual(moves);
  });
});
