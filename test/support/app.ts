import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createCore, type Core } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import type { MetricsAccess } from '../../src/http/metrics.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';

export const ADMIN_KEY = 'test-admin-key-0123456789';

export interface TestApp {
  app: FastifyInstance;
  core: Core;
  database: TestDatabase;
  /** Sends a request in memory; `key` goes in as `Bearer <key>`. */
  request(options: RequestOptions): Promise<LightMyRequestResponse>;
  given: Builders;
}

export interface RequestOptions {
  method: InjectOptions['method'];
  url: string;
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface StoreFixture {
  id: number;
  code: string;
  currency: string;
  merchantKey: string;
}

export interface OrderItemSpec {
  sku?: string;
  quantity?: number;
  unit_price?: number;
  fulfillment_status?: 'unfulfilled' | 'shipped' | 'delivered';
  external_id?: string;
  package_item?: string;
  tracking_number?: string;
}

export interface Builders {
  store(fields?: { code?: string; currency?: string; languages?: string[] }): Promise<StoreFixture>;
  order(store: StoreFixture, fields?: { items?: OrderItemSpec[]; shipping_amount?: number; email?: string; number?: string; external_id?: string; currency?: string }): Promise<any>;
  customerKey(store: StoreFixture, customerId: number): Promise<string>;
  reason(store: StoreFixture, fields: { kind: string; subject?: string; translations?: Record<string, string>; requires_description?: boolean; requires_evidence?: boolean }): Promise<any>;
}

let sequence = 0;
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${sequence}`;
}

/** Builds the app on a fresh database for the surrounding describe block. */
export function useTestApp(
  kind: DatabaseKind,
  options: { poolMax?: number; rateLimitPerMinute?: number; logger?: FastifyServerOptions['logger']; clock?: () => Date; metrics?: MetricsAccess } = {},
): TestApp {
  const context = {} as TestApp;
  beforeAll(async () => {
    const database = await openTestDatabase(kind, options);
    const core = createCore(database.db, { adminKey: ADMIN_KEY }, options.clock);
    const app = await buildApp({ core, database, rateLimitPerMinute: options.rateLimitPerMinute ?? 0, logger: options.logger ?? false, ...(options.metrics === undefined ? {} : { metrics: options.metrics }) });
    await app.ready();
    context.app = app;
    context.core = core;
    context.database = database;
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.dispose();
  });

  context.request = async ({ method, url, key, body, headers = {} }) => context.app.inject({
    method, url,
    headers: { ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...headers },
    ...(body === undefined ? {} : typeof body === 'string' ? { payload: body, headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...headers } } : { payload: body as object }),
  });

  const expectStatus = (response: LightMyRequestResponse, status: number) => {
    if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
    return response.json();
  };

  context.given = {
    async store(fields = {}) {
      const code = fields.code ?? unique('store');
      const store = expectStatus(await context.request({
        method: 'POST', url: '/v1/stores', key: ADMIN_KEY,
        body: { name: `Store ${code}`, code, currency: fields.currency ?? 'EUR', languages: fields.languages ?? ['en-us', 'tr-tr'] },
      }), 201);
      const key = expectStatus(await context.request({
        method: 'POST', url: '/v1/api-keys', key: ADMIN_KEY, body: { store_id: store.id, role: 'merchant', name: `merchant of ${code}` },
      }), 201);
      return { id: store.id, code, currency: store.currency, merchantKey: key.key };
    },
    async order(store, fields = {}) {
      const items = (fields.items ?? [{}]).map((item, index) => ({
        sku: item.sku ?? `SKU-${index + 1}`, name: `Item ${index + 1}`, quantity: item.quantity ?? 1,
        unit_price: item.unit_price ?? 1000, fulfillment_status: item.fulfillment_status ?? 'delivered',
        ...(item.external_id === undefined ? {} : { external_id: item.external_id }),
        ...(item.package_item === undefined ? {} : { package_item: item.package_item }),
        ...(item.tracking_number === undefined ? {} : { tracking_number: item.tracking_number }),
      }));
      return expectStatus(await context.request({
        method: 'POST', url: '/v1/orders', key: store.merchantKey,
        body: {
          number: fields.number ?? unique('ORD'), currency: fields.currency ?? store.currency, placed_at: '2026-11-01T10:00:00Z',
          ...(fields.external_id === undefined ? {} : { external_id: fields.external_id }),
          customer: { email: fields.email ?? `${unique('buyer')}@example.com`, first_name: 'Ada', last_name: 'Buyer' },
          shipping_amount: fields.shipping_amount ?? 500, items,
        },
      }), 201);
    },
    async customerKey(store, customerId) {
      return expectStatus(await context.request({
        method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: store.id, role: 'customer', customer_id: customerId },
      }), 201).key;
    },
    async reason(store, fields) {
      return expectStatus(await context.request({
        method: 'POST', url: '/v1/reasons', key: store.merchantKey,
        body: { subject: fields.subject ?? `Reason ${unique('r')}`, ...fields },
      }), 201);
    },
  };
  return context;
}
