import type { Transaction } from 'kysely';
import { storesWithDueWork, type DueWork } from '../store/due-work.js';
import type { DB } from '../store/schema.js';
import type { Core } from './core.js';

/**
 * Takes up to `limit` rows of due work store by store, the longest waiting first, each store
 * in its own transaction: `take` locks that store's rows (at most `room` of them), so the
 * statement names one store and runs on its shard alone when the tables are distributed.
 */
export async function takeStoreByStore<T>(
  core: Core, work: DueWork, now: Date, limit: number, take: (trx: Transaction<DB>, storeId: number, room: number) => Promise<T[]>,
): Promise<T[]> {
  const taken: T[] = [];
  for (const storeId of await storesWithDueWork(core.db, work, now, limit)) {
    taken.push(...await core.db.transaction().execute((trx) => take(trx, storeId, limit - taken.length)));
    if (taken.length >= limit) break;
  }
  return taken;
}
