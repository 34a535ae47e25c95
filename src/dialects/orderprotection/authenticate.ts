import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/core.js';
import { ACCESS_TOKEN_PREFIX } from '../../core/identity/oauth-tokens.js';
import { keyActorOf, SECRET_LENGTH_MAX, secretFromHeader, tokenActorOf } from '../../http/authorization.js';
import { renderUnauthenticated, sendOpError } from './render-error.js';

/**
 * `Authorization: Bearer <token>`: an OAuth access token (op_at_…) or a merchant API key.
 * A bad, revoked or expired credential is a 401; the scopes are checked by the core (403).
 */
export function useOrderProtectionAuth(app: FastifyInstance, core: Core): void {
  app.addHook('onRequest', async (request, reply) => {
    const secret = secretFromHeader(request.headers.authorization);
    if (secret === undefined || secret.length > SECRET_LENGTH_MAX) return renderUnauthenticated(request, reply);
    const actor = secret.startsWith(ACCESS_TOKEN_PREFIX) ? await tokenActorOf(core, request, secret) : await keyActorOf(core, request, secret);
    if (actor === undefined) return renderUnauthenticated(request, reply);
    // An OrderProtection token belongs to one store; the platform key belongs to none.
    if (actor.role === 'admin') return sendOpError(reply, 403, 'use a merchant key or an OAuth access token of the store');
    request.actor = actor;
    return undefined;
  });
}
