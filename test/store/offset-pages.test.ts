import { sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listClaims } from '../../src/core/claims/read-claims.js';
import { listRefunds } from '../../src/core/refunds/refunds.js';
import type { Actor } from '../../src/domain/actor.js';
import type { ClaimFilter } from '../../src/domain/claim/claim-filter.js';
import type { Claim } from '../../src/domain/claim/claim.js';
import { foldClaimCounts } from '../../src/store/claim-counts.js';
import * as claimList from '../../src/store/claim-list.js';
import { DATABASES } from '../support/databases.js';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';

// Page-number doors ask for an offset; the store serves it as keyset (the page's first row
// found by an index walk, then a page from there, or from where a page read before showed it
// starts). The pages must be exactly OFFSET's pages, whatever changed in between.

const CLAIMS = 23;

function merchant(store: StoreFixture): Actor {
  return { role: 'merchant', keyId: 1, name: 'merchant', storeId: store.id, scopes: [] };
}

async function givenClaims(t: TestApp): Promise<{ store: StoreFixture; claimIds: number[] }> {
  const store = await t.given.store();
  const order = await t.given.order(store, { items: Array.from({ length: CLAIMS }, () => ({ quantity: 1, unit_price: 1000 })) });
  const claimIds: number[] = [];
  for (const [index, item] of (order.items as Array<{ id: number }>).entries()) {
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: index % 3 === 0 ? 'incident' : 'return', lines: [{ order_item_id: item.id, quantity: 1 }] });
    claimIds.push(claim.id);
    const refund = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 100 } });
    expect(refund.statusCode).toBe(201);
  }
  return { store, claimIds };
}

