import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actingFor } from '../../core/access.js';
import type { ClaimDetails } from '../../core/claims/details.js';
import type { Core } from '../../core/core.js';
import { deleteClaim, editClaim } from '../../core/claims/edit-claim.js';
import { fileClaim } from '../../core/claims/file-claim.js';
import { locateOrderItem } from '../../core/orders/locate-order-item.js';
import { countClaims, getClaim, listClaims } from '../../core/claims/read-claims.js';
import { getReason, listReasons } from '../../core/claims/reasons.js';
import { getStore } from '../../core/stores/stores.js';
import { transitionClaim } from '../../core/claims/transition-claim.js';
import type { Actor } from '../../domain/actor.js';
import { refuse, RefusalError } from '../../domain/refusal.js';
import { useIdempotency } from '../../http/idempotency.js';
import { useAuthentication } from '../shared/authenticate.js';
import { omnitronLogin } from './login.js';
import { drfPage, pageNumberOf } from '../shared/drf-page.js';
import { acceptEmptyJsonBody } from '../shared/empty-json-body.js';
import {
  alreadyFinal, invalidTransition, isOmKind, parseListQuery, parseReasonQuery, toEditClaimInput, toFileClaimInput,
  toOmDetailedRequest, toOmReason, toOmRequest, type OmListQuery,
} from './map.js';
import { renderNotFound, renderOmnitronError, renderPermissionDenied, renderUnauthenticated } from './render-error.js';
import {
  AnyQuery, ChannelParams, CreateBody, ObjectParams, OmCancellationRequestSchema, OmDetailedRequestSchema, OmPage, OmReasonSchema, UpdateBody,
} from './schemas.js';
import { omStatusOf, type OmStatus } from './status.js';

/** The document's prefix and the one Akinon's own SDK calls; both serve the same routes. */
export const OM_BASES = ['/api/channel/:channel_id', '/api/v1/channel/:channel_id'] as const;

/**
 * The actor acting on the path's channel. A platform admin acts as that channel's merchant
 * (if the channel exists); a merchant key of another store gets 404 on reads and object
 * routes (existence must not leak) and 403 on create, the document's "Forbidden".
 */
async function channelActor(core: Core, actor: Actor, channelId: number, outsider: 'not_found' | 'forbidden' = 'not_found'): Promise<Actor> {
  if (actor.role === 'admin') {
    const acting = actingFor(actor, channelId);
    await getStore(core, acting, channelId);
    return acting;
  }
  if (actor.role === 'merchant' && actor.storeId === channelId) return actor;
  if (outsider === 'forbidden') refuse({ code: 'forbidden', message: 'this key may not act on this channel' });
  refuse({ code: 'not_found', entity: 'store', id: channelId });
}

/** A cancellation request of the channel: a cancellation or return claim (incident claims are not shown here). */
async function cancellationRequest(core: Core, actor: Actor, id: number): Promise<ClaimDetails> {
  const claim = await getClaim(core, actor, { id });
  if (!isOmKind(claim.kind)) refuse({ code: 'not_found', entity: 'claim', id });
  return claim;
}

/**
 * A transition the core refuses, in this door's words for the status the request is in when
 * refused: read again, since a concurrent change may be why the move was refused.
 */
async function translatingRefusedTransition<T>(
  work: () => Promise<T>, readAgain: () => Promise<ClaimDetails>, refused: (shown: OmStatus) => Error,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RefusalError && error.refusal.code === 'transition_not_allowed')) throw error;
    const now = await readAgain();
    throw refused(omStatusOf(now.status, now.decision));
  }
}

/**
 * The Omnitron door (seed 001), mounted under /compat/omnitron: the token login, open to
 * anyone, and the sales-channel cancellation requests API, which needs a key.
 */
export const omnitron: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler(renderOmnitronError);
  app.setNotFoundHandler(renderNotFound);
  await app.register(omnitronLogin, { core });
  await app.register(channelRoutes, { core });
};

