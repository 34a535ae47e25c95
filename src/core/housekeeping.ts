import { foldAllClaimCounts } from '../store/claim-counts.js';
import { deleteUnattachedUploads } from './claims/uploads.js';
import type { Core } from './core.js';
import { forgetOldAttempts } from './identity/attempts.js';
import { SIGN_IN_WINDOW_MS } from './identity/sessions.js';
import { LOOKUP_WINDOW_MS } from './portal/portal.js';
import { repeat, type Repeating } from './repeat.js';

// Work no request waits for: folding the kept claim counts of stores that see many writes
// and few count reads (a read folds a long store itself), forgetting sign-in and lookup
// attempts past their window, deleting uploads no claim took within a day. Safe with any number of
// processes: one fold of a store runs at a time.

export function startHousekeeping(core: Core, options: { intervalMs?: number; onError?: (error: unknown) => void; uploadsFolder?: string } = {}): Repeating {
  const intervalMs = options.intervalMs ?? 60_000;
  return repeat(() => housekeep(core, options.uploadsFolder).then(() => undefined, (error: unknown) => options.onError?.(error)), { intervalMs, firstAfterMs: intervalMs });
}

/** One round: fold claim counts, forget attempts past every window, delete uploads no claim took. */
export async function housekeep(core: Core, uploadsFolder?: string): Promise<void> {
  await foldAllClaimCounts(core.db);
  await forgetOldAttempts(core, Math.max(SIGN_IN_WINDOW_MS, LOOKUP_WINDOW_MS));
  if (uploadsFolder !== undefined) await deleteUnattachedUploads(core, uploadsFolder);
}
