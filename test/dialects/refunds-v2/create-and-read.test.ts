import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { createRefund, dataOf, expectError, givenParties, v2, type Parties } from './given.js';

// Creating and reading refunds through the Refunds v2 door (seed 003): both roles, the
// envelope, ownership as 404s, and every validation rule of the document.

describe.each(DATABASES)('Refunds v2: create and read (%s)', (kind) => {
  const t = useTestApp(kind);

  describe('authentication and roles', () => {
    it('answers 401 in the envelope without a key or with an unknown key', async () => {
      expectError(await v2(t, 'GET', ''), 401, 'API.SECURITY.UNAUTHORIZED');
      expectError(await v2(t, 'GET', '', { key: 'no-such-key' }), 401, 'API.SECURITY.UNAUTHORIZED');
    });

    it('refuses the platform admin key with 403 API.SECURITY.ACCESS_DENIED: it is neither SELLER nor CUSTOMER', async () => {
      expectError(await v2(t, 'GET', '', { key: ADMIN_KEY }), 403, 'API.SECURITY.ACCESS_DENIED');
    });

    it('refuses a write to a read-only key with 403 API.SECURITY.ACCESS_DENIED, and lets it read', async () => {
      const { store, order } = await givenParties(t);
      const issued = await t.request({ method: 'POST', url: '/v1/api-keys', key: ADMIN_KEY, body: { store_id: store.id, role: 'merchant', scopes: ['read_claims'] } });
      expect(issued.statusCode).toBe(201);
      const readOnly = issued.json().key;
      expectError(await v2(t, 'POST', '', { key: readOnly, body: { orderId: order.id, reason: 'r', amount: 1, refundOnly: true } }), 403, 'API.SECURITY.ACCESS_DENIED');
      expect(dataOf(await v2(t, 'GET', '', { key: readOnly }))).toEqual([]);
    });

    it('answers an unknown path below the door in the envelope', async () => {
      const { store } = await givenParties(t);
      expectError(await t.request({ method: 'GET', url: '/compat/refunds-v2/api/v2/nothing', key: store.merchantKey }), 404, 'API');
    });
  });

  describe('POST /api/v2/refunds', () => {
    it('creates a REQUESTED refund for the CUSTOMER on its own order, 201, requester = its name', async () => {
      const { order, customerKey } = await givenParties(t);
      const refund = await createRefund(t, customerKey, order.id, { amount: 12.5, refundOnly: false });
      expect(refund).toMatchObject({
        order: order.id, requestReason: 'I hate this product', responseReason: null, confirmedAt: null, issuedAt: null,
        amount: 12.5, status: 'REQUESTED', trackingId: null, carrierName: null, refundOnly: false, valid: true,
      });
      expect(Number.isInteger(refund.id)).toBe(true);
      expect(refund.requester).toMatch(/^customer-/);
      expect(refund.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(refund.updatedAt).toBe(refund.createdAt);
    });

    it('lets the SELLER create a refund on its store\'s order; the requester is the seller', async () => {
      const { store, order } = await givenParties(t);
      const refund = await createRefund(t, store.merchantKey, order.id, { amount: 3, refundOnly: true });
      expect(refund).toMatchObject({ status: 'REQUESTED', refundOnly: true, amount: 3, requester: `merchant of ${store.code}` });
    });

    it('converts amounts through the order currency: 0 decimals in JPY, 3 in KWD', async () => {
      const { store } = await givenParties(t);
      const yen = await t.given.order(store, { currency: 'JPY', items: [{ unit_price: 5000 }], shipping_amount: 0 });
      expect((await createRefund(t, store.merchantKey, yen.id, { amount: 1200 })).amount).toBe(1200);
      expectError(await v2(t, 'POST', '', { key: store.merchantKey, body: { orderId: yen.id, reason: 'x', amount: 1.5, refundOnly: true } }), 400, 'API.INVALID_PARAMETER');
      const dinar = await t.given.order(store, { currency: 'KWD', items: [{ unit_price: 10_000 }], shipping_amount: 0 });
      expect((await createRefund(t, store.merchantKey, dinar.id, { amount: 1.255 })).amount).toBe(1.255);
    });

    it('refuses an order of another customer or another store with 404 API.DEPENDENT_ENTITY_NOT_FOUND', async () => {
      const { order, otherOrder, customerKey, otherStore } = await givenParties(t);
      const body = (orderId: number) => ({ orderId, reason: 'r', amount: 1, refundOnly: true });
      expectError(await v2(t, 'POST', '', { key: customerKey, body: body(otherOrder.id) }), 404, 'API.DEPENDENT_ENTITY_NOT_FOUND');
      expectError(await v2(t, 'POST', '', { key: otherStore.merchantKey, body: body(order.id) }), 404, 'API.DEPENDENT_ENTITY_NOT_FOUND');
      expectError(await v2(t, 'POST', '', { key: customerKey, body: body(999_999_999) }), 404, 'API.DEPENDENT_ENTITY_NOT_FOUND');
    });

    it.each([
      ['a zero amount', { amount: 0 }],
      ['a negative amount', { amount: -1 }],
      ['more decimals than the currency has', { amount: 1.005 }],
      ['an amount beyond what was paid', { amount: 15.01 }],
      ['an amount given as a string', { amount: '5' }],
      ['an empty reason', { reason: '  ' }],
      ['a missing refundOnly', { refundOnly: undefined }],
      ['an unknown field', { currency: 'EUR' }],
      ['an orderId given as a string', { orderId: 'abc' }],
    ])('refuses %s with 400 API.INVALID_PARAMETER and writes nothing', async (_name, change) => {
      const { order, customerKey } = await givenParties(t);
      const body = { orderId: order.id, reason: 'broken', amount: 5, refundOnly: true, ...change };
      expectError(await v2(t, 'POST', '', { key: customerKey, body }), 400, 'API.INVALID_PARAMETER');
      expect(dataOf(await v2(t, 'GET', '', { key: customerKey }))).toEqual([]);
    });

    it('refuses a body that is not JSON with 400 API.INVALID_PARAMETER', async () => {
      const { customerKey } = await givenParties(t);
      expectError(await v2(t, 'POST', '', { key: customerKey, body: '{"orderId": 1,' }), 400, 'API.INVALID_PARAMETER');
    });

    it('refunds up to exactly what is still refundable, then refuses the next cent', async () => {
      const { order, customerKey } = await givenParties(t);
      await createRefund(t, customerKey, order.id, { amount: 10 });
      await createRefund(t, customerKey, order.id, { amount: 5 });
      const error = expectError(await v2(t, 'POST', '', { key: customerKey, body: { orderId: order.id, reason: 'r', amount: 0.01, refundOnly: true } }), 400, 'API.INVALID_PARAMETER');
      expect(error.message).toContain('still refundable');
    });

    it('replays a POST sent again with the same Idempotency-Key', async () => {
      const { order, customerKey } = await givenParties(t);
      const body = { orderId: order.id, reason: 'r', amount: 2, refundOnly: true };
      const headers = { 'idempotency-key': 'refund-once' };
      const first = dataOf(await v2(t, 'POST', '', { key: customerKey, body, headers }), 201);
      const again = dataOf(await v2(t, 'POST', '', { key: customerKey, body, headers }), 201);
      expect(again.id).toBe(first.id);
      expect(dataOf(await v2(t, 'GET', '', { key: customerKey }))).toHaveLength(1);
    });
  });

  describe('GET /api/v2/refunds/{id}', () => {
    it('shows a refund to its customer and to its seller', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey }))).toEqual(created);
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: store.merchantKey }))).toEqual(created);
    });

    it('hides a refund from another customer and another store: 404 API.ENTITY_NOT_FOUND', async () => {
      const { order, customerKey, otherCustomerKey, otherStore } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expectError(await v2(t, 'GET', `/${created.id}`, { key: otherCustomerKey }), 404, 'API.ENTITY_NOT_FOUND');
      expectError(await v2(t, 'GET', `/${created.id}`, { key: otherStore.merchantKey }), 404, 'API.ENTITY_NOT_FOUND');
      expectError(await v2(t, 'GET', '/999999999', { key: customerKey }), 404, 'API.ENTITY_NOT_FOUND');
    });

    it('refuses an id that is not an integer with 400 API.INVALID_PARAMETER', async () => {
      const { customerKey } = await givenParties(t);
      expectError(await v2(t, 'GET', '/abc', { key: customerKey }), 400, 'API.INVALID_PARAMETER');
    });
  });

  describe('GET /api/v2/refunds', () => {
    async function threeRefunds(parties: Parties) {
      const { order, customerKey, store, otherOrder } = parties;
      const a = await createRefund(t, customerKey, order.id, { amount: 1 });
      const b = await createRefund(t, customerKey, order.id, { amount: 2 });
      const c = await createRefund(t, store.merchantKey, otherOrder.id, { amount: 3 });
      return [a, b, c];
    }

    it('lists as a plain array in id order; a customer sees only its own, the seller its whole store', async () => {
      const parties = await givenParties(t);
      const [a, b, c] = await threeRefunds(parties);
      expect(dataOf(await v2(t, 'GET', '', { key: parties.customerKey })).map((refund: any) => refund.id)).toEqual([a.id, b.id]);
      expect(dataOf(await v2(t, 'GET', '', { key: parties.otherCustomerKey })).map((refund: any) => refund.id)).toEqual([c.id]);
      expect(dataOf(await v2(t, 'GET', '', { key: parties.store.merchantKey })).map((refund: any) => refund.id)).toEqual([a.id, b.id, c.id]);
      expect(dataOf(await v2(t, 'GET', '', { key: parties.otherStore.merchantKey }))).toEqual([]);
    });

    it('pages with a 0-based page and a size', async () => {
      const parties = await givenParties(t);
      const [a, b, c] = await threeRefunds(parties);
      const ids = async (query: string) => dataOf(await v2(t, 'GET', query, { key: parties.store.merchantKey })).map((refund: any) => refund.id);
      expect(await ids('?page=0&size=2')).toEqual([a.id, b.id]);
      expect(await ids('?page=1&size=2')).toEqual([c.id]);
      expect(await ids('?page=2&size=2')).toEqual([]);
    });

    it('pages 20 by default and at most 100 whatever the size asked', async () => {
      const { store } = await givenParties(t);
      const order = await t.given.order(store, { items: [{ unit_price: 1_000_000 }] });
      await Promise.all(Array.from({ length: 105 }, () => createRefund(t, store.merchantKey, order.id, { amount: 1, refundOnly: true })));
      expect(dataOf(await v2(t, 'GET', '', { key: store.merchantKey }))).toHaveLength(20);
      expect(dataOf(await v2(t, 'GET', '?size=500', { key: store.merchantKey }))).toHaveLength(100);
      expect(dataOf(await v2(t, 'GET', '?size=100&page=1', { key: store.merchantKey }))).toHaveLength(5);
    });

    it('filters by orderId, status and valid', async () => {
      const parties = await givenParties(t);
      const [a, b, c] = await threeRefunds(parties);
      dataOf(await v2(t, 'DELETE', `/${b.id}`, { key: parties.customerKey }));
      const ids = async (query: string) => dataOf(await v2(t, 'GET', query, { key: parties.store.merchantKey })).map((refund: any) => refund.id);
      expect(await ids(`?orderId=${parties.order.id}`)).toEqual([a.id, b.id]);
      expect(await ids('?status=REQUESTED')).toEqual([a.id, c.id]);
      expect(await ids('?status=CANCELLED')).toEqual([b.id]);
      expect(await ids('?valid=false')).toEqual([b.id]);
      expect(await ids(`?valid=true&orderId=${parties.order.id}`)).toEqual([a.id]);
    });

    it('reads the stale PENDING as REQUESTED in the status filter, and never writes it', async () => {
      const parties = await givenParties(t);
      const [a, b, c] = await threeRefunds(parties);
      dataOf(await v2(t, 'DELETE', `/${b.id}`, { key: parties.customerKey }));
      const found = dataOf(await v2(t, 'GET', '?status=PENDING', { key: parties.store.merchantKey }));
      expect(found.map((refund: any) => refund.id)).toEqual([a.id, c.id]);
      expect(found.map((refund: any) => refund.status)).toEqual(['REQUESTED', 'REQUESTED']);
    });

    it('refuses an orderId the caller does not own with 404 API.DEPENDENT_ENTITY_NOT_FOUND', async () => {
      const parties = await givenParties(t);
      expectError(await v2(t, 'GET', `?orderId=${parties.otherOrder.id}`, { key: parties.customerKey }), 404, 'API.DEPENDENT_ENTITY_NOT_FOUND');
      expectError(await v2(t, 'GET', `?orderId=${parties.order.id}`, { key: parties.otherStore.merchantKey }), 404, 'API.DEPENDENT_ENTITY_NOT_FOUND');
    });

    it.each(['?page=-1', '?size=0', '?page=x', '?status=OPEN', '?status=requested', '?valid=maybe', '?orderId=abc', '?status=REQUESTED&status=WAITING'])(
      'refuses %s with 400 API.INVALID_PARAMETER', async (query) => {
        const { customerKey } = await givenParties(t);
        expectError(await v2(t, 'GET', query, { key: customerKey }), 400, 'API.INVALID_PARAMETER');
      },
    );
  });
});
