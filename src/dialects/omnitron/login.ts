import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Core } from '../../core/core.js';
import { logIn, logOut } from '../../core/identity/login-tokens.js';
import { useAuthentication } from '../shared/authenticate.js';
import { sendDrf } from '../shared/drf-errors.js';
import { acceptEmptyJsonBody } from '../shared/empty-json-body.js';
import { readLoginBody } from './map.js';
import { renderUnauthenticated } from './render-error.js';

/** The login prefixes: Akinon's SDK signs in at `{base}api/v1/auth/login/`; `/api/` serves the same. */
export const OM_AUTH_BASES = ['/api/auth', '/api/v1/auth'] as const;

/**
 * Omnitron's token login, as Akinon's SDK uses it: a console user's email (or
 * `<store code>:<email>`) and password in, `{"key"}` out, sent back as `Authorization: Token <key>`.
 * Wrong credentials are DRF's 400; the console's sign-in throttle applies. Logout revokes the token.
 */
export const omnitronLogin: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  acceptEmptyJsonBody(app);

  for (const base of OM_AUTH_BASES) {
    app.post(`${base}/login/`, async (request, reply) => {
      const body = readLoginBody(request.body);
      if (!body.ok) return sendDrf(reply, 400, body.errors);
      const loggedIn = await logIn(core, { username: body.username, password: body.password, client: request.ip });
      if (loggedIn.outcome === 'throttled') {
        return sendDrf(reply.header('retry-after', String(loggedIn.retryAfterSeconds)), 429, {
          detail: `Request was throttled. Expected available in ${loggedIn.retryAfterSeconds} seconds.`,
        });
      }
      if (loggedIn.outcome === 'busy') {
        return sendDrf(reply.header('retry-after', String(loggedIn.retryAfterSeconds)), 503, {
          detail: `Too many sign-ins are being checked. Expected available in ${loggedIn.retryAfterSeconds} seconds.`,
        });
      }
      if (loggedIn.outcome === 'refused') return sendDrf(reply, 400, { non_field_errors: ['Unable to log in with provided credentials.'] });
      return sendDrf(reply, 200, { key: loggedIn.key });
    });
  }

  await app.register(async (keyed) => {
    useAuthentication(keyed, core, renderUnauthenticated);
    for (const base of OM_AUTH_BASES) {
      keyed.post(`${base}/logout/`, async (request, reply) => {
        await logOut(core, request.actor);
        return sendDrf(reply, 200, { detail: 'Successfully logged out.' });
      });
    }
  });
};
