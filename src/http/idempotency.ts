import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core/core.js';
import { RefusalError } from '../domain/refusal.js';
import * as idempotency from '../store/idempotency.js';

// Idempotency-Key on POST: the same key and body replay the stored response (status and
// body); the same key with another body is refused (422); a twin still running gets 409.
// Keys belong to the API key that sent them and expire after the configured TTL.

const LEASE_MS = 60_000;
const KEY_LENGTH_MAX = 255;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { apiKeyId: number; key: string; requestHash: string };
  }
}

/** JSON with sorted keys, so {a,b} and {b,a} are one request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function requestHash(request: FastifyRequest): string {
  return hash('sha256', `${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`, 'hex');
}

async function replayOrLease(core: Core, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const header = request.headers['idempotency-key'];
  if (header === undefined || request.method !== 'POST' || request.actor.role === 'automatic') return undefined;
  const key = Array.isArray(header) ? header[0] ?? '' : header;
  if (key.length === 0 || key.length > KEY_LENGTH_MAX) {
    throw new RefusalError({ code: 'invalid_input', message: `Idempotency-Key must be 1–${KEY_LENGTH_MAX} characters`, path: '/headers/idempotency-key' });
  }
  const apiKeyId = request.actor.keyId;
  const hash = requestHash(request);
  const now = core.clock();
  // The lease first: a key's first use (nearly every request) costs one statement.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await idempotency.leaseKey(core.db, apiKeyId, key, hash, new Date(now.getTime() + LEASE_MS))) {
      request.idempotency = { apiKeyId, key, requestHash: hash };
      return undefined;
    }
    const stored = await idempotency.findStoredResponse(core.db, apiKeyId, key);
    // Gone between the two statements (its request failed, or it expired): try the lease again.
    if (stored === undefined) continue;
    if (stored.expiresAt <= now) {
      await idempotency.deleteKey(core.db, apiKeyId, key);
      continue;
    }
    if (stored.requestHash !== hash) throw new RefusalError({ code: 'idempotency_key_reused' });
    if (stored.statusCode === idempotency.LEASE_STATUS) throw new RefusalError({ code: 'idempotency_key_in_flight' });
    return reply.code(stored.statusCode).headers({ ...stored.headers, 'idempotent-replayed': 'true' }).send(stored.body);
  }
  throw new RefusalError({ code: 'idempotency_key_in_flight' });
}

const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

async function rememberResponse(core: Core, request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
  const held = request.idempotency;
  if (held === undefined) return;
  request.idempotency = undefined;
  // A 5xx is our fault, not an answer: the client may retry the same key.
  if (reply.statusCode >= 500 || typeof payload !== 'string') {
    await idempotency.deleteKey(core.db, held.apiKeyId, held.key);
    return;
  }
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  await idempotency.storeResponse(core.db, held.apiKeyId, held.key, {
    requestHash: held.requestHash, statusCode: reply.statusCode, headers, body: payload,
    expiresAt: new Date(core.clock().getTime() + core.config.idempotencyTtlMs),
  });
}

/** Adds Idempotency-Key handling to every POST in the plugin it is registered in (after auth). */
export function useIdempotency(app: FastifyInstance, core: Core): void {
  app.addHook('preHandler', async (request, reply) => replayOrLease(core, request, reply));
  app.addHook('onSend', async (request, reply, payload) => {
    await rememberResponse(core, request, reply, payload);
    return payload;
  });
}
