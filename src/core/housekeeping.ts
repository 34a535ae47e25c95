import { foldAllClaimCounts } from '../store/claim-counts.js';
import type { Core } from './core.js';
import { repeat, type Repeating } from './repeat.js';

// Work no request waits for: folding the kept claim counts of stores that see many writes
// and few count reads (a read folds a long store itself). Safe with any number of
// processes: one fold of a store runs at a time.

export function startHousekeeping(core: Core, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Repeating {
  const intervalMs = options.intervalMs ?? 60_000;
  return repeat(() => foldAllClaimCounts(core.db).then(() => undefined, (error: unknown) => options.onError?.(error)), { intervalMs, firstAfterMs: intervalMs });
}