/** The sales-channel cancellation requests API. */
const channelRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  useAuthentication(app, core, renderUnauthenticated);
  // A channel integration's key (the channel's merchant key) or the platform's; a customer's key has no business here.
  app.addHook('onRequest', async (request, reply) => (
    request.actor.role === 'merchant' || request.actor.role === 'admin' ? undefined : renderPermissionDenied(request, reply)
  ));
  acceptEmptyJsonBody(app);
  useIdempotency(app, core);

  /** One page of requests: the count and the rows read together; 404 "Invalid page." past the end. */
  async function pageOf(actor: Actor, query: OmListQuery): Promise<{ number: number; count: number; claims: ClaimDetails[] }> {
    if (query.filter === undefined) return { number: pageNumberOf(query.page, 0, query.size), count: 0, claims: [] };
    const [count, claims] = await Promise.all([
      countClaims(core, actor, query.filter),
      listClaims(core, actor, query.filter, { limit: query.size, offset: (query.page - 1) * query.size }),
    ]);
    return { number: pageNumberOf(query.page, count, query.size), count, claims };
  }

  for (const base of OM_BASES) {
    const collection = `${base}/cancellation_requests/`;
    const object = `${base}/cancellation_requests/:id/`;

    app.get(collection, {
      schema: { params: ChannelParams, querystring: AnyQuery, response: { 200: OmPage(OmCancellationRequestSchema) } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const query = parseListQuery(request.query, request.params.channel_id);
      const { number, count, claims } = await pageOf(actor, query);
      const now = core.clock();
      return drfPage(request, { number, size: query.size, count }, claims.map((claim) => toOmRequest(claim, now)));
    });

    app.get(`${base}/cancellation_requests/detailed`, {
      schema: { params: ChannelParams, querystring: AnyQuery, response: { 200: OmPage(OmDetailedRequestSchema) } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const query = parseListQuery(request.query, request.params.channel_id);
      const [channel, { number, count, claims }] = await Promise.all([getStore(core, actor, request.params.channel_id), pageOf(actor, query)]);
      const now = core.clock();
      return drfPage(request, { number, size: query.size, count }, claims.map((claim) => toOmDetailedRequest(claim, channel, now)));
    });

    app.post(collection, {
      schema: { params: ChannelParams, body: CreateBody, response: { 201: OmCancellationRequestSchema } },
    }, async (request, reply) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id, 'forbidden');
      const item = await locateOrderItem(core, actor, request.body.order_item);
      const claim = await fileClaim(core, actor, toFileClaimInput(request.body, item));
      return reply.code(201).send(toOmRequest(claim, core.clock()));
    });

    app.get(object, { schema: { params: ObjectParams, response: { 200: OmCancellationRequestSchema } } }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      return toOmRequest(await cancellationRequest(core, actor, request.params.id), core.clock());
    });

    app.get(`${base}/cancellation_requests/:id/detailed/`, {
      schema: { params: ObjectParams, response: { 200: OmDetailedRequestSchema } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const [channel, claim] = await Promise.all([
        getStore(core, actor, request.params.channel_id), cancellationRequest(core, actor, request.params.id),
      ]);
      return toOmDetailedRequest(claim, channel, core.clock());
    });

    for (const method of ['PUT', 'PATCH'] as const) {
      app.route({
        method, url: object, schema: { params: ObjectParams, body: UpdateBody, response: { 200: OmCancellationRequestSchema } },
        handler: async (request) => {
          const actor = await channelActor(core, request.actor, request.params.channel_id);
          const current = await cancellationRequest(core, actor, request.params.id);
          const input = toEditClaimInput(request.body, method, current);
          const edited = await translatingRefusedTransition(
            () => editClaim(core, actor, input),
            () => cancellationRequest(core, actor, request.params.id),
            (shown) => invalidTransition(shown, request.body.status ?? shown),
          );
          return toOmRequest(edited, core.clock());
        },
      });
    }

    app.delete(object, { schema: { params: ObjectParams } }, async (request, reply) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      await cancellationRequest(core, actor, request.params.id);
      await deleteClaim(core, actor, { id: request.params.id });
      return reply.code(204).send();
    });

    app.post(`${base}/cancellation_requests/:id/reject/`, {
      schema: { params: ObjectParams, response: { 200: OmCancellationRequestSchema } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const current = await cancellationRequest(core, actor, request.params.id);
      const rejected = await translatingRefusedTransition(
        () => transitionClaim(core, actor, { claim: { id: current.id }, to: 'rejected' }),
        () => cancellationRequest(core, actor, request.params.id),
        alreadyFinal,
      );
      return toOmRequest(rejected, core.clock());
    });

    app.get(`${base}/cancellation_reasons/`, {
      schema: { params: ChannelParams, querystring: AnyQuery, response: { 200: OmPage(OmReasonSchema) } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const query = parseReasonQuery(request.query);
      const found = await listReasons(core, actor, { kinds: query.kinds }, { offset: (query.page - 1) * query.size, limit: query.size });
      const page = { number: pageNumberOf(query.page, found.total, query.size), size: query.size, count: found.total };
      return drfPage(request, page, found.reasons.map(toOmReason));
    });

    app.get(`${base}/cancellation_reasons/:id/`, {
      schema: { params: ObjectParams, response: { 200: OmReasonSchema } },
    }, async (request) => {
      const actor = await channelActor(core, request.actor, request.params.channel_id);
      const reason = await getReason(core, actor, { id: request.params.id });
      if (!isOmKind(reason.kind)) refuse({ code: 'not_found', entity: 'reason', id: request.params.id });
      return toOmReason(reason);
    });
  }
};
