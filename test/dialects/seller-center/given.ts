import type { LightMyRequestResponse } from 'fastify';
import type { StoreFixture, TestApp } from '../../support/app.js';
import { fileClaim } from '../../support/claims.js';

export const BASE = '/compat/seller-center';

export interface ScRequest {
  key?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A request to the Seller Center door; `key` goes in bare, as the document's `Authorization: YOUR_API_KEY`. */
export function sc(t: TestApp, method: 'GET' | 'POST', path: string, { key, headers = {}, body }: ScRequest = {}): Promise<LightMyRequestResponse> {
  return t.request({ method, url: `${BASE}${path}`, body, headers: { ...(key === undefined ? {} : { authorization: key }), ...headers } });
}

export async function expectOk(response: LightMyRequestResponse, status: number): Promise<any> {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.body === '' ? undefined : response.json();
}

/** Calls the native API as the store's merchant. */
export async function native(t: TestApp, store: StoreFixture, method: 'GET' | 'POST', url: string, body?: unknown): Promise<any> {
  const response = await t.request({ method, url, key: store.merchantKey, body: method === 'POST' ? body ?? {} : undefined });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A delivered item and a return claim on it, filed through the native API. */
export async function givenReturn(
  t: TestApp, store: StoreFixture,
  fields: { sku?: string; package_item?: string; reason?: any; description?: string; key?: string; orderNumber?: string } = {},
): Promise<any> {
  const order = await t.given.order(store, {
    number: fields.orderNumber,
    items: [{ sku: fields.sku ?? 'SKU-R', ...(fields.package_item === undefined ? {} : { package_item: fields.package_item }) }],
  });
  return fileClaim(t, fields.key ?? store.merchantKey, {
    order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }],
    ...(fields.reason === undefined ? {} : { reason_id: fields.reason.id }),
    ...(fields.description === undefined ? {} : { description: fields.description }),
  });
}

/** An item not yet shipped and a cancellation claim on it. */
export async function givenCancellation(t: TestApp, store: StoreFixture, fields: { reason?: any } = {}): Promise<any> {
  const order = await t.given.order(store, { items: [{ sku: 'SKU-C', fulfillment_status: 'unfulfilled' }] });
  return fileClaim(t, store.merchantKey, {
    order_id: order.id, kind: 'cancellation', lines: [{ order_item_id: order.items[0].id }],
    ...(fields.reason === undefined ? {} : { reason_id: fields.reason.id }),
  });
}

/** An incident claim, which this door must never show or act on. */
export async function givenIncident(t: TestApp, store: StoreFixture): Promise<any> {
  const order = await t.given.order(store, { items: [{ sku: 'SKU-I' }] });
  return fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: order.items[0].id }] });
}

export async function listIds(t: TestApp, key: string, query = ''): Promise<string[]> {
  const page = await expectOk(await sc(t, 'GET', `/api/i2/claims/${query}`, { key }), 200);
  return page.results.map((claim: { id: string }) => claim.id);
}
