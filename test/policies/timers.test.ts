import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { authenticate, createApiKey } from '../../src/core/identity/api-keys.js';
import { createCore, type Core } from '../../src/core/core.js';
import { fileClaim as fileClaimInCore } from '../../src/core/claims/file-claim.js';
import { importOrder } from '../../src/core/orders/orders.js';
import { putPolicy } from '../../src/core/policies/documents.js';
import { createStore } from '../../src/core/stores/stores.js';
import { runDueTimers } from '../../src/core/policies/timers-worker.js';
import type { Actor } from '../../src/domain/actor.js';
import { openDatabase, type Database } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { useTestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES, type DatabaseKind } from '../support/databases.js';
import { DAY, HOUR, claimEvents, fakeClock, getClaim, installPolicy, move, timerRows } from './support.js';

// Deadlines with a clock the tests move. `runDueTimers(core, { now })` is what the
// service's worker calls every few seconds; here the tests call it themselves.

describe.each(DATABASES)('deadlines (%s)', (kind) => {
  const time = fakeClock('2026-11-05T12:00:00Z');
  const t = useTestApp(kind, { clock: time.clock });
  const at = (ms: number) => new Date(time.now().getTime() + ms);

  async function waitingClaim(policy: unknown) {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    await installPolicy(t, store, policy);
    const order = await t.given.order(store);
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    await move(t, store.merchantKey, claim.id, 'waiting_on_customer');
    return { store, order, claim };
  }

  it('reminds the customer N−2 days into the wait, then closes the claim at N days, each once', async () => {
    const { store, claim } = await waitingClaim({ deadlines: { waiting_on_customer: { close_after_days: 7 } } });
    expect((await runDueTimers(t.core, { now: at(5 * DAY - 1) })).fired).toBe(0);
    expect((await runDueTimers(t.core, { now: at(5 * DAY) })).fired).toBe(1);
    expect((await runDueTimers(t.core, { now: at(5 * DAY + HOUR) })).fired).toBe(0);
    const reminded = await getClaim(t, store, claim.id);
    expect(reminded.status).toBe('waiting_on_customer');
    expect(reminded.messages.filter((message: any) => message.sender_type === 'automatic')).toHaveLength(1);

    expect((await runDueTimers(t.core, { now: at(7 * DAY) })).fired).toBe(1);
    expect((await runDueTimers(t.core, { now: at(30 * DAY) })).fired).toBe(0);
    const closed = await getClaim(t, store, claim.id);
    expect(closed.status).toBe('cancelled');
    const events = await claimEvents(t, store, claim.id);
    expect(events.filter((event) => event.type === 'claim.cancelled')).toEqual([
      expect.objectContaining({ actor: { type: 'automatic', name: 'deadlines' }, data: expect.objectContaining({ timer: 'customer_close', policy_version: 1, from: 'waiting_on_customer' }) }),
    ]);
    expect((await timerRows(t, claim.id)).map((row) => [row.kind, row.status])).toEqual([['customer_reminder', 'fired'], ['customer_close', 'fired']]);
  });

  it('fires nothing once the claim moved on: the customer answered', async () => {
    const { store, claim } = await waitingClaim({ deadlines: { waiting_on_customer: { close_after_days: 7 } } });
    const customerKey = await t.given.customerKey(store, claim.customer.id);
    const reply = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: customerKey, body: { body: 'Here is the photo' } });
    expect(reply.statusCode).toBe(201);
    expect(await runDueTimers(t.core, { now: at(60 * DAY) })).toMatchObject({ fired: 0 });
    expect((await getClaim(t, store, claim.id)).status).toBe('waiting_on_merchant');
    expect((await timerRows(t, claim.id)).map((row) => row.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('starts a new wait afresh when the claim waits on the customer again', async () => {
    const { store, claim } = await waitingClaim({ deadlines: { waiting_on_customer: { close_after_days: 3, remind_before_days: 1 } } });
    await move(t, store.merchantKey, claim.id, 'open');
    time.advance(2 * DAY);
    await move(t, store.merchantKey, claim.id, 'waiting_on_customer');
    expect((await runDueTimers(t.core, { now: at(2 * DAY) })).fired).toBe(1); // the new wait's reminder only
    expect((await getClaim(t, store, claim.id)).status).toBe('waiting_on_customer');
    expect((await runDueTimers(t.core, { now: at(3 * DAY) })).fired).toBe(1);
    expect((await getClaim(t, store, claim.id)).status).toBe('cancelled');
  });

  it('announces a breached first-response SLA and flags the claim, unless the merchant answered', async () => {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    await installPolicy(t, store, { deadlines: { sla: { return: { first_response_hours: 24, resolution_hours: 72 } } } });
    const order = await t.given.order(store, { items: [{}, {}] });
    const silent = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    const answered = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[1].id }] });
    await t.request({ method: 'POST', url: `/v1/claims/${answered.id}/messages`, key: store.merchantKey, body: { body: 'Looking into it' } });
    expect(await runDueTimers(t.core, { now: at(24 * HOUR) })).toMatchObject({ fired: 1, skipped: 1 });
    const breached = await getClaim(t, store, silent.id);
    expect(breached.risk_flags).toEqual(['sla_first_response_breached']);
    const events = await claimEvents(t, store, silent.id);
    expect(events.find((event) => event.type === 'sla.breached')).toMatchObject({
      actor: { type: 'automatic' }, data: { sla: 'first_response', hours: 24, due_at: '2026-11-06T12:00:00.000Z', policy_version: 1 },
    });
    expect((await getClaim(t, store, answered.id)).risk_flags).toEqual([]);
    // Deciding the claim cancels its resolution SLA.
    await move(t, store.merchantKey, answered.id, 'approved');
    expect(await runDueTimers(t.core, { now: at(72 * HOUR) })).toMatchObject({ fired: 1 });
    expect((await getClaim(t, store, silent.id)).risk_flags).toEqual(['sla_first_response_breached', 'sla_resolution_breached']);
  });

  it('expires the code of an approved return never sent, and closes the claim', async () => {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    await installPolicy(t, store, { deadlines: { expire_unshipped_returns: true } });
    const order = await t.given.order(store, { items: [{}, {}] });
    const idle = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    const sent = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[1].id }] });
    await move(t, store.merchantKey, idle.id, 'approved');
    await move(t, store.merchantKey, sent.id, 'approved');
    const shipped = await t.request({ method: 'POST', url: `/v1/claims/${sent.id}/return-shipment`, key: store.merchantKey, body: { carrier: 'dhl', tracking_number: 'T1' } });
    expect(shipped.statusCode).toBeLessThan(300);
    const validUntil = new Date(idle.return_shipment.code_valid_until);
    expect(await runDueTimers(t.core, { now: new Date(validUntil.getTime() - 1) })).toMatchObject({ fired: 0 });
    const run = await runDueTimers(t.core, { now: validUntil });
    expect(run.fired).toBe(1);
    const closed = await getClaim(t, store, idle.id);
    expect(closed.status).toBe('closed');
    expect(closed.messages).toEqual([]);
    expect((await getClaim(t, store, sent.id)).status).toBe('in_return_transit');
  });

  it('alerts once on a refund stuck in processing, and not on one that moved on', async () => {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    await installPolicy(t, store, { deadlines: { refund_processing_alert_hours: 48 } });
    const order = await t.given.order(store, { items: [{}, {}] });
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    const stuck = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 400 } })).json();
    const paid = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 300 } })).json();
    for (const refund of [stuck, paid]) {
      expect((await t.request({ method: 'POST', url: `/v1/refunds/${refund.id}/process`, key: store.merchantKey })).statusCode).toBe(200);
    }
    expect((await t.request({ method: 'POST', url: `/v1/refunds/${paid.id}/issue`, key: store.merchantKey })).statusCode).toBe(200);
    expect(await runDueTimers(t.core, { now: at(48 * HOUR) })).toMatchObject({ fired: 1 });
    expect(await runDueTimers(t.core, { now: at(96 * HOUR) })).toMatchObject({ fired: 0 });
    const alerts = (await claimEvents(t, store, claim.id)).filter((event) => event.type === 'refund.processing_overdue');
    expect(alerts).toEqual([expect.objectContaining({ data: expect.objectContaining({ refund_id: stuck.id, hours: 48, amount_minor: 400 }) })]);
  });

  it('fires each timer exactly once with two workers running at the same time', async () => {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    await installPolicy(t, store, { deadlines: { sla: { incident: { first_response_hours: 1 } } } });
    const order = await t.given.order(store, { items: Array.from({ length: 12 }, () => ({})) });
    for (const item of order.items) {
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: item.id }] });
    }
    const second = await secondCore(kind, t.core);
    try {
      const runs = await Promise.all([
        runDueTimers(t.core, { now: at(HOUR), limit: 50 }), runDueTimers(second.core, { now: at(HOUR), limit: 50 }),
        runDueTimers(t.core, { now: at(HOUR), limit: 50 }), runDueTimers(second.core, { now: at(HOUR), limit: 50 }),
      ]);
      expect(runs.reduce((total, run) => total + run.fired, 0)).toBe(12);
      expect(runs.flatMap((run) => run.failed)).toEqual([]);
    } finally {
      await second.close();
    }
    const breaches = await t.database.db.selectFrom('events').select('claim_id')
      .where('store_id', '=', store.id).where('type', '=', 'sla.breached').execute();
    expect(breaches).toHaveLength(12);
    expect(new Set(breaches.map((row) => row.claim_id)).size).toBe(12);
  });
});

