import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// The numbers behind the console: counts per status for the queue's tabs, what a claim's
// order may still claim and refund, and the overview's aggregates — each for one store only.

async function claimOn(t: TestApp, store: StoreFixture, order: any, itemIndex = 0, quantity = 1) {
  const response = await t.request({
    method: 'POST', url: '/v1/claims', key: store.merchantKey,
    body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[itemIndex].id, quantity }] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe.each(DATABASES)('console statistics (%s)', (kind) => {
  const t = useTestApp(kind);

  it('counts claims per status with the list filters, every status present, this store only', async () => {
    const store = await t.given.store();
    const other = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 3, sku: 'MUG' }, { quantity: 1, sku: 'LAMP' }] });
    const first = await claimOn(t, store, order, 0);
    await claimOn(t, store, order, 0);
    await claimOn(t, store, order, 1);
    await t.request({ method: 'POST', url: `/v1/claims/${first.id}/approve`, key: store.merchantKey });
    await claimOn(t, other, await t.given.order(other));

    const all = await t.request({ method: 'GET', url: '/v1/stats/claims-by-status', key: store.merchantKey });
    expect(all.json().total).toBe(3);
    expect(all.json().counts).toMatchObject({ new: 2, approved: 1, rejected: 0 });
    const mugs = await t.request({ method: 'GET', url: '/v1/stats/claims-by-status?sku=MUG', key: store.merchantKey });
    expect(mugs.json()).toMatchObject({ total: 2, counts: { new: 1, approved: 1 } });
  });

  it("shows what a claim's order may still claim per item and still refund", async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 3, unit_price: 1000 }, { quantity: 1, unit_price: 2000 }], shipping_amount: 500 });
    const claim = await claimOn(t, store, order, 0, 2);
    await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 1500, status: 'issued' } });
    const balances = await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/balances`, key: store.merchantKey });
    expect(balances.statusCode, balances.body).toBe(200);
    expect(balances.json()).toMatchObject({ currency: 'EUR', refundable: 5500 - 1500, version: claim.version });
    expect(balances.json().items).toEqual([
      expect.objectContaining({ order_item_id: order.items[0].id, quantity: 3, claimed_here: 2, claimable: 1 }),
      expect.objectContaining({ order_item_id: order.items[1].id, quantity: 1, claimed_here: 0, claimable: 1 }),
    ]);
    const other = await t.given.store();
    expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/balances`, key: other.merchantKey })).statusCode).toBe(404);
  });

  it('sums the overview over the date range: per day, refunds, response times, top reasons and SKUs', async () => {
    const store = await t.given.store();
    const reason = await t.given.reason(store, { kind: 'return', subject: 'Too small' });
    const order = await t.given.order(store, { items: [{ quantity: 2, sku: 'MUG' }, { quantity: 1, sku: 'LAMP' }] });
    const first = (await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'return', reason_id: reason.id, lines: [{ order_item_id: order.items[0].id, quantity: 2 }] } })).json();
    await claimOn(t, store, order, 1);
    await t.request({ method: 'POST', url: `/v1/claims/${first.id}/messages`, key: store.merchantKey, body: { body: 'On it' } });
    await t.request({ method: 'POST', url: `/v1/claims/${first.id}/resolutions`, key: store.merchantKey, body: { type: 'REFUND' } });
    await t.request({ method: 'POST', url: `/v1/claims/${first.id}/refunds`, key: store.merchantKey, body: { amount: 700, status: 'issued' } });
    await t.request({ method: 'POST', url: `/v1/claims/${first.id}/refunds`, key: store.merchantKey, body: { amount: 300 } });

    const overview = await t.request({ method: 'GET', url: '/v1/stats/overview', key: store.merchantKey });
    expect(overview.statusCode, overview.body).toBe(200);
    const body = overview.json();
    expect(body.claims_per_day).toEqual([{ day: new Date().toISOString().slice(0, 10), kind: 'return', status: 'new', count: 2 }]);
    expect(body.refund_totals).toEqual([
      { currency: 'EUR', status: 'issued', amount: 700, count: 1 },
      { currency: 'EUR', status: 'requested', amount: 300, count: 1 },
    ]);
    expect(body.first_response.claims).toBe(1);
    expect(body.first_response.median_seconds).toBeGreaterThanOrEqual(0);
    expect(body.resolution.claims).toBe(1);
    expect(body.top_reasons).toEqual([{ reason_id: reason.id, subject: 'Too small', count: 1 }, { reason_id: null, subject: null, count: 1 }]);
    expect(body.top_skus).toEqual([{ sku: 'LAMP', claims: 1, quantity: 1 }, { sku: 'MUG', claims: 1, quantity: 2 }]);

    const before = await t.request({ method: 'GET', url: '/v1/stats/overview?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z', key: store.merchantKey });
    expect(before.json().claims_per_day).toEqual([]);
    const tooLong = await t.request({ method: 'GET', url: '/v1/stats/overview?from=2020-01-01T00:00:00Z&to=2022-01-01T00:00:00Z', key: store.merchantKey });
    expect(tooLong.statusCode).toBe(400);
    const forAdmin = await t.request({ method: 'GET', url: `/v1/stats/overview?store_id=${store.id}`, key: ADMIN_KEY });
    expect(forAdmin.json().claims_per_day[0].count).toBe(2);
  });

  it('keeps the overview from customers', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const customerKey = await t.given.customerKey(store, order.customer.id);
    expect((await t.request({ method: 'GET', url: '/v1/stats/overview', key: customerKey })).statusCode).toBe(403);
  });
});
