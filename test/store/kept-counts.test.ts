import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startHousekeeping } from '../../src/core/housekeeping.js';
import { countClaims, countClaimsByStatus } from '../../src/core/claims/read-claims.js';
import type { Actor } from '../../src/domain/actor.js';
import type { ClaimFilter } from '../../src/domain/claim/claim-filter.js';
import * as claimList from '../../src/store/claim-list.js';
import { foldAllClaimCounts, foldClaimCounts, FOLD_AFTER_ROWS, recountClaims } from '../../src/store/claim-counts.js';
import { updateClaim } from '../../src/store/claims.js';
import { DATABASES } from '../support/databases.js';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';

// The count of live claims by (store, kind, status, decision) is kept as delta rows by the
// claim writers (migration 0008, and 0014 for the writers), so the page-number doors' DRF
// `count` needs no scan. Whatever the use cases write, the kept counts must equal counting
// the claims themselves; folding must never change them; a bulk edit made in SQL outside the
// writers is followed by a recount.

function merchant(store: StoreFixture): Actor {
  return { role: 'merchant', keyId: 1, name: 'merchant', storeId: store.id, scopes: [] };
}

/** The kept counts per key, against counting the live claims: they must be the same table. */
async function keptAndCounted(t: TestApp): Promise<{ kept: string[]; counted: string[] }> {
  const db = t.database.db;
  const kept = await sql<{ key: string }>`
    SELECT concat_ws('/', store_id, kind, status, coalesce(decision, '-'), sum(n)) AS key FROM claim_count_deltas
    GROUP BY store_id, kind, status, decision HAVING sum(n) <> 0 ORDER BY 1`.execute(db);
  const counted = await sql<{ key: string }>`
    SELECT concat_ws('/', store_id, kind, status, coalesce(decision, '-'), count(*)) AS key FROM claims WHERE deleted_at IS NULL
    GROUP BY store_id, kind, status, decision ORDER BY 1`.execute(db);
  return { kept: kept.rows.map((row) => row.key), counted: counted.rows.map((row) => row.key) };
}

/** Moves each new or open claim of the store (of one kind, when given) to the other state, one claim writer's statement each. */
async function toggleOpen(t: TestApp, storeId: number, kind?: string): Promise<void> {
  let query = t.database.db.selectFrom('claims').select(['id', 'status'])
    .where('store_id', '=', storeId).where('status', 'in', ['new', 'open']).where('deleted_at', 'is', null);
  if (kind !== undefined) query = query.where('kind', '=', kind as 'return');
  for (const claim of await query.orderBy('id').execute()) {
    await t.database.db.transaction().execute((trx) => updateClaim(trx, storeId, claim.id, { status: claim.status === 'new' ? 'open' : 'new' }, new Date()));
  }
}

