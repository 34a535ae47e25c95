import type { LightMyRequestResponse } from 'fastify';
import type { StoreFixture, TestApp } from '../../support/app.js';

export const BASE = '/compat/omnitron';
export const PREFIXES = ['/api/channel', '/api/v1/channel'] as const;

export interface OmRequest {
  key?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request to the Omnitron door; `key` goes in bare, as the document's `Authorization: YOUR_API_KEY`. */
export function om(t: TestApp, method: Method, path: string, { key, headers = {}, body }: OmRequest = {}): Promise<LightMyRequestResponse> {
  return t.request({ method, url: `${BASE}${path}`, body, headers: { ...(key === undefined ? {} : { authorization: key }), ...headers } });
}

/** The cancellation requests collection of a channel, under the document's prefix or the SDK's. */
export function requestsOf(channelId: number, prefix: (typeof PREFIXES)[number] = '/api/channel'): string {
  return `${prefix}/${channelId}/cancellation_requests/`;
}

export async function expectOk(response: LightMyRequestResponse, status: number): Promise<any> {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.body === '' ? undefined : response.json();
}

/** Calls the native API as the store's merchant. */
export async function native(t: TestApp, store: StoreFixture, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<any> {
  const response = await t.request({ method, url, key: store.merchantKey, body: method === 'GET' ? undefined : body ?? {} });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** An order with one item, delivered unless said otherwise; returns the order and its item. */
export interface ItemFields {
  fulfillment_status?: 'unfulfilled' | 'shipped' | 'delivered';
  quantity?: number;
  unit_price?: number;
  sku?: string;
  tracking_number?: string;
  number?: string;
  email?: string;
}

export async function givenItem(t: TestApp, store: StoreFixture, fields: ItemFields = {}): Promise<{ order: any; item: any }> {
  const order = await t.given.order(store, {
    number: fields.number, email: fields.email,
    items: [{
      sku: fields.sku ?? 'SKU-1', quantity: fields.quantity ?? 1, unit_price: fields.unit_price ?? 1000,
      fulfillment_status: fields.fulfillment_status ?? 'delivered', ...(fields.tracking_number === undefined ? {} : { tracking_number: fields.tracking_number }),
    }],
  });
  return { order, item: order.items[0] };
}

/** Files a cancellation request through this door and returns it (201 expected). */
export async function givenRequest(
  t: TestApp, store: StoreFixture,
  fields: { type?: 'cancel' | 'refund'; reason?: any; item?: any; quantity?: number; extra?: Record<string, unknown>; itemFields?: ItemFields } = {},
): Promise<any> {
  const type = fields.type ?? 'cancel';
  const item = fields.item ?? (await givenItem(t, store, { fulfillment_status: type === 'cancel' ? 'unfulfilled' : 'delivered', ...fields.itemFields })).item;
  const reason = fields.reason ?? await t.given.reason(store, { kind: type === 'cancel' ? 'cancellation' : 'return' });
  return expectOk(await om(t, 'POST', requestsOf(store.id), {
    key: store.merchantKey,
    body: { order_item: item.id, reason: reason.id, cancellation_type: type, ...(fields.quantity === undefined ? {} : { quantity: fields.quantity }), ...fields.extra },
  }), 201);
}
