import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { cookieOf } from '../support/sessions.js';

// What a console user makes is recorded as theirs, and disabling the user takes it back:
// its API keys and OAuth clients (with their tokens) are revoked and its webhook endpoints
// switched off. A user whose backing key was revoked is told so at sign-in, not handed a
// dead session, and enabling the user again mends it.

const PASSWORD = 'correct horse battery';

interface Session { cookie: string; csrf: string }

async function signIn(t: TestApp, store: StoreFixture, email: string): Promise<LightMyRequestResponse> {
  return t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email, password: PASSWORD } });
}

async function userOf(t: TestApp, store: StoreFixture, role: 'owner' | 'agent' | 'viewer', email: string): Promise<{ id: string; session: Session }> {
  const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: `The ${role}`, role, password: PASSWORD } });
  expect(created.statusCode, created.body).toBe(201);
  const signedIn = await signIn(t, store, email);
  expect(signedIn.statusCode, signedIn.body).toBe(201);
  return { id: created.json().id, session: { cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token } };
}

function as(t: TestApp, session: Session) {
  return (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => t.app.inject({
    method, url, headers: { cookie: session.cookie, 'x-recourse-session': 'console', 'x-csrf-token': session.csrf },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

async function tokenOf(t: TestApp, client: { client_id: string; client_secret: string }): Promise<LightMyRequestResponse> {
  return t.request({ method: 'POST', url: '/compat/orderprotection/v1/oauth/token', body: { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret } });
}

describe.each(DATABASES)('disabling a console user (%s)', (kind) => {
  const t = useTestApp(kind);

  it("revokes the keys and OAuth clients it made and switches off its endpoints: a disabled agent's OAuth client can no longer book a refund", async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ unit_price: 9000 }] });
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    const user = await userOf(t, store, 'owner', `maker-${store.code}@example.com`);
    const bystander = await userOf(t, store, 'agent', `bystander-${store.code}@example.com`);

    const client = await as(t, user.session)('POST', '/v1/oauth-clients', { name: 'integration', scopes: ['manage_claims'] });
    expect(client.statusCode, client.body).toBe(201);
    const customerKey = await as(t, user.session)('POST', '/v1/api-keys', { store_id: store.id, role: 'customer', customer_id: order.customer.id });
    expect(customerKey.statusCode, customerKey.body).toBe(201);
    const endpoint = await as(t, user.session)('POST', '/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook' });
    expect(endpoint.statusCode, endpoint.body).toBe(201);
    const storeKeyEndpoint = await t.request({ method: 'POST', url: '/v1/webhook-endpoints', key: store.merchantKey, body: { url: 'http://127.0.0.1:9/other' } });
    expect(storeKeyEndpoint.statusCode).toBe(201);

    // Each records who made it: the user, and the key it acted through.
    const users = await t.database.pool.query('SELECT id, api_key_id FROM users WHERE uuid = $1', [user.id]);
    const maker = users.rows[0] as { id: string | number; api_key_id: string | number };
    for (const [table, uuid] of [['oauth_clients', client.json().id], ['api_keys', customerKey.json().id], ['webhook_endpoints', endpoint.json().id]]) {
      const row = (await t.database.pool.query(`SELECT created_by_user_id, created_by_key_id FROM ${table} WHERE uuid = $1`, [uuid])).rows[0] as Record<string, unknown>;
      expect([table, Number(row.created_by_user_id), Number(row.created_by_key_id)]).toEqual([table, Number(maker.id), Number(maker.api_key_id)]);
    }

    const token = (await tokenOf(t, client.json())).json().access_token as string;
    const refund = await t.request({ method: 'POST', url: `/compat/orderprotection/v1/claims/${claim.uuid}/resolutions`, key: token, body: { resolutionType: 'REFUND', paidValue: 10, paidCurrency: 'EUR' } });
    expect(refund.statusCode, refund.body).toBe(201);

    // The owner steps down to agent (another owner keeps the store), and is then disabled by the store's key.
    await userOf(t, store, 'owner', `successor-${store.code}@example.com`);
    expect((await t.request({ method: 'PATCH', url: `/v1/users/${user.id}`, key: store.merchantKey, body: { role: 'agent' } })).statusCode).toBe(200);
    const disabled = await t.request({ method: 'PATCH', url: `/v1/users/${user.id}`, key: store.merchantKey, body: { disabled: true } });
    expect(disabled.statusCode, disabled.body).toBe(200);

    const again = await t.request({ method: 'POST', url: `/compat/orderprotection/v1/claims/${claim.uuid}/resolutions`, key: token, body: { resolutionType: 'REFUND', paidValue: 45, paidCurrency: 'EUR' } });
    expect(again.statusCode).toBe(401);
    expect((await tokenOf(t, client.json())).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/v1/claims', key: customerKey.json().key })).statusCode).toBe(401);
    const endpoints = (await t.request({ method: 'GET', url: '/v1/webhook-endpoints', key: store.merchantKey })).json().data as Array<{ id: string; enabled: boolean }>;
    expect(endpoints.find((candidate) => candidate.id === endpoint.json().id)?.enabled).toBe(false);
    expect(endpoints.find((candidate) => candidate.id === storeKeyEndpoint.json().id)?.enabled).toBe(true);
    const refunds = await t.database.pool.query('SELECT amount_minor FROM refunds WHERE claim_id = $1 ORDER BY id', [claim.id]);
    expect(refunds.rows.map((row: { amount_minor: string | number }) => Number(row.amount_minor))).toEqual([1000]);

    // What others made is untouched.
    expect((await t.request({ method: 'GET', url: '/v1/claims', key: store.merchantKey })).statusCode).toBe(200);
    expect((await as(t, bystander.session)('GET', '/v1/claims')).statusCode).toBe(200);
  });

  it('refuses clearly to sign in a user whose backing key was revoked, and signs it in again once enabled', async () => {
    const store = await t.given.store();
    const email = `revoked-${store.code}@example.com`;
    const user = await userOf(t, store, 'agent', email);
    const keys = (await t.request({ method: 'GET', url: '/v1/api-keys', key: store.merchantKey })).json().data as Array<{ id: string; name: string | null }>;
    const backing = keys.find((key) => key.name === 'console: The agent');
    expect(backing).toBeDefined();
    expect((await t.request({ method: 'DELETE', url: `/v1/api-keys/${backing?.id}`, key: store.merchantKey })).statusCode).toBe(200);
    expect((await as(t, user.session)('GET', '/v1/claims')).statusCode).toBe(401);

    const refused = await signIn(t, store, email);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'access_revoked' });
    expect(refused.headers['set-cookie']).toBeUndefined();
    // A wrong password still gets the one answer every failure gets.
    expect((await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email, password: 'not the password' } })).statusCode).toBe(401);

    const enabled = await t.request({ method: 'PATCH', url: `/v1/users/${user.id}`, key: store.merchantKey, body: { disabled: false } });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const signedIn = await signIn(t, store, email);
    expect(signedIn.statusCode, signedIn.body).toBe(201);
    const session = { cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token };
    expect((await as(t, session)('GET', '/v1/claims')).statusCode).toBe(200);
  });
});
