import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Core } from '../core/core.js';
import { serveMetricsOnMainPort, useMetrics, type MetricsAccess } from './metrics.js';
import { useInputGuard } from './input-guard.js';
import { useRateLimit } from './rate-limit.js';
import { useRouteInventory } from './route-inventory.js';
import { problemOf, renderNativeError, sendProblem } from './problem.js';
import { dialectErrorRenderer, registerDialects } from '../dialects/index.js';
import { nativeApi } from './v1/index.js';
import { Problem } from './v1/schemas.js';
import { documentRoute } from './openapi-transform.js';
import { registerWeb } from './web.js';
import { validatorCompiler } from './validation.js';
import type pg from 'pg';
import type { Registry } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's Prometheus registry, for a metrics listener of its own. */
    metricsRegistry: Registry;
  }
}

export interface AppOptions {
  core: Core;
  /** The open database: the app reports its connection pool in /metrics. */
  database: { pool: pg.Pool };
  /** Logger options (tests), or a ready pino instance (the service). */
  logger?: FastifyServerOptions['logger'] | FastifyBaseLogger;
  /** Requests per minute per API key; 0 turns rate limiting off. */
  rateLimitPerMinute?: number;
  /** Longest a client may take to send one whole request (headers and body); 0 turns it off. */
  requestTimeoutMs?: number;
  /** Proxies (addresses or CIDRs) whose X-Forwarded-For names the client; none by default. */
  trustProxy?: readonly string[];
  /** Who may read /metrics on this port: nobody by default (see MetricsAccess). */
  metrics?: MetricsAccess;
}

export const RATE_LIMIT_PER_MINUTE_DEFAULT = 60_000;

export const REQUEST_TIMEOUT_MS_DEFAULT = 30_000;
const BODY_LIMIT_BYTES = 1024 * 1024;
// Node's own default, stated so it is a decision: a larger header block is answered 431.
const HEADER_LIMIT_BYTES = 16 * 1024;
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

export async function buildApp({ core, database, logger = false, rateLimitPerMinute = RATE_LIMIT_PER_MINUTE_DEFAULT, requestTimeoutMs = REQUEST_TIMEOUT_MS_DEFAULT, trustProxy = [], metrics: metricsAccess = {} }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(isLoggerInstance(logger) ? { loggerInstance: logger } : { logger }),
    bodyLimit: BODY_LIMIT_BYTES,
    // request.ip (sign-in and lookup budgets, the rate limit) is the socket's peer, unless that
    // peer is a trusted proxy: then the nearest untrusted address in X-Forwarded-For.
    trustProxy: trustProxy.length === 0 ? false : [...trustProxy],
    // A client that trickles its request (slowloris) is cut off with 408; Node checks a few times per timeout.
    requestTimeout: requestTimeoutMs,
    http: {
      maxHeaderSize: HEADER_LIMIT_BYTES,
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(requestTimeoutMs / 4))),
    },
    // A caller's X-Request-Id is kept (so traces line up across services) when it is sane.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: false, maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
    // The router refuses a malformed URL before any door's handler runs: answer in that door's shape.
    // The renderer sends the answer itself; the reply it returns is thenable, not a result to wait for.
    frameworkErrors: (error, request, reply) => { void (dialectErrorRenderer(request.url) ?? renderNativeError)(error, request, reply); },
  });
  app.setValidatorCompiler(validatorCompiler);
  useRouteInventory(app);
  // Input no door can keep (NUL, lone surrogates, numbers past 2^53, deep nesting) is refused before any door runs.
  useInputGuard(app);
  // JSON only: a text/plain body is an unsupported media type, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  const metrics = useMetrics(app, database.pool);
  await useRateLimit(app, core, rateLimitPerMinute);
  app.setErrorHandler(renderNativeError);
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problemOf(404, 'route_not_found', `no route ${request.method} ${request.url.split('?')[0]}`)));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Recourse native API', version: '1.0.0', description: 'Claims, cancellations, returns and refunds. Amounts are integer minor units.' },
      servers: [{ url: '/', description: 'the service that serves this document' }],
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'Bearer <key>, Token <key> or the bare key' } } },
      security: [{ apiKey: [] }],
    },
    // Shared schemas are components named by their $id (Claim, Refund, …), which generated clients use as type names.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => (typeof json.$id === 'string' ? json.$id : `def-${index}`) },
    transform: documentRoute,
  });
  // The API docs page gets a content security policy (the plugin's, with its script hashes)
  // that no other site may frame, without upgrade-insecure-requests, which would break the
  // page on a plain-http loopback address; and X-Frame-Options for browsers that predate
  // frame-ancestors.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace("frame-ancestors 'self'", "frame-ancestors 'none'").replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url === '/docs' || request.url.startsWith('/docs/') || request.url.startsWith('/docs?')) {
      reply.header('x-frame-options', 'DENY').header('x-content-type-options', 'nosniff');
    }
    return payload;
  });

  app.get('/health', { schema: { operationId: 'getHealth', tags: ['service'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  serveMetricsOnMainPort(app, metrics, metricsAccess);
  app.decorate('metricsRegistry', metrics);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerWeb(app, core);
  // Shared by every native route's error answers, and one component in the OpenAPI document.
  app.addSchema(Problem);
  await app.register(nativeApi, { prefix: '/v1', core });
  await registerDialects(app, core);
  return app;
}

function isLoggerInstance(logger: AppOptions['logger']): logger is FastifyBaseLogger {
  return typeof logger === 'object' && logger !== null && 'child' in logger && typeof logger.child === 'function';
}
