import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { runHousekeeping } from '../../src/core/housekeeping.js';
import { buildMetricsApp } from '../../src/http/metrics.js';
import { ADMIN_KEY, useTestApp } from '../support/app.js';
import { CUSTOMER_ATTRIBUTES_BYTES_MAX, CUSTOMER_ATTRIBUTES_DEPTH_MAX } from '../../src/domain/claim/attributes.js';
import { givenReturnClaim, tableCounts } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';

describe.each(DATABASES)('rate limits (%s)', (kind) => {
  const t = useTestApp(kind, { rateLimitPerMinute: 5 });

  it('answers 429 with Retry-After once a key spends its budget, per key, in each door', async () => {
    // The builders spend the admin key's budget; each store key starts fresh.
    const store = await t.given.store();
    const other = await t.given.store();
    const answers = [];
    for (let index = 0; index < 6; index += 1) answers.push(await t.request({ method: 'GET', url: '/v1/reasons', key: store.merchantKey }));
    expect(answers.slice(0, 5).map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const limited = answers[5];
    expect(limited?.statusCode).toBe(429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited?.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect((await t.request({ method: 'GET', url: '/v1/reasons', key: other.merchantKey })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    const dialect = await t.request({ method: 'GET', url: '/compat/seller-center/api/i2/claims/', key: store.merchantKey });
    expect(dialect.statusCode).toBe(429);
    expect(Number(dialect.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe.each(DATABASES)('rate limit budgets (%s)', (kind) => {
  const t = useTestApp(kind, { rateLimitPerMinute: 5 });
  const from = (address: string, authorization?: string) => t.app.inject({
    method: 'GET', url: '/v1/reasons', remoteAddress: address, ...(authorization === undefined ? {} : { headers: { authorization } }),
  });

  it('spends one budget per resolved key, however the Authorization header spells it', async () => {
    const store = await t.given.store();
    const key = store.merchantKey;
    const answers = [];
    for (const header of [`Bearer ${key}`, `Bearer  ${key}`, `Token ${key}`, key, `bearer ${key} `]) answers.push((await from('10.50.0.1', header)).statusCode);
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    // Another spelling from another address is the same key, out of budget.
    expect((await from('10.50.0.2', `Token  ${key}`)).statusCode).toBe(429);
  });

  it("spends a web session's budget by its key, and the session still acts through the limit", async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const opened = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.52.0.1', payload: { store_code: store.code, order_number: order.number, email: order.customer.email } });
    expect(opened.statusCode, opened.body).toBe(201);
    const cookie = String(opened.headers['set-cookie']).split(';')[0] ?? '';
    const answers = [];
    for (let index = 0; index < 5; index += 1) {
      answers.push((await t.app.inject({ method: 'GET', url: '/v1/sessions/current', remoteAddress: `10.52.1.${index}`, headers: { cookie, 'x-recourse-session': 'portal' } })).statusCode);
    }
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    expect((await t.app.inject({ method: 'GET', url: '/v1/sessions/current', remoteAddress: '10.52.2.1', headers: { cookie, 'x-recourse-session': 'portal' } })).statusCode).toBe(429);
  });

  it('keys unknown and malformed credentials, and requests without one, by client address', async () => {
    const answers = [];
    for (const header of ['Bearer junk-1', 'Token junk-2', 'junk-3', 'Basic dXNlcjpwYXNz', 'Bearer a b c']) answers.push((await from('10.51.0.1', header)).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 401]);
    expect((await from('10.51.0.1', 'Bearer junk-6')).statusCode).toBe(429);
    expect((await from('10.51.0.1')).statusCode).toBe(429);
    expect((await from('10.51.0.2', 'Bearer junk-7')).statusCode).toBe(401);
    // The routes that take no credential are budgeted by address too.
    const lookups = [];
    for (let index = 0; index < 6; index += 1) {
      lookups.push((await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.51.0.3', payload: { store_code: 'none', order_number: `N-${index}`, email: 'a@example.com' } })).statusCode);
    }
    expect(lookups).toEqual([404, 404, 404, 404, 404, 429]);
    expect((await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.51.0.4', payload: { store_code: 'none', order_number: 'N-9', email: 'a@example.com' } })).statusCode).toBe(404);
  });
});

describe.each(DATABASES)('attributes a customer sets (%s)', (kind) => {
  const t = useTestApp(kind);

  it(`caps them at ${CUSTOMER_ATTRIBUTES_BYTES_MAX} bytes and ${CUSTOMER_ATTRIBUTES_DEPTH_MAX} levels with a 400 that changes nothing, while a merchant keeps the body limit`, async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 3 }] });
    const customerKey = await t.given.customerKey(store, order.customer.id);
    const file = (key: string, attributes: unknown) => t.request({
      method: 'POST', url: '/v1/claims', key, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }], attributes },
    });
    let deep: Record<string, unknown> = { leaf: true };
    for (let level = 1; level < CUSTOMER_ATTRIBUTES_DEPTH_MAX + 1; level += 1) deep = { nested: deep };
    const before = await tableCounts(t);
    for (const attributes of [{ note: 'x'.repeat(CUSTOMER_ATTRIBUTES_BYTES_MAX) }, deep]) {
      const refused = await file(customerKey, attributes);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'invalid_input', path: '/attributes' });
    }
    expect(await tableCounts(t)).toEqual(before);
    expect((await file(customerKey, { note: 'x'.repeat(CUSTOMER_ATTRIBUTES_BYTES_MAX - 100), nested: (deep.nested as Record<string, unknown>).nested })).statusCode).toBe(201);
    expect((await file(store.merchantKey, { note: 'x'.repeat(4 * CUSTOMER_ATTRIBUTES_BYTES_MAX), deep })).statusCode).toBe(201);
  });
});

describe.each(DATABASES)('secrets (%s)', (kind) => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const t = useTestApp(kind, { logger: { level: 'debug', stream: sink, redact: ['req.headers.authorization'] } });

  it('never writes an API key to the logs, and tags every request line with its id', async () => {
    const store = await t.given.store();
    const { order } = await givenReturnClaim(t, store);
    const customerKey = await t.given.customerKey(store, order.customer.id);
    await t.request({ method: 'GET', url: '/v1/claims', key: customerKey, headers: { 'x-request-id': 'trace-secrets' } });
    await t.request({ method: 'GET', url: '/v1/claims', headers: { authorization: `Token ${store.merchantKey}` } });
    await t.request({ method: 'GET', url: '/v1/claims', headers: { authorization: store.merchantKey } });
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [ADMIN_KEY, store.merchantKey, customerKey]) expect(log).not.toContain(secret);
    const traced = lines.filter((line) => line.includes('trace-secrets'));
    expect(traced.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const entry = JSON.parse(line) as { reqId?: string; req?: unknown; res?: unknown };
      if (entry.req !== undefined || entry.res !== undefined) expect(entry.reqId).toEqual(expect.any(String));
    }
  });

  it('keeps stack traces and SQL out of error bodies', async () => {
    const store = await t.given.store();
    const response = await t.request({ method: 'GET', url: "/v1/claims?cursor=' OR 1=1 --", key: store.merchantKey });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/SELECT|stack|\.ts:\d+/i);
  });
});

