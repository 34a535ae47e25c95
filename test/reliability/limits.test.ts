import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createCore, type Core } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import { openDatabase } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { LOOKUP_FAILURES_MAX } from '../../src/core/portal/portal.js';
import { SIGN_IN_FAILURES_MAX } from '../../src/core/identity/sessions.js';
import { ADMIN_KEY, useTestApp, type StoreFixture } from '../support/app.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// The limits a server on the open network needs, checked over a real socket: a header block
// over 16 KiB is refused, a client that trickles its request is cut off, a runaway query on
// PostgreSQL is stopped, and the web pages carry their security headers.

/** Writes raw bytes to the server and collects everything it answers until it closes. */
function exchange(port: number, chunks: string[], pauseMs = 0): Promise<{ answer: string; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const trickle = async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
      }
    };
    const socket = connect(port, '127.0.0.1', () => { trickle().catch(reject); });
    socket.setEncoding('utf8');
    socket.on('data', (data) => { answer += data; });
    socket.on('error', (error) => (answer === '' ? reject(error) : undefined));
    socket.on('close', () => resolve({ answer, elapsedMs: Date.now() - started }));
    setTimeout(() => socket.destroy(), 10_000);
  });
}

describe('limits on the socket', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = await buildApp({ core: createCore(database.db, { adminKey: ADMIN_KEY }), database, rateLimitPerMinute: 0, requestTimeoutMs: 400 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('answers 431 to a header block over 16 KiB, and serves one under it', async () => {
    const big = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-padding': 'x'.repeat(17 * 1024) } });
    expect(big.status).toBe(431);
    const fine = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-padding': 'x'.repeat(8 * 1024) } });
    expect(fine.status).toBe(200);
  });

  it('cuts off a client that trickles its request with 408 once the request timeout passes', async () => {
    const trickle = ['GET /health HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n', ...Array.from({ length: 40 }, (_, index) => `X-Slow-${index}: 1\r\n`)];
    const { answer, elapsedMs } = await exchange(port, trickle, 100);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsedMs).toBeLessThan(4_000);
  });

  it('serves a whole request sent promptly on the same kind of socket', async () => {
    const { answer } = await exchange(port, ['GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('{"status":"ok"}');
  });

  it('sends the security headers with the console and the portal pages', async () => {
    for (const path of ['/console', '/portal/any-store']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      // The pages are built at install time; without them the server says so in plain text.
      if (response.status === 503) continue;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL !== undefined)('the statement timeout on PostgreSQL', () => {
  it('stops a query that runs past it, yet lets migrations run as long as they need', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const scratch = await openTestDatabase('postgres');
    const schema = await sql<{ schema: string }>`select current_schema() as schema`.execute(scratch.db);
    const limited = await openDatabase({ kind: 'postgres', url, schema: schema.rows[0]?.schema, poolMax: 2, statementTimeoutMs: 200 });
    try {
      await expect(sql`select pg_sleep(1)`.execute(limited.db)).rejects.toMatchObject({ code: '57014' });
      await expect(sql`select 1 as one`.execute(limited.db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
      // Already migrated: the migrator runs on its own untimed connection and finds nothing to do.
      await expect(migrateToLatest(limited.db, { schema: schema.rows[0]?.schema })).resolves.toEqual([]);
      const after = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(limited.db);
      expect(after.rows[0]?.statement_timeout).toBe('200ms');
    } finally {
      await limited.close();
      await scratch.dispose();
    }
  });
});

describe('the limits\' configuration', () => {
  it('reads each limit as a whole number, and stops on a typo instead of switching a limit off', () => {
    const config = readConfig({ RECOURSE_REQUEST_TIMEOUT_MS: '5000', RECOURSE_RATE_LIMIT_PER_MINUTE: '0', DATABASE_URL: 'postgres://x', RECOURSE_STATEMENT_TIMEOUT_MS: '250' });
    expect(config).toMatchObject({ requestTimeoutMs: 5000, rateLimitPerMinute: 0, database: { kind: 'postgres', statementTimeoutMs: 250 } });
    expect(readConfig({})).toMatchObject({ requestTimeoutMs: 30_000, rateLimitPerMinute: 60_000, port: 8080, trustProxy: [], passwordHashing: { concurrency: 2, queueMax: 32 } });
    expect(readConfig({ RECOURSE_TRUST_PROXY: ' 10.0.0.0/8, 192.168.1.7 ,::1,loopback', RECOURSE_PASSWORD_HASH_CONCURRENCY: '4', RECOURSE_PASSWORD_HASH_QUEUE: '0' }))
      .toMatchObject({ trustProxy: ['10.0.0.0/8', '192.168.1.7', '::1', 'loopback'], passwordHashing: { concurrency: 4, queueMax: 0 } });
    for (const [name, value] of [
      ['RECOURSE_REQUEST_TIMEOUT_MS', '30s'], ['RECOURSE_RATE_LIMIT_PER_MINUTE', '-1'], ['PORT', '70000'], ['PORT', '80.5'],
      ['RECOURSE_TRUST_PROXY', '10.0.0.0/33'], ['RECOURSE_TRUST_PROXY', 'proxy.internal'], ['RECOURSE_TRUST_PROXY', '*'], ['RECOURSE_PASSWORD_HASH_CONCURRENCY', 'two'],
    ]) {
      expect(() => readConfig({ [name as string]: value }), `${name}=${value}`).toThrow(name);
    }
  });
});

describe.each(DATABASES)('guesses under concurrency (%s)', (kind) => {
  const t = useTestApp(kind);
  const PASSWORD = 'correct horse battery';

  async function userIn(store: StoreFixture, email: string): Promise<void> {
    const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: 'Target', role: 'agent', password: PASSWORD } });
    expect(created.statusCode, created.body).toBe(201);
  }

  it('lets at most the documented number of 200 parallel sign-in guesses reach the password check, the right one at index 100 included', async () => {
    const store = await t.given.store();
    await userIn(store, 'target@example.com');
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => t.app.inject({
      method: 'POST', url: '/v1/sessions', remoteAddress: '10.20.0.1',
      payload: { store_code: store.code, email: 'target@example.com', password: index === 100 ? PASSWORD : `guess-${index}` },
    })));
    const statuses = answers.map((answer) => answer.statusCode);
    const verdicts = statuses.filter((status) => status === 401 || status === 201);
    expect(verdicts.length).toBeLessThanOrEqual(SIGN_IN_FAILURES_MAX);
    expect(statuses[100]).toBe(429);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(200 - SIGN_IN_FAILURES_MAX);
    // Once the email has spent its failures it is locked from any address. (Parallel attempts
    // that count each other may all be turned away, leaving fewer than ten failures: then the
    // budget is not spent and the right password from elsewhere is let in.)
    const fromElsewhere = await t.app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: '10.20.0.2', payload: { store_code: store.code, email: 'target@example.com', password: PASSWORD } });
    expect(fromElsewhere.statusCode).toBe(verdicts.length === SIGN_IN_FAILURES_MAX ? 429 : 201);
    // Another email of the store from another address is never locked.
    await userIn(store, 'bystander@example.com');
    const bystander = await t.app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: '10.20.0.3', payload: { store_code: store.code, email: 'bystander@example.com', password: PASSWORD } });
    expect(bystander.statusCode).toBe(201);
  });

  it('counts sign-ins to unknown store codes and emails per client address', async () => {
    const answers = [];
    for (let index = 0; index <= SIGN_IN_FAILURES_MAX; index += 1) {
      answers.push((await t.app.inject({
        method: 'POST', url: '/v1/sessions', remoteAddress: '10.21.0.1',
        payload: { store_code: `no-such-store-${index}`, email: `nobody-${index}@example.com`, password: 'whatever-it-is' },
      })).statusCode);
    }
    expect(answers.slice(0, SIGN_IN_FAILURES_MAX)).toEqual(Array(SIGN_IN_FAILURES_MAX).fill(401));
    expect(answers[SIGN_IN_FAILURES_MAX]).toBe(429);
  });

  it('does not spend the budget on sign-ins that succeed', async () => {
    const store = await t.given.store();
    await userIn(store, 'regular@example.com');
    for (let index = 0; index <= SIGN_IN_FAILURES_MAX + 2; index += 1) {
      const answer = await t.app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: '10.22.0.1', payload: { store_code: store.code, email: 'regular@example.com', password: PASSWORD } });
      expect(answer.statusCode, answer.body).toBe(201);
    }
  }, 180_000);

  it('lets at most the documented number of 200 parallel portal lookups through, the right one at index 100 included', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => t.app.inject({
      method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.23.0.1',
      payload: { store_code: store.code, order_number: order.number, email: index === 100 ? order.customer.email : `guess-${index}@example.com` },
    })));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404 || status === 201).length).toBeLessThanOrEqual(LOOKUP_FAILURES_MAX);
    expect(statuses[100]).toBe(429);
  });

  it('counts portal lookups at unknown store codes per client address', async () => {
    const answers = [];
    for (let index = 0; index <= LOOKUP_FAILURES_MAX; index += 1) {
      answers.push((await t.app.inject({
        method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.24.0.1',
        payload: { store_code: `no-such-store-${index}`, order_number: 'ORD-1', email: 'a@example.com' },
      })).statusCode);
    }
    expect(answers.slice(0, LOOKUP_FAILURES_MAX)).toEqual(Array(LOOKUP_FAILURES_MAX).fill(404));
    expect(answers[LOOKUP_FAILURES_MAX]).toBe(429);
  });
});

