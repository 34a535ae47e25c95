import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import { withWebTables } from './web-tables.js';

// Attempts at something guessable — a console sign-in, a portal lookup — one row per attempt
// and bucket (a client address, an email, an order number). Kept in the database so every
// process shares the count. Each statement commits on its own (never inside a transaction),
// which is what makes insert-then-count a reservation: see core/identity/attempts.ts.

export async function insertAttempts(db: Kysely<DB>, buckets: readonly string[], at: Date): Promise<number[]> {
  const rows = await withWebTables(db).insertInto('attempts').values(buckets.map((bucket) => ({ bucket, at }))).returning('id').execute();
  return rows.map((row) => Number(row.id));
}

/** Per bucket: how many attempts it holds at or after `since`, and the earliest of them. */
export async function countAttempts(db: Kysely<DB>, buckets: readonly string[], since: Date): Promise<Map<string, { count: number; earliest: Date }>> {
  const rows = await withWebTables(db).selectFrom('attempts')
    .select((eb) => ['bucket', eb.fn.countAll<number>().as('total'), eb.fn.min('at').as('earliest')])
    .where('bucket', 'in', buckets).where('at', '>=', since)
    .groupBy('bucket')
    .execute();
  return new Map(rows.map((row) => [row.bucket, { count: Number(row.total), earliest: new Date(row.earliest as Date) }]));
}

export async function deleteAttempts(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await withWebTables(db).deleteFrom('attempts').where('id', 'in', ids).execute();
}

/** Forgets attempts older than `before` (housekeeping); at most `limit` rows per call. */
export async function deleteAttemptsBefore(db: Kysely<DB>, before: Date, limit: number): Promise<number> {
  const result = await withWebTables(db).deleteFrom('attempts')
    .where('id', 'in', (eb) => eb.selectFrom('attempts').select('id').where('at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
