import { hash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const UNLIMITED_PATHS = ['/health', '/metrics', '/openapi.json', '/docs'];

/** The credential a request spends its budget from: the key (hashed, never kept in clear), else the address. */
function budgetKey(request: FastifyRequest): string {
  const authorization = request.headers.authorization;
  if (authorization !== undefined && authorization.trim() !== '') return hash('sha256', authorization.trim(), 'hex');
  return `ip:${request.ip}`;
}

class RateLimitedError extends Error {
  readonly statusCode = 429;
  readonly code = 'rate_limited';
}

/**
 * Per-key rate limiting: a 429 with Retry-After once a key spends its budget for the
 * minute, rendered by each door's own error handler (every door shows a 4xx error with
 * its status). 0 turns it off. The budget is per process.
 */
export async function useRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: budgetKey,
    allowList: (request) => UNLIMITED_PATHS.some((path) => request.url === path || request.url.startsWith(`${path}/`) || request.url.startsWith(`${path}?`)),
    errorResponseBuilder: (_request, context) => new RateLimitedError(`rate limit of ${context.max} requests per minute reached; retry in ${context.after}`),
  });
}
