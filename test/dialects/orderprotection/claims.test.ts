import { describe, expect, it } from 'vitest';
import { DATABASES } from '../../support/databases.js';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { fileClaim as fileNativeClaim, tableCounts } from '../../support/claims.js';
import { expectStatus, fileOpClaim, op, tokenFor } from './support.js';

describe.each(DATABASES)('OrderProtection claims (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  let other: StoreFixture;
  let order: any;

  it('sets up two stores', async () => {
    store = await t.given.store({ currency: 'USD' });
    other = await t.given.store({ currency: 'USD' });
    order = await t.given.order(store, {
      number: 'ORD-1', external_id: 'SHOP-1', shipping_amount: 500,
      items: [{ quantity: 50, unit_price: 5000, external_id: 'line-a' }, { quantity: 1, unit_price: 0, external_id: 'line-b' }],
    });
  });

  describe('filing', () => {
    it('files several issue types as one MULTIPLE claim and keeps each line\'s type', async () => {
      const id = expectStatus(await op(t, 'POST', '/v1/claims/SHOP-1', store.merchantKey, {
        email: 'buyer@example.com',
        fulfillmentIssues: [{ fulfillmentSourceId: 'F-1', issues: [
          { issueType: 'DAMAGED', sourceItemId: 'line-a', quantity: 1, details: 'dented' },
          { issueType: 'MISSING_ITEM', sourceItemId: order.items[1].uuid },
        ] }],
        resolution: { desiredMethod: 'RESHIP', customerSignature: 'https://cdn.example.com/sig.png' },
      }), 201).id;
      const claim = expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200);
      expect(claim.claimType).toBe('MULTIPLE');
      expect(claim.claimItems.map((item: any) => [item.itemId, item.quantity, item.issueType])).toEqual([['line-a', 1, 'DAMAGED'], ['line-b', 1, 'MISSING_ITEM']]);
      expect(claim.resolutionRequested).toBe('RESHIP');
      expect(claim.documents.map((document: any) => document.documentType)).toEqual(['SIGNATURE']);

      // The native API sees the same claim, filed through this door.
      const native = expectStatus(await t.request({ method: 'GET', url: `/v1/claims/${id}`, key: store.merchantKey }), 200);
      expect(native).toMatchObject({ uuid: id, kind: 'incident', type: 'multiple', status: 'new', source: 'orderprotection', resolution_requested: 'RESHIP' });
      expect(native.attributes).toMatchObject({ salesChannel: 'ONLINE', claimCategory: 'SHIPPING' });
      expect(native.lines.map((line: any) => line.issue_type)).toEqual(['damaged', 'missing_item']);
    });

    it('files an offline claim and echoes its payload', async () => {
      const body = {
        sourceOrderId: 'SHOP-1', customer: { email: 'walkin@example.com', phoneNumber: '+15550100' }, storeId: store.code, signature: '',
        salesChannel: 'IN_STORE', claimCategory: 'WARRANTY', issueType: 'DEFECTIVE_ITEM', resolution: 'REFUND',
        item: { sourceItemId: 'line-a', quantity: 1, name: 'Item 1', images: ['https://cdn.example.com/broken.jpg'], details: 'stopped working' },
        warranty: { receiptImages: ['https://cdn.example.com/receipt.jpg'], warrantyPeriod: 'P1Y' },
      };
      const response = await op(t, 'POST', '/v1/claims/offline', store.merchantKey, body);
      const created = expectStatus(response, 201);
      expect(created).toEqual({ status: 'ok', id: expect.any(String), payload: body });
      const claim = expectStatus(await op(t, 'GET', `/v1/claims/${created.id}`, store.merchantKey), 200);
      expect(claim).toMatchObject({ claimType: 'DEFECTIVE_ITEM', authorEmail: 'walkin@example.com', resolutionRequested: 'REFUND', claimDescription: 'stopped working' });
      expect(claim.documents.map((document: any) => document.documentType).sort()).toEqual(['PHOTO', 'RECEIPT']);
    });

    it('replays a POST with the same Idempotency-Key instead of filing twice', async () => {
      const request = () => t.request({
        method: 'POST', url: '/compat/orderprotection/v1/claims/SHOP-1', key: store.merchantKey, headers: { 'idempotency-key': 'op-claim-1' },
        body: { email: 'buyer@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'STOLEN', sourceItemId: 'line-a', quantity: 1 }] }] },
      });
      const first = expectStatus(await request(), 201);
      const before = await tableCounts(t);
      const again = await request();
      expect(again.json()).toEqual(first);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await tableCounts(t)).toEqual(before);
    });

    it('refuses bad input in its error shape and writes nothing', async () => {
      const before = await tableCounts(t);
      const cases: Array<[unknown, string, number]> = [
        [{ fulfillmentIssues: [] }, '/claims/SHOP-1', 400],
        [{ email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'ABDUCTED' }] }] }, '/claims/SHOP-1', 400],
        [{ email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED', sourceItemId: 'nope' }] }] }, '/claims/SHOP-1', 400],
        [{ email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED', sourceItemId: 'line-b', quantity: 5 }] }] }, '/claims/SHOP-1', 422],
        [{ email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED' }] }] }, '/claims/NO-SUCH-ORDER', 404],
        [{ email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'DAMAGED' }] }], surprise: true }, '/claims/SHOP-1', 400],
      ];
      for (const [body, path, status] of cases) {
        const response = await op(t, 'POST', `/v1${path}`, store.merchantKey, body);
        expect(response.statusCode, response.body).toBe(status);
        expect(Object.keys(response.json()).sort()).toEqual(['error', 'message', 'statusCode']);
        expect(response.json().statusCode).toBe(status);
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it('answers an unknown route and an unknown claim with its own 404', async () => {
      expect((await op(t, 'GET', '/v1/nothing', store.merchantKey)).json()).toEqual({ statusCode: 404, message: 'Cannot GET /compat/orderprotection/v1/nothing', error: 'Not Found' });
      expect((await op(t, 'GET', '/v1/claims/not-a-claim', store.merchantKey)).json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect((await op(t, 'GET', '/v1/orders/NO-SUCH-ORDER/claims', store.merchantKey)).statusCode).toBe(404);
    });
  });

  describe('money', () => {
    it('books a REFUND resolution in the ledger and never refunds more than was paid', async () => {
      const fresh = await t.given.order(store, { shipping_amount: 500, items: [{ quantity: 1, unit_price: 10_000, external_id: 'm-1' }] });
      const id = await fileOpClaim(t, store.merchantKey, fresh.number, { sourceItemId: 'm-1' });
      const first = expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: 'REFUND', paidValue: 100, includeShipping: true, shippingAmount: 4.5 }), 201);
      expect(first).toMatchObject({ paidValue: 100, paidCurrency: 'USD', shippingAmount: 4.5, includeShipping: true });
      const over = await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: 'REFUND', paidValue: 5.01 });
      expect(over.statusCode).toBe(422);
      expect(over.json()).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
      expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: 'REFUND', paidValue: 5 }), 201);
      const native = expectStatus(await t.request({ method: 'GET', url: `/v1/claims/${id}`, key: store.merchantKey }), 200);
      expect(native.refunds.map((refund: any) => [refund.amount, refund.status])).toEqual([[10_000, 'issued'], [500, 'issued']]);
    });

    it('refuses an amount finer than the currency allows', async () => {
      const id = await fileOpClaim(t, store.merchantKey, 'SHOP-1', { sourceItemId: 'line-a', quantity: 1 });
      const response = await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: 'REFUND', paidValue: 1.005 });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('paidValue');
    });

    it('issues a store credit in decimal amounts', async () => {
      const id = await fileOpClaim(t, store.merchantKey, 'SHOP-1', { sourceItemId: 'line-a', quantity: 1 });
      const credit = expectStatus(await op(t, 'POST', `/v1/claims/${id}/store-credits`, store.merchantKey, { creditType: 'GIFT_CARD', creditValue: 25.5, bonusValue: 2.5 }), 201);
      expect(credit).toMatchObject({ claimId: id, creditType: 'GIFT_CARD', creditValue: 25.5, bonusValue: 2.5, totalValue: 28, creditCurrency: 'USD', bonusType: 'FIXED' });
      expect(expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200).storeCredits).toEqual([credit]);
    });
  });

  describe('claims filed elsewhere', () => {
    it('shows a native claim with the nearest state', async () => {
      const native = await fileNativeClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
      const seen = async () => expectStatus(await op(t, 'GET', `/v1/claims/${native.uuid}`, store.merchantKey), 200);
      expect(await seen()).toMatchObject({ claimState: 'NEW', claimType: null, externalSource: 'native', sourceOrderId: 'SHOP-1' });
      expectStatus(await t.request({ method: 'POST', url: `/v1/claims/${native.uuid}/transitions`, key: store.merchantKey, body: { to: 'confirmed' } }), 200);
      expect((await seen()).claimState).toBe('APPROVED');
      expectStatus(await t.request({ method: 'POST', url: `/v1/claims/${native.uuid}/transitions`, key: store.merchantKey, body: { to: 'cancelled' } }), 200);
      expect((await seen()).claimState).toBe('CLOSED');
    });

    it('hides internal notes and shows the merchant as the brand', async () => {
      const id = await fileOpClaim(t, store.merchantKey, 'SHOP-1', { sourceItemId: 'line-a', quantity: 1 });
      expectStatus(await t.request({ method: 'POST', url: `/v1/claims/${id}/messages`, key: store.merchantKey, body: { body: 'note to self', internal: true } }), 201);
      expectStatus(await t.request({ method: 'POST', url: `/v1/claims/${id}/messages`, key: store.merchantKey, body: { body: 'we are on it' } }), 201);
      const messages = expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200).claimMessages;
      expect(messages.map((message: any) => [message.senderType, message.message])).toEqual([['brand', 'we are on it']]);
    });
  });

  describe('tenancy', () => {
    it('shows another store nothing: 404, never 403', async () => {
      const id = await fileOpClaim(t, store.merchantKey, 'SHOP-1', { sourceItemId: 'line-a', quantity: 1 });
      const token = await tokenFor(t, other, ['manage_claims']);
      for (const key of [other.merchantKey, token]) {
        expect((await op(t, 'GET', `/v1/claims/${id}`, key)).statusCode).toBe(404);
        expect((await op(t, 'PATCH', `/v1/claims/${id}`, key, { claimState: 'OPEN' })).statusCode).toBe(404);
        expect((await op(t, 'POST', `/v1/claims/${id}/messages`, key, { message: 'hi', senderType: 'brand', authorName: 'Eve' })).statusCode).toBe(404);
        expect((await op(t, 'POST', `/v1/claims/${id}/resolutions`, key, { resolutionType: 'RESHIP' })).statusCode).toBe(404);
        expect((await op(t, 'GET', '/v1/orders/SHOP-1/claims', key)).statusCode).toBe(404);
        expect((await op(t, 'POST', '/v1/claims/SHOP-1', key, { email: 'e@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'STOLEN' }] }] })).statusCode).toBe(404);
        expect(expectStatus(await op(t, 'GET', `/v1/claims?sourceOrderId=SHOP-1`, key), 200).edges).toEqual([]);
      }
      expect(expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200).claimState).toBe('NEW');
    });

    it('lets no store delete another store\'s OAuth client', async () => {
      const client = expectStatus(await t.request({ method: 'POST', url: '/v1/oauth-clients', key: store.merchantKey, body: { scopes: ['read_claims'] } }), 201);
      expect((await t.request({ method: 'DELETE', url: `/v1/oauth-clients/${client.id}`, key: other.merchantKey })).statusCode).toBe(404);
      const listed = expectStatus(await t.request({ method: 'GET', url: '/v1/oauth-clients', key: other.merchantKey }), 200);
      expect(listed.data.map((row: any) => row.id)).not.toContain(client.id);
    });
  });
});
