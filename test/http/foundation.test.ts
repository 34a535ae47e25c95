import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

const METRICS_TOKEN = 'metrics-token-0123456789';

describe.each(DATABASES)('the foundation (%s)', (kind) => {
  const t = useTestApp(kind, { metrics: { token: METRICS_TOKEN } });

  describe('service routes', () => {
    it('answers /health without auth', async () => {
      const response = await t.request({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('serves Prometheus metrics with request counts by route and pool figures', async () => {
      await t.request({ method: 'GET', url: '/health' });
      const response = await t.request({ method: 'GET', url: '/metrics', key: METRICS_TOKEN });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.body).toMatch(/recourse_http_requests_total\{method="GET",route="\/health",status_code="200"\} \d+/);
      expect(response.body).toContain('recourse_http_request_duration_seconds_bucket');
      expect(response.body).toMatch(/recourse_db_pool_connections\{state="total"\}/);
    });

    it('publishes an OpenAPI 3.1 document of the native API and a reference page', async () => {
      const document = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/stores', '/v1/orders', '/v1/orders/{id}', '/v1/reasons', '/v1/api-keys']));
      expect(document.paths['/v1/orders'].post.requestBody.content['application/json'].schema.properties.items).toBeDefined();
      const examples = Object.values(document.paths['/v1/claims'].post.requestBody.content['application/json'].examples) as Array<{ value: unknown }>;
      expect(examples[0]?.value).toMatchObject({ kind: 'return' });
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/claims/{id}/approve', '/v1/claims/{id}/refunds', '/v1/refunds/{id}/issue']));
      const docs = await t.request({ method: 'GET', url: '/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('swagger');
    });

    it('echoes a request id on every response', async () => {
      const response = await t.request({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
      expect(response.headers['x-request-id']).toBe('trace-123');
    });
  });

  describe('authentication', () => {
    it('accepts Bearer, Token and a bare key', async () => {
      const store = await t.given.store();
      for (const header of [`Bearer ${store.merchantKey}`, `Token ${store.merchantKey}`, store.merchantKey]) {
        const response = await t.request({ method: 'GET', url: '/v1/reasons', headers: { authorization: header } });
        expect(response.statusCode, header).toBe(200);
      }
    });

    it('refuses a missing, unknown or malformed key with 401 problem+json', async () => {
      for (const headers of [{} as Record<string, string>, { authorization: 'Bearer nope' }, { authorization: 'Basic a b c' }, { authorization: '' }]) {
        const response = await t.request({ method: 'GET', url: '/v1/orders', headers });
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 401, title: 'Unauthorized', code: 'unauthenticated' });
      }
    });

    it('stores keys only as hashes and refuses a revoked key', async () => {
      const store = await t.given.store();
      const rows = await t.database.db.selectFrom('api_keys').select(['key_hash', 'key_prefix']).execute();
      expect(rows.every((row) => !row.key_hash.includes(store.merchantKey))).toBe(true);
      expect(rows.some((row) => row.key_hash === store.merchantKey)).toBe(false);

      const order = await t.given.order(store);
      const customerKey = await t.given.customerKey(store, order.customer.id);
      const keys = (await t.request({ method: 'GET', url: '/v1/api-keys', key: store.merchantKey })).json().data;
      const customerKeyRow = keys.find((key: { role: string }) => key.role === 'customer');
      expect(keys.every((key: Record<string, unknown>) => !('key' in key))).toBe(true);
      expect((await t.request({ method: 'GET', url: `/v1/orders/${order.id}`, key: customerKey })).statusCode).toBe(200);
      expect((await t.request({ method: 'DELETE', url: `/v1/api-keys/${customerKeyRow.id}`, key: store.merchantKey })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: `/v1/orders/${order.id}`, key: customerKey })).statusCode).toBe(401);
    });
  });

  describe('stores and keys', () => {
    it('lets only the admin create stores, with unique codes', async () => {
      const store = await t.given.store({ code: `shop-${kind}` });
      const again = await t.request({ method: 'POST', url: '/v1/stores', key: ADMIN_KEY, body: { name: 'x', code: `shop-${kind}`, currency: 'EUR' } });
      expect(again.statusCode).toBe(409);
      const byMerchant = await t.request({ method: 'POST', url: '/v1/stores', key: store.merchantKey, body: { name: 'x', code: 'other', currency: 'EUR' } });
      expect(byMerchant.statusCode).toBe(403);
    });

    it('returns the store with an integer id and the fields sent', async () => {
      const response = await t.request({ method: 'POST', url: '/v1/stores', key: ADMIN_KEY, body: { name: 'Acme', code: `acme-${kind}`, currency: 'TRY', languages: ['tr-TR', 'en-us'] } });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ id: expect.any(Number), name: 'Acme', code: `acme-${kind}`, currency: 'TRY', languages: ['tr-tr', 'en-us'] });
    });

    it('lets a merchant create customer keys for its own store only', async () => {
      const store = await t.given.store();
      const other = await t.given.store();
      const order = await t.given.order(store);
      const merchantKeyAttempt = await t.request({ method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: store.id, role: 'merchant' } });
      expect(merchantKeyAttempt.statusCode).toBe(403);
      const otherStore = await t.request({ method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: other.id, role: 'customer', customer_id: order.customer.id } });
      expect(otherStore.statusCode).toBe(404);
      const created = await t.request({ method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: store.id, role: 'customer', customer_id: order.customer.id, scopes: ['read_claims'] } });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ key: expect.stringMatching(/^rk_c_/), role: 'customer', scopes: ['read_claims'] });
    });
  });

  describe('orders', () => {
    it('imports an order with integer money and computes the total', async () => {
      const store = await t.given.store();
      const response = await t.request({
        method: 'POST', url: '/v1/orders', key: store.merchantKey,
        body: {
          number: 'A-1001', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z',
          customer: { email: 'Jane@Example.com', first_name: 'Jane', last_name: 'Doe' },
          shipping_amount: 499,
          items: [
            { sku: 'TSHIRT-RD', name: 'T-shirt', quantity: 2, unit_price: 1999, tax_rate: 20 },
            { sku: 'MUG', name: 'Mug', quantity: 1, unit_price: 850, fulfillment_status: 'shipped', tracking_number: 'TRK1' },
          ],
        },
      });
      expect(response.statusCode).toBe(201);
      const order = response.json();
      expect(order).toMatchObject({
        id: expect.any(Number), uuid: expect.any(String), number: 'A-1001', items_amount: 4848, shipping_amount: 499, total_amount: 5347,
        customer: { id: expect.any(Number), email: 'Jane@Example.com' },
      });
      expect(order.items).toHaveLength(2);
      expect(order.items[1]).toMatchObject({ id: expect.any(Number), sku: 'MUG', fulfillment_status: 'shipped', shipped_at: expect.any(String) });

      // The customer is matched by email, ignoring case.
      const second = await t.request({
        method: 'POST', url: '/v1/orders', key: store.merchantKey,
        body: { number: 'A-1002', currency: 'EUR', placed_at: '2026-11-02T10:00:00Z', customer: { email: 'jane@example.com', first_name: 'J', last_name: 'D' }, shipping_amount: 0, items: [{ sku: 'X', name: 'X', quantity: 1, unit_price: 1 }] },
      });
      expect(second.json().customer.id).toBe(order.customer.id);
    });

    it('refuses a duplicate order number in the same store with 409, but allows it in another', async () => {
      const store = await t.given.store();
      const other = await t.given.store();
      await t.given.order(store, { number: 'DUP-1' });
      const duplicate = await t.request({
        method: 'POST', url: '/v1/orders', key: store.merchantKey,
        body: { number: 'DUP-1', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', customer: { email: 'a@example.com', first_name: 'A', last_name: 'B' }, shipping_amount: 0, items: [{ sku: 'X', name: 'X', quantity: 1, unit_price: 1 }] },
      });
      expect(duplicate.statusCode).toBe(409);
      await t.given.order(other, { number: 'DUP-1' });
    });

    it('pages orders with a cursor, newest first, without gaps', async () => {
      const store = await t.given.store();
      const created = [];
      for (let index = 0; index < 5; index += 1) created.push((await t.given.order(store)).id);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { data: Array<{ id: number }>; next_cursor: string | null } = (await t.request({ method: 'GET', url: `/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`, key: store.merchantKey })).json();
        seen.push(...page.data.map((order) => order.id));
        cursor = page.next_cursor;
      } while (cursor !== null);
      expect(seen).toEqual([...created].reverse());
    });

    it('records fulfilment on an item', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ fulfillment_status: 'unfulfilled' }] });
      const response = await t.request({ method: 'PATCH', url: `/v1/orders/${order.id}/items/${order.items[0].id}`, key: store.merchantKey, body: { fulfillment_status: 'delivered', tracking_number: 'TRK-9' } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ fulfillment_status: 'delivered', tracking_number: 'TRK-9', shipped_at: expect.any(String), delivered_at: expect.any(String) });
    });
  });

  describe('tenancy', () => {
    it("gives a second store's key 404 for the first store's order, item and reason", async () => {
      const store = await t.given.store();
      const intruder = await t.given.store();
      const order = await t.given.order(store);
      const reason = await t.given.reason(store, { kind: 'return' });
      for (const url of [`/v1/orders/${order.id}`, `/v1/reasons/${reason.id}`, `/v1/stores/${store.id}`]) {
        expect((await t.request({ method: 'GET', url, key: intruder.merchantKey })).statusCode, url).toBe(404);
      }
      expect((await t.request({ method: 'PATCH', url: `/v1/orders/${order.id}/items/${order.items[0].id}`, key: intruder.merchantKey, body: { fulfillment_status: 'shipped' } })).statusCode).toBe(404);
      expect((await t.request({ method: 'PATCH', url: `/v1/reasons/${reason.id}`, key: intruder.merchantKey, body: { active: false } })).statusCode).toBe(404);
      const list = (await t.request({ method: 'GET', url: '/v1/orders', key: intruder.merchantKey })).json();
      expect(list.data.map((row: { id: number }) => row.id)).not.toContain(order.id);
    });

    it("shows a customer key only its own customer's orders", async () => {
      const store = await t.given.store();
      const mine = await t.given.order(store, { email: 'me@example.com' });
      const theirs = await t.given.order(store, { email: 'them@example.com' });
      const key = await t.given.customerKey(store, mine.customer.id);
      expect((await t.request({ method: 'GET', url: `/v1/orders/${mine.id}`, key })).statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: `/v1/orders/${theirs.id}`, key })).statusCode).toBe(404);
      const list = (await t.request({ method: 'GET', url: '/v1/orders', key })).json();
      expect(list.data.map((row: { id: number }) => row.id)).toEqual([mine.id]);
      expect((await t.request({ method: 'POST', url: '/v1/reasons', key, body: { kind: 'return', subject: 'x' } })).statusCode).toBe(403);
    });
  });

  describe('reasons', () => {
    it('creates, lists, filters and edits reasons with translations', async () => {
      const store = await t.given.store();
      const created = await t.given.reason(store, { kind: 'return', subject: 'Too small', translations: { 'en-US': 'Too small', tr_TR: 'Küçük geldi' }, requires_description: true });
      expect(created).toMatchObject({ id: expect.any(Number), uuid: expect.any(String), translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' }, requires_description: true, active: true });
      await t.given.reason(store, { kind: 'cancellation' });
      const returns = (await t.request({ method: 'GET', url: '/v1/reasons?kind=return', key: store.merchantKey })).json().data;
      expect(returns.map((reason: { id: number }) => reason.id)).toEqual([created.id]);
      const edited = await t.request({ method: 'PATCH', url: `/v1/reasons/${created.id}`, key: store.merchantKey, body: { active: false } });
      expect(edited.json()).toMatchObject({ active: false, subject: 'Too small' });
    });
  });

  describe('malformed requests never answer 500', () => {
    const cases: Array<{ name: string; method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown; raw?: string; headers?: Record<string, string>; status: number }> = [
      { name: 'malformed JSON', method: 'POST', url: '/v1/orders', raw: '{"number":', status: 400 },
      { name: 'JSON that is not an object', method: 'POST', url: '/v1/orders', raw: '[1,2,3]', status: 400 },
      { name: 'empty body', method: 'POST', url: '/v1/reasons', raw: '', status: 400 },
      { name: 'unknown field', method: 'POST', url: '/v1/reasons', body: { kind: 'return', subject: 'x', colour: 'red' }, status: 400 },
      { name: 'wrong type', method: 'POST', url: '/v1/reasons', body: { kind: 'return', subject: 42 }, status: 400 },
      { name: 'bad enum', method: 'POST', url: '/v1/reasons', body: { kind: 'exchange', subject: 'x' }, status: 400 },
      { name: 'string amount', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: '5', items: [{ sku: 'a', name: 'a', quantity: 1, unit_price: 1 }] }, status: 400 },
      { name: 'negative amount', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: -5, items: [{ sku: 'a', name: 'a', quantity: 1, unit_price: 1 }] }, status: 400 },
      { name: 'fractional amount', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: 1.5, items: [{ sku: 'a', name: 'a', quantity: 1, unit_price: 1 }] }, status: 400 },
      { name: 'huge amount', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: 0, items: [{ sku: 'a', name: 'a', quantity: 1000000, unit_price: 9007199254740991 }] }, status: 400 },
      { name: 'bad date', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: 'yesterday', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: 0, items: [{ sku: 'a', name: 'a', quantity: 1, unit_price: 1 }] }, status: 400 },
      { name: 'bad email', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'not-an-email', first_name: 'a', last_name: 'b' }, shipping_amount: 0, items: [{ sku: 'a', name: 'a', quantity: 1, unit_price: 1 }] }, status: 400 },
      { name: 'no items', method: 'POST', url: '/v1/orders', body: { number: 'N', currency: 'EUR', placed_at: '2026-01-01T00:00:00Z', customer: { email: 'a@b.co', first_name: 'a', last_name: 'b' }, shipping_amount: 0, items: [] }, status: 400 },
      { name: 'non-numeric id', method: 'GET', url: '/v1/orders/abc', status: 400 },
      { name: 'huge id', method: 'GET', url: '/v1/orders/99999999999999999999999', status: 400 },
      { name: 'SQL in a path', method: 'GET', url: "/v1/orders/1%27%20OR%201=1", status: 400 },
      { name: 'bad cursor', method: 'GET', url: '/v1/orders?cursor=%27;DROP%20TABLE%20orders', status: 400 },
      { name: 'limit out of range', method: 'GET', url: '/v1/orders?limit=100000', status: 400 },
      { name: 'wrong content type', method: 'POST', url: '/v1/reasons', raw: 'kind=return', headers: { 'content-type': 'text/plain' }, status: 415 },
      { name: 'unknown route', method: 'GET', url: '/v1/nothing-here', status: 404 },
      { name: 'empty patch', method: 'PATCH', url: '/v1/reasons/1', body: {}, status: 400 },
      { name: 'bad uuid on revoke', method: 'DELETE', url: '/v1/api-keys/not-a-uuid', status: 400 },
    ];

    it.each(cases)('$name → $status problem+json', async ({ method, url, body, raw, headers, status }) => {
      const store = await t.given.store();
      const response = await t.app.inject({
        method, url,
        headers: { authorization: `Bearer ${store.merchantKey}`, ...(raw === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(raw !== undefined ? { payload: raw } : body !== undefined ? { payload: body as object } : {}),
      });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    });

    it('lists each offending field in `errors`', async () => {
      const store = await t.given.store();
      const response = await t.request({ method: 'POST', url: '/v1/reasons', key: store.merchantKey, body: { kind: 'return', subject: 'x', colour: 'red' } });
      expect(response.json().errors).toEqual([{ path: '/colour', message: 'unknown field' }]);
    });

    it('answers 413 to a body over 1 MiB', async () => {
      const store = await t.given.store();
      const response = await t.request({ method: 'POST', url: '/v1/reasons', key: store.merchantKey, body: { kind: 'return', subject: 'x'.repeat(1_100_000) } });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ status: 413 });
    });
  });
});