async function deltaRows(t: TestApp, storeId: number): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM claim_count_deltas WHERE store_id = ${storeId}`.execute(t.database.db);
  return Number(row.rows[0]?.n);
}

/** A store with claims of every kind, moved through approvals, rejections, closes and a delete. */
async function givenBusyStore(t: TestApp): Promise<{ store: StoreFixture; claimIds: number[] }> {
  const store = await t.given.store();
  const kinds = ['return', 'cancellation', 'incident'];
  // Only what has not shipped may be cancelled.
  const order = await t.given.order(store, {
    items: Array.from({ length: 12 }, (_, index) => ({ quantity: 2, unit_price: 1000, fulfillment_status: kinds[index % kinds.length] === 'cancellation' ? 'unfulfilled' as const : 'delivered' as const })),
  });
  const claimIds: number[] = [];
  for (const [index, item] of (order.items as Array<{ id: number }>).entries()) {
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: kinds[index % kinds.length], lines: [{ order_item_id: item.id, quantity: 1 }] });
    claimIds.push(claim.id);
  }
  const act = async (url: string, body: unknown = {}) => {
    const response = await t.request({ method: 'POST', url, key: store.merchantKey, body });
    expect(response.statusCode, response.body).toBeLessThan(300);
  };
  const [a, b, c, d, e] = claimIds as [number, number, number, number, number];
  await act(`/v1/claims/${a}/approve`);
  await act(`/v1/claims/${b}/approve`);
  await act(`/v1/claims/${b}/close`);
  await act(`/v1/claims/${c}/reject`, { reason: 'outside the window' });
  await act(`/v1/claims/${d}/cancel`);
  const deleted = await t.request({ method: 'DELETE', url: `/v1/claims/${e}`, key: store.merchantKey });
  expect(deleted.statusCode, deleted.body).toBe(204);
  return { store, claimIds };
}

const FILTERS: Array<{ name: string; filter: ClaimFilter }> = [
  { name: 'everything', filter: {} },
  { name: 'kinds', filter: { kinds: ['cancellation', 'return'] } },
  { name: 'statuses', filter: { statuses: ['new', 'open', 'approved'] } },
  { name: 'kinds and statuses', filter: { kinds: ['return'], statuses: ['approved', 'closed'] } },
  { name: 'kinds or statuses', filter: { operator: 'OR', kinds: ['incident'], statuses: ['rejected'] } },
  { name: 'status by decision', filter: { statusMatches: [{ status: 'closed', decision: { is: 'approved' } }, { status: 'rejected' }] } },
  { name: 'status by not decision', filter: { statusMatches: [{ status: 'closed', decision: { isNot: 'approved' } }] } },
  // Not answerable from the kept counts: counted from the claims, and equal all the same.
  { name: 'search', filter: { kinds: ['return'], search: 'CLM' } },
  { name: 'created after', filter: { createdAt: { gte: new Date(0) } } },
];

describe.each(DATABASES)('kept claim counts (%s)', (kind) => {
  const t = useTestApp(kind);

  it('equal counting the live claims, key by key, after filings, moves and a delete', async () => {
    await givenBusyStore(t);
    await givenBusyStore(t);
    const { kept, counted } = await keptAndCounted(t);
    expect(counted.length).toBeGreaterThan(4);
    expect(kept).toEqual(counted);
  });

  it('answer every door filter exactly as counting the rows does', async () => {
    const { store } = await givenBusyStore(t);
    const actor = merchant(store);
    const direct = await t.database.db.selectFrom('claims').select(['id', 'kind', 'status', 'decision', 'number'])
      .where('store_id', '=', store.id).where('deleted_at', 'is', null).execute();
    const expected: Record<string, number> = {
      everything: direct.length,
      kinds: direct.filter((claim) => ['cancellation', 'return'].includes(claim.kind)).length,
      statuses: direct.filter((claim) => ['new', 'open', 'approved'].includes(claim.status)).length,
      'kinds and statuses': direct.filter((claim) => claim.kind === 'return' && ['approved', 'closed'].includes(claim.status)).length,
      'kinds or statuses': direct.filter((claim) => claim.kind === 'incident' || claim.status === 'rejected').length,
      'status by decision': direct.filter((claim) => (claim.status === 'closed' && claim.decision === 'approved') || claim.status === 'rejected').length,
      'status by not decision': direct.filter((claim) => claim.status === 'closed' && claim.decision !== 'approved').length,
      search: direct.filter((claim) => claim.kind === 'return' && claim.number.toLowerCase().includes('clm')).length,
      'created after': direct.length,
    };
    expect(direct.length).toBe(11);
    for (const { name, filter } of FILTERS) {
      expect(await countClaims(t.core, actor, filter), name).toBe(expected[name]);
    }
    const byStatus = await countClaimsByStatus(t.core, actor, {});
    const expectedByStatus: Record<string, number> = {};
    for (const claim of direct) expectedByStatus[claim.status] = (expectedByStatus[claim.status] ?? 0) + 1;
    expect(byStatus).toEqual(expectedByStatus);
  });

  it('leave deleted claims to the rows: a count that includes them is still exact', async () => {
    const { store } = await givenBusyStore(t);
    expect(await countClaims(t.core, merchant(store), {}, { includeDeleted: true })).toBe(12);
    expect(await countClaims(t.core, merchant(store), {})).toBe(11);
  });

  it('are counted afresh by a recount after bulk writes made in SQL outside the claim writers: a multi-row insert, an update of many rows, a hard delete', async () => {
    const { store, claimIds } = await givenBusyStore(t);
    const other = await givenBusyStore(t);
    const db = t.database.db;
    await sql`
      INSERT INTO claims (store_id, uuid, number, order_id, customer_id, kind, author_name, author_email, source, filed_by, status)
      SELECT store_id, gen_random_uuid(), number || '-copy-' || n, order_id, customer_id, kind, author_name, author_email, source, filed_by, status
      FROM claims, generate_series(1, 3) AS n WHERE store_id = ${store.id} AND id = ANY(${claimIds})`.execute(db);
    await sql`UPDATE claims SET status = 'closed', decision = 'rejected' WHERE store_id = ${store.id} AND status = 'new'`.execute(db);
    await sql`DELETE FROM events WHERE store_id = ${store.id} AND claim_id IN (SELECT id FROM claims WHERE store_id = ${store.id} AND number LIKE '%-copy-1')`.execute(db);
    await sql`DELETE FROM claims WHERE store_id = ${store.id} AND number LIKE '%-copy-1'`.execute(db);
    // Raw SQL passes the writers by: the kept counts still say what they said.
    expect(await countClaims(t.core, merchant(store), {})).toBe(11);
    const otherRows = await deltaRows(t, other.store.id);
    await recountClaims(db, store.id);
    const { kept, counted } = await keptAndCounted(t);
    expect(kept).toEqual(counted);
    // 11 live, 3 live copies of each of the 12 (the deleted one's copies are live), less the 12 first copies.
    expect(await countClaims(t.core, merchant(store), {})).toBe(11 + 12 * 3 - 12);
    expect(await deltaRows(t, other.store.id)).toBe(otherRows);
  });

  it('stay exact when a recount meets filings and folds of the same store', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: Array.from({ length: 12 }, () => ({ quantity: 1, unit_price: 500, fulfillment_status: 'delivered' as const })) });
    const filings = (order.items as Array<{ id: number }>).map((item) => fileClaim(t, store.merchantKey, {
      order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id, quantity: 1 }],
    }));
    const others = Array.from({ length: 4 }, (_, index) => index % 2 === 0 ? recountClaims(t.database.db, store.id) : foldClaimCounts(t.database.db, store.id));
    await Promise.all([...filings, ...others]);
    expect(await countClaims(t.core, merchant(store), { kinds: ['return'] })).toBe(12);
    const { kept, counted } = await keptAndCounted(t);
    expect(kept).toEqual(counted);
  });

  it('fold a store to one row per key without changing a count, and leave other stores alone', async () => {
    const { store } = await givenBusyStore(t);
    const other = await givenBusyStore(t);
    const before = await keptAndCounted(t);
    const otherRows = await deltaRows(t, other.store.id);
    const rows = await deltaRows(t, store.id);
    const folded = await foldClaimCounts(t.database.db, store.id);
    const keys = await sql<{ n: number }>`
      SELECT count(DISTINCT (kind, status, decision))::int AS n FROM claims WHERE store_id = ${store.id} AND deleted_at IS NULL`.execute(t.database.db);
    expect(await deltaRows(t, store.id)).toBe(Number(keys.rows[0]?.n));
    expect(folded).toBe(rows - Number(keys.rows[0]?.n));
    expect(await deltaRows(t, other.store.id)).toBe(otherRows);
    expect(await keptAndCounted(t)).toEqual(before);
    expect(await foldClaimCounts(t.database.db, store.id)).toBe(0);
    await foldAllClaimCounts(t.database.db);
    expect(await deltaRows(t, other.store.id)).toBeLessThan(otherRows);
    expect(await keptAndCounted(t)).toEqual(before);
  });

  it('fold on a read once a store has more than a few hundred delta rows', async () => {
    const { store } = await givenBusyStore(t);
    // Many small statements, as a busy store's writes make.
    while (await deltaRows(t, store.id) <= FOLD_AFTER_ROWS) await toggleOpen(t, store.id);
    expect(await deltaRows(t, store.id)).toBeGreaterThan(FOLD_AFTER_ROWS);
    const counted = await countClaims(t.core, merchant(store), { kinds: ['return', 'cancellation', 'incident'] });
    expect(counted).toBe(11);
    expect(await deltaRows(t, store.id)).toBeLessThan(20);
    expect((await keptAndCounted(t)).kept).toEqual((await keptAndCounted(t)).counted);
  });

  it('never fold inside a transaction the caller holds, where a failed fold would abort it', async () => {
    const { store } = await givenBusyStore(t);
    while (await deltaRows(t, store.id) <= FOLD_AFTER_ROWS) await toggleOpen(t, store.id);
    const rows = await deltaRows(t, store.id);
    expect(rows).toBeGreaterThan(FOLD_AFTER_ROWS);
    const counted = await t.database.db.transaction().execute((trx) => claimList.countClaims(trx, { storeId: store.id }, {}));
    expect(counted).toBe(11);
    expect(await deltaRows(t, store.id)).toBe(rows);
  });

  it('are folded by the service housekeeping, run after run, until it stops', async () => {
    const { store } = await givenBusyStore(t);
    // The filings and moves left more delta rows than keys: nothing has folded them yet.
    expect(await deltaRows(t, store.id)).toBeGreaterThan(12);
    const housekeeping = startHousekeeping(t.core, { intervalMs: 20 });
    try {
      for (let round = 0; round < 2; round += 1) {
        await toggleOpen(t, store.id);
        await toggleOpen(t, store.id, 'return');
        const keys = Number((await sql<{ n: number }>`
          SELECT count(DISTINCT (kind, status, decision))::int AS n FROM claims WHERE store_id = ${store.id} AND deleted_at IS NULL`.execute(t.database.db)).rows[0]?.n);
        const deadline = Date.now() + 10_000;
        while (await deltaRows(t, store.id) > keys && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
        expect(await deltaRows(t, store.id)).toBe(keys);
      }
    } finally {
      await housekeeping.stop();
    }
    expect((await keptAndCounted(t)).kept).toEqual((await keptAndCounted(t)).counted);
  });

  it('stay exact with filings and folds at the same time', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, {
    items: Array.from({ length: 24 }, (_, index) => ({ quantity: 1, unit_price: 500, fulfillment_status: index % 2 === 0 ? 'delivered' as const : 'unfulfilled' as const })),
  });
    const filings = (order.items as Array<{ id: number }>).map((item, index) => fileClaim(t, store.merchantKey, {
      order_id: order.id, kind: index % 2 === 0 ? 'return' : 'cancellation', lines: [{ order_item_id: item.id, quantity: 1 }],
    }));
    const folds = Array.from({ length: 6 }, () => foldClaimCounts(t.database.db, store.id));
    await Promise.all([...filings, ...folds]);
    await foldClaimCounts(t.database.db, store.id);
    expect(await countClaims(t.core, merchant(store), { kinds: ['cancellation', 'return'] })).toBe(24);
    const { kept, counted } = await keptAndCounted(t);
    expect(kept).toEqual(counted);
  });

  // Last: it empties this database's claims.
  it('are emptied by a recount after the claims were truncated', async () => {
    const { store } = await givenBusyStore(t);
    await sql`TRUNCATE claims CASCADE`.execute(t.database.db);
    await recountClaims(t.database.db, store.id);
    expect(await countClaims(t.core, merchant(store), {})).toBe(0);
    const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM claim_count_deltas WHERE store_id = ${store.id}`.execute(t.database.db);
    expect(Number(row.rows[0]?.n)).toBe(0);
  });
});
