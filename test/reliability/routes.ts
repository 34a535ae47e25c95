import type { TestApp } from '../support/app.js';
import { ADMIN_KEY } from '../support/app.js';
import { fileClaim } from '../support/claims.js';

// Shared by the tenancy matrix and the hostile-input suite: which routes are public by
// design, a victim store with one of everything, and how to fill a route's parameters with
// the victim's real ids.

/** Routes that need no credential by design: pages, docs, health, metrics, sign-in and token endpoints. */
export function isPublicRoute(method: string, url: string): boolean {
  if (method === 'GET' && (url === '/health' || url === '/metrics' || url === '/openapi.json' || url.startsWith('/docs') || url.startsWith('/assets') || url.startsWith('/console') || url.startsWith('/portal/'))) return true;
  if (method === 'POST' && ['/v1/sessions', '/v1/portal/sessions', '/compat/orderprotection/v1/oauth/token', '/compat/orderprotection/v1/oauth/revoke',
    '/compat/omnitron/api/auth/login/', '/compat/omnitron/api/v1/auth/login/'].includes(url)) return true;
  // The caller's own session: there is nothing of anyone else's behind it.
  return url === '/v1/sessions/current';
}

export interface Victim {
  storeId: number;
  storeCode: string;
  merchantKey: string;
  customerKey: string;
  otherCustomerKey: string;
  orderId: number;
  orderNumber: string;
  itemId: number;
  claimId: number;
  claimUuid: string;
  claimNumber: string;
  refundId: number;
  templateId: string;
  productId: number;
  reasonId: number;
  keyUuid: string;
  endpointId: string;
  oauthClient: { id: string; clientId: string; clientSecret: string };
  userId: string;
  /** Strings only the victim store's data contains; no answer to an outsider may include one. */
  markers: string[];
}

