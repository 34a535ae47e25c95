import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { act, createRefund, dataOf, expectError, givenParties, v2 } from './given.js';

// The life of a refund through PATCH actions and DELETE: SHIP_INIT (the document's, CUSTOMER
// only), the seller extensions CONFIRM, DENY, RECEIVE and ISSUE, the soft cancel, and what
// the native API shows of it all.

describe.each(DATABASES)('Refunds v2: life of a refund (%s)', (kind) => {
  const t = useTestApp(kind);
  const ship = { action: 'SHIP_INIT', trackingId: 'SF1234567890', carrierName: 'SF-Express' };

  async function native(key: string, url: string): Promise<any> {
    const response = await t.request({ method: 'GET', url, key });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  }

  it('goes REQUESTED → WAITING → PROCESSING → ISSUED with a return shipment', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 15, refundOnly: false });

    const confirmed = dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
    expect(confirmed).toMatchObject({ status: 'WAITING', valid: true, trackingId: null });
    expect(confirmed.confirmedAt).not.toBeNull();

    const shipped = dataOf(await act(t, customerKey, created.id, ship));
    expect(shipped).toMatchObject({ status: 'PROCESSING', trackingId: 'SF1234567890', carrierName: 'SF-Express', confirmedAt: confirmed.confirmedAt });

    const received = dataOf(await act(t, store.merchantKey, created.id, { action: 'RECEIVE' }));
    expect(received).toMatchObject({ status: 'PROCESSING', trackingId: 'SF1234567890' });

    const issued = dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }));
    expect(issued).toMatchObject({ status: 'ISSUED', amount: 15, valid: true, trackingId: 'SF1234567890', carrierName: 'SF-Express' });
    expect(issued.issuedAt).not.toBeNull();
    expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey }))).toEqual(issued);
    // A page shows each refund with its tracking just as the single read does.
    for (const key of [customerKey, store.merchantKey]) {
      expect(dataOf(await v2(t, 'GET', `?orderId=${order.id}`, { key }))).toEqual([issued]);
    }

    // The same refund, as the native API shows it, with its claim, parcel and history.
    const refund = await native(store.merchantKey, `/v1/refunds/${created.id}`);
    expect(refund).toMatchObject({ id: created.id, order_id: order.id, amount: 1500, currency: 'EUR', status: 'issued', needs_return: true });
    const claim = await native(store.merchantKey, `/v1/claims/${refund.claim_id}`);
    expect(claim).toMatchObject({ kind: 'return', source: 'refunds-v2', lines: [] });
    expect(claim.return_shipment).toMatchObject({ carrier: 'SF-Express', tracking_number: 'SF1234567890', status: 'received' });
    const events = (await native(store.merchantKey, `/v1/claims/${refund.claim_id}/events`)).data.map((event: any) => event.type);
    expect(events).toEqual(expect.arrayContaining(['claim.created', 'refund.created', 'refund.approved', 'return_shipment.updated', 'refund.processing', 'refund.issued']));
    expect(events.indexOf('refund.created')).toBeLessThan(events.indexOf('refund.issued'));
  });

  it('goes REQUESTED → PROCESSING → ISSUED without a return shipment', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 4.99, refundOnly: true });
    const confirmed = dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
    expect(confirmed).toMatchObject({ status: 'PROCESSING', refundOnly: true });
    expect(confirmed.confirmedAt).not.toBeNull();
    const issued = dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }));
    expect(issued).toMatchObject({ status: 'ISSUED', amount: 4.99, trackingId: null, carrierName: null });
    expect((await native(store.merchantKey, `/v1/refunds/${created.id}`)).status).toBe('issued');
  });

  it('shows a refund created here in the native API at once, with refund.created on its claim', async () => {
    const { order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 2 });
    const refund = await native(customerKey, `/v1/refunds/${created.id}`);
    expect(refund).toMatchObject({ status: 'requested', amount: 200, reason: 'I hate this product', requester: created.requester });
    const events = (await native(customerKey, `/v1/claims/${refund.claim_id}/events`)).data;
    expect(events.find((event: any) => event.type === 'refund.created')?.data).toMatchObject({ refund_id: created.id, amount_minor: 200 });
  });

  describe('SHIP_INIT', () => {
    it('from REQUESTED records the parcel and keeps REQUESTED; CONFIRM then waits, RECEIVE moves it on', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const shipped = dataOf(await act(t, customerKey, created.id, ship));
      expect(shipped).toMatchObject({ status: 'REQUESTED', trackingId: 'SF1234567890', carrierName: 'SF-Express', confirmedAt: null });
      // Only the parcel changed, and updatedAt says so.
      expect(Date.parse(shipped.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      // Shipping again before the money moves corrects the tracking.
      expect(dataOf(await act(t, customerKey, created.id, { ...ship, trackingId: 'SF999' }))).toMatchObject({ status: 'REQUESTED', trackingId: 'SF999' });
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }))).toMatchObject({ status: 'WAITING', trackingId: 'SF999' });
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'RECEIVE' }))).toMatchObject({ status: 'PROCESSING' });
    });

    it('is for the CUSTOMER only: the seller gets 403 API.SECURITY.ACCESS_DENIED and nothing changes', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
      expectError(await act(t, store.merchantKey, created.id, ship), 403, 'API.SECURITY.ACCESS_DENIED');
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey }))).toMatchObject({ status: 'WAITING', trackingId: null });
    });

    it('refuses a refundOnly refund with 400 API.OPERATION_UNSUPPORTED', async () => {
      const { order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id, { refundOnly: true });
      expectError(await act(t, customerKey, created.id, ship), 400, 'API.OPERATION_UNSUPPORTED');
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey }))).toMatchObject({ status: 'REQUESTED', trackingId: null });
    });

    it('refuses a refund whose money already moves or that is over: 400 API.REJECTED_BY_ENTITY', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const processing = await createRefund(t, customerKey, order.id, { amount: 1 });
      dataOf(await act(t, store.merchantKey, processing.id, { action: 'CONFIRM' }));
      dataOf(await act(t, customerKey, processing.id, ship));
      expectError(await act(t, customerKey, processing.id, { ...ship, trackingId: 'OTHER' }), 400, 'API.REJECTED_BY_ENTITY');
      const cancelled = await createRefund(t, customerKey, order.id, { amount: 1 });
      dataOf(await v2(t, 'DELETE', `/${cancelled.id}`, { key: customerKey }));
      expectError(await act(t, customerKey, cancelled.id, ship), 400, 'API.REJECTED_BY_ENTITY');
    });

    it('needs trackingId and carrierName: 400 API.INVALID_PARAMETER', async () => {
      const { order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expectError(await act(t, customerKey, created.id, { action: 'SHIP_INIT', carrierName: 'SF' }), 400, 'API.INVALID_PARAMETER');
      expectError(await act(t, customerKey, created.id, { action: 'SHIP_INIT', trackingId: 'X' }), 400, 'API.INVALID_PARAMETER');
      expectError(await act(t, customerKey, created.id, { ...ship, trackingId: '' }), 400, 'API.INVALID_PARAMETER');
    });

    it('hides another customer\'s refund: 404 API.ENTITY_NOT_FOUND, not 403', async () => {
      const { order, customerKey, otherCustomerKey, otherStore } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expectError(await act(t, otherCustomerKey, created.id, ship), 404, 'API.ENTITY_NOT_FOUND');
      expectError(await act(t, otherStore.merchantKey, created.id, { action: 'CONFIRM' }), 404, 'API.ENTITY_NOT_FOUND');
      expectError(await act(t, otherCustomerKey, created.id, { action: 'CONFIRM' }), 404, 'API.ENTITY_NOT_FOUND');
    });
  });

  describe('seller actions', () => {
    it('DENY records the responseReason: REQUESTED → DENIED, no longer promising money', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id, { amount: 15 });
      const denied = dataOf(await act(t, store.merchantKey, created.id, { action: 'DENY', responseReason: 'Used product' }));
      expect(denied).toMatchObject({ status: 'DENIED', responseReason: 'Used product', valid: true });
      // The denied 15.00 is refundable again.
      await createRefund(t, customerKey, order.id, { amount: 15 });
    });

    it('DENY works from WAITING too, and needs a responseReason', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
      expectError(await act(t, store.merchantKey, created.id, { action: 'DENY' }), 400, 'API.INVALID_PARAMETER');
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'DENY', responseReason: 'no' }))).toMatchObject({ status: 'DENIED' });
    });

    it.each(['CONFIRM', 'DENY', 'RECEIVE', 'ISSUE'])('refuses %s from the CUSTOMER with 403 API.SECURITY.ACCESS_DENIED', async (action) => {
      const { order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expectError(await act(t, customerKey, created.id, { action, responseReason: 'r' }), 403, 'API.SECURITY.ACCESS_DENIED');
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey })).status).toBe('REQUESTED');
    });

    it('refuses an action the state does not allow with 400 API.REJECTED_BY_ENTITY', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id, { refundOnly: true });
      dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
      expectError(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }), 400, 'API.REJECTED_BY_ENTITY');
      expectError(await act(t, store.merchantKey, created.id, { action: 'DENY', responseReason: 'late' }), 400, 'API.REJECTED_BY_ENTITY');
      dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }));
      expectError(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }), 400, 'API.REJECTED_BY_ENTITY');
    });

    it('RECEIVE on a refundOnly refund is 400 API.OPERATION_UNSUPPORTED; on a cancelled one 400 API.REJECTED_BY_ENTITY', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const moneyOnly = await createRefund(t, customerKey, order.id, { refundOnly: true, amount: 1 });
      expectError(await act(t, store.merchantKey, moneyOnly.id, { action: 'RECEIVE' }), 400, 'API.OPERATION_UNSUPPORTED');
      const cancelled = await createRefund(t, customerKey, order.id, { amount: 1 });
      dataOf(await v2(t, 'DELETE', `/${cancelled.id}`, { key: store.merchantKey }));
      expectError(await act(t, store.merchantKey, cancelled.id, { action: 'RECEIVE' }), 400, 'API.REJECTED_BY_ENTITY');
    });

    it('RECEIVE before CONFIRM keeps REQUESTED; after CONFIRM the seller issues', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'RECEIVE' }))).toMatchObject({ status: 'REQUESTED' });
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }))).toMatchObject({ status: 'WAITING' });
      expect(dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }))).toMatchObject({ status: 'ISSUED' });
    });

    it('RECEIVE twice is refused with 400 API.REJECTED_BY_ENTITY', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
      dataOf(await act(t, store.merchantKey, created.id, { action: 'RECEIVE' }));
      expectError(await act(t, store.merchantKey, created.id, { action: 'RECEIVE' }), 400, 'API.REJECTED_BY_ENTITY');
    });

    it.each([['an unknown action', { action: 'REFUND' }], ['a lower-case action', { action: 'confirm' }], ['a missing action', {}], ['an unknown field', { action: 'CONFIRM', note: 'x' }]])(
      'refuses %s with 400 API.INVALID_PARAMETER', async (_name, body) => {
        const { store, order, customerKey } = await givenParties(t);
        const created = await createRefund(t, customerKey, order.id);
        expectError(await act(t, store.merchantKey, created.id, body), 400, 'API.INVALID_PARAMETER');
      },
    );
  });

  describe('DELETE /api/v2/refunds/{id}', () => {
    it('cancels a REQUESTED refund for its customer: 200, CANCELLED and valid false', async () => {
      const { order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id, { amount: 15 });
      const cancelled = dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }));
      expect(cancelled).toMatchObject({ id: created.id, status: 'CANCELLED', valid: false });
      // The cancelled 15.00 is refundable again.
      await createRefund(t, customerKey, order.id, { amount: 15 });
    });

    it('cancels a WAITING refund for the seller', async () => {
      const { store, order, customerKey } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
      expect(dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: store.merchantKey }))).toMatchObject({ status: 'CANCELLED', valid: false });
    });

    it.each([['PROCESSING', ['CONFIRM']], ['ISSUED', ['CONFIRM', 'ISSUE']], ['DENIED', ['DENY']], ['CANCELLED', ['CANCEL']]])(
      'refuses to cancel a %s refund with 400 API.REJECTED_BY_ENTITY', async (status, steps) => {
        const { store, order, customerKey } = await givenParties(t);
        const created = await createRefund(t, customerKey, order.id, { refundOnly: true });
        for (const step of steps) {
          if (step === 'CANCEL') dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }));
          else dataOf(await act(t, store.merchantKey, created.id, { action: step, responseReason: 'no' }));
        }
        expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey })).status).toBe(status);
        expectError(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }), 400, 'API.REJECTED_BY_ENTITY');
        expectError(await v2(t, 'DELETE', `/${created.id}`, { key: store.merchantKey }), 400, 'API.REJECTED_BY_ENTITY');
      },
    );

    it('hides another customer\'s or store\'s refund: 404 API.ENTITY_NOT_FOUND', async () => {
      const { order, customerKey, otherCustomerKey, otherStore } = await givenParties(t);
      const created = await createRefund(t, customerKey, order.id);
      expectError(await v2(t, 'DELETE', `/${created.id}`, { key: otherCustomerKey }), 404, 'API.ENTITY_NOT_FOUND');
      expectError(await v2(t, 'DELETE', `/${created.id}`, { key: otherStore.merchantKey }), 404, 'API.ENTITY_NOT_FOUND');
      expect(dataOf(await v2(t, 'GET', `/${created.id}`, { key: customerKey })).status).toBe('REQUESTED');
    });
  });
});
