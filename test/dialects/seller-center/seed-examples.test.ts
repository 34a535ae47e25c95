import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { BASE, givenReturn, native } from './given.js';

// Replays every request example of the Seller Center claims document (seed 000) over real
// HTTP against a listening service, with the document's own headers and bodies, and checks
// each answer against the documented example — ids, dates and generated codes aside.

const SEED_CLAIMS_PAGE = {
  count: 1,
  next: 'https://seller-center.akinon.com/api/i2/resource?page=2&limit=10',
  previous: null,
  results: [{
    id: 'f3909f53-a535-40cc-8d50-de0cd047aedd',
    package_item: '2595053219311870-1',
    product: 'AKN-TSHRT-RD',
    reason: { id: '8b33a4f8-a580-42e1-879f-6f31e296eb1b', subject: 'Damaged', translations: { 'en-us': 'Damaged', 'en-gb': 'Damaged' } },
    detail: 'The product was damaged during shipment.',
    return_code: 'R-5124412',
    return_tracking_number: '3457623412',
    return_tracking_url: 'https://akinon.com/track/3457623412',
    type: 'refund',
    status: 'waiting',
    updated_at: '2025-08-29T20:42:54.404Z',
    created_at: '2025-08-29T20:42:54.404Z',
  }],
};

const SEED_REASONS_PAGE = {
  count: 1,
  next: 'https://seller-center.akinon.com/api/i2/resource?page=2&limit=10',
  previous: null,
  results: [{
    id: 'a308d734-96d2-4f1e-a804-0f8f01bbc20d',
    subject: 'Damaged',
    translations: { 'en-us': 'Damaged', 'en-gb': 'Damaged' },
    type: 'refund',
    updated_at: '2025-08-29T20:42:54.404Z',
    created_at: '2025-08-29T20:42:54.404Z',
  }],
};

const SEED_REJECT_BODY = '{\n"reason": "Damaged",\n"images": [\n"https://akinon.com/images/claim/2595053219311870-1.jpg"\n]\n}';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The example with what a running service generates (ids, dates, codes) replaced by their shape. */
function asGenerated<T extends Record<string, unknown>>(example: T, generated: ReadonlyArray<keyof T>): Record<string, unknown> {
  return { ...example, ...Object.fromEntries(generated.map((field) => [field, field === 'id' ? expect.stringMatching(UUID) : field.toString().endsWith('_at') ? expect.stringMatching(ISO) : expect.any(String)])) };
}

describe.each(DATABASES)('the Seller Center document examples, over HTTP (%s)', (kind) => {
  const t = useTestApp(kind);
  let origin = '';
  let store: StoreFixture;
  let claim: any;

  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}${BASE}`;
    store = await t.given.store();
    const reason = await t.given.reason(store, { kind: 'return', subject: 'Damaged', translations: { 'en-us': 'Damaged', 'en-gb': 'Damaged' } });
    claim = await givenReturn(t, store, { sku: 'AKN-TSHRT-RD', package_item: '2595053219311870-1', reason, description: 'The product was damaged during shipment.' });
    // The seller's return parcel is registered: the claim now waits for the seller's decision.
    await native(t, store, 'POST', `/v1/claims/${claim.id}/return-shipment`, { tracking_number: '3457623412', tracking_url: 'https://akinon.com/track/3457623412' });
  });

  const send = (method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) => fetch(`${origin}${path}`, {
    method, body: init.body, headers: { Authorization: store.merchantKey, Accept: '*/*', ...init.headers },
  });

  it('GET /api/i2/claims/ answers the documented page', async () => {
    const response = await send('GET', '/api/i2/claims/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body).toEqual({
      ...SEED_CLAIMS_PAGE,
      next: null, // one claim, one page: the example's next link is a placeholder
      results: [{
        ...asGenerated(SEED_CLAIMS_PAGE.results[0]!, ['id', 'updated_at', 'created_at', 'return_code']),
        id: claim.uuid,
        reason: { ...SEED_CLAIMS_PAGE.results[0]!.reason, id: expect.stringMatching(UUID) },
      }],
    });
    expect(body.results[0].return_code).toBe((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).return_shipment.easy_return_code);
  });

  it('GET /api/i2/claim-reasons/ answers the documented page', async () => {
    const response = await send('GET', '/api/i2/claim-reasons/');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...SEED_REASONS_PAGE, next: null, results: [asGenerated(SEED_REASONS_PAGE.results[0]!, ['id', 'updated_at', 'created_at'])] });
  });

  it('POST /api/i2/claims/{id}/reject/ with the documented body answers 204 No Content', async () => {
    const other = await givenReturn(t, store);
    const response = await send('POST', `/api/i2/claims/${other.uuid}/reject/`, {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(SEED_REJECT_BODY)) }, body: SEED_REJECT_BODY,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await native(t, store, 'GET', `/v1/claims/${other.id}`)).rejection).toEqual({ reason: 'Damaged', images: ['https://akinon.com/images/claim/2595053219311870-1.jpg'] });
  });

  it('POST /api/i2/claims/{id}/approve/ without a body answers 204 No Content', async () => {
    const response = await send('POST', `/api/i2/claims/${claim.uuid}/approve/`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('approved');
  });

  it('links next and previous as absolute URLs of the same endpoint, every parameter kept', async () => {
    await givenReturn(t, store);
    const first = await (await send('GET', '/api/i2/claims/?limit=1&type=refund&foo=bar')).json();
    expect(first.count).toBeGreaterThan(1);
    const next = new URL(first.next);
    expect(`${next.origin}${next.pathname}`).toBe(`${origin}/api/i2/claims/`);
    expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '1', type: 'refund', foo: 'bar', page: '2' });
    const second = await (await send('GET', `${next.pathname.slice(BASE.length)}${next.search}`)).json();
    expect(Object.fromEntries(new URL(second.previous).searchParams)).toEqual({ limit: '1', type: 'refund', foo: 'bar', page: '1' });
  });
});
