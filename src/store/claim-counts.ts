import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { ClaimCountDeltasTable, DB } from './schema.js';

// The count of live claims by (store, kind, status, decision), kept by the claim writers
// (claims.ts; by triggers before migration 0014) as append-only delta rows, so concurrent
// writers never queue on one counter row. Reading sums the deltas; folding replaces a store's deltas by one row per key,
// so the sum stays a few dozen rows however many writes came before.

/** Delta rows for one store, filtered by kind, status and decision (aliased as `claims`). */
export type KeptCountsQuery = SelectQueryBuilder<DB & { claims: ClaimCountDeltasTable }, 'claims', object>;

/** Past this many delta rows a read folds the store's counts (a few statements' worth of writes). */
export const FOLD_AFTER_ROWS = 200;

export async function sumKeptCounts(db: Kysely<DB>, storeId: number, query: KeptCountsQuery): Promise<number> {
  const row = await query
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('claims.n'), sql<number>`0`).as('total'), eb.fn.countAll<number>().as('rows')])
    .executeTakeFirstOrThrow();
  await foldIfLong(db, storeId, Number(row.rows));
  return Number(row.total);
}

export async function sumKeptCountsByStatus(db: Kysely<DB>, storeId: number, query: KeptCountsQuery): Promise<Record<string, number>> {
  const rows = await query
    .select((eb) => ['claims.status', eb.fn.sum<number>('claims.n').as('total'), eb.fn.countAll<number>().as('rows')])
    .groupBy('claims.status').execute();
  await foldIfLong(db, storeId, rows.reduce((total, row) => total + Number(row.rows), 0));
  return Object.fromEntries(rows.filter((row) => Number(row.total) !== 0).map((row) => [row.status, Number(row.total)]));
}

/**
 * A fingerprint of the delta rows a list's filter matches: their count, id sum and id hash.
 * Any claim entering or leaving the list adds a row, and a fold replaces rows by new ones, so
 * it changes whenever the list's membership may have (page-edges.ts); read it in the same
 * statement as what depends on it.
 */
export function keptCountsFingerprint(query: KeptCountsQuery) {
  return query.select(sql<string>`count(*) || ':' || coalesce(sum(claims.id), 0) || ':' || coalesce(bit_xor(hashint8(claims.id)), 0)`.as('fingerprint'));
}

async function foldIfLong(db: Kysely<DB>, storeId: number, rows: number): Promise<void> {
  // Never inside a caller's transaction: a failed fold would abort it.
  if (rows <= FOLD_AFTER_ROWS || db.isTransaction) return;
  // The count is already read: a fold that fails (a timeout, a lost connection) costs only
  // a later fold, never the answer.
  await foldClaimCounts(db, storeId).catch(() => undefined);
}

/**
 * Replaces a store's delta rows by their sums, one row per key, in one statement: readers
 * see either the deltas or the sums. A concurrent writer's new delta is not in this
 * statement's snapshot and stays. The advisory lock lets one fold per store run at a time
 * (two deleting the same rows in different orders could deadlock); the other skips.
 * Returns how many delta rows were folded.
 */
export async function foldClaimCounts(db: Kysely<DB>, storeId: number): Promise<number> {
  const { rows } = await sql<{ folded: number }>`
    WITH fold_lock AS (
      SELECT pg_try_advisory_xact_lock(${FOLD_LOCK_CLASS}::int4, ${storeId}::int4) AS held
    ), gone AS (
      DELETE FROM claim_count_deltas
      WHERE store_id = ${storeId} AND (SELECT held FROM fold_lock)
      RETURNING store_id, kind, status, decision, n
    ), kept AS (
      INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
      SELECT store_id, kind, status, decision, sum(n) FROM gone
      GROUP BY store_id, kind, status, decision
      HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone) - (SELECT count(*) FROM kept) AS folded
  `.execute(db);
  return Number(rows[0]?.folded ?? 0);
}

/**
 * Counts a store's live claims afresh and puts the counts in place of its delta rows, in one
 * statement: for after a bulk edit of claims made outside the claim writers (claims.ts),
 * which alone keep the counts. A writer that commits meanwhile is neither in what is counted
 * nor in what is deleted, so its delta stays and the counts stay exact. It waits its turn
 * behind a fold of the same store (whose new rows it could not see).
 */
export async function recountClaims(db: Kysely<DB>, storeId: number): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ held: boolean }>`
      WITH fold_lock AS (
        SELECT pg_try_advisory_xact_lock(${FOLD_LOCK_CLASS}::int4, ${storeId}::int4) AS held
      ), gone AS (
        DELETE FROM claim_count_deltas WHERE store_id = ${storeId} AND (SELECT held FROM fold_lock)
      ), counted AS (
        INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
        SELECT store_id, kind, status, decision, count(*) FROM claims
        WHERE store_id = ${storeId} AND deleted_at IS NULL AND (SELECT held FROM fold_lock)
        GROUP BY store_id, kind, status, decision
      )
      SELECT held FROM fold_lock
    `.execute(db);
    if (rows[0]?.held === true) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Folds every store that has more delta rows than keys: the housekeeping a service runs now and then. */
export async function foldAllClaimCounts(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ store_id: number }>`
    SELECT store_id FROM claim_count_deltas GROUP BY store_id
    HAVING count(*) > count(DISTINCT (kind, status, decision))
  `.execute(db);
  let folded = 0;
  for (const row of rows) folded += await foldClaimCounts(db, Number(row.store_id));
  return folded;
}

// An arbitrary class for pg's two-key advisory locks, so they never meet another use.
const FOLD_LOCK_CLASS = 0x52430001;
