import { hash } from 'node:crypto';
import type { Actor } from '../../domain/actor.js';
import { RefusalError } from '../../domain/refusal.js';
import * as idempotency from '../../store/idempotency.js';
import type { Core } from '../core.js';

// Idempotency keys, the same for every door: the same key and request replay the stored
// answer; the same key with another request is refused (422); a twin still running is
// refused (409). A lease row taken before the request runs makes concurrent twins safe.
// Keys belong to the API key that sent them and expire after the configured TTL.
//
// A door hands over the request (`beginIdempotent`) before it runs the use case, and the
// answer (`rememberAnswer`) or its failure (`forgetLease`) afterwards. What is kept of an
// answer is decided here, so every door keeps the same.
//
// An answer that shows a secret once (a new API key, OAuth client secret or webhook signing
// secret) is never stored: only that the key was used and where the created thing is. Its
// replay is refused (409 idempotency_secret_withheld, naming the created resource), so a
// client that lost the first answer learns the thing exists and revokes or rotates it.

const LEASE_MS = 60_000;
const KEY_LENGTH_MAX = 255;

/** The request a door asks to run once: what counts as "the same request" is its fingerprint. */
export interface IdempotentRequest {
  key: string;
  method: string;
  url: string;
  body: unknown;
}

/** Held while the request runs; only its holder may remember an answer under the key. */
export interface IdempotencyLease {
  apiKeyId: number;
  key: string;
  requestHash: string;
}

export interface RememberedAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** The body shows a secret: keep only that the request ran and its Location. */
  carriesSecret?: boolean;
}

/** Run the request (under the lease, when it has one), or send the answer a twin got. */
export type IdempotencyStart =
  | { kind: 'run'; lease?: IdempotencyLease }
  | { kind: 'replay'; answer: RememberedAnswer };

/** JSON with sorted keys, so {a,b} and {b,a} are one request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fingerprint(request: IdempotentRequest): string {
  return hash('sha256', `${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`, 'hex');
}

/** Takes the key's lease for this request, or finds the answer a twin already gave. */
export async function beginIdempotent(core: Core, actor: Actor, request: IdempotentRequest): Promise<IdempotencyStart> {
  // The system's own (automatic) work is never replayed.
  if (actor.role === 'automatic') return { kind: 'run' };
  if (request.key.length === 0 || request.key.length > KEY_LENGTH_MAX) {
    throw new RefusalError({ code: 'invalid_input', message: `Idempotency-Key must be 1–${KEY_LENGTH_MAX} characters`, path: '/headers/idempotency-key' });
  }
  const lease: IdempotencyLease = { apiKeyId: actor.keyId, key: request.key, requestHash: fingerprint(request) };
  const now = core.clock();
  // The lease first: a key's first use (nearly every request) costs one statement.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await idempotency.leaseKey(core.db, lease.apiKeyId, lease.key, lease.requestHash, new Date(now.getTime() + LEASE_MS))) {
      return { kind: 'run', lease };
    }
    const stored = await idempotency.findStoredResponse(core.db, lease.apiKeyId, lease.key);
    // Gone between the two statements (its request failed, or it expired): try the lease again.
    if (stored === undefined) continue;
    if (stored.expiresAt <= now) {
      await idempotency.deleteKey(core.db, lease.apiKeyId, lease.key);
      continue;
    }
    if (stored.requestHash !== lease.requestHash) throw new RefusalError({ code: 'idempotency_key_reused' });
    if (stored.statusCode === idempotency.LEASE_STATUS) throw new RefusalError({ code: 'idempotency_key_in_flight' });
    if (stored.statusCode === idempotency.WITHHELD_STATUS) throw new RefusalError({ code: 'idempotency_secret_withheld', ...(stored.headers.location === undefined ? {} : { location: stored.headers.location }) });
    return { kind: 'replay', answer: { statusCode: stored.statusCode, headers: stored.headers, body: stored.body } };
  }
  throw new RefusalError({ code: 'idempotency_key_in_flight' });
}

/** Keeps the answer under the lease until the key expires; a twin sent later gets it back. */
export async function rememberAnswer(core: Core, lease: IdempotencyLease, answer: RememberedAnswer): Promise<void> {
  const { carriesSecret = false, ...kept } = answer;
  // A refusal shows no secret and replays as it is.
  const withheld = carriesSecret && answer.statusCode < 300;
  await idempotency.storeResponse(core.db, lease.apiKeyId, lease.key, {
    requestHash: lease.requestHash,
    ...(withheld
      ? { statusCode: idempotency.WITHHELD_STATUS, headers: kept.headers.location === undefined ? {} : { location: kept.headers.location }, body: '' }
      : kept),
    expiresAt: new Date(core.clock().getTime() + core.config.idempotencyTtlMs),
  });
}

/** Deletes keys past their expiry, in bounded batches; returns how many went. */
export async function purgeExpiredKeys(core: Core, options: { batch?: number } = {}): Promise<number> {
  const batch = options.batch ?? 1000;
  let purged = 0;
  for (;;) {
    const gone = await idempotency.deleteExpiredKeys(core.db, core.clock(), batch);
    purged += gone;
    if (gone < batch) return purged;
  }
}

/** Gives the key up when the request produced no answer to keep: the client may try it again. */
export async function forgetLease(core: Core, lease: IdempotencyLease): Promise<void> {
  await idempotency.deleteKey(core.db, lease.apiKeyId, lease.key);
}
