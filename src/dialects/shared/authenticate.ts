import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../../core/core.js';
import { actorOf } from '../../http/authorization.js';

/**
 * Authenticates every request of a dialect plugin (any of the three header forms) and
 * renders the 401 in that dialect's own shape.
 */
export function useAuthentication(
  app: FastifyInstance, core: Core, renderUnauthenticated: (request: FastifyRequest, reply: FastifyReply) => FastifyReply,
): void {
  app.addHook('onRequest', async (request, reply) => {
    const actor = await actorOf(core, request);
    if (actor === undefined) return renderUnauthenticated(request, reply);
    request.actor = actor;
    return undefined;
  });
}
