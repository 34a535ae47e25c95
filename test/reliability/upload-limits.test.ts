import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteUnattachedUploads } from '../../src/core/claims/uploads.js';
import { createCore, type Core } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import { ADMIN_KEY } from '../support/app.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// Upload quotas per customer and per store, weighed under the store's lock, and the
// housekeeping that deletes uploads no claim took within a day.

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe.each(DATABASES)('upload limits (%s)', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let core: Core;
  let now = new Date('2026-12-01T10:00:00Z');
  let folder: string;

  beforeAll(async () => {
    // A folder of this database's own: other files (and the other database) number their
    // stores alike, and the files stored are counted here. The app reads it when built.
    folder = process.env.RECOURSE_UPLOADS_DIR = mkdtempSync(join(tmpdir(), 'recourse-uploads-'));
    database = await openTestDatabase(kind);
    core = createCore(database.db, { adminKey: ADMIN_KEY, uploadQuotas: { perCustomerBytes: PNG.length * 2, perStoreBytes: PNG.length * 5 } }, () => now);
    app = await buildApp({ core, database, rateLimitPerMinute: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  const call = (method: 'GET' | 'POST', url: string, key: string, payload?: object) => app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(payload === undefined ? {} : { payload }) });
  const upload = (key: string) => app.inject({ method: 'POST', url: '/v1/uploads', headers: { authorization: `Bearer ${key}`, 'content-type': 'image/png' }, payload: PNG });

  it('holds each customer and the store to their quota, even in parallel, and deletes what no claim took after a day', async () => {
    const code = `quota-${kind}`;
    const store = (await call('POST', '/v1/stores', ADMIN_KEY, { name: 'Quota', code, currency: 'EUR', languages: ['en-us'] })).json();
    const merchantKey = (await call('POST', '/v1/api-keys', ADMIN_KEY, { store_id: store.id, role: 'merchant' })).json().key;
    const customerKeys: string[] = [];
    const orders = [];
    for (let index = 0; index < 4; index += 1) {
      const order = (await call('POST', '/v1/orders', merchantKey, {
        number: `Q-${index}`, currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', shipping_amount: 0,
        customer: { email: `q${index}@example.com`, first_name: 'Q', last_name: 'Buyer' },
        items: [{ sku: 'MUG', name: 'Mug', quantity: 1, unit_price: 1000, fulfillment_status: 'delivered' }],
      })).json();
      orders.push(order);
      customerKeys.push((await call('POST', '/v1/api-keys', merchantKey, { store_id: store.id, role: 'customer', customer_id: order.customer.id })).json().key);
    }
    // Five parallel uploads of one customer: two fit their quota.
    const first = await Promise.all(Array.from({ length: 5 }, () => upload(customerKeys[0]!)));
    expect(first.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 400, 400, 400]);
    expect(first.find((answer) => answer.statusCode === 400)?.json()).toMatchObject({ code: 'invalid_input', path: '/body' });
    // Others fill the store's quota of five.
    expect((await upload(customerKeys[1]!)).statusCode).toBe(201);
    expect((await upload(customerKeys[1]!)).statusCode).toBe(201);
    expect((await upload(customerKeys[2]!)).statusCode).toBe(201);
    const full = await upload(customerKeys[3]!);
    expect(full.statusCode).toBe(400);
    expect(full.json().detail).toContain("the store's uploads");
    const stored = () => readdirSync(join(folder, String(store.id))).length;
    expect(stored()).toBe(5);

    // One upload becomes a claim's evidence; the others are never attached.
    const kept = first.find((answer) => answer.statusCode === 201)!.json();
    const claim = await call('POST', '/v1/claims', customerKeys[0]!, {
      order_id: orders[0].id, kind: 'return', lines: [{ order_item_id: orders[0].items[0].id, quantity: 1 }], evidence: [{ url: kept.url, kind: 'photo' }],
    });
    expect(claim.statusCode, claim.body).toBe(201);
    expect(await deleteUnattachedUploads(core, folder)).toBe(0);
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    expect(await deleteUnattachedUploads(core, folder)).toBe(4);
    expect(stored()).toBe(1);
    expect(existsSync(join(folder, String(store.id)))).toBe(true);
    expect((await call('GET', `/v1/uploads/${kept.id}`, merchantKey)).statusCode).toBe(200);
    // The room they took is free again.
    expect((await upload(customerKeys[3]!)).statusCode).toBe(201);
  });
});