describe.each(DATABASES)('secrets and Idempotency-Key replays (%s)', (kind) => {
  const t = useTestApp(kind);

  it('never stores a new secret for a replay, and refuses the replay with 409 naming what the first request made', async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const store = await t.given.store();
    const { order } = await givenReturnClaim(t, store);
    const creations: Array<{ url: string; body: object; other: object; secret: (answer: any) => string; table: 'api_keys' | 'oauth_clients' | 'webhook_endpoints' }> = [
      { url: '/v1/api-keys', body: { store_id: store.id, role: 'customer', customer_id: order.customer.id }, other: { name: 'another' }, secret: (answer) => answer.key, table: 'api_keys' },
      { url: '/v1/oauth-clients', body: { name: 'replayed client', scopes: ['read_claims'] }, other: { name: 'another' }, secret: (answer) => answer.client_secret, table: 'oauth_clients' },
      { url: '/v1/webhook-endpoints', body: { url: 'https://hooks.example.com/replayed' }, other: { description: 'another' }, secret: (answer) => answer.secret, table: 'webhook_endpoints' },
    ];
    for (const creation of creations) {
      const headers = { 'idempotency-key': `secret-${creation.table}` };
      const first = await t.request({ method: 'POST', url: creation.url, key: store.merchantKey, body: creation.body, headers });
      expect(first.statusCode, first.body).toBe(201);
      const secret = creation.secret(first.json());
      expect(secret.length).toBeGreaterThan(10);
      expect(first.headers.location).toBe(`${creation.url}/${first.json().id}`);
      const rows = await t.database.pool.query('SELECT status_code, headers::text AS headers, body FROM idempotency_keys');
      expect(JSON.stringify(rows.rows)).not.toContain(secret);
      const count = async () => Number((await t.database.pool.query(`SELECT count(*) AS n FROM ${creation.table}`)).rows[0].n);
      const before = await count();

      const replay = await t.request({ method: 'POST', url: creation.url, key: store.merchantKey, body: creation.body, headers });
      expect(replay.statusCode, replay.body).toBe(409);
      expect(replay.headers['content-type']).toContain('application/problem+json');
      expect(replay.json()).toMatchObject({ status: 409, code: 'idempotency_secret_withheld', location: first.headers.location });
      expect(replay.body).not.toContain(secret);
      expect(await count()).toBe(before);
      // Another body under the same key is still the reused-key refusal, not a second creation.
      const other = await t.request({ method: 'POST', url: creation.url, key: store.merchantKey, body: { ...creation.body, ...creation.other }, headers });
      expect(other.statusCode, other.body).toBe(422);
    }
  });

  it('housekeeping purges expired Idempotency-Key rows and keeps live ones', async () => {
    const store = await t.given.store();
    const { claim } = await givenReturnClaim(t, store);
    for (const key of ['expired-1', 'expired-2', 'live-1']) {
      const answer = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: key }, headers: { 'idempotency-key': key } });
      expect(answer.statusCode).toBe(201);
    }
    await t.database.pool.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 minute' WHERE key LIKE 'expired-%'`);
    const errors: unknown[] = [];
    await runHousekeeping(t.core, (error) => errors.push(error));
    expect(errors).toEqual([]);
    const left = (await t.database.pool.query(`SELECT key FROM idempotency_keys WHERE key IN ('expired-1', 'expired-2', 'live-1')`)).rows.map((row) => row.key);
    expect(left).toEqual(['live-1']);
  });
});

