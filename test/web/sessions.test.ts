import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { cookieOf } from '../support/sessions.js';

// Console users and portal sessions act through the native API as actors of their store:
// a cookie yields the actor, a write also needs the session's CSRF token, and the core's
// own checks (scopes, tenancy, customer isolation) decide the rest.

process.env.RECOURSE_UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'recourse-uploads-'));

const PASSWORD = 'correct horse battery';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

interface Session { cookie: string; csrf: string }

async function userOf(t: TestApp, store: StoreFixture, role: 'owner' | 'agent' | 'viewer', email = `${role}-${store.code}@example.com`): Promise<Session> {
  const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: `The ${role}`, role, password: PASSWORD } });
  expect(created.statusCode, created.body).toBe(201);
  const signedIn = await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email, password: PASSWORD } });
  expect(signedIn.statusCode, signedIn.body).toBe(201);
  return { cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token };
}

function as(t: TestApp, session: Session, kind: 'console' | 'portal' = 'console') {
  return (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, options: { csrf?: boolean } = {}) => t.app.inject({
    method, url,
    headers: { cookie: session.cookie, 'x-recourse-session': kind, ...(options.csrf === false ? {} : { 'x-csrf-token': session.csrf }) },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

async function fileReturn(t: TestApp, store: StoreFixture) {
  const order = await t.given.order(store, { items: [{ quantity: 2, unit_price: 2500 }] });
  const claim = await t.request({
    method: 'POST', url: '/v1/claims', key: store.merchantKey,
    body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] },
  });
  expect(claim.statusCode, claim.body).toBe(201);
  return { order, claim: claim.json() };
}

describe.each(DATABASES)('console sessions (%s)', (kind) => {
  const t = useTestApp(kind);

  it('creates users only for the admin or the store owner, never with a short password', async () => {
    const store = await t.given.store();
    const byAdmin = await t.request({ method: 'POST', url: '/v1/users', key: ADMIN_KEY, body: { store_id: store.id, email: 'boss@example.com', name: 'Boss', role: 'owner', password: PASSWORD } });
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json()).not.toHaveProperty('password_hash');
    const agent = await userOf(t, store, 'agent');
    const byAgent = await as(t, agent)('POST', '/v1/users', { email: 'x@example.com', name: 'X', role: 'owner', password: PASSWORD });
    expect(byAgent.statusCode).toBe(403);
    const short = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email: 'y@example.com', name: 'Y', role: 'agent', password: 'short' } });
    expect(short.statusCode).toBe(400);
    const twice = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email: 'BOSS@example.com', name: 'Boss', role: 'agent', password: PASSWORD } });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses a wrong password, an unknown email and an unknown store with the same 401', async () => {
    const store = await t.given.store();
    await userOf(t, store, 'agent', 'known@example.com');
    for (const body of [
      { store_code: store.code, email: 'known@example.com', password: 'not the password' },
      { store_code: store.code, email: 'unknown@example.com', password: PASSWORD },
      { store_code: 'no-such-store', email: 'known@example.com', password: PASSWORD },
    ]) {
      const response = await t.request({ method: 'POST', url: '/v1/sessions', body });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('invalid_credentials');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('throttles repeated failed sign-ins, even with the right password, and only for that client or email', async () => {
    const store = await t.given.store();
    await userOf(t, store, 'agent', 'target@example.com');
    const attempt = (password: string, ip: string, email = 'target@example.com') => t.app.inject({
      method: 'POST', url: '/v1/sessions', remoteAddress: ip, payload: { store_code: store.code, email, password },
    });
    for (let index = 0; index < 10; index += 1) expect((await attempt(`guess-${index}`, '10.1.0.1')).statusCode).toBe(401);
    const throttled = await attempt(PASSWORD, '10.1.0.1');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBeDefined();
    expect((await attempt(PASSWORD, '10.1.0.2')).statusCode).toBe(429);
    await userOf(t, store, 'viewer', 'bystander@example.com');
  });

  it('sets a Secure, httpOnly, SameSite=Strict cookie and acts through the native API with it', async () => {
    const store = await t.given.store();
    await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email: 'a@example.com', name: 'Agent A', role: 'agent', password: PASSWORD } });
    const signedIn = await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email: 'a@example.com', password: PASSWORD } });
    const header = String(signedIn.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/SameSite=Strict/);
    const agent = { cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token };
    const { claim } = await fileReturn(t, store);
    const current = await as(t, agent)('GET', '/v1/sessions/current');
    expect(current.json()).toMatchObject({ kind: 'console', user: { email: 'a@example.com', role: 'agent' }, csrf_token: agent.csrf });
    const message = await as(t, agent)('POST', `/v1/claims/${claim.id}/messages`, { body: 'We are on it' });
    expect(message.statusCode, message.body).toBe(201);
    expect(message.json().author_name).toBe('Agent A');
    const approved = await as(t, agent)('POST', `/v1/claims/${claim.id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
  });

  it('refuses a write without the CSRF token, and reads without it', async () => {
    const store = await t.given.store();
    const agent = await userOf(t, store, 'agent');
    const { claim } = await fileReturn(t, store);
    expect((await as(t, agent)('GET', `/v1/claims/${claim.id}`, undefined, { csrf: false })).statusCode).toBe(200);
    const forged = await as(t, agent)('POST', `/v1/claims/${claim.id}/approve`, {}, { csrf: false });
    expect(forged.statusCode).toBe(403);
    const wrong = await as(t, { ...agent, csrf: 'x'.repeat(43) })('POST', `/v1/claims/${claim.id}/approve`, {});
    expect(wrong.statusCode).toBe(403);
    const still = await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey });
    expect(still.json().status).toBe('new');
  });

  it('lets a viewer read but not act', async () => {
    const store = await t.given.store();
    const viewer = await userOf(t, store, 'viewer');
    const { claim } = await fileReturn(t, store);
    expect((await as(t, viewer)('GET', `/v1/claims/${claim.id}`)).statusCode).toBe(200);
    expect((await as(t, viewer)('GET', '/v1/claims')).json().data).toHaveLength(1);
    const approve = await as(t, viewer)('POST', `/v1/claims/${claim.id}/approve`, {});
    expect(approve.statusCode).toBe(403);
    expect(approve.json().code).toBe('scope_missing');
    const message = await as(t, viewer)('POST', `/v1/claims/${claim.id}/messages`, { body: 'hi' });
    expect(message.statusCode).toBe(403);
  });

  it("never shows another store's claim to an agent: 404, not 403", async () => {
    const store = await t.given.store();
    const other = await t.given.store();
    const outsider = await userOf(t, other, 'agent');
    const { claim } = await fileReturn(t, store);
    expect((await as(t, outsider)('GET', `/v1/claims/${claim.id}`)).statusCode).toBe(404);
    expect((await as(t, outsider)('POST', `/v1/claims/${claim.id}/approve`, {})).statusCode).toBe(404);
    expect((await as(t, outsider)('GET', '/v1/claims')).json().data).toHaveLength(0);
  });

  it('lets an API key decide alone when a request carries both a key and a cookie', async () => {
    const store = await t.given.store();
    const other = await t.given.store();
    const agent = await userOf(t, store, 'agent');
    const { claim } = await fileReturn(t, store);
    const response = await t.app.inject({ method: 'GET', url: `/v1/claims/${claim.id}`, headers: { authorization: `Bearer ${other.merchantKey}`, cookie: agent.cookie } });
    expect(response.statusCode).toBe(404);
    const unknownKey = await t.app.inject({ method: 'GET', url: `/v1/claims/${claim.id}`, headers: { authorization: 'Bearer nope', cookie: agent.cookie } });
    expect(unknownKey.statusCode).toBe(401);
  });

  it('ends the session on sign-out, on disabling the user, and when a role change narrows what it may do', async () => {
    const store = await t.given.store();
    const agent = await userOf(t, store, 'agent');
    const { claim } = await fileReturn(t, store);
    expect((await as(t, agent)('DELETE', '/v1/sessions/current')).statusCode).toBe(204);
    expect((await as(t, agent)('GET', `/v1/claims/${claim.id}`)).statusCode).toBe(401);

    const second = await userOf(t, store, 'agent', 'second@example.com');
    const users = await t.request({ method: 'GET', url: '/v1/users', key: store.merchantKey });
    const secondUser = users.json().data.find((user: { email: string }) => user.email === 'second@example.com');
    const demoted = await t.request({ method: 'PATCH', url: `/v1/users/${secondUser.id}`, key: store.merchantKey, body: { role: 'viewer' } });
    expect(demoted.json().role).toBe('viewer');
    expect((await as(t, second)('POST', `/v1/claims/${claim.id}/approve`, {})).statusCode).toBe(403);
    await t.request({ method: 'PATCH', url: `/v1/users/${secondUser.id}`, key: store.merchantKey, body: { disabled: true } });
    expect((await as(t, second)('GET', `/v1/claims/${claim.id}`)).statusCode).toBe(401);
    const again = await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email: 'second@example.com', password: PASSWORD } });
    expect(again.statusCode).toBe(401);
  });
});

describe.each(DATABASES)('customer portal (%s)', (kind) => {
  const t = useTestApp(kind);

  async function openPortal(store: StoreFixture, order: { number: string; customer: { email: string } }, ip = '10.0.0.1'): Promise<Session & { orderId: number }> {
    const response = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: ip, payload: { store_code: store.code, order_number: order.number, email: order.customer.email.toUpperCase() } });
    expect(response.statusCode, response.body).toBe(201);
    return { cookie: cookieOf(response), csrf: response.json().csrf_token, orderId: response.json().order_id };
  }

  it('answers a wrong email and a wrong order number alike, and throttles repeated failures', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const wrongEmail = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.0.9', payload: { store_code: store.code, order_number: order.number, email: 'someone@example.com' } });
    const wrongNumber = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.0.9', payload: { store_code: store.code, order_number: 'NOPE', email: order.customer.email } });
    expect(wrongEmail.statusCode).toBe(404);
    expect(wrongNumber.statusCode).toBe(404);
    expect(wrongEmail.json().detail).toBe(wrongNumber.json().detail);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.0.9', payload: { store_code: store.code, order_number: `X-${attempt}`, email: 'a@example.com' } });
    }
    const throttled = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.0.9', payload: { store_code: store.code, order_number: order.number, email: order.customer.email } });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBeDefined();
    await openPortal(store, order, '10.0.0.10');
  });

  it('finds the order however the customer types its number: any case, spaces, a leading #', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { number: `D-${store.id}77` });
    for (const [index, typed] of [`#d-${store.id}77`, ` d-${store.id}77 `, `D - ${store.id}77`, `##D-${store.id}77`].entries()) {
      const opened = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: `10.0.1.${index}`, payload: { store_code: store.code, order_number: typed, email: order.customer.email } });
      expect(opened.statusCode, typed).toBe(201);
      expect(opened.json().order_id).toBe(order.id);
    }
    const other = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.1.9', payload: { store_code: store.code, order_number: `D-${store.id}78`, email: order.customer.email } });
    expect(other.statusCode).toBe(404);
  });

  it('shows what each item may still claim by the engine rules, and the active reasons', async () => {
    const store = await t.given.store();
    await t.given.reason(store, { kind: 'return', subject: 'Too small', translations: { 'tr-tr': 'Küçük geldi' }, requires_evidence: true });
    const order = await t.given.order(store, { items: [{ quantity: 2, fulfillment_status: 'delivered' }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
    const portal = await openPortal(store, order);
    const found = await as(t, portal, 'portal')('GET', `/v1/portal/orders/${portal.orderId}`);
    expect(found.statusCode, found.body).toBe(200);
    const [delivered, unfulfilled] = found.json().items;
    expect(delivered.claimable).toEqual({ cancellation: 0, return: 2, incident: 2 });
    expect(unfulfilled.claimable).toEqual({ cancellation: 1, return: 0, incident: 0 });
    expect(found.json().reasons[0]).toMatchObject({ subject: 'Too small', translations: { 'tr-tr': 'Küçük geldi' }, requires_evidence: true });
  });

  it('says per item until when it may be claimed under the policy, or why not, and the store\'s service levels', async () => {
    const store = await t.given.store();
    const reason = await t.given.reason(store, { kind: 'return', subject: 'Faulty' });
    const policy = await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: {
      windows: { return: { days_after_delivery: 14, overrides: [{ reasons: [reason.id], days_after_delivery: 30 }] } },
      deadlines: { sla: { return: { first_response_hours: 24, resolution_hours: 72 } } },
    } });
    expect(policy.statusCode, policy.body).toBe(200);
    const order = await t.given.order(store, { items: [{ quantity: 2, fulfillment_status: 'delivered' }, { quantity: 1, fulfillment_status: 'delivered' }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
    const day = 86_400_000;
    const recent = new Date(Date.now() - 20 * day);
    await t.database.pool.query('UPDATE order_items SET delivered_at = $1 WHERE id = $2', [recent, order.items[0]!.id]);
    await t.database.pool.query('UPDATE order_items SET delivered_at = $1 WHERE id = $2', [new Date(Date.now() - 40 * day), order.items[1]!.id]);
    const portal = await openPortal(store, order);
    const found = await as(t, portal, 'portal')('GET', `/v1/portal/orders/${portal.orderId}`);
    expect(found.statusCode, found.body).toBe(200);
    const [inWindow, late, unfulfilled] = found.json().items;
    // 14 days are over, but the faulty reason gives 30: claimable until the end of the 30th day after delivery (UTC).
    const end = new Date(Date.UTC(recent.getUTCFullYear(), recent.getUTCMonth(), recent.getUTCDate() + 31)).toISOString();
    expect(inWindow.eligibility.return).toEqual({ claimable: 2, until: end, because: null });
    expect([late.eligibility.return.claimable, late.eligibility.return.because, late.claimable.return]).toEqual([0, 'window_closed', 0]);
    expect(late.eligibility.incident).toEqual({ claimable: 1, until: null, because: null });
    expect(unfulfilled.eligibility.return).toEqual({ claimable: 0, until: null, because: 'not_shipped' });
    expect(found.json().service_levels).toEqual({ return: { first_response_hours: 24, resolution_hours: 72 } });
    // What the portal says is what filing does: the late item is refused.
    const filed = await as(t, portal, 'portal')('POST', '/v1/claims', { order_id: portal.orderId, kind: 'return', reason_id: reason.id, lines: [{ order_item_id: late.id }] });
    expect([filed.statusCode, filed.json().code]).toEqual([422, 'outside_window']);
  });

  it('files a return with an uploaded photo as the customer, and sees only its own claims', async () => {
    const store = await t.given.store();
    const reason = await t.given.reason(store, { kind: 'return', requires_evidence: true });
    const order = await t.given.order(store, { items: [{ quantity: 2 }] });
    const otherOrder = await t.given.order(store);
    await fileReturn(t, store);
    const portal = await openPortal(store, order);
    const act = as(t, portal, 'portal');

    const upload = await t.app.inject({ method: 'POST', url: '/v1/uploads', headers: { cookie: portal.cookie, 'x-recourse-session': 'portal', 'x-csrf-token': portal.csrf, 'content-type': 'image/png' }, payload: PNG });
    expect(upload.statusCode, upload.body).toBe(201);
    const filed = await act('POST', '/v1/claims', {
      order_id: order.id, kind: 'return', reason_id: reason.id, lines: [{ order_item_id: order.items[0].id, quantity: 1 }],
      resolution_requested: 'REFUND', evidence: [{ url: upload.json().url, kind: 'photo' }],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ filed_by: 'customer', attachments: [{ url: upload.json().url }] });
    const photo = await t.app.inject({ method: 'GET', url: `/v1/uploads/${upload.json().id}`, headers: { cookie: portal.cookie } });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    const seenByMerchant = await t.request({ method: 'GET', url: `/v1/uploads/${upload.json().id}`, key: store.merchantKey });
    expect(seenByMerchant.statusCode).toBe(200);

    expect((await act('GET', '/v1/claims')).json().data.map((claim: { id: number }) => claim.id)).toEqual([filed.json().id]);
    expect((await act('GET', `/v1/portal/orders/${otherOrder.id}`)).statusCode).toBe(404);
    expect((await act('POST', `/v1/claims/${filed.json().id}/approve`, {})).statusCode).toBe(403);
  });

  it('refuses an upload that is not the image it claims to be, or too large', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const portal = await openPortal(store, order);
    const headers = { cookie: portal.cookie, 'x-recourse-session': 'portal', 'x-csrf-token': portal.csrf };
    const fake = await t.app.inject({ method: 'POST', url: '/v1/uploads', headers: { ...headers, 'content-type': 'image/jpeg' }, payload: PNG });
    expect(fake.statusCode).toBe(400);
    const text = await t.app.inject({ method: 'POST', url: '/v1/uploads', headers: { ...headers, 'content-type': 'text/html' }, payload: '<script>' });
    expect(text.statusCode).toBe(415);
    const huge = await t.app.inject({ method: 'POST', url: '/v1/uploads', headers: { ...headers, 'content-type': 'image/png' }, payload: Buffer.concat([PNG, Buffer.alloc(9 * 1024 * 1024)]) });
    expect(huge.statusCode).toBe(413);
  });
});
