import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES, openTestDatabase } from '../support/databases.js';
import { migrateToLatest } from '../../src/store/migrate.js';

// Claim numbers count per store: every store's first claim is R-5100000, and a store's
// numbers are neither a measure of other stores' volume nor shared with them.
describe.each(DATABASES)('claim numbers per store (%s)', (kind) => {
  const t = useTestApp(kind);

  async function fileOne(store: Awaited<ReturnType<typeof t.given.store>>): Promise<any> {
    const order = await t.given.order(store, { items: [{ quantity: 1, unit_price: 1000 }] });
    return fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
  }

  it('start at R-5100000 in every store and count up within the store', async () => {
    const first = await t.given.store();
    const second = await t.given.store();
    expect((await fileOne(first)).number).toBe('R-5100000');
    expect((await fileOne(second)).number).toBe('R-5100000');
    expect((await fileOne(first)).number).toBe('R-5100001');
    expect((await fileOne(second)).number).toBe('R-5100001');
  });

  it('give parallel filings of one store distinct, consecutive numbers', async () => {
    const store = await t.given.store();
    const orders = await Promise.all(Array.from({ length: 12 }, () => t.given.order(store, { items: [{ quantity: 1, unit_price: 500 }] })));
    const claims = await Promise.all(orders.map((order) => fileClaim(t, store.merchantKey, {
      order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }],
    })));
    const numbers = claims.map((claim) => Number(claim.number.slice(2))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, index) => 5_100_000 + index));
  });

  it('find a number only in the asking store', async () => {
    const first = await t.given.store();
    const second = await t.given.store();
    const mine = await fileOne(first);
    const theirs = await fileOne(second);
    expect(mine.number).toBe(theirs.number);
    const read = await t.request({ method: 'GET', url: `/v1/claims/${mine.number}`, key: second.merchantKey });
    expect(read.statusCode).toBe(200);
    expect(read.json().uuid).toBe(theirs.uuid);
  });
});

describe.each(DATABASES)('the migration to per-store numbers (%s)', (kind) => {
  it('continues each existing store after its highest number and drops the shared sequence', async () => {
    const database = await openTestDatabase(kind, { until: '0011-login-tokens' });
    try {
      const { db } = database;
      // Claims numbered by the previous version's one sequence, interleaved across two stores.
      await sql`
        INSERT INTO stores (id, uuid, code, name, currency, languages) OVERRIDING SYSTEM VALUE
        VALUES (1, gen_random_uuid(), 'one', 'One', 'EUR', '["en-us"]'), (2, gen_random_uuid(), 'two', 'Two', 'EUR', '["en-us"]'),
               (3, gen_random_uuid(), 'three', 'Three', 'EUR', '["en-us"]');
        INSERT INTO customers (id, store_id, uuid, email, first_name, last_name) OVERRIDING SYSTEM VALUE
        VALUES (1, 1, gen_random_uuid(), 'a@example.com', 'A', 'A'), (2, 2, gen_random_uuid(), 'b@example.com', 'B', 'B');
        INSERT INTO orders (id, store_id, uuid, number, currency, placed_at, customer_id, items_amount_minor, shipping_amount_minor, total_amount_minor) OVERRIDING SYSTEM VALUE
        VALUES (1, 1, gen_random_uuid(), '1', 'EUR', now(), 1, 0, 0, 0), (2, 2, gen_random_uuid(), '2', 'EUR', now(), 2, 0, 0, 0);
        INSERT INTO claims (store_id, uuid, number, order_id, customer_id, kind, author_name, author_email, source, filed_by, status)
        VALUES (1, gen_random_uuid(), 'R-5100000', 1, 1, 'return', 'A', 'a@example.com', 'test', 'merchant', 'new'),
               (2, gen_random_uuid(), 'R-5100001', 2, 2, 'return', 'B', 'b@example.com', 'test', 'merchant', 'new'),
               (1, gen_random_uuid(), 'R-5100002', 1, 1, 'return', 'A', 'a@example.com', 'test', 'merchant', 'new');
      `.execute(db);
      await migrateToLatest(db, database.schema === undefined ? {} : { schema: database.schema });
      const counters = await db.selectFrom('claim_number_counters').selectAll().orderBy('store_id').execute();
      expect(counters.map((row) => [Number(row.store_id), Number(row.next_number)])).toEqual([[1, 5_100_003], [2, 5_100_002]]);
      const sequences = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'S' AND relname = 'claim_numbers'`.execute(db);
      expect(sequences.rows[0]!.n).toBe(0);
    } finally {
      await database.dispose();
    }
  });
});