describe.each(DATABASES)('password hashing under a flood (%s)', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let core: Core;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    core = createCore(database.db, { adminKey: ADMIN_KEY, passwordHashing: { concurrency: 1, queueMax: 2 } });
    app = await buildApp({ core, database, rateLimitPerMinute: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('queues sign-ins behind a few hashes at a time, turns away the ones past the queue as busy, and keeps serving other requests meanwhile', async () => {
    const store = (await app.inject({ method: 'POST', url: '/v1/stores', headers: { authorization: `Bearer ${ADMIN_KEY}` }, payload: { name: 'Flooded', code: 'flooded', currency: 'EUR', languages: ['en-us'] } })).json();
    const merchantKey = (await app.inject({ method: 'POST', url: '/v1/api-keys', headers: { authorization: `Bearer ${ADMIN_KEY}` }, payload: { store_id: store.id, role: 'merchant' } })).json().key;
    const created = await app.inject({ method: 'POST', url: '/v1/users', headers: { authorization: `Bearer ${merchantKey}` }, payload: { email: 'owner@example.com', name: 'Owner', role: 'owner', password: 'correct horse battery' } });
    expect(created.statusCode, created.body).toBe(201);

    // One hash holds the only turn until the test lets it go.
    let release = () => {};
    const holding = core.passwords.run(() => new Promise<void>((resolve) => { release = resolve; }));
    const signIn = (address: string, password: string) => app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: address, payload: { store_code: 'flooded', email: 'owner@example.com', password } });
    const waiting = [signIn('10.30.0.1', 'correct horse battery'), signIn('10.30.0.2', 'a wrong guess')];
    await vi.waitFor(() => expect(core.passwords.queued).toBe(2));
    expect(core.passwords.active).toBe(1);

    const busy = await signIn('10.30.0.3', 'correct horse battery');
    expect(busy.statusCode).toBe(503);
    expect(busy.json()).toMatchObject({ status: 503, code: 'sign_ins_busy' });
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    // A request that needs no password answers while the queue is full.
    const other = await app.inject({ method: 'GET', url: '/v1/reasons', headers: { authorization: `Bearer ${merchantKey}` } });
    expect(other.statusCode).toBe(200);
    expect(core.passwords.queued).toBe(2);

    release();
    await holding;
    expect((await Promise.all(waiting)).map((answer) => answer.statusCode)).toEqual([201, 401]);
    // The busy answer spent nothing: that address and email may still sign in.
    expect((await signIn('10.30.0.3', 'correct horse battery')).statusCode).toBe(201);
  });
});

