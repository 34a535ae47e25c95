import { describe, expect, it } from 'vitest';
import { runDueTimers } from '../../src/core/policies/timers-worker.js';
import { useTestApp, type StoreFixture } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { DAY, fakeClock, installPolicy, move } from './support.js';

// Every door shows what the policy decided in its own vocabulary, and refuses a request
// outside the window in its own error shape. Orders are placed on 1 November; the clock
// stands on 5 November, so a 24-hour cancellation window has long closed.

describe.each(DATABASES)('policies through every door (%s)', (kind) => {
  const time = fakeClock('2026-11-05T12:00:00Z');
  const t = useTestApp(kind, { clock: time.clock });

  /** A return claim the deadlines closed because the customer never answered. */
  async function automaticallyClosed(store: StoreFixture) {
    await installPolicy(t, store, { deadlines: { waiting_on_customer: { close_after_days: 3 } } });
    const order = await t.given.order(store);
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    await move(t, store.merchantKey, claim.id, 'waiting_on_customer');
    // The reminder (a day in) and the close (three days in) are both due by then.
    expect(await runDueTimers(t.core, { now: new Date(time.now().getTime() + 3 * DAY) })).toMatchObject({ fired: 2 });
    return { order, claim };
  }

  describe('OrderProtection', () => {
    it('shows an automatic close as CLOSED', async () => {
      const store = await t.given.store();
      const { claim } = await automaticallyClosed(store);
      const response = await t.request({ method: 'GET', url: `/compat/orderprotection/v1/claims/${claim.uuid}`, key: store.merchantKey });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: claim.uuid, claimState: 'CLOSED' });
    });

    it('refuses a claim outside the window with its own error body', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { windows: { incident: { days_after_expected_delivery: 0, expected_delivery_days: 1 } } });
      const order = await t.given.order(store, { items: [{ fulfillment_status: 'shipped' }] });
      const response = await t.request({
        method: 'POST', url: `/compat/orderprotection/v1/claims/${order.number}`, key: store.merchantKey,
        body: { email: 'buyer@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED' }] }] },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toEqual({
        statusCode: 422, error: 'Unprocessable Entity', message: 'the window for a incident on this order ended at 2026-11-03T00:00:00.000Z',
      });
    });
  });

  describe('Seller Center', () => {
    it('shows an automatic close and an automatic approval in its own statuses', async () => {
      const store = await t.given.store();
      const { claim: closed } = await automaticallyClosed(store);
      await installPolicy(t, store, { rules: [{ id: 'approve-returns', when: { kinds: ['return'] }, then: [{ type: 'approve' }] }] });
      const order = await t.given.order(store);
      const approved = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      const response = await t.request({ method: 'GET', url: '/compat/seller-center/api/i2/claims/?limit=100', headers: { authorization: store.merchantKey } });
      expect(response.statusCode).toBe(200);
      const byId = new Map(response.json().results.map((row: any) => [row.id, row.status]));
      // A claim withdrawn for lack of answer is refused in Seller Center's words; an approval is an approval.
      expect(byId.get(closed.uuid)).toBe('rejected');
      expect(byId.get(approved.uuid)).toBe('approved');
    });
  });

  describe('Omnitron', () => {
    const cancellation = (store: StoreFixture, itemId: number, reasonId: number) => t.request({
      method: 'POST', url: `/compat/omnitron/api/channel/${store.id}/cancellation_requests/`, headers: { authorization: store.merchantKey },
      body: { order_item: itemId, reason: reasonId, cancellation_type: 'cancel' },
    });

    it('shows a cancellation approved by a rule as approved', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { rules: [{ id: 'cancel-fast', when: { kinds: ['cancellation'] }, then: [{ type: 'approve' }] }] });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const order = await t.given.order(store, { items: [{ fulfillment_status: 'unfulfilled' }] });
      const created = await cancellation(store, order.items[0].id, reason.id);
      expect(created.statusCode).toBe(201);
      expect(created.json().status).toBe('approved');
    });

    it('refuses a cancellation outside the window with a DRF error', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { windows: { cancellation: { hours_after_order: 24 } } });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const order = await t.given.order(store, { items: [{ fulfillment_status: 'unfulfilled' }] });
      const response = await cancellation(store, order.items[0].id, reason.id);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ code: 'invalid', non_field_errors: ['The window for a cancellation on this order ended at 2026-11-02T10:00:00.000Z.'] });
    });
  });

  describe('Refunds v2', () => {
    it('shows a refund booked by approve_and_refund as WAITING (approved)', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { rules: [{ id: 'refund-small', when: { claimed_amount: { max: 5000 } }, then: [{ type: 'approve_and_refund' }] }] });
      const order = await t.given.order(store);
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      const refundId = claim.refunds[0].id;
      const response = await t.request({ method: 'GET', url: `/compat/refunds-v2/api/v2/refunds/${refundId}`, key: store.merchantKey });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ success: true, data: { status: 'WAITING', amount: 10 } });
    });

    it('refuses a refund request outside the return window in its envelope', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { windows: { return: { days_after_delivery: 0 } } });
      const order = await t.given.order(store);
      time.advance(DAY);
      try {
        const response = await t.request({
          method: 'POST', url: '/compat/refunds-v2/api/v2/refunds', key: store.merchantKey,
          body: { orderId: order.id, reason: 'Too small', amount: 5, refundOnly: true },
        });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ success: false, data: null, error: { type: 'API.REJECTED_BY_ENTITY' } });
      } finally {
        time.set('2026-11-05T12:00:00Z');
      }
    });
  });
});
