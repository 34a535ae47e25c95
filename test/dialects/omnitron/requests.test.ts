import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp, type StoreFixture } from '../../support/app.js';
import { fileClaim, tableCounts } from '../../support/claims.js';
import { DATABASES } from '../../support/databases.js';
import { expectOk, givenItem, givenRequest, native, om, requestsOf } from './given.js';

describe.each(DATABASES)('Omnitron cancellation requests (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  beforeAll(async () => { store = await t.given.store(); });

  const create = (body: Record<string, unknown>, key = store.merchantKey, channelId = store.id) => om(t, 'POST', requestsOf(channelId), { key, body });
  const objectUrl = (id: number, channelId = store.id) => `${requestsOf(channelId)}${id}/`;

  describe('authentication (401) and keys', () => {
    it('accepts the key bare, as `Token <key>` and as `Bearer <key>`', async () => {
      for (const authorization of [store.merchantKey, `Token ${store.merchantKey}`, `Bearer ${store.merchantKey}`]) {
        expect((await om(t, 'GET', requestsOf(store.id), { headers: { authorization } })).statusCode, authorization).toBe(200);
      }
    });

    it('answers 401 {"detail","code"} without credentials or with an unknown key, on every route', async () => {
      const routes = [
        ['GET', requestsOf(store.id)], ['GET', `${requestsOf(store.id)}detailed`], ['POST', requestsOf(store.id)], ['GET', objectUrl(1)],
        ['PUT', objectUrl(1)], ['PATCH', objectUrl(1)], ['DELETE', objectUrl(1)], ['POST', `${objectUrl(1)}reject/`],
        ['GET', `/api/channel/${store.id}/cancellation_reasons/`],
      ] as const;
      for (const [method, path] of routes) {
        const missing = await om(t, method, path);
        expect(missing.statusCode, `${method} ${path}`).toBe(401);
        expect(missing.json()).toEqual({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' });
        const unknown = await om(t, method, path, { key: 'Token not-a-key' });
        expect(unknown.statusCode).toBe(401);
        expect(unknown.json()).toEqual({ detail: 'Invalid token.', code: 'authentication_failed' });
      }
    });

    it("refuses a customer's key with 403: this API is the channel's", async () => {
      const created = await givenRequest(t, store);
      const claim = await native(t, store, 'GET', `/v1/claims/${created.id}`);
      const customerKey = await t.given.customerKey(store, claim.customer.id);
      for (const [method, path] of [['GET', requestsOf(store.id)], ['GET', objectUrl(created.id)], ['POST', `${objectUrl(created.id)}reject/`]] as const) {
        const response = await om(t, method, path, { key: customerKey });
        expect(response.statusCode, path).toBe(403);
        expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
      }
      expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).status).toBe('new');
    });

    it('refuses a write its read-only key lacks the scope for with 403, and writes nothing', async () => {
      const readOnly = await expectOk(await t.request({ method: 'POST', url: '/v1/api-keys', key: ADMIN_KEY, body: { store_id: store.id, role: 'merchant', scopes: ['read_claims'] } }), 201);
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      expect((await om(t, 'GET', requestsOf(store.id), { key: readOnly.key })).statusCode).toBe(200);
      const before = await tableCounts(t);
      const response = await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel' }, readOnly.key);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
      const created = await givenRequest(t, store);
      const reject = await om(t, 'POST', `${objectUrl(created.id)}reject/`, { key: readOnly.key });
      expect(reject.statusCode).toBe(403);
      expect((await tableCounts(t)).claims).toBe(Number(before.claims) + 1);
    });

    it('lets the platform key act on any existing channel, and answers 404 for a channel that does not exist', async () => {
      const created = await givenRequest(t, store);
      expect((await expectOk(await om(t, 'GET', objectUrl(created.id), { key: ADMIN_KEY }), 200)).id).toBe(created.id);
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const filed = await expectOk(await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel' }, ADMIN_KEY), 201);
      expect((await native(t, store, 'GET', `/v1/claims/${filed.id}`)).store_id).toBe(store.id);
      const missing = await om(t, 'GET', requestsOf(999_999_999), { key: ADMIN_KEY });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
    });
  });

  describe('tenancy across two channels', () => {
    let other: StoreFixture;
    let mine: any;
    let theirs: any;
    beforeAll(async () => {
      other = await t.given.store();
      mine = await givenRequest(t, store, { type: 'refund' });
      theirs = await givenRequest(t, other, { type: 'refund' });
    });

    it("lists only the path channel's requests, and 404 for another channel's path", async () => {
      const page = await expectOk(await om(t, 'GET', `${requestsOf(other.id)}?pk__in=${mine.id},${theirs.id}`, { key: other.merchantKey }), 200);
      expect(page.results.map((request: any) => request.id)).toEqual([theirs.id]);
      for (const path of [requestsOf(other.id), `${requestsOf(other.id)}detailed`, `/api/v1/channel/${other.id}/cancellation_reasons/`]) {
        const response = await om(t, 'GET', path, { key: store.merchantKey });
        expect(response.statusCode, path).toBe(404);
        expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
      }
    });

    it("answers 404 for another channel's request, through its channel or through one's own, and changes nothing", async () => {
      for (const url of [objectUrl(theirs.id, other.id), objectUrl(theirs.id, store.id)]) {
        for (const [method, path, body] of [
          ['GET', url], ['GET', `${url}detailed/`], ['PATCH', url, { status: 'approved' }], ['PUT', url, { description: 'x' }],
          ['DELETE', url], ['POST', `${url}reject/`],
        ] as const) {
          const response = await om(t, method, path, { key: store.merchantKey, body });
          expect(response.statusCode, `${method} ${path}`).toBe(404);
          expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
        }
      }
      expect((await native(t, other, 'GET', `/v1/claims/${theirs.id}`)).status).toBe('new');
    });

    it("answers 403 to a create on another channel's path, or for another channel's order item", async () => {
      const { item } = await givenItem(t, other, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const before = await tableCounts(t);
      for (const response of [
        await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel' }, store.merchantKey, other.id),
        await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel' }),
      ]) {
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it("does not accept another channel's reason", async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const foreign = await t.given.reason(other, { kind: 'cancellation' });
      const response = await create({ order_item: item.id, reason: foreign.id, cancellation_type: 'cancel' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ reason: [`Invalid pk "${foreign.id}" - object does not exist.`], code: 'does_not_exist' });
    });
  });

  describe('POST …/cancellation_requests/ (validation, 400)', () => {
    it('requires order_item, reason and cancellation_type', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const full = { order_item: item.id, reason: reason.id, cancellation_type: 'cancel' };
      for (const field of Object.keys(full)) {
        const { [field as keyof typeof full]: _omitted, ...body } = full;
        const response = await create(body);
        expect(response.statusCode, field).toBe(400);
        expect(response.json()).toEqual({ [field]: ['This field is required.'], code: 'invalid' });
      }
      const wrong = await create({ ...full, cancellation_type: 'exchange' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toEqual({ cancellation_type: ['Select a valid choice.'], code: 'invalid' });
      const text = await create({ ...full, order_item: String(item.id) });
      expect(text.json()).toEqual({ order_item: ['A valid integer is required.'], code: 'invalid' });
    });

    it('answers a malformed JSON body with 400 {"detail","code"}', async () => {
      const response = await t.request({ method: 'POST', url: `/compat/omnitron${requestsOf(store.id)}`, body: '{"order_item":', headers: { authorization: store.merchantKey } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ detail: 'JSON parse error.', code: 'parse_error' });
    });

    it('refuses an order item that does not exist with DRF\'s "Invalid pk" field error', async () => {
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const response = await create({ order_item: 987_654_321, reason: reason.id, cancellation_type: 'cancel' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ order_item: ['Invalid pk "987654321" - object does not exist.'], code: 'does_not_exist' });
    });

    it('refuses a reason that does not exist, is inactive, or is for the other type', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const missing = await create({ order_item: item.id, reason: 987_654_321, cancellation_type: 'cancel' });
      expect(missing.json()).toEqual({ reason: ['Invalid pk "987654321" - object does not exist.'], code: 'does_not_exist' });
      const inactive = await t.given.reason(store, { kind: 'cancellation' });
      await native(t, store, 'PATCH', `/v1/reasons/${inactive.id}`, { active: false });
      const refusedInactive = await create({ order_item: item.id, reason: inactive.id, cancellation_type: 'cancel' });
      expect(refusedInactive.statusCode).toBe(400);
      expect(refusedInactive.json()).toEqual({ reason: ['This reason is no longer active.'], code: 'invalid' });
      const forReturns = await t.given.reason(store, { kind: 'return' });
      const refusedType = await create({ order_item: item.id, reason: forReturns.id, cancellation_type: 'cancel' });
      expect(refusedType.statusCode).toBe(400);
      expect(refusedType.json()).toEqual({ reason: ['This reason is for return claims, not cancellation.'], code: 'invalid' });
    });

    it('requires a description when the reason needs extra information', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation', requires_description: true });
      for (const description of [undefined, null, '  ']) {
        const response = await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel', ...(description === undefined ? {} : { description }) });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ description: ['This reason requires a description.'], code: 'required' });
      }
      await expectOk(await create({ order_item: item.id, reason: reason.id, cancellation_type: 'cancel', description: 'Found it cheaper' }), 201);
    });

    it('keeps 1 ≤ quantity ≤ what is still claimable; a null quantity takes all of it', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'delivered', quantity: 3 });
      const reason = await t.given.reason(store, { kind: 'return' });
      const zero = await create({ order_item: item.id, reason: reason.id, cancellation_type: 'refund', quantity: 0 });
      expect(zero.statusCode).toBe(400);
      expect(zero.json()).toEqual({ quantity: ['Ensure this value is greater than or equal to 1.'], code: 'invalid' });
      const tooMany = await create({ order_item: item.id, reason: reason.id, cancellation_type: 'refund', quantity: 4 });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json()).toEqual({ quantity: [`Order item ${item.id}: 4 requested but only 3 can still be claimed.`], code: 'invalid' });
      const first = await expectOk(await create({ order_item: item.id, reason: reason.id, cancellation_type: 'refund', quantity: 2 }), 201);
      await native(t, store, 'POST', `/v1/claims/${first.id}/transitions`, { to: 'approved' });
      await native(t, store, 'POST', `/v1/claims/${first.id}/transitions`, { to: 'completed' });
      const rest = await expectOk(await create({ order_item: item.id, reason: reason.id, cancellation_type: 'refund', quantity: null }), 201);
      expect(rest.quantity).toBe(1);
    });

    it('allows one open request per order item, and another once the first is rejected', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled', quantity: 5 });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const body = { order_item: item.id, reason: reason.id, cancellation_type: 'cancel', quantity: 1 };
      const first = await expectOk(await create(body), 201);
      const before = await tableCounts(t);
      const second = await create(body);
      expect(second.statusCode).toBe(400);
      expect(second.json()).toEqual({ non_field_errors: ['This order item already has a cancellation request in progress.'], code: 'invalid' });
      expect(await tableCounts(t)).toEqual(before);
      await expectOk(await om(t, 'POST', `${objectUrl(first.id)}reject/`, { key: store.merchantKey }), 200);
      await expectOk(await create(body), 201);
    });

    it('allows `cancel` only before shipment and `refund` only after', async () => {
      const cancelReason = await t.given.reason(store, { kind: 'cancellation' });
      const refundReason = await t.given.reason(store, { kind: 'return' });
      for (const status of ['shipped', 'delivered'] as const) {
        const { item } = await givenItem(t, store, { fulfillment_status: status });
        const response = await create({ order_item: item.id, reason: cancelReason.id, cancellation_type: 'cancel' });
        expect(response.statusCode, status).toBe(400);
        expect(response.json()).toEqual({ non_field_errors: [`Order item ${item.id} is already ${status}; it can no longer be cancelled.`], code: 'invalid' });
        await expectOk(await create({ order_item: item.id, reason: refundReason.id, cancellation_type: 'refund' }), 201);
      }
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const refund = await create({ order_item: item.id, reason: refundReason.id, cancellation_type: 'refund' });
      expect(refund.statusCode).toBe(400);
      expect(refund.json()).toEqual({ non_field_errors: [`Order item ${item.id} is unfulfilled; a return is possible only after shipment.`], code: 'invalid' });
    });

    it('sends a refund to loyalty money when asked, and ignores unknown fields as DRF does', async () => {
      const created = await givenRequest(t, store, { type: 'refund', extra: { fully_refund_as_loyalty_money: true, status: 'approved', surprise: 1 } });
      expect(created).toMatchObject({ fully_refund_as_loyalty_money: true, status: 'waiting', iban: null, holder_name: null });
      expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).refund_destination).toEqual({ method: 'loyalty_money' });
    });

    it('replays a create sent again with the same Idempotency-Key', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const reason = await t.given.reason(store, { kind: 'cancellation' });
      const body = { order_item: item.id, reason: reason.id, cancellation_type: 'cancel' };
      const headers = { authorization: store.merchantKey, 'idempotency-key': `om-${item.id}` };
      const first = await om(t, 'POST', requestsOf(store.id), { headers, body });
      const again = await om(t, 'POST', requestsOf(store.id), { headers, body });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(again.headers['idempotent-replayed']).toBe('true');
    });
  });

  describe('PUT and PATCH …/{id}/', () => {
    it('approves with {"status":"approved"}, as integrations do, and the core records it', async () => {
      const created = await givenRequest(t, store, { type: 'refund' });
      const approved = await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status: 'approved' } }), 200);
      expect(approved).toMatchObject({ id: created.id, status: 'approved', description: created.description, quantity: created.quantity });
      expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).status).toBe('approved');
    });

    it('reads back every status it can set exactly as it was set', async () => {
      for (const path of [['waiting_approval', 'confirmed', 'approved', 'completed'], ['confirmed', 'rejected'], ['waiting_approval', 'rejected']]) {
        const created = await givenRequest(t, store);
        for (const status of path) {
          const updated = await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status } }), 200);
          expect(updated.status).toBe(status);
          expect((await expectOk(await om(t, 'GET', objectUrl(created.id), { key: store.merchantKey }), 200)).status).toBe(status);
        }
      }
    });

    it('refuses a transition the machine does not allow with 400 {"status": […]}, changing nothing', async () => {
      const created = await givenRequest(t, store, { type: 'refund' });
      await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status: 'approved' } }), 200);
      for (const [status, expected] of [['confirmed', 'Invalid transition from approved to confirmed.'], ['waiting', 'Invalid transition from approved to waiting.'], ['rejected', 'Invalid transition from approved to rejected.']]) {
        const response = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status, description: 'changed' } });
        expect(response.statusCode, status).toBe(400);
        expect(response.json()).toEqual({ status: [expected], code: 'invalid' });
      }
      const claim = await native(t, store, 'GET', `/v1/claims/${created.id}`);
      expect(claim).toMatchObject({ status: 'approved', description: null });
      const fresh = await givenRequest(t, store);
      const completed = await om(t, 'PATCH', objectUrl(fresh.id), { key: store.merchantKey, body: { status: 'completed' } });
      expect(completed.json()).toEqual({ status: ['Invalid transition from waiting to completed.'], code: 'invalid' });
      const bad = await om(t, 'PATCH', objectUrl(fresh.id), { key: store.merchantKey, body: { status: 'cancelled' } });
      expect(bad.json()).toEqual({ status: ['Select a valid choice.'], code: 'invalid' });
    });

    it('keeps order_item immutable', async () => {
      const created = await givenRequest(t, store);
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const response = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { order_item: item.id } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ order_item: ['The order item of a cancellation request cannot be changed.'], code: 'invalid' });
      await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { order_item: created.order_item } }), 200);
    });

    it('PATCH merges; PUT resets the nullable fields it omits', async () => {
      const created = await givenRequest(t, store, { type: 'refund', extra: { description: 'first', iban: 'TR330006100519786457841326', holder_name: 'Ada Buyer' } });
      const patched = await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { holder_name: 'Ada B.' } }), 200);
      expect(patched).toMatchObject({ description: 'first', iban: 'TR330006100519786457841326', holder_name: 'Ada B.', fully_refund_as_loyalty_money: false });
      const loyalty = await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { fully_refund_as_loyalty_money: true } }), 200);
      expect(loyalty).toMatchObject({ iban: 'TR330006100519786457841326', fully_refund_as_loyalty_money: true });
      const put = await expectOk(await om(t, 'PUT', objectUrl(created.id), { key: store.merchantKey, body: { quantity: 1 } }), 200);
      expect(put).toMatchObject({ description: null, iban: null, holder_name: null, fully_refund_as_loyalty_money: false, status: 'waiting', reason: created.reason });
      expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).refund_destination).toEqual({ method: 'original_payment' });
    });

    it('rechecks the reason, type and quantity it changes', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'delivered', quantity: 2 });
      const created = await givenRequest(t, store, { type: 'refund', item, quantity: 1 });
      const tooMany = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { quantity: 3 } });
      expect(tooMany.statusCode).toBe(400);
      expect(Object.keys(tooMany.json())).toEqual(['quantity', 'code']);
      const cancelReason = await t.given.reason(store, { kind: 'cancellation' });
      const wrongReason = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { reason: cancelReason.id } });
      expect(wrongReason.json()).toEqual({ reason: ['This reason is for cancellation claims, not return.'], code: 'invalid' });
      const noReason = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { reason: 987_654_321 } });
      expect(noReason.json()).toEqual({ reason: ['Invalid pk "987654321" - object does not exist.'], code: 'does_not_exist' });
      const shipped = await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { cancellation_type: 'cancel', reason: cancelReason.id } });
      expect(shipped.statusCode).toBe(400);
      expect(shipped.json().non_field_errors).toEqual([`Order item ${item.id} is already delivered; it can no longer be cancelled.`]);
      const grown = await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { quantity: 2 } }), 200);
      expect(grown.quantity).toBe(2);
    });

    it('answers 404 for an id that names nothing or is not an id', async () => {
      for (const path of [objectUrl(987_654_321), `${requestsOf(store.id)}abc/`, `${requestsOf(store.id)}0/`]) {
        const response = await om(t, 'PATCH', path, { key: store.merchantKey, body: { status: 'approved' } });
        expect(response.statusCode, path).toBe(404);
        expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
      }
    });
  });

  describe('reject and delete', () => {
    it('rejects from any undecided state and refuses from a final one with 400 non_field_errors', async () => {
      for (const status of ['waiting_approval', 'confirmed']) {
        const created = await givenRequest(t, store);
        await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status } }), 200);
        expect((await expectOk(await om(t, 'POST', `${objectUrl(created.id)}reject/`, { key: store.merchantKey }), 200)).status).toBe('rejected');
        const again = await om(t, 'POST', `${objectUrl(created.id)}reject/`, { key: store.merchantKey });
        expect(again.statusCode).toBe(400);
        expect(again.json()).toEqual({ non_field_errors: ['Cancellation request is already rejected.'], code: 'invalid' });
      }
      const completed = await givenRequest(t, store);
      await expectOk(await om(t, 'PATCH', objectUrl(completed.id), { key: store.merchantKey, body: { status: 'approved' } }), 200);
      await expectOk(await om(t, 'PATCH', objectUrl(completed.id), { key: store.merchantKey, body: { status: 'completed' } }), 200);
      const refused = await om(t, 'POST', `${objectUrl(completed.id)}reject/`, { key: store.merchantKey });
      expect(refused.json()).toEqual({ non_field_errors: ['Cancellation request is already completed.'], code: 'invalid' });
    });

    it('accepts an empty JSON body on reject', async () => {
      const created = await givenRequest(t, store);
      const response = await t.request({
        method: 'POST', url: `/compat/omnitron${objectUrl(created.id)}reject/`, body: '', headers: { authorization: store.merchantKey, 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(200);
    });

    it('deletes in any state and gives the quantity back', async () => {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      const created = await givenRequest(t, store, { item });
      await expectOk(await om(t, 'PATCH', objectUrl(created.id), { key: store.merchantKey, body: { status: 'approved' } }), 200);
      expect((await om(t, 'DELETE', objectUrl(created.id), { key: store.merchantKey })).statusCode).toBe(204);
      expect((await om(t, 'DELETE', objectUrl(created.id), { key: store.merchantKey })).statusCode).toBe(404);
      expect((await t.request({ method: 'GET', url: `/v1/claims/${created.id}`, key: store.merchantKey })).statusCode).toBe(404);
      await givenRequest(t, store, { item });
    });
  });

  describe('claims of the other doors', () => {
    it('shows a request filed here in Seller Center as a claim of type `cancel` or `refund`, and natively', async () => {
      const cancel = await givenRequest(t, store, { type: 'cancel' });
      const refund = await givenRequest(t, store, { type: 'refund' });
      const page = await expectOk(await t.request({ method: 'GET', url: '/compat/seller-center/api/i2/claims/?limit=100', headers: { authorization: store.merchantKey } }), 200);
      const shown = new Map(page.results.map((claim: any) => [claim.id, claim]));
      expect(shown.get(cancel.uuid)).toMatchObject({ type: 'cancel', status: 'open', created_at: cancel.created_date });
      expect(shown.get(refund.uuid)).toMatchObject({ type: 'refund', status: 'open', return_code: refund.easy_return.code });
      expect(await native(t, store, 'GET', `/v1/claims/${refund.id}`)).toMatchObject({ kind: 'return', source: 'omnitron', uuid: refund.uuid });
      await expectOk(await om(t, 'PATCH', objectUrl(refund.id), { key: store.merchantKey, body: { status: 'waiting_approval' } }), 200);
      expect((await native(t, store, 'GET', `/v1/claims/${refund.id}`)).status).toBe('waiting_on_merchant');
    });

    it('shows a claim filed with POST /v1/claims here, and never an incident claim', async () => {
      const { order, item } = await givenItem(t, store, { fulfillment_status: 'delivered', quantity: 2 });
      const reason = await t.given.reason(store, { kind: 'return' });
      const claim = await fileClaim(t, store.merchantKey, {
        order_id: order.id, kind: 'return', reason_id: reason.id, description: 'native', lines: [{ order_item_id: item.id, quantity: 1 }],
      });
      const shown = await expectOk(await om(t, 'GET', objectUrl(claim.id), { key: store.merchantKey }), 200);
      expect(shown).toMatchObject({
        id: claim.id, uuid: claim.uuid, order_item: item.id, reason: reason.id, description: 'native', cancellation_type: 'refund',
        status: 'waiting', quantity: 1, easy_return: { code: claim.return_shipment.easy_return_code, status: 'active' },
      });
      const incident = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: item.id, quantity: 1 }] });
      expect((await om(t, 'GET', objectUrl(incident.id), { key: store.merchantKey })).statusCode).toBe(404);
      const page = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}?pk__in=${claim.id},${incident.id}`, { key: store.merchantKey }), 200);
      expect(page.results.map((request: any) => request.id)).toEqual([claim.id]);
    });
  });

  describe('GET …/cancellation_reasons/', () => {
    it('lists the channel\'s cancel and refund reasons with the spec\'s fields, and finds one by id', async () => {
      const own = await t.given.store();
      const cancel = await t.given.reason(own, { kind: 'cancellation', subject: 'Changed my mind', translations: { 'tr-tr': 'Vazgeçtim' } });
      const refund = await t.given.reason(own, { kind: 'return', subject: 'Too small', requires_description: true });
      await t.given.reason(own, { kind: 'incident', subject: 'Damaged' });
      const page = await expectOk(await om(t, 'GET', `/api/v1/channel/${own.id}/cancellation_reasons/`, { key: own.merchantKey }), 200);
      expect(page.count).toBe(2);
      const expected = (reason: any, type: string) => ({
        pk: reason.id, cancellation_type: type, extra_information_needed: reason.requires_description, order: reason.position,
        subject: reason.subject, is_active: true, send_to_remote: false, send_to_oms: false, translations: reason.translations,
        uuid: reason.uuid, created_date: reason.created_at, modified_date: reason.updated_at,
      });
      expect(page.results).toEqual([expected(cancel, 'cancel'), expected(refund, 'refund')]);
      const refunds = await expectOk(await om(t, 'GET', `/api/channel/${own.id}/cancellation_reasons/?cancellation_type=refund`, { key: own.merchantKey }), 200);
      expect(refunds.results).toEqual([expected(refund, 'refund')]);
      const one = await expectOk(await om(t, 'GET', `/api/channel/${own.id}/cancellation_reasons/${cancel.id}/`, { key: own.merchantKey }), 200);
      expect(one).toEqual(expected(cancel, 'cancel'));
      expect((await om(t, 'GET', `/api/channel/${own.id}/cancellation_reasons/${cancel.id}/`, { key: store.merchantKey })).statusCode).toBe(404);
      expect((await om(t, 'GET', `/api/channel/${own.id}/cancellation_reasons/987654321/`, { key: own.merchantKey })).statusCode).toBe(404);
    });
  });
});
