import { foldAllClaimCounts } from '../store/claim-counts.js';
import { deleteUnattachedUploads } from './claims/uploads.js';
import type { Core } from './core.js';
import { purgeExpiredKeys } from './idempotency/idempotency.js';
import { forgetOldAttempts } from './identity/attempts.js';
import { SIGN_IN_WINDOW_MS } from './identity/sessions.js';
import { LOOKUP_WINDOW_MS } from './portal/portal.js';
import { repeat, type Repeating } from './repeat.js';

// Work no request waits for: folding the kept claim counts of stores that see many writes
// and few count reads (a read folds a long store itself), forgetting sign-in and lookup
// attempts past their window, deleting Idempotency-Key rows past their expiry and uploads no
// claim took within a day. Safe with any number of processes: one fold of a store runs at a
// time, and a purge deletes only what is already past its time. One chore failing does not
// stop the others.

export interface HousekeepingOptions {
  /** Where uploads are kept; without it, unattached uploads are left alone. */
  uploadsFolder?: string;
}

const CHORES: Array<(core: Core, options: HousekeepingOptions) => Promise<unknown>> = [
  (core) => foldAllClaimCounts(core.db),
  (core) => forgetOldAttempts(core, Math.max(SIGN_IN_WINDOW_MS, LOOKUP_WINDOW_MS)),
  (core) => purgeExpiredKeys(core),
  (core, options) => (options.uploadsFolder === undefined ? Promise.resolve() : deleteUnattachedUploads(core, options.uploadsFolder)),
];

/** One round of every chore; each error goes to onError and the round goes on. */
export async function runHousekeeping(core: Core, onError?: (error: unknown) => void, options: HousekeepingOptions = {}): Promise<void> {
  for (const chore of CHORES) {
    await chore(core, options).then(() => undefined, (error: unknown) => onError?.(error));
  }
}

export function startHousekeeping(core: Core, options: HousekeepingOptions & { intervalMs?: number; onError?: (error: unknown) => void } = {}): Repeating {
  const intervalMs = options.intervalMs ?? 60_000;
  return repeat(() => runHousekeeping(core, options.onError, options), { intervalMs, firstAfterMs: intervalMs });
}