describe.each(DATABASES)('offset pages served by keyset (%s)', (kind) => {
  const t = useTestApp(kind);

  it('returns the same claims, in the same order, as reading the whole list and slicing it', async () => {
    const { store } = await givenClaims(t);
    const actor = merchant(store);
    for (const filter of [{}, { kinds: ['return' as const] }]) {
      const all = (await listClaims(t.core, actor, filter, { limit: 100 })).map((claim) => claim.id);
      for (const offset of [1, 4, 5, 10, 14, all.length - 1]) {
        const page = await listClaims(t.core, actor, filter, { limit: 5, offset });
        expect(page.map((claim) => claim.id)).toEqual(all.slice(offset, offset + 5));
      }
    }
  });

  it('remembers where pages start, and still gives OFFSET\'s pages after claims enter and leave the list', async () => {
    const { store, claimIds } = await givenClaims(t);
    const actor = merchant(store);
    const filter = { statuses: ['new' as const], kinds: ['return' as const, 'incident' as const] };
    const expectOffsetPages = () => expectOffsetPagesTwice(t, actor, filter);
    expect(await expectOffsetPages()).toHaveLength(CLAIMS);

    // A new claim enters at the top: every page shifts by one.
    const order = await t.given.order(store, { items: [{ quantity: 1, unit_price: 1000 }] });
    const newest = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
    expect((await expectOffsetPages())[0]).toBe(newest.id);

    // Two claims leave the list (rejected, so no longer `new`), one deep in it.
    for (const id of [claimIds[3], claimIds[15]]) {
      expect((await t.request({ method: 'POST', url: `/v1/claims/${id}/reject`, key: store.merchantKey, body: { reason: 'not ours' } })).statusCode).toBe(200);
    }
    expect(await expectOffsetPages()).not.toContain(claimIds[3]);

    // Folding the kept counts changes nothing in the pages.
    await foldClaimCounts(t.core.db, store.id);
    expect(await expectOffsetPages()).toHaveLength(CLAIMS - 1);
  });

  it('pages claims created microseconds apart, within one millisecond, by offset and by cursor', async () => {
    const { store } = await givenClaims(t);
    // Written by SQL: the service writes creation times in milliseconds, imported rows need not.
    // A row at a time, each time a value of its own: Citus computes no time from a row's columns in an UPDATE.
    const rows = await t.core.db.selectFrom('claims').select('id').where('store_id', '=', store.id).execute();
    for (const { id } of rows) {
      const micros = String(100 + ((id * 7) % 23)).padStart(6, '0');
      await sql`UPDATE claims SET created_at = ${`2026-11-02 10:00:00.${micros}+00`}::timestamptz WHERE store_id = ${store.id} AND id = ${id}`.execute(t.core.db);
    }
    const all = await expectOffsetPagesTwice(t, merchant(store), {});
    // Keyset cursors carry milliseconds; they still step over every claim, newer or older.
    const older: number[] = [];
    for (let page = await listClaims(t.core, merchant(store), {}, { limit: 4 }); page.length > 0;) {
      older.push(...page.map((claim) => claim.id));
      const last = page.at(-1) as Claim;
      page = await listClaims(t.core, merchant(store), {}, { limit: 4, after: { createdAt: last.createdAt, id: last.id } });
    }
    expect(older).toEqual(all);
    const oldest = (await listClaims(t.core, merchant(store), { ids: all.slice(-1) }, { limit: 1 })).at(0) as Claim;
    const newer = await listClaims(t.core, merchant(store), {}, { limit: 100, before: { createdAt: oldest.createdAt, id: oldest.id } });
    expect(newer.map((claim) => claim.id)).toEqual(all.slice(0, -1));
  });

  it('reads a page it has seen, and the page after it, without walking to them', async () => {
    const { store } = await givenClaims(t);
    const walks: boolean[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: ({ node }) => {
        walks.push(hasOffset(node));
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const db = t.core.db.withPlugin(recorder);
    const scope = { storeId: store.id };
    const read = async (offset: number, filter: ClaimFilter = {}) => {
      walks.length = 0;
      const ids = (await claimList.listClaims(db, scope, filter, { limit: 5, offset })).map((claim) => claim.id);
      return { ids, walked: walks.some(Boolean) };
    };
    const first = await read(10);
    expect(first.walked).toBe(true);
    expect(await read(10)).toEqual({ ids: first.ids, walked: false });
    expect((await read(15)).walked).toBe(false);
    expect((await read(14)).walked).toBe(false);
    // An unseen page walks; a list the kept counts cannot fingerprint always walks.
    expect((await read(7)).walked).toBe(true);
    expect((await read(10, { search: 'R-' })).walked).toBe(true);
    expect((await read(10, { search: 'R-' })).walked).toBe(true);
  });

  it('gives an empty page past the end', async () => {
    const { store } = await givenClaims(t);
    expect(await listClaims(t.core, merchant(store), {}, { limit: 5, offset: CLAIMS })).toEqual([]);
    expect(await listRefunds(t.core, merchant(store), {}, { limit: 5, offset: CLAIMS })).toEqual([]);
  });

  it('pages refunds by id exactly as OFFSET would', async () => {
    const { store } = await givenClaims(t);
    const actor = merchant(store);
    const all = (await listRefunds(t.core, actor, {}, { offset: 0, limit: 100 })).map((refund) => refund.id);
    expect(all).toHaveLength(CLAIMS);
    for (const offset of [1, 7, 20, CLAIMS - 1]) {
      const page = await listRefunds(t.core, actor, {}, { offset, limit: 5 });
      expect(page.map((refund) => refund.id)).toEqual(all.slice(offset, offset + 5));
    }
  });
});

/** Reads pages at several offsets, twice (the second time from the edges the first remembered), against the whole list sliced. */
async function expectOffsetPagesTwice(t: TestApp, actor: Actor, filter: ClaimFilter): Promise<number[]> {
  const all = (await listClaims(t.core, actor, filter, { limit: 100 })).map((claim) => claim.id);
  for (let pass = 0; pass < 2; pass += 1) {
    for (const offset of [3, 6, 9, 12, 13, 18, all.length]) {
      const page = await listClaims(t.core, actor, filter, { limit: 3, offset });
      expect(page.map((claim) => claim.id)).toEqual(all.slice(offset, offset + 3));
    }
  }
  return all;
}

function hasOffset(node: RootOperationNode): boolean {
  return JSON.stringify(node).includes('"kind":"OffsetNode"');
}
