import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { StoreFixture, TestApp } from '../../support/app.js';

export const REFUNDS = '/compat/refunds-v2/api/v2/refunds';

/** A request to the Refunds v2 door. */
export function v2(
  t: TestApp, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return t.request({ method, url: `${REFUNDS}${path}`, key: options.key, body: options.body, headers: options.headers });
}

/** The `data` of a successful answer, after checking the status and the envelope. */
export function dataOf(response: LightMyRequestResponse, status = 200): any {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  const body = response.json();
  expect(body).toMatchObject({ success: true, error: null });
  expect(body.responseId).toMatch(/^[0-9a-f-]{36}$/);
  expect(Number.isNaN(Date.parse(body.timestamp))).toBe(false);
  return body.data;
}

/** Checks an error answer: its status, the envelope and the document's error type. */
export function expectError(response: LightMyRequestResponse, status: number, type: string): { type: string; message: string } {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  const body = response.json();
  expect(body).toMatchObject({ success: false, data: null, error: { type } });
  expect(typeof body.error.message).toBe('string');
  expect(body.responseId).toMatch(/^[0-9a-f-]{36}$/);
  return body.error;
}

export interface Parties {
  store: StoreFixture;
  /** 1 item at 10.00 + 5.00 shipping: 15.00 EUR paid. */
  order: any;
  customerKey: string;
  /** Another customer of the same store, with an order of its own. */
  otherOrder: any;
  otherCustomerKey: string;
  /** Another store and its merchant. */
  otherStore: StoreFixture;
}

export async function givenParties(t: TestApp): Promise<Parties> {
  const [store, otherStore] = await Promise.all([t.given.store(), t.given.store()]);
  const [order, otherOrder] = await Promise.all([t.given.order(store), t.given.order(store)]);
  const [customerKey, otherCustomerKey] = await Promise.all([
    t.given.customerKey(store, order.customer.id), t.given.customerKey(store, otherOrder.customer.id),
  ]);
  return { store, order, customerKey, otherOrder, otherCustomerKey, otherStore };
}

export async function createRefund(
  t: TestApp, key: string, orderId: number, fields: { amount?: number; refundOnly?: boolean; reason?: string } = {},
): Promise<any> {
  return dataOf(await v2(t, 'POST', '', {
    key, body: { orderId, reason: fields.reason ?? 'I hate this product', amount: fields.amount ?? 5, refundOnly: fields.refundOnly ?? false },
  }), 201);
}

export async function act(t: TestApp, key: string, id: number, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return v2(t, 'PATCH', `/${id}`, { key, body });
}
