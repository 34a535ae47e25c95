import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

// The pages' only way to the server: a client generated from the native API's OpenAPI
// document. Each page names its session kind (the browser may hold both cookies), and
// every write carries the session's CSRF token.

export type SessionKind = 'console' | 'portal';
export type Api = ReturnType<typeof createApi>;

export interface Problem {
  status: number;
  code: string;
  detail: string;
}

export function createApi(kind: SessionKind, options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  let csrfToken: string | undefined;
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    headers: { 'x-recourse-session': kind },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use({
    onRequest({ request }) {
      if (request.method !== 'GET' && csrfToken !== undefined) request.headers.set('x-csrf-token', csrfToken);
      return request;
    },
  });
  return Object.assign(client, {
    setCsrfToken(token: string | undefined) {
      csrfToken = token;
    },
  });
}

/** The problem+json body of a failed call, whatever shape the error took. */
export function problemOf(error: unknown, response: Response): Problem {
  if (error !== null && typeof error === 'object' && 'code' in error && 'detail' in error) {
    return { status: response.status, code: String(error.code), detail: String(error.detail) };
  }
  return { status: response.status, code: `http_${response.status}`, detail: response.statusText };
}

export type Claim = paths['/v1/claims/{id}']['get']['responses'][200]['content']['application/json'];
export type ClaimEvent = paths['/v1/claims/{id}/events']['get']['responses'][200]['content']['application/json']['data'][number];
export type Balances = paths['/v1/claims/{id}/balances']['get']['responses'][200]['content']['application/json'];
export type ClaimableOrder = paths['/v1/portal/orders/{id}']['get']['responses'][200]['content']['application/json'];
export type ConsoleSession = paths['/v1/sessions']['post']['responses'][201]['content']['application/json'];
export type PortalSession = paths['/v1/portal/sessions']['post']['responses'][201]['content']['application/json'];
export type Overview = paths['/v1/stats/overview']['get']['responses'][200]['content']['application/json'];
export type Reason = paths['/v1/reasons']['get']['responses'][200]['content']['application/json']['data'][number];
export type User = paths['/v1/users']['get']['responses'][200]['content']['application/json']['data'][number];
export type ApiKey = paths['/v1/api-keys']['get']['responses'][200]['content']['application/json']['data'][number];
export type WebhookEndpoint = paths['/v1/webhook-endpoints']['get']['responses'][200]['content']['application/json']['data'][number];
export type WebhookDelivery = paths['/v1/webhook-endpoints/{id}/deliveries']['get']['responses'][200]['content']['application/json']['data'][number];
export type ClaimStatus = NonNullable<paths['/v1/claims/{id}/transitions']['post']['requestBody']>['content']['application/json']['to'];
export type ClaimListQuery = NonNullable<paths['/v1/claims']['get']['parameters']['query']>;
export type { components };
