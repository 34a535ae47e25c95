import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { permits, type Action, type Standing } from '../../src/domain/access/permissions.js';
import { ADMIN_KEY, useTestApp, type TestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { fillRoute, givenVictim, isPublicRoute, plausibleBody, type Victim } from './routes.js';
import { cookieOf } from '../support/sessions.js';

// Every route the app serves (taken from the router, so a new route cannot escape) is
// called by each kind of credential a store hands out: its owner, an agent and a viewer
// signed in to the console, a read-only and a write-only merchant key, a customer key and
// a portal session. The answer must be the one the permission table documents — refused
// (403, or 404 where the object is hidden from that credential) or let through — and a
// refused request must change nothing in any table. A route with no row below fails.

process.env.RECOURSE_UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'recourse-uploads-'));

/** What each route does, in the permission table's words. */
export const ROUTE_ACTIONS: Record<string, Action> = {
  'POST /v1/stores': 'store.create',
  'GET /v1/stores': 'store.read',
  'GET /v1/stores/:id': 'store.read',
  'POST /v1/api-keys': 'api_keys.manage',
  'GET /v1/api-keys': 'api_keys.manage',
  'DELETE /v1/api-keys/:id': 'api_keys.manage',
  'POST /v1/orders': 'orders.import',
  'GET /v1/orders': 'orders.read',
  'GET /v1/orders/:id': 'orders.read',
  'PATCH /v1/orders/:id/items/:item_id': 'orders.import',
  'POST /v1/claims/:id/grades': 'claims.manage',
  'POST /v1/products': 'products.edit',
  'GET /v1/products': 'products.read',
  'GET /v1/products/:id': 'products.read',
  'PATCH /v1/products/:id': 'products.edit',
  'POST /v1/reasons': 'reasons.edit',
  'GET /v1/reasons': 'reasons.read',
  'GET /v1/reasons/:id': 'reasons.read',
  'PATCH /v1/reasons/:id': 'reasons.edit',
  'POST /v1/claims': 'claims.file',
  'GET /v1/claims': 'claims.read',
  'GET /v1/claims/:id': 'claims.read',
  'PATCH /v1/claims/:id': 'claims.manage',
  'DELETE /v1/claims/:id': 'claims.manage',
  'POST /v1/portal/withdrawals': 'claims.file',
  'GET /v1/reply-templates': 'templates.read',
  'POST /v1/reply-templates': 'templates.edit',
  'PATCH /v1/reply-templates/:id': 'templates.edit',
  'DELETE /v1/reply-templates/:id': 'templates.edit',
  'PUT /v1/claims/:id/assignee': 'claims.assign',
  'GET /v1/claims/:id/events': 'claims.read',
  'GET /v1/claims/:id/emails': 'claims.read_emails',
  'GET /v1/users/me/notifications': 'notifications.own',
  'PUT /v1/users/me/notifications': 'notifications.own',
  'POST /v1/claims/:id/approve': 'claims.manage',
  'POST /v1/claims/:id/cancel': 'claims.withdraw',
  'POST /v1/claims/:id/complete': 'claims.manage',
  'POST /v1/claims/:id/close': 'claims.manage',
  'POST /v1/claims/:id/archive': 'claims.manage',
  'POST /v1/claims/:id/reject': 'claims.manage',
  'POST /v1/claims/:id/transitions': 'claims.manage',
  'POST /v1/claims/:id/messages': 'claims.converse',
  'POST /v1/claims/:id/attachments': 'claims.converse',
  'POST /v1/claims/:id/resolutions': 'claims.manage',
  'POST /v1/claims/:id/store-credits': 'claims.manage',
  'POST /v1/claims/:id/refunds': 'claims.request_refund',
  'POST /v1/claims/:id/return-shipment': 'claims.ship_return',
  'POST /v1/claims/:id/return-shipment/received': 'claims.manage',
  'GET /v1/refunds': 'claims.read',
  'GET /v1/refunds/:id': 'claims.read',
  'POST /v1/refunds/:id/approve': 'claims.manage',
  'POST /v1/refunds/:id/process': 'claims.manage',
  'POST /v1/refunds/:id/issue': 'claims.manage',
  'POST /v1/refunds/:id/deny': 'claims.manage',
  'POST /v1/refunds/:id/cancel': 'claims.withdraw',
  'POST /v1/oauth-clients': 'oauth_clients.manage',
  'GET /v1/oauth-clients': 'oauth_clients.manage',
  'DELETE /v1/oauth-clients/:id': 'oauth_clients.manage',
  'POST /v1/users': 'users.manage',
  'GET /v1/users': 'users.manage',
  'PATCH /v1/users/:id': 'users.manage',
  'GET /v1/portal/orders/:id': 'orders.read',
  'POST /v1/uploads': 'claims.converse',
  'GET /v1/uploads/:id': 'claims.read',
  'GET /v1/stats/claims-by-status': 'claims.read',
  'GET /v1/stats/overview': 'store.overview',
  'GET /v1/claims/:id/balances': 'claims.read',
  'GET /v1/policy': 'policy.read',
  'PUT /v1/policy': 'policy.edit',
  'GET /v1/policy/versions': 'policy.read',
  'GET /v1/policy/versions/:version': 'policy.read',
  'POST /v1/policy/simulate': 'policy.simulate',
  'POST /v1/webhook-endpoints': 'webhooks.manage',
  'GET /v1/webhook-endpoints': 'webhooks.manage',
  'GET /v1/webhook-endpoints/:id': 'webhooks.manage',
  'PATCH /v1/webhook-endpoints/:id': 'webhooks.manage',
  'DELETE /v1/webhook-endpoints/:id': 'webhooks.manage',
  'GET /v1/webhook-endpoints/:id/deliveries': 'webhooks.manage',
  'GET /v1/webhook-deliveries/:id': 'webhooks.manage',
  'POST /v1/webhook-deliveries/:id/retry': 'webhooks.manage',
  'POST /v1/webhook-endpoints/:id/test': 'webhooks.manage',
  'GET /compat/seller-center/api/i2/claims/': 'claims.read',
  'POST /compat/seller-center/api/i2/claims/:id/approve/': 'claims.manage',
  'POST /compat/seller-center/api/i2/claims/:id/reject/': 'claims.manage',
  'GET /compat/seller-center/api/i2/claim-reasons/': 'reasons.read',
  ...omnitron('/compat/omnitron/api/channel/:channel_id'),
  ...omnitron('/compat/omnitron/api/v1/channel/:channel_id'),
  'GET /compat/orderprotection/v1/claims': 'claims.read',
  'GET /compat/orderprotection/v1/orders/:sourceOrderId/claims': 'claims.read',
  'POST /compat/orderprotection/v1/claims/offline': 'claims.file',
  'POST /compat/orderprotection/v1/claims/:sourceOrderId': 'claims.file',
  'GET /compat/orderprotection/v1/claims/:id': 'claims.read',
  'PATCH /compat/orderprotection/v1/claims/:id': 'claims.manage',
  'POST /compat/orderprotection/v1/claims/:id/messages': 'claims.converse',
  'POST /compat/orderprotection/v1/claims/:id/resolutions': 'claims.manage',
  'POST /compat/orderprotection/v1/claims/:id/store-credits': 'claims.manage',
  'GET /compat/refunds-v2/api/v2/refunds': 'claims.read',
  'GET /compat/refunds-v2/api/v2/refunds/:id': 'claims.read',
  'POST /compat/refunds-v2/api/v2/refunds': 'claims.request_order_refund',
  'PATCH /compat/refunds-v2/api/v2/refunds/:id': 'claims.manage',
  'DELETE /compat/refunds-v2/api/v2/refunds/:id': 'claims.withdraw',
};

