import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';
import { call, startService, type Service } from '../support/services.js';
import { waitFor } from '../webhooks/support.js';

// Any number of service processes on one database (issue: scale out): three `recourse serve`
// processes share the test database — plain PostgreSQL, or a Citus coordinator when
// TEST_DATABASE_URL names one, where the tables are distributed by store. Orders, filings and
// approvals go through all three at once. Every claim gets its own number, every due timer
// fires once although three workers look for it, three racing refunds of a whole claim pay it
// once, and every event reaches the webhook receiver exactly once although three dispatchers
// poll for it. PGlite is one process's database, so this runs only with TEST_DATABASE_URL.

const ADMIN = 'processes-admin-key-0123456789';
const PROCESSES = 3;
const CLAIMS = 24;

describe.skipIf(process.env.TEST_DATABASE_URL === undefined)('several service processes on one database', () => {
  let database: TestDatabase;
  let receiver: Server;
  let dataDir: string;
  const services: Service[] = [];
  const received: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    receiver = createServer((request: IncomingMessage, response) => {
      request.resume();
      request.on('end', () => {
        received.push(String(request.headers['webhook-id']));
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    dataDir = mkdtempSync(join(tmpdir(), 'recourse-processes-'));
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.searchParams.set('options', `-c search_path=${database.schema}`);
    const env = {
      DATABASE_URL: url.toString(), RECOURSE_DATA_DIR: join(dataDir, 'data'), RECOURSE_SECRET_KEY: 'processes-secret-key-0123456789abcdef',
      RECOURSE_ALLOW_PRIVATE_WEBHOOKS: '1',
    };
    services.push(...await Promise.all(Array.from({ length: PROCESSES }, () => startService(env, ADMIN))));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(services.map(async (service) => {
      const exited = new Promise((resolve) => service.process.once('exit', resolve));
      service.process.kill('SIGTERM');
      await exited;
    }));
    await new Promise((resolve) => receiver?.close(resolve));
    await database?.dispose();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it('number every claim once, deliver every event once and fire every timer once', { timeout: 300_000 }, async () => {
    const [first] = services as [Service];
    const store = await call(first, ADMIN, 'POST', '/v1/stores', { name: 'Processes', code: 'processes', currency: 'EUR' });
    expect(store.status).toBe(201);
    const key = (await call(first, ADMIN, 'POST', '/v1/api-keys', { store_id: store.json.id, role: 'merchant' })).json.key as string;
    const { port } = receiver.address() as AddressInfo;
    const endpoint = await call(first, key, 'POST', '/v1/webhook-endpoints', { url: `http://127.0.0.1:${port}/hook` });
    expect(endpoint.status, JSON.stringify(endpoint.json)).toBe(201);

    const via = (index: number) => services[index % PROCESSES] as Service;
    const claims = await Promise.all(Array.from({ length: CLAIMS }, async (_, index) => {
      const order = await call(via(index), key, 'POST', '/v1/orders', {
        number: `P-${index}`, currency: 'EUR', placed_at: '2026-11-01T10:00:00Z',
        customer: { email: `buyer${index}@example.com`, first_name: 'Ada', last_name: 'Buyer' }, shipping_amount: 0,
        items: [{ sku: 'SKU', name: 'Item', quantity: 1, unit_price: 1000, fulfillment_status: 'delivered' }],
      });
      expect(order.status, JSON.stringify(order.json)).toBe(201);
      const filed = await call(via(index + 1), key, 'POST', '/v1/claims', {
        order_id: order.json.id, kind: 'return', lines: [{ order_item_id: order.json.items[0].id, quantity: 1 }],
      });
      expect(filed.status, JSON.stringify(filed.json)).toBe(201);
      return filed.json as { id: number; number: string };
    }));
    const numbers = claims.map((claim) => Number(claim.number.slice(2))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: CLAIMS }, (_, index) => 5_100_000 + index));

    // A resolution deadline already passed on every claim: three timer workers look for them.
    const { db } = database;
    const storeId = Number(store.json.id);
    await sql`
      INSERT INTO timers (store_id, claim_id, kind, due_at, status, policy_version, data)
      SELECT store_id, id, 'resolution_sla', now() - interval '1 minute', 'pending', 1, '{"hours": 1}' FROM claims WHERE store_id = ${storeId}`.execute(db);
    const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(db)).rows[0]?.n);
    await waitFor(async () => await count(sql`SELECT count(*)::int AS n FROM timers WHERE store_id = ${storeId} AND status = 'pending'`) === 0, 120_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM timers WHERE store_id = ${storeId} AND status = 'fired'`)).toBe(CLAIMS);
    const breaches = await sql<{ claim_id: number; n: number }>`
      SELECT claim_id, count(*)::int AS n FROM events WHERE store_id = ${storeId} AND type = 'sla.breached' GROUP BY claim_id`.execute(db);
    expect(breaches.rows).toHaveLength(CLAIMS);
    expect(breaches.rows.every((row) => row.n === 1)).toBe(true);

    await Promise.all(claims.map(async (claim, index) => {
      const approved = await call(via(index + 2), key, 'POST', `/v1/claims/${claim.id}/approve`, {});
      expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    }));

    // The three race to refund the whole of each of six claims: one refund each, never more than was paid.
    for (const claim of claims.slice(0, 6)) {
      const answers = await Promise.all(services.map((service) => call(service, key, 'POST', `/v1/claims/${claim.id}/refunds`, { amount: 1000 })));
      expect(answers.filter((answer) => answer.status === 201), JSON.stringify(answers.map((answer) => answer.status))).toHaveLength(1);
      expect(answers.every((answer) => answer.status === 201 || (answer.status >= 400 && answer.status < 500))).toBe(true);
    }
    const refunded = await sql<{ claim_id: number; total: number }>`
      SELECT claim_id, sum(amount_minor)::int AS total FROM refunds WHERE store_id = ${storeId} GROUP BY claim_id`.execute(db);
    expect(refunded.rows).toHaveLength(6);
    expect(refunded.rows.every((row) => row.total === 1000)).toBe(true);

    // Three dispatchers fan the events out and deliver them.
    const events = async () => count(sql`SELECT count(*)::int AS n FROM events WHERE store_id = ${storeId}`);
    await waitFor(async () => await count(sql`
      SELECT count(*)::int AS n FROM webhook_deliveries WHERE store_id = ${storeId} AND status = 'succeeded'`) === await events(), 120_000);
    const total = await events();
    expect(total).toBeGreaterThanOrEqual(CLAIMS * 4);
    // Let a late duplicate arrive, if any dispatcher were to send one.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(received.length).toBe(total);
    expect(new Set(received).size).toBe(total);
    const attempts = await sql<{ n: number; deliveries: number }>`
      SELECT count(*)::int AS n, count(DISTINCT delivery_id)::int AS deliveries FROM webhook_attempts WHERE store_id = ${storeId}`.execute(db);
    expect(attempts.rows[0]).toEqual({ n: total, deliveries: total });
  });
});
