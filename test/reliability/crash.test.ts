import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, type DatabaseKind } from '../support/databases.js';
import { call, startService, type Service } from '../support/services.js';

// kill -9 the real service in the middle of a stream of writes, start it again on the same
// data, and check: every write it acknowledged is there, nothing half-written is, and the
// money and quantity invariants hold.

const ADMIN = 'crash-admin-key-0123456789';
const WRITERS = 6;
// Stream until enough writes were acknowledged to make the check meaningful (bounded).
const ACKNOWLEDGED_MIN = 10;
const STREAM_MS_MAX = 60_000;
// Kill and restart cycles per database; the soak run raises it (RECOURSE_CRASH_ROUNDS).
const CRASH_ROUNDS = Number(process.env.RECOURSE_CRASH_ROUNDS ?? 1);

async function killHard(server: Service): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGKILL');
  await exited;
}

/** Counts a claim's events of one type, page by page. */
async function countEvents(server: Service, key: string, claimId: number, type: string): Promise<number> {
  let afterId = 0;
  let found = 0;
  for (;;) {
    const page = (await call(server, key, 'GET', `/v1/claims/${claimId}/events?limit=500&after_id=${afterId}`)).json.data as { id: number; type: string }[];
    found += page.filter((event) => event.type === type).length;
    if (page.length < 500) return found;
    afterId = page[page.length - 1]!.id;
  }
}

/** Six writers file claims and refunds until enough were acknowledged, then the server is killed mid-stream. */
async function streamWritesThenKill(server: Service, key: string, order: any, anchorId: number, claims: number[], refunds: number[]): Promise<void> {
  let stop = false;
  const writer = async (index: number) => {
    while (!stop) {
      try {
        if (index % 2 === 0) {
          const filed = await call(server, key, 'POST', '/v1/claims', { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
          if (filed.status === 201) claims.push(filed.json.id);
        } else {
          const refund = await call(server, key, 'POST', `/v1/claims/${anchorId}/refunds`, { amount: 7 });
          if (refund.status === 201) refunds.push(refund.json.id);
        }
      } catch {
        return; // The connection died with the server: whatever was not acknowledged may or may not exist.
      }
    }
  };
  const claimsBefore = claims.length;
  const refundsBefore = refunds.length;
  const writers = Array.from({ length: WRITERS }, (_, index) => writer(index));
  const streamEnds = Date.now() + STREAM_MS_MAX;
  while (Date.now() < streamEnds && (claims.length - claimsBefore < ACKNOWLEDGED_MIN || refunds.length - refundsBefore < ACKNOWLEDGED_MIN)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await killHard(server);
  stop = true;
  await Promise.all(writers);
}

/** Every acknowledged write is there with its event; nothing exists half-written; the money holds. */
async function expectEverythingAcknowledged(server: Service, key: string, order: any, anchorId: number, claims: number[], refunds: number[]): Promise<void> {
  for (const id of claims) {
    const claim = await call(server, key, 'GET', `/v1/claims/${id}`);
    expect(claim.status).toBe(200);
    expect(claim.json.lines).toHaveLength(1);
    const events = await call(server, key, 'GET', `/v1/claims/${id}/events`);
    expect(events.json.data.map((event: { type: string }) => event.type)).toContain('claim.created');
  }
  const anchorNow = (await call(server, key, 'GET', `/v1/claims/${anchorId}`)).json;
  const refundIds = anchorNow.refunds.map((refund: { id: number }) => refund.id);
  for (const id of refunds) expect(refundIds).toContain(id);
  const refundEvents = await countEvents(server, key, anchorId, 'refund.created');
  // Every refund that exists was written with its event: none half-written.
  expect(refundEvents).toBe(refundIds.length);
  const refundedMinor = anchorNow.refunds.reduce((total: number, refund: { amount: number }) => total + refund.amount, 0);
  expect(refundedMinor).toBeLessThanOrEqual(order.total_amount);
}

describe.each(DATABASES)('crash safety (%s)', (kind: DatabaseKind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function databaseEnv(): Promise<NodeJS.ProcessEnv> {
    if (kind === 'pglite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'recourse-crash-'));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      return { RECOURSE_DATA_DIR: dataDir, DATABASE_URL: '' };
    }
    const base = process.env.TEST_DATABASE_URL as string;
    const name = `recourse_crash_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const cleaner = new pg.Client({ connectionString: base });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  }

  it('keeps every acknowledged write and no half-written one across kill -9', { timeout: 600_000 }, async () => {
    const env = await databaseEnv();
    let server = await startService(env, ADMIN);
    const store = await call(server, ADMIN, 'POST', '/v1/stores', { name: 'Crash', code: 'crash', currency: 'EUR' });
    const key = (await call(server, ADMIN, 'POST', '/v1/api-keys', { store_id: store.json.id, role: 'merchant' })).json.key as string;
    const order = (await call(server, key, 'POST', '/v1/orders', {
      number: 'C-1', currency: 'EUR', placed_at: '2026-11-01T00:00:00Z', customer: { email: 'c@example.com', first_name: 'C', last_name: 'D' },
      shipping_amount: 0, items: [{ sku: 'A', name: 'A', quantity: 100_000, unit_price: 100, fulfillment_status: 'delivered' }],
    })).json;
    const anchor = (await call(server, key, 'POST', '/v1/claims', { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] })).json;

    const acknowledgedClaims: number[] = [];
    const acknowledgedRefunds: number[] = [];
    try {
      for (let round = 1; round <= CRASH_ROUNDS; round += 1) {
        const before = { claims: acknowledgedClaims.length, refunds: acknowledgedRefunds.length };
        await streamWritesThenKill(server, key, order, anchor.id, acknowledgedClaims, acknowledgedRefunds);
        expect(acknowledgedClaims.length - before.claims, `round ${round}`).toBeGreaterThanOrEqual(ACKNOWLEDGED_MIN);
        expect(acknowledgedRefunds.length - before.refunds, `round ${round}`).toBeGreaterThanOrEqual(ACKNOWLEDGED_MIN);
        server = await startService(env, ADMIN);
        await expectEverythingAcknowledged(server, key, order, anchor.id, acknowledgedClaims, acknowledgedRefunds);
      }
      // The service still works after the crashes.
      expect((await call(server, key, 'POST', '/v1/claims', { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] })).status).toBe(201);
    } finally {
      await killHard(server);
    }
  });
});
