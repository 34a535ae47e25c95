import * as attempts from '../../store/attempts.js';
import type { Core } from '../core.js';

// A budget of guesses per bucket (a client address, an email, an order number) over a
// sliding window, reserved BEFORE the guess is checked. Each attempt first inserts its row
// in every bucket (a statement that commits on its own), then counts the bucket. An attempt
// sees its own row and every row committed before its count, so the (max + 1)th attempt
// always counts more than max, however many run at once: at most `max` attempts per bucket
// and window ever reach the check. A refused attempt takes its rows back; a check that
// succeeds gives its reservation back too, so only failures spend the budget.

export interface AttemptBudget {
  windowMs: number;
  max: number;
}

export type Reservation =
  | { outcome: 'reserved'; release: () => Promise<void> }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export async function reserveAttempt(core: Core, buckets: readonly string[], budget: AttemptBudget): Promise<Reservation> {
  const now = core.clock();
  const since = new Date(now.getTime() - budget.windowMs);
  const ids = await attempts.insertAttempts(core.db, buckets, now);
  const counts = await attempts.countAttempts(core.db, buckets, since);
  const over = buckets.map((bucket) => counts.get(bucket)).filter((found) => found !== undefined && found.count > budget.max);
  if (over.length > 0) {
    await attempts.deleteAttempts(core.db, ids);
    const freedAt = Math.max(...over.map((found) => (found?.earliest ?? now).getTime() + budget.windowMs));
    return { outcome: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) };
  }
  return { outcome: 'reserved', release: () => attempts.deleteAttempts(core.db, ids) };
}

/** Forgets attempts older than the longest window (housekeeping). */
export async function forgetOldAttempts(core: Core, olderThanMs: number): Promise<number> {
  return attempts.deleteAttemptsBefore(core.db, new Date(core.clock().getTime() - olderThanMs), 10_000);
}
