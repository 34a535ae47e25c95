import type { LightMyRequestResponse } from 'fastify';
import type { StoreFixture, TestApp } from '../../support/app.js';

export const BASE = '/compat/orderprotection';

export function expectStatus(response: LightMyRequestResponse, status: number): any {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.body === '' ? undefined : response.json();
}

/** A request to the OrderProtection door. */
export function op(t: TestApp, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, key: string | undefined, body?: unknown) {
  return t.request({ method, url: `${BASE}${path}`, key, body });
}

/** Files a one-issue online claim on an order and returns the new claim's id. */
export async function fileOpClaim(
  t: TestApp, key: string, sourceOrderId: string,
  issue: { issueType?: string; sourceItemId?: string; quantity?: number; details?: string } = {},
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await op(t, 'POST', `/v1/claims/${encodeURIComponent(sourceOrderId)}`, key, {
    email: 'buyer@example.com',
    fulfillmentIssues: [{ issues: [{ issueType: issue.issueType ?? 'DAMAGED', ...issue }] }],
    ...extra,
  });
  return expectStatus(response, 201).id;
}

/** Creates OAuth client credentials through the native API. */
export async function givenOAuthClient(t: TestApp, store: StoreFixture, scopes: string[]): Promise<{ client_id: string; client_secret: string; id: string }> {
  return expectStatus(await t.request({ method: 'POST', url: '/v1/oauth-clients', key: store.merchantKey, body: { scopes, name: 'integration' } }), 201);
}

export async function tokenFor(t: TestApp, store: StoreFixture, scopes: string[]): Promise<string> {
  const client = await givenOAuthClient(t, store, scopes);
  const response = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret });
  return expectStatus(response, 200).access_token;
}
