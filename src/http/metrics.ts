import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { problemOf, sendProblem } from './problem.js';

/** Prometheus metrics: requests by route and status, latency, and the database pool. */
export function useMetrics(app: FastifyInstance, pool: pg.Pool): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({ name: 'recourse_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'recourse_http_request_duration_seconds', help: 'HTTP request latency', labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry],
  });
  new Gauge({
    name: 'recourse_db_pool_connections', help: 'database pool connections by state', labelNames: ['state'], registers: [registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL: ids in paths would explode the label set.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });
  return registry;
}

/**
 * Where /metrics is served and what it asks for. By default it is served nowhere: the
 * figures (routes, volumes, pool) are the operator's, not the internet's. A token makes the
 * main port serve it to `Authorization: Bearer <token>`; a port of its own (served by
 * `buildMetricsApp`, on a loopback host by default) takes it off the main port.
 */
export interface MetricsAccess {
  token?: string;
  /** True when /metrics has a listener of its own: the main port then never serves it. */
  ownPort?: boolean;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
  if (given === undefined) return false;
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(createHash('sha256').update(given).digest(), expected);
}

/** GET /metrics on `app`, behind the token when there is one. */
export function serveMetrics(app: FastifyInstance, registry: Registry, token: string | undefined): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (token !== undefined && !tokenMatches(request.headers.authorization, token)) {
      return sendProblem(reply.header('www-authenticate', 'Bearer'), problemOf(401, 'unauthenticated', 'the metrics token is required in the Authorization header'));
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
}

/** The main port's /metrics: only with a token and without a port of its own; else a 404 that says how to turn it on. */
export function serveMetricsOnMainPort(app: FastifyInstance, registry: Registry, access: MetricsAccess): void {
  if (access.ownPort !== true && access.token !== undefined) {
    serveMetrics(app, registry, access.token);
    return;
  }
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => sendProblem(reply, problemOf(404, 'route_not_found',
    access.ownPort === true ? 'metrics are served on their own port' : 'metrics are off; set RECOURSE_METRICS_TOKEN or RECOURSE_METRICS_PORT to serve them')));
}

/** A listener of its own for /metrics (RECOURSE_METRICS_PORT), sharing the main app's registry. */
export async function buildMetricsApp(registry: Registry, token: string | undefined): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  serveMetrics(app, registry, token);
  await app.ready();
  return app;
}