/**
 * Routes no table row decides: a credential acting on itself. Omnitron's logout revokes the
 * login token it is called with, and none of the credentials here is a login token, so each
 * is refused (403) and changes nothing (test/dialects/omnitron/sdk-login.test.ts logs out).
 */
const ONLY_A_LOGIN_TOKEN = ['POST /compat/omnitron/api/auth/logout/', 'POST /compat/omnitron/api/v1/auth/logout/'];

function omnitron(base: string): Record<string, Action> {
  return {
    [`GET ${base}/cancellation_requests/`]: 'claims.read',
    [`GET ${base}/cancellation_requests/detailed`]: 'claims.read',
    [`POST ${base}/cancellation_requests/`]: 'claims.file',
    [`GET ${base}/cancellation_requests/:id/`]: 'claims.read',
    [`GET ${base}/cancellation_requests/:id/detailed/`]: 'claims.read',
    [`PUT ${base}/cancellation_requests/:id/`]: 'claims.manage',
    [`PATCH ${base}/cancellation_requests/:id/`]: 'claims.manage',
    [`DELETE ${base}/cancellation_requests/:id/`]: 'claims.manage',
    [`POST ${base}/cancellation_requests/:id/reject/`]: 'claims.manage',
    [`GET ${base}/cancellation_reasons/`]: 'reasons.read',
    [`GET ${base}/cancellation_reasons/:id/`]: 'reasons.read',
  };
}

