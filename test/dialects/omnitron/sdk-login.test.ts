import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/core/identity/api-keys.js';
import { SIGN_IN_FAILURES_MAX } from '../../../src/core/identity/sessions.js';
import { ADMIN_KEY, unique, useTestApp, type StoreFixture, type TestApp } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { BASE, expectOk, givenItem, om } from './given.js';

// Akinon's Omnitron SDK, as an integrator runs it against this door: it signs in with
// `POST {base}api/v1/auth/login/` and `{"username", "password"}`, sends `Authorization:
// Token <key>` from then on, signs in again once when a call answers 401, treats a 400 from
// the login as wrong credentials, pages through lists by `page` while `next` is set, sends
// writes as JSON, PATCHes back the whole object it read, and calls detail routes
// (`{id}/reject/`) with a JSON body. SdkClient below makes exactly those HTTP calls.

const PASSWORD = 'correct horse battery';

// Sign-in attempts are budgeted per client address too: each test signs in from its own.
let clientAddress = '10.26.0.1';
let clients = 0;
const DRF_BAD_CREDENTIALS = { non_field_errors: ['Unable to log in with provided credentials.'] };

class SdkLoginRefused extends Error {
  constructor(readonly json: unknown) {
    super(`login refused: ${JSON.stringify(json)}`);
  }
}

class SdkClient {
  logins = 0;
  authorization = '';

  private constructor(private readonly t: TestApp, private readonly username: string, private readonly password: string) {}

  static async connect(t: TestApp, username: string, password: string): Promise<SdkClient> {
    const client = new SdkClient(t, username, password);
    client.authorization = await client.refreshKey();
    return client;
  }

  /** The SDK's refresh_key: a 400 is wrong credentials, otherwise `Token <key>`. */
  async refreshKey(): Promise<string> {
    this.logins += 1;
    const response = await this.t.app.inject({
      method: 'POST', url: `${BASE}/api/v1/auth/login/`, payload: JSON.stringify({ username: this.username, password: this.password }),
      headers: { 'content-type': 'application/json' }, remoteAddress: clientAddress,
    });
    if (response.statusCode === 400) throw new SdkLoginRefused(response.json());
    expect(response.statusCode, response.body).toBe(200);
    return `Token ${(response.json() as { key: string }).key}`;
  }

  /** The SDK's raise_for_status wrapper: one retry after signing in again on a 401. */
  async call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: { params?: Record<string, string | number>; data?: unknown } = {}): Promise<LightMyRequestResponse> {
    const send = () => this.t.app.inject({
      method, url: `${BASE}/api/v1/${path}`, query: Object.fromEntries(Object.entries(options.params ?? {}).map(([name, value]) => [name, String(value)])),
      headers: { authorization: this.authorization, ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' || method === 'DELETE' ? {} : { payload: JSON.stringify(options.data ?? {}) }),
    });
    let response = await send();
    if (response.statusCode === 401) {
      this.authorization = await this.refreshKey();
      response = await send();
    }
    return response;
  }

  /** The SDK's list iterator: page 1, then the next page while the answer has a `next`. */
  async *pages(path: string, params: Record<string, string | number> = {}): AsyncGenerator<any[]> {
    let page = 1;
    for (;;) {
      const body = await expectOk(await this.call('GET', path, { params: { ...params, page } }), 200);
      yield body.results;
      if (!body.next) return;
      page += 1;
    }
  }
}

async function givenUser(t: TestApp, store: StoreFixture, role: 'owner' | 'agent' | 'viewer', email = `${unique(role)}@example.com`): Promise<{ id: string; email: string }> {
  const created = await expectOk(await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: `The ${role}`, role, password: PASSWORD } }), 201);
  return { id: created.id, email };
}

function login(t: TestApp, body: unknown, prefix: '/api/v1' | '/api' = '/api/v1'): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST', url: `${BASE}${prefix}/auth/login/`, headers: { 'content-type': 'application/json' }, remoteAddress: clientAddress,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function keyOf(t: TestApp, username: string): Promise<string> {
  return (await expectOk(await login(t, { username, password: PASSWORD }), 200)).key;
}

