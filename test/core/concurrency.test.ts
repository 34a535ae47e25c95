import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';

// The money and quantity invariants under concurrent requests. On PostgreSQL (a pool of
// 20 connections) they prove the row locks; on PGlite they prove that requests sharing
// the single embedded connection never interleave two transactions.
describe.each(DATABASES)('invariants under concurrency (%s)', (kind) => {
  const t = useTestApp(kind, { poolMax: 20 });

  it('keeps 50 concurrent refunds through several claims and doors within what was paid', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 5, unit_price: 2000 }], shipping_amount: 500 }); // paid 10,500
    const claims: Array<{ id: number }> = [];
    for (let index = 0; index < 5; index += 1) {
      claims.push(await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] }));
    }
    const attempts = Array.from({ length: 50 }, (_, index) => {
      const claim = claims[index % claims.length] as { id: number };
      return index % 3 === 0
        ? t.request({ method: 'POST', url: `/v1/claims/${claim.id}/resolutions`, key: store.merchantKey, body: { type: 'REFUND', paid_value: 700 } })
        : t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 700 } });
    });
    const responses = await Promise.all(attempts);
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.every((status) => status === 201 || status === 422)).toBe(true);
    expect(statuses.filter((status) => status === 201)).toHaveLength(15); // 15 × 700 = 10,500
    const rows = await t.database.db.selectFrom('refunds').select(['amount_minor', 'status']).where('order_id', '=', order.id).execute();
    expect(rows.reduce((total, row) => total + row.amount_minor, 0)).toBe(10_500);
    const refusal = responses.find((response) => response.statusCode === 422)?.json();
    expect(refusal).toMatchObject({ code: 'refund_exceeds_paid', availableMinor: 0 });
  });

  it('never claims more of an item than was ordered, with 30 concurrent claims', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 5 }] });
    const responses = await Promise.all(Array.from({ length: 30 }, () => t.request({
      method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] },
    })));
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(5);
    expect(responses.filter((response) => response.statusCode === 422)).toHaveLength(25);
    const held = await t.database.db.selectFrom('claim_lines').innerJoin('claims', (join) => join.onRef('claims.store_id', '=', 'claim_lines.store_id').onRef('claims.id', '=', 'claim_lines.claim_id'))
      .select((eb) => eb.fn.sum<number>('claim_lines.quantity').as('quantity'))
      .where('claim_lines.order_item_id', '=', order.items[0].id).where('claims.holds_quantity', '=', true).executeTakeFirstOrThrow();
    expect(Number(held.quantity)).toBe(5);
  });

  it('lets exactly one of a concurrent approve and reject win', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    for (let round = 0; round < 5; round += 1) {
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: order.items[0].id }] });
      const [approve, reject] = await Promise.all([
        t.request({ method: 'POST', url: `/v1/claims/${claim.id}/approve`, key: store.merchantKey }),
        t.request({ method: 'POST', url: `/v1/claims/${claim.id}/reject`, key: store.merchantKey, body: { reason: 'no' } }),
      ]);
      expect([approve.statusCode, reject.statusCode].sort()).toEqual([200, 409]);
      const events = await t.database.db.selectFrom('events').select('type').where('claim_id', '=', claim.id).where('type', '=', 'claim.status_changed').execute();
      expect(events).toHaveLength(1);
      const final = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json();
      expect(final.status).toBe(approve.statusCode === 200 ? 'approved' : 'rejected');
      // Free the item for the next round.
      expect((await t.request({ method: 'DELETE', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).statusCode).toBe(204);
    }
  });

  it('files one claim for 10 concurrent submits with one Idempotency-Key, and 10 without a key are 10 requests', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 20 }] });
    const body = { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] };
    const keyed = await Promise.all(Array.from({ length: 10 }, () => t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body, headers: { 'idempotency-key': 'double-submit' } })));
    const created = keyed.filter((response) => response.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(keyed.every((response) => response.statusCode === 201 || response.statusCode === 409)).toBe(true);
    expect(new Set(created.map((response) => response.json().id)).size).toBe(1);
    const unkeyed = await Promise.all(Array.from({ length: 10 }, () => t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body })));
    expect(unkeyed.every((response) => response.statusCode === 201)).toBe(true);
    const count = await t.database.db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', order.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(11);
  });
});
