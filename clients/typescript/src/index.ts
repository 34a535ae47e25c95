import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

// A thin, typed door to the Recourse native API: openapi-fetch over the types generated from
// the service's own OpenAPI document, so every path, body, query and response is checked by
// the compiler. Nothing here holds a rule of the API; the server decides and answers.

export type { components, operations, paths };

export type RecourseClient = Client<paths>;

type Schemas = components['schemas'];
export type Claim = Schemas['Claim'];
export type ClaimEvent = Schemas['Event'];
export type Order = Schemas['Order'];
export type OrderItem = Schemas['OrderItem'];
export type Reason = Schemas['Reason'];
export type Refund = Schemas['Refund'];
export type Message = Schemas['Message'];
export type ReturnShipment = Schemas['ReturnShipment'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
/** An error answer (RFC 9457 problem document): `code` names the refusal, `detail` says it in words. */
export type Problem = Schemas['Problem'];

export type ClaimListQuery = NonNullable<operations['listClaims']['parameters']['query']>;

export interface RecourseClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the service answers, e.g. `https://claims.example.com` (the paths start with /v1). */
  baseUrl: string;
  /** A merchant, customer or admin API key; sent as `Authorization: Bearer <key>`. */
  apiKey: string;
}

/** A client whose every call is typed from the native API's OpenAPI document. */
export function createRecourseClient({ baseUrl, apiKey, headers, ...options }: RecourseClientOptions): RecourseClient {
  return createClient<paths>({ ...options, baseUrl, headers: { ...headersObject(headers), authorization: `Bearer ${apiKey}` } });
}

/** Thrown by the helpers below when the service answers with a problem. */
export class RecourseError extends Error {
  constructor(readonly status: number, readonly problem: Problem | undefined) {
    super(problem === undefined ? `the service answered ${status}` : `${problem.code}: ${problem.detail}`);
    this.name = 'RecourseError';
  }
}

/**
 * Every claim the query matches, newest first, fetched a page at a time by following
 * `next_cursor` (the keyset cursor: stable while claims are filed, and as fast deep as on page 1).
 */
export async function* eachClaim(client: RecourseClient, query: Omit<ClaimListQuery, 'cursor'> = {}): AsyncGenerator<Claim, void, undefined> {
  let cursor: string | undefined;
  do {
    const { data, error, response } = await client.GET('/v1/claims', { params: { query: { ...query, ...(cursor === undefined ? {} : { cursor }) } } });
    if (data === undefined) throw new RecourseError(response.status, error);
    yield* data.data;
    cursor = data.next_cursor ?? undefined;
  } while (cursor !== undefined);
}

/** The `If-Match` value for a claim as last read (its ETag): a write against a claim changed since gets 412. */
export function ifMatch(claim: Pick<Claim, 'version'>): string {
  return `"${claim.version}"`;
}

function headersObject(headers: ClientOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const entries = headers instanceof Headers ? [...headers.entries()] : Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value !== undefined && value !== null) out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