describe.each(DATABASES)("Akinon's Omnitron SDK against the Omnitron door (%s)", (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  let cancelReason: any;
  beforeAll(async () => {
    store = await t.given.store();
    cancelReason = await t.given.reason(store, { kind: 'cancellation' });
  });

  beforeEach(() => {
    clients += 1;
    clientAddress = `10.26.${Math.floor(clients / 250)}.${(clients % 250) + 1}`;
  });

  const requests = () => `channel/${store.id}/cancellation_requests/`;

  it('signs in, pages through, filters, reads detailed, creates with remote_id, PATCHes the whole object, rejects and deletes', async () => {
    const agent = await givenUser(t, store, 'agent');
    const sdk = await SdkClient.connect(t, agent.email, PASSWORD);
    expect(sdk.authorization).toMatch(/^Token rk_t_/);

    const created: any[] = [];
    for (let index = 0; index < 5; index += 1) {
      const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
      created.push(await expectOk(await sdk.call('POST', requests(), {
        data: { order_item: item.id, reason: cancelReason.id, cancellation_type: 'cancel', description: `request ${index}`, remote_id: `CR-${index}` },
      }), 201));
    }
    expect(created.map((request) => request.status)).toEqual(Array(5).fill('waiting'));

    const seen: number[] = [];
    let pageCount = 0;
    for await (const results of sdk.pages(requests(), { limit: 2 })) {
      pageCount += 1;
      seen.push(...results.map((request: any) => request.id));
    }
    expect(pageCount).toBe(3);
    expect(seen.sort()).toEqual(created.map((request) => request.id).sort());

    const filtered = await expectOk(await sdk.call('GET', requests(), { params: { pk__in: `${created[0].id},${created[1].id}`, status: 'waiting' } }), 200);
    expect(filtered.results.map((request: any) => request.id).sort()).toEqual([created[0].id, created[1].id].sort());

    const detailed = await expectOk(await sdk.call('GET', `${requests()}detailed`, { params: { pk__in: created[2].id } }), 200);
    expect(detailed.count).toBe(1);
    expect(detailed.results[0].id).toBe(created[2].id);

    const read = await expectOk(await sdk.call('GET', `${requests()}${created[0].id}/`), 200);
    expect(read).toEqual(created[0]);
    const patched = await expectOk(await sdk.call('PATCH', `${requests()}${read.id}/`, { data: { ...read, description: 'edited by the SDK' } }), 200);
    expect(patched).toMatchObject({ id: read.id, uuid: read.uuid, status: 'waiting', description: 'edited by the SDK' });

    const rejected = await expectOk(await sdk.call('POST', `${requests()}${created[1].id}/reject/`, { data: {} }), 200);
    expect(rejected.status).toBe('rejected');

    expect((await sdk.call('DELETE', `${requests()}${created[3].id}/`)).statusCode).toBe(204);
    expect((await sdk.call('GET', `${requests()}${created[3].id}/`)).statusCode).toBe(404);
    expect(sdk.logins).toBe(1);

    // The token is listed with the store's keys, as the user's.
    const keys = (await expectOk(await t.request({ method: 'GET', url: '/v1/api-keys', key: store.merchantKey }), 200)).data;
    const token = keys.find((key: any) => key.user_id === agent.id);
    expect(token).toMatchObject({ role: 'merchant', store_id: store.id, scopes: ['manage_claims'], key_prefix: sdk.authorization.slice(6, 14), revoked_at: null });
    expect(token.expires_at).not.toBeNull();
    expect(keys.filter((key: any) => key.user_id === null).length).toBeGreaterThan(0);
  });

  it('answers a revoked token with 401, and the SDK signs in once more and goes on', async () => {
    const agent = await givenUser(t, store, 'agent');
    const sdk = await SdkClient.connect(t, agent.email, PASSWORD);
    const keys = (await expectOk(await t.request({ method: 'GET', url: '/v1/api-keys', key: store.merchantKey }), 200)).data;
    const token = keys.find((key: any) => key.user_id === agent.id);
    await expectOk(await t.request({ method: 'DELETE', url: `/v1/api-keys/${token.id}`, key: store.merchantKey }), 200);

    const stale = await om(t, 'GET', `/api/v1/${requests()}`, { headers: { authorization: sdk.authorization } });
    expect(stale.statusCode).toBe(401);
    expect(stale.json()).toEqual({ detail: 'Invalid token.', code: 'authentication_failed' });

    expect((await sdk.call('GET', requests())).statusCode).toBe(200);
    expect(sdk.logins).toBe(2);
  });

  it('answers wrong credentials, an unknown user and a disabled user as DRF does: 400 non_field_errors', async () => {
    const agent = await givenUser(t, store, 'agent');
    const disabled = await givenUser(t, store, 'agent');
    await expectOk(await t.request({ method: 'PATCH', url: `/v1/users/${disabled.id}`, key: store.merchantKey, body: { disabled: true } }), 200);
    await expect(SdkClient.connect(t, agent.email, 'not the password')).rejects.toMatchObject({ json: DRF_BAD_CREDENTIALS });
    for (const body of [
      { username: agent.email, password: 'not the password' },
      { username: `nobody-${agent.email}`, password: PASSWORD },
      { username: disabled.email, password: PASSWORD },
      { username: `no-such-store:${agent.email}`, password: PASSWORD },
    ]) {
      const response = await login(t, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toEqual(DRF_BAD_CREDENTIALS);
    }
  });

  it('answers a missing, blank or mistyped field with DRF field errors, and a body that is not an object likewise', async () => {
    const cases: [unknown, Record<string, string[]>][] = [
      [{}, { username: ['This field is required.'], password: ['This field is required.'] }],
      [{ username: 'a@example.com' }, { password: ['This field is required.'] }],
      [{ username: '  ', password: '' }, { username: ['This field may not be blank.'], password: ['This field may not be blank.'] }],
      [{ username: null, password: ['x'] }, { username: ['This field may not be null.'], password: ['Not a valid string.'] }],
      [[1], { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] }],
      ['', { username: ['This field is required.'], password: ['This field is required.'] }],
    ];
    for (const [body, errors] of cases) {
      const response = await login(t, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toEqual(errors);
    }
    const notJson = await login(t, '{"username": ');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toEqual({ detail: 'JSON parse error.', code: 'parse_error' });
  });

  it("serves the login under /api/ and /api/v1/, and the token carries the user's role", async () => {
    const viewer = await givenUser(t, store, 'viewer');
    const owner = await givenUser(t, store, 'owner');
    const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled' });
    const body = { order_item: item.id, reason: cancelReason.id, cancellation_type: 'cancel' };
    const viewerKey = (await expectOk(await login(t, { username: viewer.email, password: PASSWORD }, '/api'), 200)).key;
    expect((await om(t, 'GET', `/api/channel/${store.id}/cancellation_requests/`, { key: `Token ${viewerKey}` })).statusCode).toBe(200);
    const refused = await om(t, 'POST', `/api/channel/${store.id}/cancellation_requests/`, { key: `Token ${viewerKey}`, body });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
    const ownerKey = await keyOf(t, owner.email);
    expect((await om(t, 'POST', `/api/v1/channel/${store.id}/cancellation_requests/`, { key: `Token ${ownerKey}`, body })).statusCode).toBe(201);
    // The token's actor is the user, standing by its role in the permission table.
    expect(await authenticate(t.core, viewerKey)).toMatchObject({ role: 'merchant', storeId: store.id, scopes: ['read_claims'], user: { role: 'viewer' } });
    expect(await authenticate(t.core, ownerKey)).toMatchObject({ role: 'merchant', storeId: store.id, scopes: [], user: { role: 'owner' } });
    // A store's token acts on its own channel only.
    const other = await t.given.store();
    expect((await om(t, 'GET', `/api/v1/channel/${other.id}/cancellation_requests/`, { key: `Token ${ownerKey}` })).statusCode).toBe(404);
  });

  it('revokes the tokens of a user who is disabled, changes password or changes role', async () => {
    const changes = [{ disabled: true }, { password: 'another long password' }, { role: 'viewer' }];
    for (const change of changes) {
      const agent = await givenUser(t, store, 'agent');
      const first = await keyOf(t, agent.email);
      const second = await keyOf(t, agent.email);
      for (const key of [first, second]) expect((await om(t, 'GET', `/api/v1/${requests()}`, { key: `Token ${key}` })).statusCode).toBe(200);
      await expectOk(await t.request({ method: 'PATCH', url: `/v1/users/${agent.id}`, key: store.merchantKey, body: change }), 200);
      for (const key of [first, second]) {
        expect((await om(t, 'GET', `/api/v1/${requests()}`, { key: `Token ${key}` })).statusCode, JSON.stringify(change)).toBe(401);
      }
    }
    // A change of name only leaves the tokens alone.
    const agent = await givenUser(t, store, 'agent');
    const key = await keyOf(t, agent.email);
    await expectOk(await t.request({ method: 'PATCH', url: `/v1/users/${agent.id}`, key: store.merchantKey, body: { name: 'Renamed', role: 'agent' } }), 200);
    expect((await om(t, 'GET', `/api/v1/${requests()}`, { key: `Token ${key}` })).statusCode).toBe(200);
  });

  it('takes `<store code>:<email>` when the same email is a user of several stores', async () => {
    const other = await t.given.store();
    const email = `${unique('shared')}@example.com`;
    await givenUser(t, store, 'agent', email);
    await givenUser(t, other, 'agent', email);
    const ambiguous = await login(t, { username: email, password: PASSWORD });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json()).toEqual(DRF_BAD_CREDENTIALS);
    const key = await keyOf(t, `${other.code}:${email.toUpperCase()}`);
    expect((await om(t, 'GET', `/api/v1/channel/${other.id}/cancellation_requests/`, { key: `Token ${key}` })).statusCode).toBe(200);
    expect((await om(t, 'GET', `/api/v1/channel/${store.id}/cancellation_requests/`, { key: `Token ${key}` })).statusCode).toBe(404);
  });

  it("is throttled with the console's sign-in: failures through either count, then even the right password waits", async () => {
    const throttled = await t.given.store();
    const agent = await givenUser(t, throttled, 'agent');
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_MAX; attempt += 1) {
      const response = attempt % 2 === 0
        ? await login(t, { username: agent.email, password: 'not the password' })
        : await t.app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: clientAddress, payload: { store_code: throttled.code, email: agent.email, password: 'not the password' } });
      expect(response.statusCode).toBe(attempt % 2 === 0 ? 400 : 401);
    }
    const waiting = await login(t, { username: agent.email, password: PASSWORD });
    expect(waiting.statusCode).toBe(429);
    // Until the window's oldest failure ages out: at most the 15-minute window.
    const wait = Number(waiting.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(900);
    expect(waiting.json()).toEqual({ detail: `Request was throttled. Expected available in ${wait} seconds.` });
    expect((await t.app.inject({ method: 'POST', url: '/v1/sessions', remoteAddress: clientAddress, payload: { store_code: throttled.code, email: agent.email, password: PASSWORD } })).statusCode).toBe(429);
  });

  it('logs out: the token is revoked; a key that no login issued is refused and keeps working', async () => {
    const agent = await givenUser(t, store, 'agent');
    for (const prefix of ['/api', '/api/v1']) {
      const key = await keyOf(t, agent.email);
      const loggedOut = await om(t, 'POST', `${prefix}/auth/logout/`, { key: `Token ${key}` });
      expect(loggedOut.statusCode).toBe(200);
      expect(loggedOut.json()).toEqual({ detail: 'Successfully logged out.' });
      expect((await om(t, 'GET', `/api/v1/${requests()}`, { key: `Token ${key}` })).statusCode).toBe(401);
      expect((await om(t, 'POST', `${prefix}/auth/logout/`, { key: `Token ${key}` })).statusCode).toBe(401);
    }
    for (const key of [store.merchantKey, ADMIN_KEY]) {
      const refused = await om(t, 'POST', '/api/v1/auth/logout/', { key: `Token ${key}` });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
    }
    expect((await om(t, 'GET', `/api/v1/${requests()}`, { key: `Token ${store.merchantKey}` })).statusCode).toBe(200);
    expect((await om(t, 'POST', '/api/v1/auth/logout/')).statusCode).toBe(401);
  });
});