async function ok(t: TestApp, method: 'POST' | 'GET' | 'PUT', url: string, key: string, body?: unknown): Promise<any> {
  const response = await t.request({ method, url, key, body });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function givenVictim(t: TestApp): Promise<Victim> {
  const store = await t.given.store();
  const marker = `victim${Date.now().toString(36)}`;
  const order = await t.given.order(store, {
    number: `${marker}-ORDER`, email: `${marker}@example.com`, external_id: `${marker}-EXT`,
    items: [{ quantity: 3, external_id: `${marker}-ITEM` }, { quantity: 1, fulfillment_status: 'unfulfilled' }],
  });
  const other = await t.given.order(store, { email: `${marker}-other@example.com` });
  const reason = await t.given.reason(store, { kind: 'return', subject: `${marker} reason` });
  const claim = await fileClaim(t, store.merchantKey, {
    order_id: order.id, kind: 'return', reason_id: reason.id, description: `${marker} description`,
    lines: [{ order_item_id: order.items[0].id, quantity: 1 }],
  });
  await ok(t, 'POST', `/v1/claims/${claim.id}/messages`, store.merchantKey, { body: `${marker} message` });
  const refund = await ok(t, 'POST', `/v1/claims/${claim.id}/refunds`, store.merchantKey, { amount: 100 });
  const customerKey = await t.given.customerKey(store, order.customer.id);
  const otherCustomerKey = await t.given.customerKey(store, other.customer.id);
  const keys = (await ok(t, 'GET', '/v1/api-keys', store.merchantKey)).data as Array<{ id: string; role: string }>;
  const endpoint = await ok(t, 'POST', '/v1/webhook-endpoints', store.merchantKey, { url: `http://127.0.0.1:9/${marker}`, description: `${marker} hook` });
  const client = await ok(t, 'POST', '/v1/oauth-clients', store.merchantKey, { name: `${marker}-client`, scopes: ['read_claims', 'write_claims', 'manage_claims'] });
  const user = await ok(t, 'POST', '/v1/users', store.merchantKey, { email: `${marker}-agent@example.com`, name: `${marker} Agent`, role: 'agent', password: 'a long enough password' });
  const template = await ok(t, 'POST', '/v1/reply-templates', store.merchantKey, { kind: 'message', name: `${marker} template`, body: `${marker} template body` });
  const product = await ok(t, 'POST', '/v1/products', store.merchantKey, {
    title: `${marker} product`, options: ['size'], variants: [{ sku: `${marker}-SKU`, options: { size: 'M' }, price: 4990, available: 3 }],
  });
  await ok(t, 'GET', '/health', ADMIN_KEY);
  return {
    templateId: template.id, productId: product.id,
    storeId: store.id, storeCode: store.code, merchantKey: store.merchantKey, customerKey, otherCustomerKey,
    orderId: order.id, orderNumber: order.number, itemId: order.items[0].id, claimId: claim.id, claimUuid: claim.uuid,
    claimNumber: claim.number, refundId: refund.id, reasonId: reason.id,
    keyUuid: keys.find((key) => key.role === 'merchant')?.id ?? '', endpointId: endpoint.id,
    oauthClient: { id: client.id, clientId: client.client_id, clientSecret: client.client_secret }, userId: user.id,
    markers: [marker, claim.uuid, claim.number, order.uuid],
  };
}

/** The route with every parameter filled with the victim's id of the right kind. */
export function fillRoute(url: string, victim: Victim): string {
  const idFor = (path: string): string => {
    if (path.startsWith('/compat/seller-center') || path.startsWith('/compat/orderprotection')) return victim.claimUuid;
    if (path.startsWith('/compat/refunds-v2')) return String(victim.refundId);
    if (path.includes('cancellation_reasons')) return String(victim.reasonId);
    if (path.startsWith('/compat/omnitron')) return String(victim.claimId);
    const table: Array<[string, string]> = [
      ['/v1/claims', String(victim.claimId)], ['/v1/orders', String(victim.orderId)], ['/v1/portal/orders', String(victim.orderId)],
      ['/v1/refunds', String(victim.refundId)], ['/v1/reasons', String(victim.reasonId)], ['/v1/stores', String(victim.storeId)],
      ['/v1/api-keys', victim.keyUuid], ['/v1/webhook-endpoints', victim.endpointId], ['/v1/oauth-clients', victim.oauthClient.id],
      ['/v1/users', victim.userId], ['/v1/reply-templates', victim.templateId], ['/v1/products', String(victim.productId)],
    ];
    return table.find(([prefix]) => path.startsWith(`${prefix}/`))?.[1] ?? '00000000-0000-4000-8000-000000000000';
  };
  return url
    .replace(':channel_id', String(victim.storeId))
    .replace(':sourceOrderId', victim.orderNumber)
    .replace(':item_id', String(victim.itemId))
    .replace(':version', '1')
    .replace(':id', idFor(url));
}

/** A plausible body per route, so a refusal comes from tenancy rather than from validation alone. */
export function plausibleBody(method: string, url: string): unknown {
  if (method === 'GET' || method === 'DELETE') return undefined;
  const bodies: Array<[RegExp, unknown]> = [
    [/\/v1\/claims\/:id\/reject$/, { reason: 'x' }],
    [/\/v1\/claims\/:id\/messages$/, { body: 'x' }],
    [/\/v1\/claims\/:id\/refunds$/, { amount: 1 }],
    [/\/v1\/claims\/:id\/transitions$/, { to: 'open' }],
    [/\/v1\/claims\/:id\/resolutions$/, { type: 'RESHIP' }],
    [/\/v1\/claims\/:id\/store-credits$/, { type: 'gift_card', value: 1 }],
    [/\/v1\/claims\/:id\/attachments$/, { attachments: [{ url: 'https://x.example/a.jpg', kind: 'photo' }] }],
    [/\/v1\/claims\/:id\/return-shipment$/, { carrier: 'x' }],
    [/\/v1\/claims\/:id\/assignee$/, { user_id: null }],
    [/\/v1\/claims\/:id\/grades$/, { lines: [{ line_id: 1, disposition: 'restock' }] }],
    [/^\/v1\/claims\/:id$/, { description: 'x' }],
    [/^\/v1\/claims$/, { order_id: 1, kind: 'return', lines: [{ order_item_id: 1 }] }],
    [/\/v1\/orders\/:id\/items\/:item_id$/, { fulfillment_status: 'shipped' }],
    [/^\/v1\/reasons\/:id$/, { active: false }],
    [/^\/v1\/reply-templates\/:id$/, { body: 'x' }],
    [/^\/v1\/products\/:id$/, { title: 'x' }],
    [/^\/v1\/users\/:id$/, { role: 'viewer' }],
    [/^\/v1\/users\/me\/notifications$/, { notify_assigned: true }],
    [/^\/v1\/webhook-endpoints\/:id$/, { enabled: false }],
    [/seller-center.*reject\/$/, { reason: 'x' }],
    [/omnitron.*cancellation_requests\/:id\/$/, { description: 'x' }],
    [/omnitron.*cancellation_requests\/$/, { order_item: 1, reason: 1, cancellation_type: 'refund' }],
    [/orderprotection\/v1\/claims\/:id$/, { claimState: 'OPEN' }],
    [/orderprotection\/v1\/claims\/:id\/messages$/, { message: 'x', senderType: 'brand', authorName: 'x' }],
    [/orderprotection\/v1\/claims\/:id\/resolutions$/, { resolutionType: 'RESHIP' }],
    [/orderprotection\/v1\/claims\/:id\/store-credits$/, { type: 'GIFT_CARD', value: 1 }],
    [/refunds-v2\/api\/v2\/refunds\/:id$/, { action: 'CONFIRM' }],
    [/refunds-v2\/api\/v2\/refunds$/, { orderId: 1, reason: 'x', amount: 1, refundOnly: true }],
  ];
  return bodies.find(([pattern]) => pattern.test(url))?.[1] ?? {};
}

/** Row counts of every table that holds tenant data, in one round trip. */
export async function snapshot(t: TestApp): Promise<Record<string, number>> {
  const tables = ['stores', 'customers', 'api_keys', 'orders', 'order_items', 'reasons', 'reply_templates', 'products', 'product_variants', 'claims', 'claim_lines', 'messages', 'attachments',
    'refunds', 'resolutions', 'store_credits', 'return_shipments', 'events'];
  const result = await t.database.pool.query(`SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')},
    (SELECT coalesce(sum(version), 0) FROM claims) AS claim_versions,
    (SELECT count(*) FROM refunds WHERE status <> 'requested') AS refunds_moved,
    (SELECT count(*) FROM claims WHERE deleted_at IS NOT NULL) AS claims_deleted`);
  return Object.fromEntries(Object.entries(result.rows[0] as Record<string, unknown>).map(([key, value]) => [key, Number(value)]));
}
