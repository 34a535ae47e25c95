import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Actor } from '../../domain/actor.js';
import { addMessage } from '../../core/claims/add-message.js';
import type { ClaimDetails } from '../../core/claims/details.js';
import type { Core } from '../../core/core.js';
import { fileClaim } from '../../core/claims/file-claim.js';
import { getOrder } from '../../core/orders/orders.js';
import { claimsExistBeyond, findClaimKeyset, getClaim, listClaims } from '../../core/claims/read-claims.js';
import { addResolution, addStoreCredit } from '../../core/claims/resolutions.js';
import { findStoreForActor } from '../../core/stores/stores.js';
import { transitionClaim } from '../../core/claims/transition-claim.js';
import { RefusalError } from '../../domain/refusal.js';
import { useIdempotency } from '../../http/idempotency.js';
import { QueryValueError } from '../shared/query.js';
import { useOrderProtectionAuth } from './authenticate.js';
import { isUuid, parseListQuery, type OpListRequest } from './list-query.js';
import {
  toCoreSenderType, toOfflineClaimInput, toOnlineClaimInput, toOpClaim, toOpMessage, toOpResolution, toOpStoreCredit,
  toResolutionInput, toStoreCreditInput, type OpClaim,
} from './map.js';
import { oauthRoutes } from './oauth-routes.js';
import { renderOrderProtectionError, sendOpError } from './render-error.js';
import {
  ChangeStateBody, ClaimIdParams, MessageBody, OfflineClaimBody, OnlineClaimBody, ResolutionBody, SourceOrderIdParams, StoreCreditBody,
} from './schemas.js';
import { toClaimStatus } from './status.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { ClaimFilter, ClaimKeyset } from '../../domain/claim/claim-filter.js';

/** OrderProtection's claim ids are our claim uuids; anything else names no claim. */
function claimRef(id: string): ClaimRef {
  if (!isUuid(id)) throw new RefusalError({ code: 'not_found', entity: 'claim', id });
  return { uuid: id };
}

const BY_ORDER_MAX = 100;

interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The keyset of a cursor's claim, shifted so that "beyond" includes the claim itself. */
function inclusive(edge: ClaimKeyset, direction: 'newer' | 'older'): ClaimKeyset {
  return { createdAt: edge.createdAt, id: direction === 'newer' ? edge.id - 1 : edge.id + 1 };
}

const keysetOf = (claim: ClaimDetails): ClaimKeyset => ({ createdAt: claim.createdAt, id: claim.id });

/** A cursor is a claim id this list returned; it may be a deleted claim when deleted ones are shown. */
async function cursorKeyset(core: Core, actor: Actor, uuid: string, parameter: string, includeDeleted: boolean): Promise<ClaimKeyset> {
  const keyset = await findClaimKeyset(core, actor, { uuids: [uuid] }, { includeDeleted });
  if (keyset === undefined) throw new QueryValueError(parameter, 'names no claim of this list');
  return keyset;
}

/** Newest first, by keyset; one extra row tells whether another page lies in the walking direction. */
async function claimPage(core: Core, actor: Actor, request: OpListRequest): Promise<{ claims: ClaimDetails[]; pageInfo: PageInfo }> {
  const { filter, size, includeDeleted } = request;
  const options = { includeDeleted };
  const exists = (edge: ClaimKeyset, direction: 'newer' | 'older') => claimsExistBeyond(core, actor, filter, edge, direction, options);
  let claims: ClaimDetails[];
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  if (request.before !== undefined) {
    const edge = await cursorKeyset(core, actor, request.before, 'before', includeDeleted);
    const found = await listClaims(core, actor, filter, { limit: size + 1, before: edge }, options);
    hasPreviousPage = found.length > size;
    claims = hasPreviousPage ? found.slice(1) : found;
    const last = claims.at(-1);
    hasNextPage = await exists(last === undefined ? inclusive(edge, 'older') : keysetOf(last), 'older');
  } else {
    const edge = request.after === undefined ? undefined : await cursorKeyset(core, actor, request.after, 'cursor', includeDeleted);
    const found = await listClaims(core, actor, filter, { limit: size + 1, after: edge }, options);
    hasNextPage = found.length > size;
    claims = found.slice(0, size);
    const first = claims[0];
    hasPreviousPage = edge === undefined ? false : await exists(first === undefined ? inclusive(edge, 'newer') : keysetOf(first), 'newer');
  }
  return {
    claims,
    pageInfo: { startCursor: claims[0]?.uuid ?? null, endCursor: claims.at(-1)?.uuid ?? null, hasNextPage, hasPreviousPage },
  };
}

const claimRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  useOrderProtectionAuth(app, core);
  useIdempotency(app, core);
  const claimUrl = (uuid: string) => `${app.prefix}/v1/claims/${uuid}`;
  const storeCode = async (actor: Actor) => (await findStoreForActor(core, actor)).code;
  const render = async (actor: Actor, claims: ClaimDetails[]): Promise<OpClaim[]> => {
    const code = await storeCode(actor);
    return claims.map((claim) => toOpClaim(claim, code));
  };

  app.get('/v1/claims', async (request) => {
    const query = parseListQuery(request.query === null || typeof request.query !== 'object' ? {} : { ...request.query });
    const { claims, pageInfo } = await claimPage(core, request.actor, query);
    const nodes = await render(request.actor, claims);
    return { edges: nodes.map((node) => ({ node })), pageInfo };
  });

  app.get('/v1/orders/:sourceOrderId/claims', { schema: { params: SourceOrderIdParams } }, async (request) => {
    const order = await getOrder(core, request.actor, { externalIdOrNumber: request.params.sourceOrderId });
    const filter: ClaimFilter = { orderIds: [order.id] };
    return render(request.actor, await listClaims(core, request.actor, filter, { limit: BY_ORDER_MAX }));
  });

  app.post('/v1/claims/offline', { schema: { body: OfflineClaimBody } }, async (request, reply) => {
    const body = request.body;
    if (body.storeId !== undefined && body.storeId !== await storeCode(request.actor)) {
      throw new RefusalError({ code: 'not_found', entity: 'store', id: body.storeId });
    }
    const order = await getOrder(core, request.actor, { externalIdOrNumber: body.sourceOrderId });
    const claim = await fileClaim(core, request.actor, toOfflineClaimInput(body, order.items));
    return reply.code(201).header('location', claimUrl(claim.uuid)).send({ status: 'ok', id: claim.uuid, payload: body });
  });

  app.post('/v1/claims/:sourceOrderId', { schema: { params: SourceOrderIdParams, body: OnlineClaimBody } }, async (request, reply) => {
    const { sourceOrderId } = request.params;
    const order = await getOrder(core, request.actor, { externalIdOrNumber: sourceOrderId });
    const claim = await fileClaim(core, request.actor, toOnlineClaimInput(sourceOrderId, request.body, order.items));
    return reply.code(201).header('location', claimUrl(claim.uuid)).send({ status: 'ok', id: claim.uuid });
  });

  // Extensions: working a claim through this door.

  app.get('/v1/claims/:id', { schema: { params: ClaimIdParams } }, async (request) => {
    const claim = await getClaim(core, request.actor, claimRef(request.params.id));
    return toOpClaim(claim, await storeCode(request.actor));
  });

  app.patch('/v1/claims/:id', { schema: { params: ClaimIdParams, body: ChangeStateBody } }, async (request) => {
    const claim = await transitionClaim(core, request.actor, {
      claim: claimRef(request.params.id), to: toClaimStatus(request.body.claimState), requireResolution: true,
    });
    return toOpClaim(claim, await storeCode(request.actor));
  });

  app.post('/v1/claims/:id/messages', { schema: { params: ClaimIdParams, body: MessageBody } }, async (request, reply) => {
    const body = request.body;
    const message = await addMessage(core, request.actor, {
      claim: claimRef(request.params.id), body: body.message, authorName: body.authorName, attachments: body.medias,
      senderType: toCoreSenderType(body.senderType ?? (request.actor.role === 'customer' ? 'customer' : 'brand')),
    });
    return reply.code(201).send(toOpMessage(message, request.params.id));
  });

  app.post('/v1/claims/:id/resolutions', { schema: { params: ClaimIdParams, body: ResolutionBody } }, async (request, reply) => {
    const ref = claimRef(request.params.id);
    const claim = await getClaim(core, request.actor, ref);
    const resolution = await addResolution(core, request.actor, ref, toResolutionInput(request.body, claim.order.currency));
    return reply.code(201).send(toOpResolution(resolution, claim.uuid, claim.order.currency));
  });

  app.post('/v1/claims/:id/store-credits', { schema: { params: ClaimIdParams, body: StoreCreditBody } }, async (request, reply) => {
    const ref = claimRef(request.params.id);
    const claim = await getClaim(core, request.actor, ref);
    const credit = await addStoreCredit(core, request.actor, ref, toStoreCreditInput(request.body, claim.order.currency));
    return reply.code(201).send(toOpStoreCredit(credit, claim.uuid));
  });
};

/** The OrderProtection dialect, mounted under /compat/orderprotection. */
export const orderProtection: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler(renderOrderProtectionError);
  app.setNotFoundHandler((request, reply) => sendOpError(reply, 404, `Cannot ${request.method} ${request.url.split('?')[0]}`));
  await app.register(oauthRoutes, { core });
  await app.register(claimRoutes, { core });
};