describe.each(DATABASES)('the API docs page (%s)', (kind) => {
  const t = useTestApp(kind);

  it('carries a content security policy and cannot be framed by another site', async () => {
    for (const url of ['/docs', '/docs/', '/docs/static/index.html', '/docs/static/swagger-initializer.js', '/docs/static/swagger-ui.css']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.statusCode, url).toBeLessThan(400);
      const csp = String(response.headers['content-security-policy'] ?? '');
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });
});

describe('/metrics access', () => {
  const token = 'metrics-token-abcdefghijklmnop';
  const figures = /recourse_http_requests_total|process_cpu/;

  describe('by default', () => {
    const t = useTestApp('pglite');
    it('is served to nobody, and says how to turn it on', async () => {
      for (const headers of <Array<Record<string, string>>>[{}, { authorization: `Bearer ${ADMIN_KEY}` }, { authorization: 'Bearer ' }]) {
        const response = await t.request({ method: 'GET', url: '/metrics', headers });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ status: 404, code: 'route_not_found' });
        expect(response.json().detail).toContain('RECOURSE_METRICS_TOKEN');
        expect(response.body).not.toMatch(figures);
      }
    });
  });

  describe('with a token', () => {
    const t = useTestApp('pglite', { metrics: { token } });
    it('answers 401 without the token or with a wrong one, and the figures with it', async () => {
      for (const headers of <Array<Record<string, string>>>[{}, { authorization: `Bearer ${ADMIN_KEY}` }, { authorization: `Bearer ${token}x` }, { authorization: token }, { authorization: `Token ${token}` }]) {
        const response = await t.request({ method: 'GET', url: '/metrics', headers });
        expect(response.statusCode, JSON.stringify(headers)).toBe(401);
        expect(response.body).not.toMatch(figures);
      }
      const response = await t.request({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatch(figures);
    });
  });

  describe('on a port of its own', () => {
    const t = useTestApp('pglite', { metrics: { token, ownPort: true } });
    it('is never served on the main port, and its own listener shows the main app\'s figures', async () => {
      await t.request({ method: 'GET', url: '/health' });
      const main = await t.request({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(main.statusCode).toBe(404);
      expect(main.body).not.toMatch(figures);
      const own = await buildMetricsApp(t.app.metricsRegistry, undefined);
      try {
        const response = await own.inject({ method: 'GET', url: '/metrics' });
        expect(response.statusCode).toBe(200);
        expect(response.body).toMatch(/recourse_http_requests_total\{method="GET",route="\/health",status_code="200"\} \d+/);
      } finally {
        await own.close();
      }
    });
  });

  it('reads RECOURSE_METRICS_TOKEN, RECOURSE_METRICS_PORT and RECOURSE_METRICS_HOST, and refuses a short token', () => {
    expect(readConfig({}).metrics).toEqual({ host: '127.0.0.1' });
    expect(readConfig({ RECOURSE_METRICS_TOKEN: token, RECOURSE_METRICS_PORT: '9464', RECOURSE_METRICS_HOST: '0.0.0.0' }).metrics).toEqual({ token, port: 9464, host: '0.0.0.0' });
    expect(() => readConfig({ RECOURSE_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
    expect(() => readConfig({ RECOURSE_METRICS_PORT: 'nine' })).toThrow(/RECOURSE_METRICS_PORT/);
  });
});

process.env.RECOURSE_UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'recourse-uploads-'));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe.each(DATABASES)('links in answers (%s)', (kind) => {
  const t = useTestApp(kind);
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['RECOURSE_PUBLIC_URL', 'RECOURSE_TRUST_HOST_HEADER', 'HOST', 'PORT']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  const links = async (store: { merchantKey: string }) => {
    const page = await t.request({ method: 'GET', url: '/compat/seller-center/api/i2/claims/?limit=1', key: store.merchantKey, headers: { host: 'evil.example' } });
    expect(page.statusCode, page.body).toBe(200);
    const upload = await t.app.inject({ method: 'POST', url: '/v1/uploads', headers: { authorization: `Bearer ${store.merchantKey}`, host: 'evil.example', 'content-type': 'image/png' }, payload: PNG });
    expect(upload.statusCode, upload.body).toBe(201);
    return { next: String(page.json().next), upload: String(upload.json().url) };
  };

  it('are built on the public URL or the listen address, never on a Host header the client chose unless told to trust it', async () => {
    const store = await t.given.store();
    await givenReturnClaim(t, store);
    await givenReturnClaim(t, store);
    delete process.env.RECOURSE_PUBLIC_URL;
    delete process.env.RECOURSE_TRUST_HOST_HEADER;
    process.env.HOST = '127.0.0.1';
    process.env.PORT = '8080';
    const byDefault = await links(store);
    expect(byDefault.next).toMatch(/^http:\/\/127\.0\.0\.1:8080\/compat\/seller-center\/api\/i2\/claims\/\?/);
    expect(byDefault.upload).toMatch(/^http:\/\/127\.0\.0\.1:8080\/v1\/uploads\/[0-9a-f-]{36}$/);

    process.env.RECOURSE_PUBLIC_URL = 'https://claims.example.com/recourse/';
    const configured = await links(store);
    expect(configured.next).toMatch(/^https:\/\/claims\.example\.com\/recourse\/compat\/seller-center\/api\/i2\/claims\/\?/);
    expect(new URL(configured.next).searchParams.get('page')).toBe('2');
    expect(configured.upload).toMatch(/^https:\/\/claims\.example\.com\/recourse\/v1\/uploads\//);

    delete process.env.RECOURSE_PUBLIC_URL;
    process.env.RECOURSE_TRUST_HOST_HEADER = '1';
    const trusted = await links(store);
    expect(trusted.next).toMatch(/^http:\/\/evil\.example\//);
    expect(trusted.upload).toMatch(/^http:\/\/evil\.example\//);
  });
});
