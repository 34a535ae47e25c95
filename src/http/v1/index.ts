import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core/core.js';
import { actorOf } from '../authorization.js';
import { useIdempotency } from '../idempotency.js';
import { problemOf, renderNativeError, sendProblem } from '../problem.js';
import { apiKeyRoutes } from './api-keys.js';
import { claimRoutes } from './claims.js';
import { notificationRoutes } from './notifications.js';
import { oauthClientRoutes } from './oauth-clients.js';
import { refundRoutes } from './refunds.js';
import { orderRoutes } from './orders.js';
import { productRoutes } from './products.js';
import { reasonRoutes } from './reasons.js';
import { replyTemplateRoutes } from './reply-templates.js';
import { storeRoutes } from './stores.js';
import { claimBalanceRoutes } from './claim-balances.js';
import { policyRoutes } from './policy.js';
import { portalRoutes } from './portal.js';
import { sessionRoutes } from './sessions.js';
import { statsRoutes } from './stats.js';
import { uploadRoutes } from './uploads.js';
import { userRoutes } from './users.js';
import { webhookEndpointRoutes } from './webhook-endpoints.js';

/** The native API under /v1: problem+json errors, bearer/token/bare keys, Idempotency-Key on POST. */
export const nativeApi: FastifyPluginAsync<{ core: Core; extraRoutes?: FastifyPluginAsync<{ core: Core }>[] }> = async (app, { core, extraRoutes = [] }) => {
  app.setErrorHandler(renderNativeError);
  app.addHook('onRequest', async (request, reply) => {
    const actor = await actorOf(core, request);
    if (actor === undefined) {
      return sendProblem(reply.header('www-authenticate', 'Bearer'), problemOf(401, 'unauthenticated', 'a valid API key is required in the Authorization header'));
    }
    request.actor = actor;
    return undefined;
  });
  // An action with nothing to say (POST …/approve) may come without a body at all.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && (request.method === 'POST' || request.method === 'PATCH')) request.body = {};
  });
  useIdempotency(app, core);
  await app.register(storeRoutes, { core });
  await app.register(apiKeyRoutes, { core });
  await app.register(orderRoutes, { core });
  await app.register(productRoutes, { core });
  await app.register(reasonRoutes, { core });
  await app.register(replyTemplateRoutes, { core });
  await app.register(claimRoutes, { core });
  await app.register(refundRoutes, { core });
  await app.register(oauthClientRoutes, { core });
  await app.register(userRoutes, { core });
  await app.register(sessionRoutes, { core });
  await app.register(portalRoutes, { core });
  await app.register(uploadRoutes, { core });
  await app.register(statsRoutes, { core });
  await app.register(claimBalanceRoutes, { core });
  await app.register(policyRoutes, { core });
  await app.register(webhookEndpointRoutes, { core });
  await app.register(notificationRoutes, { core });
  for (const routes of extraRoutes) await app.register(routes, { core });
};
