import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createStores, growClaims } from '../../bench/generate.js';
import { createCore } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import { distributeTables } from '../../src/config.js';
import { COORDINATOR_TABLES, distributeByStore, KEYED_ELSEWHERE, REFERENCE_TABLES, TENANT_TABLES } from '../../src/store/distribution.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { DATABASES, openTestDatabase } from '../support/databases.js';

// The schema can be distributed by store (issue: scale out on Citus): every key of a store's
// data starts with store_id, every reference between a store's tables names the store on
// both sides, and no trigger runs on them. Read from the catalog, so a table or constraint
// added later without the store fails here, as it would fail create_distributed_table.

interface Constraint { table: string; name: string; type: 'p' | 'u' | 'f'; columns: string[]; referenced: string | null; referencedColumns: string[] | null }

async function constraints(db: Kysely<any>): Promise<Constraint[]> {
  const { rows } = await sql<{ table: string; name: string; type: 'p' | 'u' | 'f'; columns: string[]; referenced: string | null; referenced_columns: string[] | null }>`
    SELECT source.relname AS table, con.conname AS name, con.contype AS type,
           ARRAY(SELECT attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY i) AS columns,
           target.relname AS referenced,
           CASE WHEN con.contype = 'f' THEN ARRAY(SELECT attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY i) END AS referenced_columns
    FROM pg_constraint con
    JOIN pg_class source ON source.oid = con.conrelid
    LEFT JOIN pg_class target ON target.oid = con.confrelid
    WHERE source.relnamespace = to_regnamespace(current_schema()) AND con.contype IN ('p', 'u', 'f')
    ORDER BY 1, 2`.execute(db);
  return rows.map((row) => ({ ...row, referencedColumns: row.referenced_columns }));
}

/** How many rows a few tables hold, and the sum of their ids: what a rewrite of the keys must leave as it was. */
async function rowsAndIds(db: Kysely<any>): Promise<Array<{ name: string; rows: number; ids: string }>> {
  const { rows } = await sql<{ name: string; rows: number; ids: string }>`
    SELECT 'claims' AS name, count(*)::int AS rows, coalesce(sum(id), 0)::text AS ids FROM claims
    UNION ALL SELECT 'claim_lines', count(*)::int, coalesce(sum(id), 0)::text FROM claim_lines
    UNION ALL SELECT 'refunds', count(*)::int, coalesce(sum(id), 0)::text FROM refunds
    UNION ALL SELECT 'messages', count(*)::int, coalesce(sum(id), 0)::text FROM messages
    ORDER BY 1`.execute(db);
  return rows;
}

