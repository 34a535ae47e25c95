import type { ClaimStatus } from '../claim/status.js';
import { canTransition } from '../claim/transitions.js';
import type { RefundStatus } from './status.js';

// A refund asked for on a whole order (Refunds v2's POST) is filed as a money-only claim
// holding just that refund: the claim is the refund's case file, so when the refund is
// decided the claim tells the same story in every other door, the console and the webhooks.

/** Each step lists alternatives: the first the claim may move to is taken, none if it already is in one. */
const FOLLOWS = {
  requested: [],
  approved: [['approved']],
  processing: [['approved']],
  issued: [['approved'], ['completed']],
  // An approved claim cannot be rejected or cancelled any more; it is closed instead.
  denied: [['rejected', 'closed']],
  cancelled: [['cancelled', 'closed']],
} as const satisfies Record<RefundStatus, ReadonlyArray<readonly ClaimStatus[]>>;

/**
 * The moves a money-only claim makes when its one refund enters `refundStatus`: each an
 * allowed transition from the one before, in order; none when the claim has moved on.
 */
export function claimMovesForRefund(claimStatus: ClaimStatus, refundStatus: RefundStatus): ClaimStatus[] {
  const moves: ClaimStatus[] = [];
  let current = claimStatus;
  for (const step of FOLLOWS[refundStatus] as ReadonlyArray<readonly ClaimStatus[]>) {
    if (step.includes(current)) continue;
    const next = step.find((candidate) => canTransition(current, candidate));
    if (next === undefined) continue;
    moves.push(next);
    current = next;
  }
  return moves;
}