describe.each(DATABASES)('behind a reverse proxy (%s)', (kind) => {
  let database: TestDatabase;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.dispose();
  });

  async function appTrusting(trustProxy: string[]): Promise<FastifyInstance> {
    const app = await buildApp({ core: createCore(database.db, { adminKey: ADMIN_KEY }), database, rateLimitPerMinute: 0, trustProxy });
    apps.push(app);
    return app;
  }

  const lookup = (app: FastifyInstance, peer: string, forwardedFor: string, index: number) => app.inject({
    method: 'POST', url: '/v1/portal/sessions', remoteAddress: peer, headers: { 'x-forwarded-for': forwardedFor },
    payload: { store_code: `proxied-${index}`, order_number: 'ORD-1', email: 'a@example.com' },
  });

  it('counts each client behind a trusted proxy by its X-Forwarded-For address', async () => {
    const app = await appTrusting(['10.40.0.0/16']);
    for (let index = 0; index < LOOKUP_FAILURES_MAX; index += 1) expect((await lookup(app, '10.40.0.5', '198.51.100.1', index)).statusCode).toBe(404);
    expect((await lookup(app, '10.40.0.5', '198.51.100.1', 99)).statusCode).toBe(429);
    // Another client through the same proxy keeps its own budget.
    expect((await lookup(app, '10.40.0.5', '198.51.100.2', 100)).statusCode).toBe(404);
    // A peer that is not a trusted proxy cannot pick its address with the header.
    for (let index = 0; index < LOOKUP_FAILURES_MAX; index += 1) expect((await lookup(app, '10.41.0.5', `203.0.113.${index}`, index)).statusCode).toBe(404);
    expect((await lookup(app, '10.41.0.5', '203.0.113.200', 101)).statusCode).toBe(429);
  });

  it('by default trusts no proxy: X-Forwarded-For is ignored and the peer is the client', async () => {
    const app = await appTrusting([]);
    for (let index = 0; index < LOOKUP_FAILURES_MAX; index += 1) expect((await lookup(app, '10.42.0.5', `192.0.2.${index}`, index)).statusCode).toBe(404);
    expect((await lookup(app, '10.42.0.5', '192.0.2.200', 102)).statusCode).toBe(429);
  });
});
