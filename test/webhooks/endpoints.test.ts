import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// The webhook endpoints API: the secret shown once, URL and subscription checks, changes,
// deletion and tenancy.

describe.each(DATABASES)('webhook endpoints (%s)', (kind) => {
  const t = useTestApp(kind);
  beforeAll(() => { process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1'; });
  afterEach(() => { process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1'; });

  const create = (key: string, body: Record<string, unknown>) => t.request({ method: 'POST', url: '/v1/webhook-endpoints', key, body });

  it('shows the signing secret once, and never again', async () => {
    const store = await t.given.store();
    const created = await create(store.merchantKey, { url: 'http://127.0.0.1:9/hooks', description: 'help desk', event_types: ['claim.created'] });
    expect(created.statusCode).toBe(201);
    const endpoint = created.json();
    expect(endpoint).toMatchObject({
      store_id: store.id, url: 'http://127.0.0.1:9/hooks', description: 'help desk', event_types: ['claim.created'], format: 'native',
      enabled: true, disabled_reason: null, failure_count: 0,
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const one = (await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}`, key: store.merchantKey })).json();
    const list = (await t.request({ method: 'GET', url: '/v1/webhook-endpoints', key: store.merchantKey })).json();
    expect(one).not.toHaveProperty('secret');
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).not.toHaveProperty('secret');
    expect(JSON.stringify([one, list])).not.toContain(endpoint.secret.slice(6));
  });

  it('subscribes to every event with "*" when no event types are given', async () => {
    const store = await t.given.store();
    expect((await create(store.merchantKey, { url: 'https://127.0.0.1/hooks' })).json().event_types).toEqual(['*']);
  });

  it('refuses a URL that is not http or https', async () => {
    const store = await t.given.store();
    const response = await create(store.merchantKey, { url: 'ftp://example.com/hooks' });
    expect(response.statusCode).toBe(400);
  });

  it('refuses private and loopback addresses unless RECOURSE_ALLOW_PRIVATE_WEBHOOKS=1', async () => {
    const store = await t.given.store();
    delete process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS;
    for (const url of ['http://127.0.0.1:8080/hooks', 'http://10.0.0.8/hooks', 'http://[::1]/hooks', 'http://169.254.169.254/latest/meta-data', 'http://localhost/hooks']) {
      const response = await create(store.merchantKey, { url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'invalid_input', path: '/url' });
    }
    const endpoint = await t.request({ method: 'GET', url: '/v1/webhook-endpoints', key: store.merchantKey });
    expect(endpoint.json().data).toEqual([]);
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    expect((await create(store.merchantKey, { url: 'http://127.0.0.1:8080/hooks' })).statusCode).toBe(201);
  });

  it('refuses event types that do not exist, or that the OrderProtection format has no topic for', async () => {
    const store = await t.given.store();
    expect((await create(store.merchantKey, { url: 'http://127.0.0.1/h', event_types: ['claim.exploded'] })).statusCode).toBe(400);
    const op = await create(store.merchantKey, { url: 'http://127.0.0.1/h', format: 'orderprotection', event_types: ['refund.issued'] });
    expect(op.statusCode).toBe(400);
    expect(op.json()).toMatchObject({ code: 'invalid_input', path: '/event_types' });
    expect((await create(store.merchantKey, { url: 'http://127.0.0.1/h', format: 'orderprotection', event_types: ['claim.created', 'claim.rejected'] })).statusCode).toBe(201);
  });

  it('changes an endpoint, switches it off and on, and deletes it', async () => {
    const store = await t.given.store();
    const endpoint = (await create(store.merchantKey, { url: 'http://127.0.0.1/a' })).json();
    const url = `/v1/webhook-endpoints/${endpoint.id}`;
    const changed = await t.request({ method: 'PATCH', url, key: store.merchantKey, body: { url: 'http://127.0.0.1/b', event_types: ['message.created'], description: null } });
    expect(changed.json()).toMatchObject({ url: 'http://127.0.0.1/b', event_types: ['message.created'], description: null });
    expect((await t.request({ method: 'PATCH', url, key: store.merchantKey, body: { enabled: false } })).json()).toMatchObject({ enabled: false, disabled_reason: 'manual' });
    expect((await t.request({ method: 'PATCH', url, key: store.merchantKey, body: { enabled: true } })).json()).toMatchObject({ enabled: true, disabled_reason: null });
    expect((await t.request({ method: 'PATCH', url, key: store.merchantKey, body: { format: 'orderprotection', event_types: ['refund.created'] } })).statusCode).toBe(400);
    expect((await t.request({ method: 'PATCH', url, key: store.merchantKey, body: {} })).statusCode).toBe(400);
    expect((await t.request({ method: 'DELETE', url, key: store.merchantKey })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url, key: store.merchantKey })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url, key: store.merchantKey })).statusCode).toBe(404);
  });

  it("answers 404 for another store's endpoint and lists only the key's own", async () => {
    const mine = await t.given.store();
    const theirs = await t.given.store();
    const endpoint = (await create(mine.merchantKey, { url: 'http://127.0.0.1/a' })).json();
    for (const [method, url] of [
      ['GET', `/v1/webhook-endpoints/${endpoint.id}`], ['PATCH', `/v1/webhook-endpoints/${endpoint.id}`], ['DELETE', `/v1/webhook-endpoints/${endpoint.id}`],
      ['GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`], ['POST', `/v1/webhook-endpoints/${endpoint.id}/test`],
    ] as const) {
      const response = await t.request({ method, url, key: theirs.merchantKey, ...(method === 'PATCH' ? { body: { enabled: false } } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await t.request({ method: 'GET', url: '/v1/webhook-endpoints', key: theirs.merchantKey })).json().data).toEqual([]);
    expect((await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}`, key: mine.merchantKey })).json().enabled).toBe(true);
  });

  it('lets the admin key manage a store it names, and refuses customer keys', async () => {
    const store = await t.given.store();
    const byAdmin = await create(ADMIN_KEY, { store_id: store.id, url: 'http://127.0.0.1/a' });
    expect(byAdmin.statusCode).toBe(201);
    expect((await create(ADMIN_KEY, { url: 'http://127.0.0.1/a' })).statusCode).toBe(400);
    const order = await t.given.order(store);
    const customerKey = await t.given.customerKey(store, order.customer.id);
    expect((await create(customerKey, { url: 'http://127.0.0.1/a' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/v1/webhook-endpoints', key: customerKey })).statusCode).toBe(403);
  });
});
