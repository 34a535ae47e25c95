import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { fileClaim, givenReturnClaim, tableCounts } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';

describe.each(DATABASES)('the claims engine through /v1 (%s)', (kind) => {
  const t = useTestApp(kind);

  describe('filing', () => {
    it('files a return with a human number, lines, an easy-return code and a claim.created event', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: 2, unit_price: 1999 }] });
      const reason = await t.given.reason(store, { kind: 'return', subject: 'Too small' });
      const claim = await fileClaim(t, store.merchantKey, {
        order_id: order.id, kind: 'return', reason_id: reason.id, description: 'Fits badly',
        lines: [{ order_item_id: order.items[0].id, quantity: 1 }],
        refund_destination: { method: 'iban', iban: 'TR33 0006 1005 1978 6457 8413 26', holder_name: 'Ada Buyer' },
        evidence: [{ url: 'https://img.example.com/1.jpg', kind: 'photo' }],
        attributes: { channel: 'web' },
      });
      expect(claim).toMatchObject({
        id: expect.any(Number), uuid: expect.any(String), number: expect.stringMatching(/^R-\d+$/), status: 'new', kind: 'return',
        reason: { id: reason.id, subject: 'Too small' }, description: 'Fits badly', source: 'native', filed_by: 'merchant',
        author: { name: 'Ada Buyer' }, refund_destination: { method: 'iban', holder_name: 'Ada Buyer' }, attributes: { channel: 'web' },
        lines: [{ order_item_id: order.items[0].id, quantity: 1, sku: 'SKU-1', unit_price: 1999 }],
        attachments: [{ url: 'https://img.example.com/1.jpg', kind: 'photo' }],
        return_shipment: { status: 'pending', easy_return_code: expect.stringMatching(/^ER[A-Z2-9]{10}$/), code_valid_until: expect.any(String) },
        version: 1,
      });
      const events = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/events`, key: store.merchantKey })).json().data;
      expect(events.map((event: { type: string }) => event.type)).toEqual(['claim.created']);
      expect(events[0]).toMatchObject({ actor: { type: 'merchant' }, data: { number: claim.number, status: 'new' } });
    });

    it('answers a filing with exactly what a read of the new claim shows', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: 3, fulfillment_status: 'shipped' }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
      const reason = await t.given.reason(store, { kind: 'return', subject: 'Broken' });
      const filings = [
        {
          order_id: order.id, kind: 'return', reason_id: reason.id, description: 'Cracked',
          lines: [{ order_item_id: order.items[0].id, quantity: 2, issue_type: 'damaged', details: 'corner' }],
          evidence: [{ url: 'https://img.example.com/a.jpg', kind: 'photo' }, { url: 'https://img.example.com/b.pdf', kind: 'receipt' }],
          author: { name: 'Someone Else', email: 'else@example.com' }, attributes: { channel: 'app' },
        },
        { order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: order.items[1].id }] },
        { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] },
      ];
      for (const body of filings) {
        const filed = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body });
        expect(filed.statusCode, filed.body).toBe(201);
        const read = await t.request({ method: 'GET', url: `/v1/claims/${filed.json().id}`, key: store.merchantKey });
        expect(filed.json()).toEqual(read.json());
        expect(filed.headers.etag).toBe(read.headers.etag);
      }
    });

    it('reads a claim by id, uuid or number', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      for (const ref of [claim.id, claim.uuid, claim.number]) {
        const response = await t.request({ method: 'GET', url: `/v1/claims/${ref}`, key: store.merchantKey });
        expect(response.statusCode).toBe(200);
        expect(response.json().id).toBe(claim.id);
        expect(response.headers.etag).toBe('"1"');
      }
    });

    it('allows cancellation only before shipment and a return only after, changing nothing when it refuses', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ fulfillment_status: 'unfulfilled' }, { fulfillment_status: 'shipped' }] });
      const before = await tableCounts(t);
      const lateCancel = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: order.items[1].id }] } });
      expect(lateCancel.statusCode).toBe(422);
      expect(lateCancel.json()).toMatchObject({ code: 'item_not_eligible', orderItemId: order.items[1].id, fulfillmentStatus: 'shipped' });
      const earlyReturn = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] } });
      expect(earlyReturn.statusCode).toBe(422);
      expect(await tableCounts(t)).toEqual(before);
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: order.items[0].id }] });
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[1].id }] });
    });

    it('never claims more than was ordered, and gives quantities back when a claim is rejected', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: 2 }] });
      const item = order.items[0].id;
      const first = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item, quantity: 2 }] });
      const over = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: item, quantity: 1 }] } });
      expect(over.statusCode).toBe(422);
      expect(over.json()).toMatchObject({ code: 'quantity_exceeds_claimable', claimableQuantity: 0, requested: 1 });
      await t.request({ method: 'POST', url: `/v1/claims/${first.id}/reject`, key: store.merchantKey, body: { reason: 'not ours' } });
      const again = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item }] });
      expect(again.lines[0].quantity).toBe(2);
    });

    it("enforces the reason's kind, description and evidence", async () => {
      const store = await t.given.store();
      const order = await t.given.order(store);
      const cancelReason = await t.given.reason(store, { kind: 'cancellation' });
      const strict = await t.given.reason(store, { kind: 'return', requires_description: true, requires_evidence: true });
      const base = { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] };
      expect((await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { ...base, reason_id: cancelReason.id } })).json().code).toBe('reason_not_usable');
      expect((await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { ...base, reason_id: strict.id } })).json().code).toBe('description_required');
      expect((await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { ...base, reason_id: strict.id, description: 'torn' } })).json().code).toBe('evidence_required');
      await fileClaim(t, store.merchantKey, { ...base, reason_id: strict.id, description: 'torn', evidence: [{ url: 'https://x.example/p.jpg', kind: 'photo' }] });
    });
  });

  describe('actions', () => {
    it('approves, ships back, receives, refunds, completes, closes and archives, with an event for each step', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const key = store.merchantKey;
      const post = async (path: string, body?: unknown) => {
        const response = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}${path}`, key, body });
        expect(response.statusCode, `${path}: ${response.body}`).toBeLessThan(300);
        return response.json();
      };
      expect((await post('/approve', { note: 'looks right' })).status).toBe('approved');
      const shipped = await post('/return-shipment', { carrier: 'yurtici', tracking_number: 'YT123', tracking_url: 'https://track.example/YT123' });
      expect(shipped).toMatchObject({ status: 'in_return_transit', return_shipment: { status: 'in_transit', carrier: 'yurtici', tracking_number: 'YT123' } });
      expect((await post('/return-shipment/received')).status).toBe('received');
      const refund = await post('/refunds', { amount: 1000, reason: 'returned' });
      expect(refund).toMatchObject({ status: 'requested', amount: 1000, currency: 'EUR' });
      const issued = await t.request({ method: 'POST', url: `/v1/refunds/${refund.id}/issue`, key });
      expect(issued.json()).toMatchObject({ status: 'issued', issued_at: expect.any(String) });
      expect((await post('/complete')).status).toBe('completed');
      expect((await post('/close')).status).toBe('closed');
      const archived = await post('/archive');
      expect(archived).toMatchObject({ status: 'archived', allowed_transitions: [], refunds: [{ status: 'issued' }] });

      const events = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/events`, key })).json().data;
      expect(events.map((event: { type: string }) => event.type)).toEqual([
        'claim.created',
        'claim.status_changed', 'claim.approved',
        'return_shipment.updated', 'claim.status_changed',
        'return_shipment.updated', 'claim.status_changed',
        'refund.created', 'refund.issued',
        'claim.status_changed', 'claim.completed',
        'claim.status_changed', 'claim.closed',
        'claim.status_changed',
      ]);
      expect(events[1]).toMatchObject({ data: { from: 'new', to: 'approved', note: 'looks right' }, actor: { type: 'merchant' } });
    });

    it('refuses a forbidden transition naming both states, and writes nothing', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/reject`, key: store.merchantKey, body: { reason: 'no' } });
      const before = await tableCounts(t);
      const response = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/approve`, key: store.merchantKey });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'transition_not_allowed', from: 'rejected', to: 'approved', detail: 'a claim cannot move from rejected to approved' });
      expect(await tableCounts(t)).toEqual(before);
    });

    it('keeps the rejection reason and images on the claim and in its events', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const rejected = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/reject`, key: store.merchantKey, body: { reason: 'Used item', images: ['https://img.example.com/used.jpg'] } })).json();
      expect(rejected).toMatchObject({ status: 'rejected', decision: 'rejected', rejection: { reason: 'Used item', images: ['https://img.example.com/used.jpg'] } });
      const events = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/events`, key: store.merchantKey })).json().data;
      expect(events.find((event: { type: string }) => event.type === 'claim.rejected').data).toMatchObject({ rejection_reason: 'Used item', rejection_images: ['https://img.example.com/used.jpg'] });
    });

    it('moves through the generic transitions endpoint, e.g. waiting on the customer and back on their reply', async () => {
      const store = await t.given.store();
      const { order, claim } = await givenReturnClaim(t, store);
      const waiting = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/transitions`, key: store.merchantKey, body: { to: 'waiting_on_customer' } });
      expect(waiting.json().status).toBe('waiting_on_customer');
      const customerKey = await t.given.customerKey(store, order.customer.id);
      const reply = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: customerKey, body: { body: 'Here is the photo', attachments: ['https://img.example.com/2.jpg'] } });
      expect(reply.statusCode).toBe(201);
      expect(reply.json()).toMatchObject({ sender_type: 'customer', internal: false });
      expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json().status).toBe('waiting_on_merchant');
    });

    it('hides internal notes from the customer and lets a customer only cancel its own claim', async () => {
      const store = await t.given.store();
      const { order, claim } = await givenReturnClaim(t, store);
      await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: 'Customer is a repeat returner', internal: true } });
      await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: 'We are looking at it' } });
      const customerKey = await t.given.customerKey(store, order.customer.id);
      const seen = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: customerKey })).json();
      expect(seen.messages.map((message: { body: string }) => message.body)).toEqual(['We are looking at it']);
      expect((await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: customerKey, body: { body: 'x', internal: true } })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/approve`, key: customerKey })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: customerKey, body: { amount: 100, status: 'issued' } })).statusCode).toBe(403);
      const cancelled = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/cancel`, key: customerKey });
      expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    });

    it('books an issued refund for a REFUND resolution with a paid value, within the ledger', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store, { quantity: 1, unit_price: 1000 });
      const resolution = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/resolutions`, key: store.merchantKey, body: { type: 'REFUND', paid_value: 1200, paid_currency: 'EUR', include_shipping: true, shipping_amount: 200, details: 'full refund' } });
      expect(resolution.statusCode).toBe(201);
      expect(resolution.json()).toMatchObject({ type: 'REFUND', outcome: 'approval', paid_value: 1200, refund_id: expect.any(Number), claim_status: 'new' });
      const over = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/resolutions`, key: store.merchantKey, body: { type: 'REFUND', paid_value: 400 } });
      expect(over.statusCode).toBe(422);
      expect(over.json()).toMatchObject({ code: 'refund_exceeds_paid', availableMinor: 300 });
      const denial = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/resolutions`, key: store.merchantKey, body: { type: 'POTENTIAL_FRAUD' } });
      expect(denial.json()).toMatchObject({ outcome: 'denial', refund_id: null });
      const details = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json();
      expect(details.refunds).toMatchObject([{ amount: 1200, status: 'issued' }]);
      expect(details.resolutions).toHaveLength(2);
    });

    it('issues store credits with unique codes', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const credit = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/store-credits`, key: store.merchantKey, body: { type: 'gift_card', value: 1500, bonus: 500, code: 'GIFT-0001' } });
      expect(credit.statusCode).toBe(201);
      expect(credit.json()).toMatchObject({ type: 'gift_card', code: 'GIFT-0001', value: 1500, bonus: 500, currency: 'EUR' });
      const duplicate = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/store-credits`, key: store.merchantKey, body: { type: 'gift_card', value: 1, code: 'GIFT-0001' } });
      expect(duplicate.statusCode).toBe(409);
    });

    it('denies and cancels refunds only from states that allow it', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const refund = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 500 } })).json();
      const denied = await t.request({ method: 'POST', url: `/v1/refunds/${refund.id}/deny`, key: store.merchantKey, body: { response_reason: 'outside window' } });
      expect(denied.json()).toMatchObject({ status: 'denied', response_reason: 'outside window', denied_at: expect.any(String) });
      const cancel = await t.request({ method: 'POST', url: `/v1/refunds/${refund.id}/cancel`, key: store.merchantKey });
      expect(cancel.statusCode).toBe(409);
      expect(cancel.json()).toMatchObject({ code: 'transition_not_allowed', entity: 'refund', from: 'denied', to: 'cancelled' });
    });

    it('edits fields, soft-deletes and hides the deleted claim', async () => {
      const store = await t.given.store();
      const { order, claim } = await givenReturnClaim(t, store, { quantity: 3 });
      const edited = await t.request({ method: 'PATCH', url: `/v1/claims/${claim.id}`, key: store.merchantKey, body: { description: 'updated', quantity: 3, attributes: { a: 1 } } });
      expect(edited.json()).toMatchObject({ description: 'updated', lines: [{ quantity: 3 }], attributes: { a: 1 }, version: 2 });
      const tooMany = await t.request({ method: 'PATCH', url: `/v1/claims/${claim.id}`, key: store.merchantKey, body: { quantity: 4 } });
      expect(tooMany.statusCode).toBe(422);
      expect((await t.request({ method: 'DELETE', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).statusCode).toBe(204);
      expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).statusCode).toBe(404);
      const listed = (await t.request({ method: 'GET', url: '/v1/claims?include_deleted=true', key: store.merchantKey })).json().data;
      expect(listed.find((row: { id: number }) => row.id === claim.id)).toMatchObject({ deleted_at: expect.any(String) });
      // Its quantities are free again.
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 3 }] });
    });
  });

  describe('optimistic concurrency', () => {
    it('sends the version as ETag and refuses a stale If-Match with 412', async () => {
      const store = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const first = await t.request({ method: 'PATCH', url: `/v1/claims/${claim.id}`, key: store.merchantKey, body: { description: 'one' }, headers: { 'if-match': '"1"' } });
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toBe('"2"');
      const stale = await t.request({ method: 'PATCH', url: `/v1/claims/${claim.id}`, key: store.merchantKey, body: { description: 'two' }, headers: { 'if-match': '"1"' } });
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'version_mismatch', current: 2, given: 1 });
      const staleApprove = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/approve`, key: store.merchantKey, headers: { 'if-match': '"1"' } });
      expect(staleApprove.statusCode).toBe(412);
      expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json()).toMatchObject({ description: 'one', status: 'new' });
      const garbage = await t.request({ method: 'PATCH', url: `/v1/claims/${claim.id}`, key: store.merchantKey, body: { description: 'x' }, headers: { 'if-match': 'nonsense' } });
      expect(garbage.statusCode).toBe(400);
    });
  });

  describe('idempotency', () => {
    it('replays the stored response for the same key and body, and refuses another body with 422', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: 5 }] });
      const body = { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] };
      const headers = { 'idempotency-key': `claim-${order.id}` };
      const first = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body, headers });
      const replay = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { lines: body.lines, kind: 'return', order_id: order.id }, headers });
      expect(first.statusCode).toBe(201);
      expect(replay.statusCode).toBe(201);
      expect(replay.body).toBe(first.body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.headers.location).toBe(first.headers.location);
      const claims = (await t.request({ method: 'GET', url: `/v1/claims?order_number=${order.number}`, key: store.merchantKey })).json().data;
      expect(claims).toHaveLength(1);
      const conflict = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { ...body, lines: [{ order_item_id: order.items[0].id, quantity: 2 }] }, headers });
      expect(conflict.statusCode).toBe(422);
      expect(conflict.json().code).toBe('idempotency_key_reused');
    });

    it('replays refusals too, keeps keys per API key, and lets them expire', async () => {
      const store = await t.given.store();
      const { order, claim } = await givenReturnClaim(t, store, { quantity: 1, unit_price: 1000 });
      const headers = { 'idempotency-key': 'refund-1' };
      const refused = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 99_999 }, headers });
      expect(refused.statusCode).toBe(422);
      const replayed = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 99_999 }, headers });
      expect(replayed.statusCode).toBe(422);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      // Another key's use of the same Idempotency-Key is its own request.
      const customerKey = await t.given.customerKey(store, order.customer.id);
      const customers = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: customerKey, body: { amount: 100 }, headers });
      expect(customers.statusCode).toBe(201);
      await t.database.db.updateTable('idempotency_keys').set({ expires_at: new Date(Date.now() - 1000) }).execute();
      const afterExpiry = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 100 }, headers });
      expect(afterExpiry.statusCode).toBe(201);
    });
  });

  describe('tenancy', () => {
    it("answers 404 to another store's key on every claim route and never lists its claims", async () => {
      const store = await t.given.store();
      const intruder = await t.given.store();
      const { claim } = await givenReturnClaim(t, store);
      const refund = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 100 } })).json();
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', `/v1/claims/${claim.id}`], ['GET', `/v1/claims/${claim.uuid}`], ['GET', `/v1/claims/${claim.id}/events`],
        ['PATCH', `/v1/claims/${claim.id}`, { description: 'x' }], ['DELETE', `/v1/claims/${claim.id}`],
        ['POST', `/v1/claims/${claim.id}/approve`], ['POST', `/v1/claims/${claim.id}/reject`, { reason: 'x' }],
        ['POST', `/v1/claims/${claim.id}/transitions`, { to: 'open' }], ['POST', `/v1/claims/${claim.id}/messages`, { body: 'x' }],
        ['POST', `/v1/claims/${claim.id}/attachments`, { attachments: [{ url: 'https://x.example/a.jpg', kind: 'photo' }] }],
        ['POST', `/v1/claims/${claim.id}/resolutions`, { type: 'RESHIP' }], ['POST', `/v1/claims/${claim.id}/store-credits`, { type: 'gift_card', value: 1 }],
        ['POST', `/v1/claims/${claim.id}/refunds`, { amount: 1 }], ['POST', `/v1/claims/${claim.id}/return-shipment`, { carrier: 'x' }],
        ['POST', `/v1/claims/${claim.id}/return-shipment/received`], ['GET', `/v1/refunds/${refund.id}`], ['POST', `/v1/refunds/${refund.id}/issue`],
      ];
      const before = await tableCounts(t);
      for (const [method, url, body] of attempts) {
        const response = await t.request({ method: method as 'GET', url, key: intruder.merchantKey, body });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
      expect(await tableCounts(t)).toEqual(before);
      expect((await t.request({ method: 'GET', url: '/v1/claims', key: intruder.merchantKey })).json().data).toEqual([]);
      expect((await t.request({ method: 'GET', url: '/v1/refunds', key: intruder.merchantKey })).json().data).toEqual([]);
    });

    it("shows a customer key only its own customer's claims and refunds", async () => {
      const store = await t.given.store();
      const mine = await givenReturnClaim(t, store, { email: 'mine@example.com' });
      const theirs = await givenReturnClaim(t, store, { email: 'theirs@example.com' });
      const key = await t.given.customerKey(store, mine.order.customer.id);
      expect((await t.request({ method: 'GET', url: `/v1/claims/${theirs.claim.id}`, key })).statusCode).toBe(404);
      expect((await t.request({ method: 'POST', url: `/v1/claims/${theirs.claim.id}/cancel`, key })).statusCode).toBe(404);
      const filed = await t.request({ method: 'POST', url: '/v1/claims', key, body: { order_id: theirs.order.id, kind: 'return', lines: [{ order_item_id: theirs.order.items[0].id }] } });
      expect(filed.statusCode).toBe(404);
      const listed = (await t.request({ method: 'GET', url: '/v1/claims', key })).json().data;
      expect(listed.map((row: { id: number }) => row.id)).toEqual([mine.claim.id]);
      const own = await t.request({ method: 'POST', url: '/v1/claims', key, body: { order_id: mine.order.id, kind: 'return', lines: [{ order_item_id: mine.order.items[0].id }] } });
      expect(own.json()).toMatchObject({ filed_by: 'customer', source: 'native' });
    });
  });

  describe('listing', () => {
    it('filters by status, kind, sku, order number and email, combines with AND or OR, and pages with a cursor', async () => {
      const store = await t.given.store();
      const orderA = await t.given.order(store, { items: [{ sku: 'RED-SHIRT', quantity: 5 }], email: 'a@example.com' });
      const orderB = await t.given.order(store, { items: [{ sku: 'BLUE-MUG', quantity: 5, fulfillment_status: 'unfulfilled' }], email: 'b@example.com' });
      const a1 = await fileClaim(t, store.merchantKey, { order_id: orderA.id, kind: 'return', lines: [{ order_item_id: orderA.items[0].id, quantity: 1 }] });
      const a2 = await fileClaim(t, store.merchantKey, { order_id: orderA.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: orderA.items[0].id, quantity: 1 }] });
      const b1 = await fileClaim(t, store.merchantKey, { order_id: orderB.id, kind: 'cancellation', lines: [{ order_item_id: orderB.items[0].id, quantity: 1 }] });
      await t.request({ method: 'POST', url: `/v1/claims/${b1.id}/approve`, key: store.merchantKey });
      const ids = async (query: string) => (await t.request({ method: 'GET', url: `/v1/claims?${query}`, key: store.merchantKey })).json().data.map((row: { id: number }) => row.id);
      expect(await ids('status=approved')).toEqual([b1.id]);
      expect(await ids('status=new,approved')).toEqual([b1.id, a2.id, a1.id]);
      expect(await ids('kind=incident&type=damaged')).toEqual([a2.id]);
      expect(await ids('sku=red-shirt')).toEqual([a2.id, a1.id]);
      expect(await ids(`order_number=${orderB.number.toUpperCase()}`)).toEqual([b1.id]);
      expect(await ids('customer_email=A@example.com')).toEqual([a2.id, a1.id]);
      expect(await ids('status=approved&kind=return')).toEqual([]);
      expect(await ids('status=approved&kind=return&operator=OR')).toEqual([b1.id, a1.id]);
      expect(await ids(`q=${a1.number}`)).toEqual([a1.id]);
      const bad = await t.request({ method: 'GET', url: '/v1/claims?status=lost', key: store.merchantKey });
      expect(bad.statusCode).toBe(400);

      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: Array<{ id: number }>; next_cursor: string | null } = (await t.request({ method: 'GET', url: `/v1/claims?limit=1${cursor === null ? '' : `&cursor=${cursor}`}`, key: store.merchantKey })).json();
        seen.push(...page.data.map((row) => row.id));
        cursor = page.next_cursor;
      } while (cursor !== null);
      expect(seen).toEqual([b1.id, a2.id, a1.id]);
    });
  });
});
