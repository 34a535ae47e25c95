import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Core } from '../core/core.js';
import { publicSessionRoutes } from './v1/sessions.js';

// The operator console (/console) and the customer portal (/portal/{store_code}): React
// pages built by Vite at install time into web/dist and served here, so one process
// serves the API and the pages. They talk to the native API only, with session cookies.

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob: https: http:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
};

/** Cookies for every route (the /v1 session lookup needs them), the unkeyed session routes, and the pages. */
export async function registerWeb(app: FastifyInstance, core: Core, options: { dist?: string } = {}): Promise<void> {
  await app.register(cookie);
  await app.register(publicSessionRoutes, { prefix: '/v1', core });

  const dist = options.dist ?? WEB_DIST;
  const built = existsSync(join(dist, 'console', 'index.html')) && existsSync(join(dist, 'portal', 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: join(dist, 'assets'), prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d', index: false,
    });
  }
  const page = async (reply: FastifyReply, name: 'console' | 'portal') => {
    if (!built) return reply.code(503).type('text/plain').send('The web pages are not built. Run: npm run build:web');
    return reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(await readFile(join(dist, name, 'index.html')));
  };
  const hidden = { schema: { hide: true } };
  app.get('/console', hidden, (_request, reply) => page(reply, 'console'));
  app.get('/console/*', hidden, (_request, reply) => page(reply, 'console'));
  app.get('/portal/:store', hidden, (_request, reply) => page(reply, 'portal'));
  app.get('/portal/:store/*', hidden, (_request, reply) => page(reply, 'portal'));
}