async function tables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT relname AS name FROM pg_class WHERE relnamespace = to_regnamespace(current_schema()) AND relkind IN ('r', 'p') ORDER BY 1`.execute(db);
  return rows.map((row) => row.name);
}

const tenant = new Set<string>(TENANT_TABLES);

/** The kept counts of live claims per (store, kind, status, decision), and the same counted from the claims. */
async function keptCounts(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ key: string }>`
    SELECT concat_ws('/', store_id, kind, status, coalesce(decision, '-'), sum(n)) AS key FROM claim_count_deltas
    GROUP BY store_id, kind, status, decision HAVING sum(n) <> 0 ORDER BY 1`.execute(db);
  return rows.map((row) => row.key);
}

async function countedClaims(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ key: string }>`
    SELECT concat_ws('/', store_id, kind, status, coalesce(decision, '-'), count(*)) AS key FROM claims WHERE deleted_at IS NULL
    GROUP BY store_id, kind, status, decision ORDER BY 1`.execute(db);
  return rows.map((row) => row.key);
}

async function expectDistributable(db: Kysely<any>): Promise<void> {
  const found = await constraints(db);
  const keys = found.filter((constraint) => tenant.has(constraint.table) && constraint.type !== 'f');
  expect(keys.length).toBeGreaterThan(40);
  for (const key of keys) expect(key.columns[0], `${key.table}.${key.name}`).toBe('store_id');

  const { rows: uniqueIndexes } = await sql<{ table: string; name: string; definition: string }>`
    SELECT tablename AS table, indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND indexdef LIKE 'CREATE UNIQUE INDEX%'`.execute(db);
  for (const index of uniqueIndexes.filter((row) => tenant.has(row.table))) {
    expect(index.definition, index.name).toMatch(/USING btree \(store_id[,)]/);
  }

  const references = found.filter((constraint) => constraint.type === 'f' && tenant.has(constraint.table));
  for (const reference of references.filter((constraint) => tenant.has(constraint.referenced ?? ''))) {
    expect([reference.columns[0], reference.referencedColumns?.[0]], `${reference.table}.${reference.name}`).toEqual(['store_id', 'store_id']);
  }
  // Every tenant table's other references point at a reference table.
  for (const reference of references.filter((constraint) => !tenant.has(constraint.referenced ?? ''))) {
    expect(REFERENCE_TABLES as readonly string[], `${reference.table}.${reference.name}`).toContain(reference.referenced);
  }
  // A reference table may not point at a distributed one.
  for (const reference of found.filter((constraint) => constraint.type === 'f' && (REFERENCE_TABLES as readonly string[]).includes(constraint.table))) {
    expect(REFERENCE_TABLES as readonly string[], `${reference.table}.${reference.name}`).toContain(reference.referenced);
  }

  const { rows: triggers } = await sql<{ name: string }>`
    SELECT tgname AS name FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid
    WHERE relnamespace = to_regnamespace(current_schema()) AND NOT tgisinternal`.execute(db);
  expect(triggers).toEqual([]);
}

describe('RECOURSE_DISTRIBUTE', () => {
  it('distributes where Citus is installed unless it says off, and stops the start on anything else', () => {
    expect(distributeTables({})).toBe(true);
    expect(distributeTables({ RECOURSE_DISTRIBUTE: 'auto' })).toBe(true);
    expect(distributeTables({ RECOURSE_DISTRIBUTE: ' On ' })).toBe(true);
    expect(distributeTables({ RECOURSE_DISTRIBUTE: 'off' })).toBe(false);
    expect(() => distributeTables({ RECOURSE_DISTRIBUTE: 'no' })).toThrow(/auto, on or off/);
  });
});

describe.each(DATABASES)('a schema distributable by store (%s)', (kind) => {
  it('keys every tenant table by store, references between them through the store, and runs no trigger', async () => {
    const database = await openTestDatabase(kind);
    try {
      await expectDistributable(database.db);
      // Without the citus extension nothing is distributed, however often it is asked.
      expect(await distributeByStore(database.db)).toEqual([]);
    } finally {
      await database.dispose();
    }
  });

  it('says of every table whether it is a tenant table, a reference table, keyed otherwise or the coordinator\'s', async () => {
    const database = await openTestDatabase(kind);
    try {
      const listed = [...TENANT_TABLES, ...REFERENCE_TABLES, ...KEYED_ELSEWHERE.map(([table]) => table), ...COORDINATOR_TABLES].sort();
      expect(new Set(listed).size).toBe(listed.length);
      expect(await tables(database.db)).toEqual(listed);
    } finally {
      await database.dispose();
    }
  });

  it('rewrites the keys of a database filled by the previous version in place: rows, ids, counts and numbers carry on', async () => {
    const database = await openTestDatabase(kind, { until: '0013-email-notifications' });
    try {
      const { db } = database;
      await createStores(db);
      await growClaims(db, 0, 600);
      const before = await rowsAndIds(db);
      await migrateToLatest(db, database.schema === undefined ? {} : { schema: database.schema });
      await expectDistributable(db);
      const after = await rowsAndIds(db);
      expect(after).toEqual(before);
      expect(before[0]?.rows).toBeGreaterThan(500);

      // The service runs on it: a store's list counts what the old triggers kept, and a
      // new filing takes the store's next number and is counted by its writer.
      const core = createCore(db, { adminKey: 'store-keys-admin-key-0123' });
      const app = await buildApp({ core, database, rateLimitPerMinute: 0, logger: false });
      try {
        const key = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: { authorization: 'Bearer store-keys-admin-key-0123' }, payload: { store_id: 1, role: 'merchant', name: 'after the migration' } });
        expect(key.statusCode, key.body).toBe(201);
        const merchant = { authorization: `Bearer ${key.json().key}` };
        expect(await keptCounts(db)).toEqual(await countedClaims(db));
        const page = await app.inject({ method: 'GET', url: '/compat/seller-center/api/i2/claims/?limit=1', headers: merchant });
        expect(page.statusCode, page.body).toBe(200);
        expect(page.json().count).toBeGreaterThan(50);
        const highest = await sql<{ n: string }>`SELECT max(substring(number FROM 3)::bigint)::text AS n FROM claims WHERE store_id = 1`.execute(db);
        const order = await app.inject({
          method: 'POST', url: '/v1/orders', headers: merchant,
          payload: { number: 'after-0014', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', customer: { email: 'after@example.com', first_name: 'A', last_name: 'B' }, shipping_amount: 0, items: [{ sku: 'S', name: 'S', quantity: 1, unit_price: 1000, fulfillment_status: 'delivered' }] },
        });
        expect(order.statusCode, order.body).toBe(201);
        const filed = await app.inject({ method: 'POST', url: '/v1/claims', headers: merchant, payload: { order_id: order.json().id, kind: 'return', lines: [{ order_item_id: order.json().items[0].id, quantity: 1 }] } });
        expect(filed.statusCode, filed.body).toBe(201);
        expect(filed.json().number).toBe(`R-${BigInt(highest.rows[0]!.n) + 1n}`);
        const again = await app.inject({ method: 'GET', url: '/compat/seller-center/api/i2/claims/?limit=1', headers: merchant });
        expect(again.json().count).toBe(page.json().count + 1);
        expect(await keptCounts(db)).toEqual(await countedClaims(db));
      } finally {
        await app.close();
      }
    } finally {
      await database.dispose();
    }
  });
});
