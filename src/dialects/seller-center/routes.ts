import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Core } from '../../core/core.js';
import { countClaims, listClaims } from '../../core/claims/read-claims.js';
import { listReasons } from '../../core/claims/reasons.js';
import { transitionClaim } from '../../core/claims/transition-claim.js';
import type { Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import { useIdempotency } from '../../http/idempotency.js';
import { useAuthentication } from '../shared/authenticate.js';
import { drfPage, pageNumberOf } from '../shared/drf-page.js';
import { acceptEmptyJsonBody } from '../shared/empty-json-body.js';
import { acceptedLanguages } from '../shared/language.js';
import { parseClaimQuery, parseReasonQuery, SC_KINDS, toScClaim, toScClaimReason } from './map.js';
import { renderNotFound, renderPermissionDenied, renderSellerCenterError, renderUnauthenticated } from './render-error.js';
import { AnyQuery, ClaimIdParams, RejectBody, ScClaimReasonSchema, ScClaimSchema, ScPage } from './schemas.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The claim an action names: its uuid, among this store's cancellations and returns.
 * 404 for anything else — a malformed id, another store's claim, an incident claim.
 */
async function sellerCenterClaim(core: Core, actor: Actor, id: string): Promise<{ uuid: string }> {
  const uuid = id.toLowerCase();
  if (!UUID.test(uuid) || (await countClaims(core, actor, { uuids: [uuid], kinds: SC_KINDS })) === 0) {
    refuse({ code: 'not_found', entity: 'claim', id });
  }
  return { uuid };
}

/** The Seller Center claims API (seed 000), mounted under /compat/seller-center. */
export const sellerCenter: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler(renderSellerCenterError);
  app.setNotFoundHandler(renderNotFound);
  useAuthentication(app, core, renderUnauthenticated);
  // The key of a seller, that is of one store: a customer's key (or the platform's) has no business here.
  app.addHook('onRequest', async (request, reply) => (request.actor.role === 'merchant' ? undefined : renderPermissionDenied(request, reply)));

  // `POST …/approve/` has no body; a client that still says application/json may send nothing.
  acceptEmptyJsonBody(app);
  useIdempotency(app, core);

  app.get('/api/i2/claims/', { schema: { querystring: AnyQuery, response: { 200: ScPage(ScClaimSchema) } } }, async (request) => {
    const query = parseClaimQuery(request.query);
    const languages = acceptedLanguages(request.headers['accept-language']);
    const filter = query.filter;
    const size = query.size;
    if (filter === undefined) return drfPage(request, { number: pageNumberOf(query.page, 0, size), size, count: 0 }, []);
    // A numbered page is read alongside the count; `last` needs the count first.
    const [count, guessed] = await Promise.all([
      countClaims(core, request.actor, filter),
      query.page === 'last' ? undefined : listClaims(core, request.actor, filter, { limit: size, offset: (query.page - 1) * size }),
    ]);
    const number = pageNumberOf(query.page, count, size);
    const claims = guessed ?? await listClaims(core, request.actor, filter, { limit: size, offset: (number - 1) * size });
    return drfPage(request, { number, size, count }, claims.map((claim) => toScClaim(claim, languages)));
  });

  app.post('/api/i2/claims/:id/approve/', { schema: { params: ClaimIdParams } }, async (request, reply) => {
    const claim = await sellerCenterClaim(core, request.actor, request.params.id);
    await transitionClaim(core, request.actor, { claim, to: 'approved' });
    return reply.code(204).send('');
  });

  app.post('/api/i2/claims/:id/reject/', { schema: { params: ClaimIdParams, body: RejectBody } }, async (request, reply) => {
    const claim = await sellerCenterClaim(core, request.actor, request.params.id);
    await transitionClaim(core, request.actor, { claim, to: 'rejected', rejection: { reason: request.body.reason.trim(), images: request.body.images ?? [] } });
    return reply.code(204).send('');
  });

  app.get('/api/i2/claim-reasons/', { schema: { querystring: AnyQuery, response: { 200: ScPage(ScClaimReasonSchema) } } }, async (request) => {
    const query = parseReasonQuery(request.query);
    const languages = acceptedLanguages(request.headers['accept-language']);
    const size = query.size;
    const offset = (query.page === 'last' ? 0 : query.page - 1) * size;
    const found = await listReasons(core, request.actor, { kinds: query.kinds }, { offset, limit: size });
    const number = pageNumberOf(query.page, found.total, size);
    // `last` was read from the start; read the last page now that its number is known.
    const reasons = query.page === 'last' && number > 1
      ? (await listReasons(core, request.actor, { kinds: query.kinds }, { offset: (number - 1) * size, limit: size })).reasons
      : found.reasons;
    return drfPage(request, { number, size, count: found.total }, reasons.map((reason) => toScClaimReason(reason, languages)));
  });
};