/**
 * Which credentials a door takes at all, before the table is asked. OrderProtection takes
 * only a bearer key or token (a web session gets 401 there); Seller Center and Omnitron are
 * merchant APIs (403 for a customer).
 */
function doorAdmits(url: string, credential: Credential): boolean {
  if (url.startsWith('/compat/orderprotection/')) return !('session' in credential);
  if (url.startsWith('/compat/seller-center/') || url.startsWith('/compat/omnitron/')) return credential.standing.kind !== 'customer';
  return true;
}

/** Bodies a door's schema accepts, where the shared plausible ones would stop at validation. */
function bodyFor(method: string, url: string, victim: Victim & { customerId: number }): unknown {
  const email = `${victim.markers[0]}@example.com`;
  const own: Array<[string, unknown]> = [
    ['POST /v1/stores', { name: 'Matrix store', code: `matrix-${victim.markers[0]}`, currency: 'EUR' }],
    ['POST /v1/api-keys', { store_id: victim.storeId, role: 'customer', customer_id: victim.customerId }],
    ['POST /v1/orders', {
      number: `${victim.markers[0]}-MATRIX`, currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', shipping_amount: 0,
      customer: { email: `${victim.markers[0]}-matrix@example.com`, first_name: 'Ada', last_name: 'Buyer' },
      items: [{ sku: 'M-1', name: 'Item', quantity: 1, unit_price: 1000 }],
    }],
    ['POST /v1/reasons', { kind: 'return', subject: `${victim.markers[0]} matrix reason` }],
    ['POST /v1/products', { title: 'Matrix product', variants: [{ sku: `${victim.markers[0]}-MATRIX-SKU`, price: 100, available: 1 }] }],
    ['POST /v1/portal/withdrawals', { order_id: victim.orderId, name: 'Matrix Withdrawer' }],
    ['POST /v1/reply-templates', { kind: 'rejection', name: `${victim.markers[0]} matrix template`, body: 'x' }],
    ['POST /v1/oauth-clients', { scopes: ['read_claims'] }],
    ['POST /v1/users', { email: `${victim.markers[0]}-matrix-user@example.com`, name: 'Matrix user', role: 'viewer', password: 'a long enough password' }],
    ['POST /v1/policy/simulate', { policy: { rules: [] }, since_days: 30 }],
    ['PUT /v1/policy', { rules: [] }],
    ['POST /v1/webhook-endpoints', { url: 'http://127.0.0.1:9/matrix' }],
    ['POST /compat/orderprotection/v1/claims/offline', { sourceOrderId: victim.orderNumber, customer: { email }, issueType: 'STOLEN' }],
    ['POST /compat/orderprotection/v1/claims/:sourceOrderId', { email, fulfillmentIssues: [{ issues: [{ issueType: 'STOLEN', sourceItemId: `${victim.markers[0]}-ITEM`, quantity: 1 }] }] }],
    ['POST /compat/orderprotection/v1/claims/:id/messages', { message: 'x' }],
    ['POST /compat/orderprotection/v1/claims/:id/resolutions', { resolutionType: 'RESHIP' }],
    ['POST /compat/orderprotection/v1/claims/:id/store-credits', { creditValue: 1 }],
  ];
  const found = own.find(([route]) => route === `${method} ${url}`);
  return found === undefined ? plausibleBody(method, url) : found[1];
}

