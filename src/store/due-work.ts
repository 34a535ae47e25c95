import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

// The background loops (fan-out, webhook and email delivery, timers) serve every store, but
// each takes its rows store by store: a lock (FOR UPDATE SKIP LOCKED) that names the store
// runs on that store's shard alone when the tables are distributed, where a lock across
// stores could not run at all. This finds which stores have work due, oldest first, with a
// plain read (no lock) over the same partial indexes the locks use.

export type DueWork = 'undispatched_events' | 'webhook_deliveries' | 'email_messages' | 'timers';

const QUERIES: Record<DueWork, (now: Date, limit: number) => ReturnType<typeof sql<{ store_id: number }>>> = {
  undispatched_events: (_now, limit) => sql<{ store_id: number }>`
    SELECT store_id FROM events WHERE dispatched_at IS NULL GROUP BY store_id ORDER BY min(id) LIMIT ${limit}`,
  webhook_deliveries: (now, limit) => sql<{ store_id: number }>`
    SELECT store_id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ${now}
    GROUP BY store_id ORDER BY min(next_attempt_at) LIMIT ${limit}`,
  email_messages: (now, limit) => sql<{ store_id: number }>`
    SELECT store_id FROM email_messages WHERE status = 'pending' AND next_attempt_at <= ${now}
    GROUP BY store_id ORDER BY min(next_attempt_at) LIMIT ${limit}`,
  timers: (now, limit) => sql<{ store_id: number }>`
    SELECT store_id FROM timers WHERE status = 'pending' AND due_at <= ${now}
    GROUP BY store_id ORDER BY min(due_at) LIMIT ${limit}`,
};

/** The stores with `work` due at `now`, the longest waiting first, at most `limit` of them. */
export async function storesWithDueWork(db: Kysely<DB>, work: DueWork, now: Date, limit: number): Promise<number[]> {
  const { rows } = await QUERIES[work](now, limit).execute(db);
  return rows.map((row) => Number(row.store_id));
}
