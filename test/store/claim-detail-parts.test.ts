import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/seed.js';
import { loadClaimDetails } from '../../src/core/claims/details.js';
import { createCore } from '../../src/core/core.js';
import { loadDetailParts, type DetailIds } from '../../src/store/claim-detail-parts.js';
import { TIMESTAMP_COLUMNS, type JsonTable } from '../../src/store/json-rows.js';
import * as claimParts from '../../src/store/claim-parts.js';
import * as claims from '../../src/store/claims.js';
import * as orders from '../../src/store/orders.js';
import * as reasons from '../../src/store/reasons.js';
import * as refunds from '../../src/store/refunds.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// A page's details come back as JSON from one statement. They must be exactly what the
// tables' own reads return, row for row, timestamps included, and only the store's own.

describe.each(DATABASES)('the details of a page of claims, in one statement (%s)', (kind) => {
  let database: TestDatabase;
  let storeId: number;
  let ids: DetailIds;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    // The demo store has claims in every state, with messages, evidence, resolutions, refunds and returns.
    await buildDemo(createCore(database.db), 80, () => undefined);
    const found = await database.db.selectFrom('claims').selectAll().orderBy('id').execute();
    storeId = Number(found[0]?.store_id);
    ids = {
      claimIds: found.map((claim) => claim.id),
      orderIds: [...new Set(found.map((claim) => claim.order_id))],
      customerIds: [...new Set(found.map((claim) => claim.customer_id))],
      reasonIds: [...new Set(found.flatMap((claim) => (claim.reason_id === null ? [] : [claim.reason_id])))],
      userIds: [...new Set(found.flatMap((claim) => (claim.assignee_user_id === null ? [] : [claim.assignee_user_id])))],
    };
  }, 120_000);

  afterAll(async () => {
    await database.dispose();
  });

  it('names every timestamp column of the tables read as JSON, so each comes back as a Date', async () => {
    const DETAIL_TABLES = Object.keys(TIMESTAMP_COLUMNS) as JsonTable[];
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'timestamp with time zone' AND table_name = ANY(${DETAIL_TABLES})
      ORDER BY table_name, column_name`.execute(database.db);
    const inDatabase = Object.fromEntries(DETAIL_TABLES.map((table) => [table, rows.filter((row) => row.table_name === table).map((row) => row.column_name)]));
    const named = Object.fromEntries(DETAIL_TABLES.map((table) => [table, [...TIMESTAMP_COLUMNS[table]].sort()]));
    expect(named).toEqual(inDatabase);
  });

  it("returns each part exactly as the table's own read does", async () => {
    // The demo files no evidence and issues no store credits: add one of each.
    await database.db.insertInto('attachments').values({
      store_id: storeId, uuid: crypto.randomUUID(), claim_id: ids.claimIds[1] as number, url: 'https://img.example.com/a.jpg',
      kind: 'photo', uploaded_by: 'customer', created_at: new Date(),
    }).execute();
    await database.db.insertInto('store_credits').values({
      store_id: storeId, uuid: crypto.randomUUID(), claim_id: ids.claimIds[0] as number, type: 'gift_card', code: 'GIFT-1',
      value_minor: 500, bonus_minor: 50, currency: 'EUR', email_status: 'sent', emailed_at: new Date(), created_at: new Date(),
    }).execute();
    // The database keeps microseconds; both reads must cut them to the same millisecond.
    await sql`UPDATE messages SET created_at = '2026-01-02 03:04:05.678912+00' WHERE id = (SELECT min(id) FROM messages)`.execute(database.db);
    const parts = await loadDetailParts(database.db, storeId, ids);
    expect(parts.messages[0]?.createdAt.toISOString()).toBe('2026-01-02T03:04:05.678Z');
    const expected = {
      lines: await claims.listClaimLines(database.db, storeId, ids.claimIds),
      ...await claimParts.loadClaimParts(database.db, storeId, ids.claimIds),
      refunds: await refunds.listRefundsOfClaims(database.db, storeId, ids.claimIds),
      orders: (await database.db.selectFrom('orders').selectAll().where('store_id', '=', storeId).where('id', 'in', ids.orderIds).execute()).map(orders.toOrder),
      items: await orders.listOrderItems(database.db, storeId, ids.orderIds),
      customers: await orders.findCustomers(database.db, storeId, ids.customerIds),
      reasons: await reasons.findReasons(database.db, storeId, ids.reasonIds),
    };
    const byId = (rows: ReadonlyArray<{ id: number }>) => [...rows].sort((a, b) => a.id - b.id);
    for (const [part, rows] of Object.entries(expected) as Array<[string, Array<{ id: number }>]>) {
      // Every part is there to compare: an empty part would prove nothing.
      expect(rows.length, part).toBeGreaterThan(0);
      expect(byId(parts[part as keyof typeof parts]), part).toEqual(byId(rows));
    }
    // The claim-ordered parts keep the order their readers promise.
    expect(parts.lines.map((line) => line.id)).toEqual(expected.lines.map((line) => line.id));
    expect(parts.messages.map((message) => message.id)).toEqual(expected.messages.map((message) => message.id));
    expect(parts.items.map((item) => item.id)).toEqual(expected.items.map((item) => item.id));
    expect(parts.messages.every((message) => message.createdAt instanceof Date)).toBe(true);
  });

  it("returns nothing of another store's claims, orders, customers or reasons", async () => {
    const parts = await loadDetailParts(database.db, storeId + 1000, ids);
    expect(Object.values(parts).every((rows) => rows.length === 0)).toBe(true);
  });

  it('reads the details of one claim or of every claim in one statement', async () => {
    let statements = 0;
    const counted = database.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements += 1;
        return args.result;
      },
    });
    const found = (await database.db.selectFrom('claims').selectAll().orderBy('id').execute()).map(claims.toClaim);
    for (const some of [found.slice(0, 1), found]) {
      statements = 0;
      const details = await loadClaimDetails(counted, storeId, some, { hideInternal: false });
      expect(details.map((claim) => claim.id)).toEqual(some.map((claim) => claim.id));
      expect(statements).toBe(1);
    }
  });

  it('returns empty parts for no claims', async () => {
    const parts = await loadDetailParts(database.db, storeId, { claimIds: [], orderIds: [], customerIds: [], reasonIds: [], userIds: [] });
    expect(Object.values(parts).every((rows) => rows.length === 0)).toBe(true);
  });
});
