import { describe, expect, it } from 'vitest';
import { listClaims } from '../../src/core/read-claims.js';
import { listRefunds } from '../../src/core/refunds.js';
import type { Actor } from '../../src/domain/actor.js';
import { DATABASES } from '../support/databases.js';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';

// Page-number doors ask for an offset; the store serves it as keyset (the page's first row
// found by an index walk, then a page from there). The pages must be exactly OFFSET's pages.

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
