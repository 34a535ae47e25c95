import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecourseClient, eachClaim, ifMatch, type Claim, type RecourseClient } from '../../clients/typescript/src/index.js';
import document from '../../clients/typescript/openapi.json' with { type: 'json' };
import { createWebhookDispatcher } from '../../src/webhooks/dispatcher.js';
import { useTestApp, type StoreFixture } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { conformsToDocument } from '../support/openapi-conformance.js';
import { startReceiver, type Receiver } from '../webhooks/receiver.js';
import { drain } from '../webhooks/support.js';

// The published TypeScript client (clients/typescript), pointed at a running service on a
// loopback port, through the flows its README shows. Every answer is held to the committed
// OpenAPI document the client was generated from (status, content type, body schema), so a
// server that drifts from the document fails here even where the types still compile.

describe.each(DATABASES)('the TypeScript client against a running service (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  let client: RecourseClient;
  let receiver: Receiver;
  const serviceUrl = () => `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

  beforeAll(async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    store = await t.given.store();
    client = createRecourseClient({ baseUrl: serviceUrl(), apiKey: store.merchantKey });
    client.use(conformsToDocument(document));
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    delete process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS;
  });

  async function importOrder(quantity = 3) {
    const { data, error } = await client.POST('/v1/orders', {
      body: {
        number: `A-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, currency: 'EUR', placed_at: '2026-11-01T10:00:00Z',
        customer: { email: 'jane@example.com', first_name: 'Jane', last_name: 'Doe' },
        shipping_amount: 0, items: [{ sku: 'TSHIRT-RD', name: 'T-shirt', quantity, unit_price: 1999, fulfillment_status: 'delivered' }],
      },
    });
    if (data === undefined) throw new Error(`order import failed: ${JSON.stringify(error)}`);
    return data;
  }

  async function fileReturn(order: Awaited<ReturnType<typeof importOrder>>, key?: string): Promise<Claim> {
    const item = order.items[0];
    if (item === undefined) throw new Error('the order has no item');
    const { data, error } = await client.POST('/v1/claims', {
      params: { header: key === undefined ? {} : { 'idempotency-key': key } },
      body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id, quantity: 1 }], description: 'Too small' },
    });
    if (data === undefined) throw new Error(`filing failed: ${JSON.stringify(error)}`);
    return data;
  }

  it('files a claim, and a retry under the same Idempotency-Key gets the same claim back', async () => {
    const order = await importOrder();
    const claim = await fileReturn(order, `file-${order.id}`);
    expect(claim).toMatchObject({ kind: 'return', status: 'new', order: { id: order.id } });

    const { data: again, response } = await client.POST('/v1/claims', {
      params: { header: { 'idempotency-key': `file-${order.id}` } },
      body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0]?.id ?? 0, quantity: 1 }], description: 'Too small' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(again?.id).toBe(claim.id);
  });

  it('pages through every claim with the cursor, newest first, each once', async () => {
    const order = await importOrder(5);
    const filed: number[] = [];
    for (let index = 0; index < 5; index += 1) filed.push((await fileReturn(order)).id);

    const seen: number[] = [];
    for await (const claim of eachClaim(client, { order_number: order.number, limit: 2 })) seen.push(claim.id);
    expect(seen).toEqual([...filed].reverse());

    const first = await client.GET('/v1/claims', { params: { query: { order_number: order.number, limit: 2 } } });
    expect(first.data?.data).toHaveLength(2);
    expect(first.data?.next_cursor).toEqual(expect.any(String));
  });

  it('approves with If-Match, and answers a stale ETag with a 412 problem', async () => {
    const claim = await fileReturn(await importOrder());
    const approved = await client.POST('/v1/claims/{id}/approve', {
      params: { path: { id: String(claim.id) }, header: { 'if-match': ifMatch(claim) } }, body: { note: 'fits the policy' },
    });
    expect(approved.data).toMatchObject({ id: claim.id, status: 'approved', version: claim.version + 1 });
    expect(approved.response.headers.get('etag')).toBe(`"${claim.version + 1}"`);

    const stale = await client.POST('/v1/claims/{id}/close', { params: { path: { id: String(claim.id) }, header: { 'if-match': ifMatch(claim) } }, body: {} });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ status: 412, code: 'version_mismatch' });
    expect(stale.response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refunds with an Idempotency-Key: a retry books nothing more, another amount under the same key is a 422', async () => {
    const claim = await fileReturn(await importOrder());
    const id = String(claim.id);
    const header = { 'idempotency-key': `refund-${claim.id}` };
    const first = await client.POST('/v1/claims/{id}/refunds', { params: { path: { id }, header }, body: { amount: 1999 } });
    expect(first.response.status).toBe(201);
    const retry = await client.POST('/v1/claims/{id}/refunds', { params: { path: { id }, header }, body: { amount: 1999 } });
    expect(retry.data?.id).toBe(first.data?.id);
    const reused = await client.POST('/v1/claims/{id}/refunds', { params: { path: { id }, header }, body: { amount: 999 } });
    expect(reused.error).toMatchObject({ status: 422, code: 'idempotency_key_reused' });

    const issued = await client.POST('/v1/refunds/{id}/issue', { params: { path: { id: first.data?.id ?? 0 } }, body: {} });
    expect(issued.data).toMatchObject({ status: 'issued', amount: 1999 });
    const refunds = await client.GET('/v1/refunds', { params: { query: { order_id: claim.order.id } } });
    expect(refunds.data?.data.map((refund) => refund.id)).toEqual([first.data?.id]);
  });

  it('receives a webhook whose signature verifies with standardwebhooks, and a tampered body does not', async () => {
    const endpoint = await client.POST('/v1/webhook-endpoints', { body: { url: receiver.url, event_types: ['claim.created'] } });
    expect(endpoint.response.status).toBe(201);
    const secret = endpoint.data?.secret ?? '';
    expect(secret).toMatch(/^whsec_/);
    const claim = await fileReturn(await importOrder());

    await drain(createWebhookDispatcher(t.core, { timeoutMs: 2_000, allowPrivate: true }));
    const delivered = receiver.received.find((entry) => entry.json.data?.claim?.id === claim.id || entry.json.data?.id === claim.id);
    if (delivered === undefined) throw new Error(`no delivery for claim ${claim.id}: ${JSON.stringify(receiver.received.map((entry) => entry.json))}`);

    const headers = { 'webhook-id': String(delivered.headers['webhook-id']), 'webhook-timestamp': String(delivered.headers['webhook-timestamp']), 'webhook-signature': String(delivered.headers['webhook-signature']) };
    const event = new Webhook(secret).verify(delivered.body, headers) as { type: string };
    expect(event.type).toBe('claim.created');
    expect(() => new Webhook(secret).verify(delivered.body.replace('claim.created', 'claim.approved'), headers)).toThrow();
  });

  it('fails a call whose answer the document does not describe: an undeclared status, content type or field', async () => {
    const claim = await fileReturn(await importOrder());
    const paths = document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
    const getClaim = paths['/v1/claims/{id}']?.get;
    if (getClaim === undefined) throw new Error('the document has no GET /v1/claims/{id}');
    const claimJson = getClaim.responses['200']?.content?.['application/json']?.schema ?? {};
    const drifted = (responses: object) => {
      const other = createRecourseClient({ baseUrl: serviceUrl(), apiKey: store.merchantKey });
      other.use(conformsToDocument({ ...document, paths: { ...paths, '/v1/claims/{id}': { ...paths['/v1/claims/{id}'], get: { ...getClaim, responses } } } }));
      return other;
    };
    const read = (other: RecourseClient, id: string) => other.GET('/v1/claims/{id}', { params: { path: { id } } });

    const { 200: _answered, ...without200 } = getClaim.responses;
    await expect(read(drifted(without200), String(claim.id))).rejects.toThrow(/does not declare this status/);
    const problemAsJson = { ...getClaim.responses, 404: { description: 'not found', content: { 'application/json': { schema: {} } } } };
    await expect(read(drifted(problemAsJson), '999999')).rejects.toThrow(/content type application\/problem\+json is not one the document declares/);
    const moreRequired = { ...getClaim.responses, 200: { description: 'a claim', content: { 'application/json': { schema: { allOf: [claimJson, { required: ['refund_total'] }] } } } } };
    await expect(read(drifted(moreRequired), String(claim.id))).rejects.toThrow(/must have required property 'refund_total'/);
    // The document as committed describes the same answers.
    expect((await read(client, String(claim.id))).data?.id).toBe(claim.id);
  });
});
