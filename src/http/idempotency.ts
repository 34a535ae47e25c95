import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core/core.js';
import { beginIdempotent, forgetLease, rememberAnswer, type IdempotencyLease } from '../core/idempotency/idempotency.js';

// The Idempotency-Key header on POST, for every door that registers it: the rules (replay,
// 422 on another body, 409 while a twin runs, expiry) are the core's; this file reads the
// header, sends a replayed answer and hands the answer back to be remembered.

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyLease?: IdempotencyLease;
  }
  interface FastifyContextConfig {
    /** The route's answer shows a secret once: a replay must not show it again. */
    secretInAnswer?: boolean;
  }
}

/** The headers a replay carries besides the body. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

async function replayOrLease(core: Core, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const header = request.headers['idempotency-key'];
  if (header === undefined || request.method !== 'POST') return undefined;
  const key = Array.isArray(header) ? header[0] ?? '' : header;
  const start = await beginIdempotent(core, request.actor, { key, method: request.method, url: request.url, body: request.body });
  if (start.kind === 'run') {
    request.idempotencyLease = start.lease;
    return undefined;
  }
  return reply.code(start.answer.statusCode).headers({ ...start.answer.headers, 'idempotent-replayed': 'true' }).send(start.answer.body);
}

async function rememberReply(core: Core, request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
  const lease = request.idempotencyLease;
  if (lease === undefined) return;
  request.idempotencyLease = undefined;
  // A 5xx is our fault, not an answer: the client may retry the same key.
  if (reply.statusCode >= 500 || typeof payload !== 'string') {
    await forgetLease(core, lease);
    return;
  }
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  const carriesSecret = request.routeOptions.config.secretInAnswer === true;
  await rememberAnswer(core, lease, { statusCode: reply.statusCode, headers, body: payload, carriesSecret });
}

/** Adds Idempotency-Key handling to every POST in the plugin it is registered in (after auth). */
export function useIdempotency(app: FastifyInstance, core: Core): void {
  app.addHook('preHandler', async (request, reply) => replayOrLease(core, request, reply));
  app.addHook('onSend', async (request, reply, payload) => {
    await rememberReply(core, request, reply, payload);
    return payload;
  });
}