/** Another service process on the same database: its own pool on PostgreSQL; PGlite allows only one. */
async function secondCore(kind: DatabaseKind, first: Core): Promise<{ core: Core; close(): Promise<void> }> {
  if (kind === 'pglite') return { core: createCore(first.db, first.config, first.clock), close: async () => undefined };
  const searchPath = await first.db.selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('schema')).executeTakeFirstOrThrow();
  const url = process.env.TEST_DATABASE_URL ?? '';
  const database = await openDatabase({ kind: 'postgres', url, schema: searchPath.schema, poolMax: 4 });
  return { core: createCore(database.db, first.config, first.clock), close: () => database.close() };
}

/** A database that can be closed and opened again, like a service restart. */
async function reopenableDatabase(kind: DatabaseKind): Promise<{ open(): Promise<Database>; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'recourse-timers-'));
    return {
      async open() {
        const database = await openDatabase({ kind: 'pglite', dataDir });
        await migrateToLatest(database.db);
        return database;
      },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `test_timers_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    async open() {
      const database = await openDatabase({ kind: 'postgres', url, schema, poolMax: 4 });
      await migrateToLatest(database.db, { schema });
      return database;
    },
    async dispose() {
      const cleaner = new pg.Client({ connectionString: url });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}

describe.each(DATABASES)('deadlines across a restart (%s)', (kind) => {
  it('fires a timer set before the service stopped, once, after it starts again', async () => {
    const storage = await reopenableDatabase(kind);
    const admin: Actor = { role: 'admin', keyId: 0, name: 'test', scopes: [] };
    const start = new Date('2026-11-05T12:00:00Z');
    try {
      let database = await storage.open();
      let core = createCore(database.db, {}, () => start);
      const store = await createStore(core, admin, { name: 'Restart', code: `restart-${kind}`, currency: 'EUR', languages: ['en-us'] });
      const { key } = await createApiKey(core, admin, { storeId: store.id, role: 'merchant', name: 'merchant' });
      const merchant = await authenticate(core, key);
      if (merchant === undefined) throw new Error('no merchant');
      await putPolicy(core, merchant, { document: { deadlines: { sla: { return: { resolution_hours: 10 } } } } });
      const order = await importOrder(core, merchant, {
        number: 'R-1', currency: 'EUR', placedAt: start, customer: { email: 'a@example.com', firstName: 'A', lastName: 'B' },
        shippingAmountMinor: 0, items: [{ sku: 'S', name: 'S', quantity: 1, unitPriceMinor: 1000, fulfillmentStatus: 'delivered' }],
      });
      const item = order.items[0];
      if (item === undefined) throw new Error('no item');
      const claim = await fileClaimInCore(core, merchant, { order: { id: order.id }, kind: 'return', source: 'native', lines: [{ orderItemId: item.id }] });
      await database.close();

      database = await storage.open();
      core = createCore(database.db, {}, () => new Date(start.getTime() + 10 * HOUR));
      expect(await runDueTimers(core)).toMatchObject({ fired: 1 });
      await database.close();

      database = await storage.open();
      core = createCore(database.db, {}, () => new Date(start.getTime() + 20 * HOUR));
      expect(await runDueTimers(core)).toMatchObject({ fired: 0 });
      const breaches = await database.db.selectFrom('events').select('id').where('claim_id', '=', claim.id).where('type', '=', 'sla.breached').execute();
      expect(breaches).toHaveLength(1);
      await database.close();
    } finally {
      await storage.dispose();
    }
  });
});