type Credential =
  | { name: string; standing: Standing; key: string }
  | { name: string; standing: Standing; session: { kind: 'console' | 'portal'; cookie: string; csrf: string } };

async function created(t: TestApp, method: 'POST', url: string, key: string | undefined, body: unknown): Promise<any> {
  const response = await t.request({ method, url, key, body });
  if (response.statusCode !== 201) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response;
}

async function credentialsFor(t: TestApp, victim: Victim): Promise<Credential[]> {
  const password = 'a long enough password';
  const consoleUser = async (role: 'owner' | 'agent' | 'viewer'): Promise<Credential> => {
    const email = `matrix-${role}-${victim.storeCode}@example.com`;
    await created(t, 'POST', '/v1/users', victim.merchantKey, { email, name: `Matrix ${role}`, role, password });
    const signedIn = await created(t, 'POST', '/v1/sessions', undefined, { store_code: victim.storeCode, email, password });
    const standing: Standing = { kind: 'staff', level: role === 'owner' ? 'owner' : role === 'agent' ? 'manage' : 'read' };
    return { name: role, standing, session: { kind: 'console', cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token } };
  };
  const scopedKey = async (scope: 'read_claims' | 'write_claims') => (await created(t, 'POST', '/v1/api-keys', ADMIN_KEY, {
    store_id: victim.storeId, role: 'merchant', scopes: [scope], name: `matrix ${scope}`,
  })).json().key as string;
  const portal = await created(t, 'POST', '/v1/portal/sessions', undefined, {
    store_code: victim.storeCode, order_number: victim.orderNumber, email: `${victim.markers[0]}@example.com`,
  });
  return [
    { name: 'customer key', standing: { kind: 'customer', read: true, write: true }, key: victim.customerKey },
    { name: 'portal session', standing: { kind: 'customer', read: true, write: true }, session: { kind: 'portal', cookie: cookieOf(portal), csrf: portal.json().csrf_token } },
    { name: 'read-only key', standing: { kind: 'staff', level: 'read' }, key: await scopedKey('read_claims') },
    await consoleUser('viewer'),
    { name: 'write-only key', standing: { kind: 'staff', level: 'write' }, key: await scopedKey('write_claims') },
    await consoleUser('agent'),
    await consoleUser('owner'),
  ];
}

