import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../core/core.js';
import { budgetOf } from './authorization.js';

const UNLIMITED_PATHS = ['/health', '/metrics', '/openapi.json', '/docs'];

class RateLimitedError extends Error {
  readonly statusCode = 429;
  readonly code = 'rate_limited';
}

/**
 * Per-credential rate limiting: a 429 with Retry-After once a credential spends its budget
 * for the minute, rendered by each door's own error handler (every door shows a 4xx error
 * with its status). The budget is the credential the request resolves to (its key, the key
 * behind its OAuth token or web session), however the header spells it; a request with no
 * credential, or one that resolves to nothing, spends its client address's budget. 0 turns
 * it off. The budget is per process.
 */
export async function useRateLimit(app: FastifyInstance, core: Core, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  // Registered with global off and added as the app's own onRequest hook, so it runs before
  // any door authenticates: a route-level hook would run after the door's hook has already
  // answered 401, and an unknown credential would never spend anything.
  await app.register(rateLimit, {
    global: false,
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => budgetOf(core, request),
    allowList: (request) => UNLIMITED_PATHS.some((path) => request.url === path || request.url.startsWith(`${path}/`) || request.url.startsWith(`${path}?`)),
    errorResponseBuilder: (_request, context) => new RateLimitedError(`rate limit of ${context.max} requests per minute reached; retry in ${context.after}`),
  });
  app.addHook('onRequest', app.rateLimit());
}
