import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';

// The invariants hold when the racing requests come through different doors at once: every
// door writes through the same use cases, so they share the same locks. (test/core/
// concurrency.test.ts races the native API against itself.) Rounds repeat with
// RECOURSE_RACE_ROUNDS for the soak run.

const ROUNDS = Number(process.env.RECOURSE_RACE_ROUNDS ?? 1);
const OP = '/compat/orderprotection/v1';
const V2 = '/compat/refunds-v2/api/v2/refunds';

describe.each(DATABASES)('races across doors (%s)', (kind) => {
  const t = useTestApp(kind, { poolMax: 20 });

  it('keeps refunds through the native, Refunds v2 and OrderProtection doors within what was paid', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const store = await t.given.store({ currency: 'USD' });
      const order = await t.given.order(store, { external_id: `SHOP-R${round}`, items: [{ quantity: 5, unit_price: 2000, external_id: 'line-a' }], shipping_amount: 500 }); // paid 10,500
      const native = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 2 }] });
      const filed = await t.request({
        method: 'POST', url: `${OP}/claims/SHOP-R${round}`, key: store.merchantKey,
        body: { email: 'buyer@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED', sourceItemId: 'line-a', quantity: 3 }] }] },
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const attempts = Array.from({ length: 45 }, (_, index) => {
        if (index % 3 === 0) return t.request({ method: 'POST', url: `/v1/claims/${native.id}/refunds`, key: store.merchantKey, body: { amount: 700 } });
        if (index % 3 === 1) return t.request({ method: 'POST', url: V2, key: store.merchantKey, body: { orderId: order.id, reason: 'race', amount: 7, refundOnly: true } });
        return t.request({ method: 'POST', url: `${OP}/claims/${filed.json().id}/resolutions`, key: store.merchantKey, body: { resolutionType: 'REFUND', paidValue: 7 } });
      });
      const responses = await Promise.all(attempts);
      for (const response of responses) expect([201, 400, 409, 422], response.body).toContain(response.statusCode);
      const accepted = responses.filter((response) => response.statusCode === 201).length;
      const rows = await t.database.db.selectFrom('refunds').select(['amount_minor']).where('order_id', '=', order.id).execute();
      const refunded = rows.reduce((total, row) => total + row.amount_minor, 0);
      // Every acknowledged refund is booked, none beyond them, and the whole amount paid is reachable.
      expect(rows).toHaveLength(accepted);
      expect(refunded).toBe(accepted * 700);
      expect(refunded).toBe(10_500);
    }
  });

  it('never lets the native and Omnitron doors together cancel more of an item than was ordered', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: 5, fulfillment_status: 'unfulfilled' }] });
      const reason = await t.given.reason(store, { kind: 'cancellation', subject: 'Changed my mind' });
      const itemId = order.items[0].id as number;
      const responses = await Promise.all(Array.from({ length: 24 }, (_, index) => index % 2 === 0
        ? t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: itemId, quantity: 1 }] } })
        : t.request({
          method: 'POST', url: `/compat/omnitron/api/channel/${store.id}/cancellation_requests/`, headers: { authorization: store.merchantKey },
          body: { order_item: itemId, reason: reason.id, description: 'race', cancellation_type: 'cancel', quantity: 1 },
        })));
      for (const response of responses) expect([201, 400, 409, 422], response.body).toContain(response.statusCode);
      expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(5);
      const held = await t.database.db.selectFrom('claim_lines').innerJoin('claims', (join) => join.onRef('claims.store_id', '=', 'claim_lines.store_id').onRef('claims.id', '=', 'claim_lines.claim_id'))
        .select((eb) => eb.fn.sum<number>('claim_lines.quantity').as('quantity'))
        .where('claim_lines.order_item_id', '=', itemId).where('claims.holds_quantity', '=', true).executeTakeFirstOrThrow();
      expect(Number(held.quantity)).toBe(5);
    }
  });

  it('lets exactly one of Seller Center approve, Omnitron reject and a native reject win on one claim', async () => {
    const store = await t.given.store();
    for (let round = 0; round < 3 * ROUNDS; round += 1) {
      const order = await t.given.order(store, { items: [{ quantity: 1, fulfillment_status: 'unfulfilled' }] });
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
      const [approve, omnitronReject, nativeReject] = await Promise.all([
        t.request({ method: 'POST', url: `/compat/seller-center/api/i2/claims/${claim.uuid}/approve/`, headers: { authorization: store.merchantKey } }),
        t.request({ method: 'POST', url: `/compat/omnitron/api/channel/${store.id}/cancellation_requests/${claim.id}/reject/`, headers: { authorization: store.merchantKey } }),
        t.request({ method: 'POST', url: `/v1/claims/${claim.id}/reject`, key: store.merchantKey, body: { reason: 'no' } }),
      ]);
      const answers = [approve, omnitronReject, nativeReject];
      for (const answer of answers) expect(answer.statusCode, answer.body).toBeLessThan(500);
      // Seller Center's approve answers 204, the others 200; a loser is refused in its own door's words.
      expect(answers.filter((answer) => answer.statusCode < 300)).toHaveLength(1);
      if (omnitronReject.statusCode === 400) expect(omnitronReject.json().non_field_errors[0]).toMatch(/already (approved|rejected)\./);
      const events = await t.database.db.selectFrom('events').select('type').where('claim_id', '=', claim.id).where('type', '=', 'claim.status_changed').execute();
      expect(events).toHaveLength(1);
      const final = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json();
      expect(final.status).toBe(approve.statusCode === 204 ? 'approved' : 'rejected');
    }
  });
});