function send(t: TestApp, credential: Credential, method: string, url: string, body: unknown): Promise<LightMyRequestResponse> {
  if ('key' in credential) return t.request({ method: method as 'GET', url, key: credential.key, body });
  const { kind, cookie, csrf } = credential.session;
  return t.app.inject({
    method: method as 'GET', url, headers: { cookie, 'x-recourse-session': kind, 'x-csrf-token': csrf },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** One digest per table of everything in it, so any change to any row shows. */
async function fingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables = (await t.database.pool.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )).rows.map((row: { table_name: string }) => row.table_name);
  const result = await t.database.pool.query(`SELECT ${tables.map((table) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${table} x) AS "${table}"`).join(', ')}`);
  return result.rows[0] as Record<string, string>;
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}

describe.each(DATABASES)('the permission matrix (%s)', (kind) => {
  const t = useTestApp(kind);

  it('answers every route as the permission table says for every credential, and a refusal changes nothing', { timeout: 600_000 }, async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const victim = await givenVictim(t);
    // The key the routes revoke is one of its own, so the merchant key stays usable.
    const order = await t.request({ method: 'GET', url: `/v1/orders/${victim.orderId}`, key: victim.merchantKey });
    const spare = await created(t, 'POST', '/v1/api-keys', victim.merchantKey, { store_id: victim.storeId, role: 'customer', customer_id: order.json().customer.id });
    const target = { ...victim, keyUuid: spare.json().id as string, customerId: order.json().customer.id as number };
    const credentials = await credentialsFor(t, target);

    const routes = t.app.routeInventory.filter((route) => !isPublicRoute(route.method, route.url));
    const unlisted = routes.map((route) => `${route.method} ${route.url}`).filter((route) => !(route in ROUTE_ACTIONS) && !ONLY_A_LOGIN_TOKEN.includes(route));
    expect(unlisted, 'routes without a row in the permission expectations').toEqual([]);
    // Destructive routes last, so the objects the others name still exist when they are tried.
    const ordered = [...routes].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));

    const failures: string[] = [];
    let tried = 0;
    let refusals = 0;
    let letThrough = 0;
    let rowsChangedByRefusals = 0;
    for (const route of ordered) {
      const action = ROUTE_ACTIONS[`${route.method} ${route.url}`] as Action;
      const url = fillRoute(route.url, target);
      const body = bodyFor(route.method, route.url, target);
      const onlyALoginToken = ONLY_A_LOGIN_TOKEN.includes(`${route.method} ${route.url}`);
      const lets = (credential: Credential) => !onlyALoginToken && doorAdmits(route.url, credential) && permits(credential.standing, action);
      const refused = credentials.filter((credential) => !lets(credential));
      const allowed = credentials.filter(lets);
      const before = await fingerprint(t);
      for (const credential of refused) {
        const response = await send(t, credential, route.method, url, body);
        tried += 1;
        refusals += 1;
        const expected = onlyALoginToken ? [403] : doorAdmits(route.url, credential) ? [403, 404] : route.url.startsWith('/compat/orderprotection/') ? [401] : [403];
        if (!expected.includes(response.statusCode)) failures.push(`${credential.name}: ${route.method} ${url} → ${response.statusCode}, expected a refusal (${action}) ${response.body.slice(0, 200)}`);
      }
      const changed = changedTables(before, await fingerprint(t));
      rowsChangedByRefusals += changed.length;
      if (changed.length > 0) failures.push(`refusals of ${route.method} ${url} changed ${changed.join(', ')}`);
      for (const credential of allowed) {
        const response = await send(t, credential, route.method, url, body);
        tried += 1;
        if (response.statusCode < 300) letThrough += 1;
        if (response.statusCode === 401 || response.statusCode === 403 || response.statusCode >= 500) {
          failures.push(`${credential.name}: ${route.method} ${url} → ${response.statusCode}, expected it let through (${action}) ${response.body.slice(0, 200)}`);
        }
      }
    }
    if (process.env.MATRIX_FAILURES !== undefined) (await import('node:fs')).writeFileSync(process.env.MATRIX_FAILURES, failures.join('\n'));
    expect(failures).toEqual([]);
    expect(tried).toBe(routes.length * credentials.length);
    expect(rowsChangedByRefusals).toBe(0);
    console.info(`permission matrix (${kind}): ${routes.length} routes × ${credentials.length} credentials = ${tried} requests; ${refusals} refused, ${letThrough} answered 2xx, tables changed by refusals: ${rowsChangedByRefusals}`);
  });
});
