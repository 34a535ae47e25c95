import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp } from '../support/app.js';
import { givenReturnClaim } from '../support/claims.js';
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
