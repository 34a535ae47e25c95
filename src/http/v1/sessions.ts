import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { csrfTokenOf, describeSession, signIn, signOut } from '../../core/identity/sessions.js';
import { openPortalSession } from '../../core/portal/portal.js';
import type { Customer } from '../../domain/order.js';
import { problemOf, sendProblem } from '../problem.js';
import { clearSessionCookie, setSessionCookie } from '../web-session.js';
import { renderStore, StoreSchema } from './stores.js';
import { renderUser, UserSchema } from './users.js';
import { Email, NoContent, ProblemResponse, withErrors } from './schemas.js';

// Signing in to the console and opening a portal session. These two routes take no API
// key (they are how a person gets a session), so they live outside the keyed /v1 plugin.

const StoreCode = Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' });

const ConsoleSessionSchema = Type.Object({
  kind: Type.Literal('console'), csrf_token: Type.String(), expires_at: Type.String(), user: UserSchema, store: StoreSchema,
}, { $id: 'ConsoleSession' });

const PortalSessionSchema = Type.Object({
  kind: Type.Literal('portal'), csrf_token: Type.String(), expires_at: Type.String(), order_id: Type.Integer(),
  customer: Type.Object({ id: Type.Integer(), first_name: Type.String(), last_name: Type.String(), email: Type.String() }),
  store: Type.Object({ code: Type.String(), name: Type.String(), languages: Type.Array(Type.String()) }),
}, { $id: 'PortalSession' });

const Unkeyed = { security: [] };

export const publicSessionRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/sessions', {
    schema: {
      operationId: 'createConsoleSession',
      tags: ['sessions'], summary: 'Sign in to the console (sets an httpOnly session cookie)', ...Unkeyed,
      body: Type.Object({ store_code: StoreCode, email: Email, password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
      response: withErrors({ 201: ConsoleSessionSchema, 503: ProblemResponse }),
    },
  }, async (request, reply) => {
    const signedIn = await signIn(core, { storeCode: request.body.store_code, email: request.body.email, password: request.body.password, client: request.ip });
    if (signedIn.outcome === 'throttled') {
      return sendProblem(reply.header('retry-after', String(signedIn.retryAfterSeconds)), problemOf(429, 'too_many_sign_ins', 'too many failed sign-ins; try again later'));
    }
    if (signedIn.outcome === 'busy') {
      return sendProblem(reply.header('retry-after', String(signedIn.retryAfterSeconds)), problemOf(503, 'sign_ins_busy', 'too many sign-ins are being checked right now; try again in a moment'));
    }
    if (signedIn.outcome === 'refused') return sendProblem(reply, problemOf(401, 'invalid_credentials', 'the store, email or password is not right'));
    if (signedIn.outcome === 'revoked') {
      return sendProblem(reply, problemOf(403, 'access_revoked', "this user's access was revoked; the store's owner can restore it by enabling the user again"));
    }
    setSessionCookie(reply, 'console', signedIn.token, signedIn.expiresAt);
    return reply.code(201).send({
      kind: 'console' as const, csrf_token: signedIn.csrfToken, expires_at: signedIn.expiresAt.toISOString(),
      user: renderUser(signedIn.user), store: renderStore(signedIn.store),
    });
  });

  app.post('/portal/sessions', {
    schema: {
      operationId: 'createPortalSession',
      tags: ['portal'], summary: 'Find an order by number and email and open a short-lived portal session', ...Unkeyed,
      body: Type.Object({ store_code: StoreCode, order_number: Type.String({ minLength: 1, maxLength: 100 }), email: Type.String({ minLength: 1, maxLength: 320 }) }, { additionalProperties: false }),
      response: withErrors({ 201: PortalSessionSchema }),
    },
  }, async (request, reply) => {
    const lookup = await openPortalSession(core, {
      storeCode: request.body.store_code, orderNumber: request.body.order_number, email: request.body.email, client: request.ip,
    });
    if (lookup.outcome === 'throttled') {
      return sendProblem(reply.header('retry-after', String(lookup.retryAfterSeconds)), problemOf(429, 'too_many_lookups', 'too many attempts; try again later'));
    }
    // One answer for a wrong number and a wrong email: the page must not confirm either.
    if (lookup.outcome === 'not_found') return sendProblem(reply, problemOf(404, 'order_not_found', 'no order matches this order number and email'));
    setSessionCookie(reply, 'portal', lookup.token, lookup.expiresAt);
    return reply.code(201).send(renderPortalSession(lookup.csrfToken, lookup.expiresAt, lookup.orderId, lookup.customer, lookup.store));
  });
};

function renderPortalSession(csrfToken: string, expiresAt: Date, orderId: number, customer: Customer, store: { code: string; name: string; languages: string[] }) {
  return {
    kind: 'portal' as const, csrf_token: csrfToken, expires_at: expiresAt.toISOString(), order_id: orderId,
    customer: { id: customer.id, first_name: customer.firstName, last_name: customer.lastName, email: customer.email },
    store: { code: store.code, name: store.name, languages: store.languages },
  };
}

/** The current web session (for a page to learn its CSRF token and who is signed in) and sign-out. */
export const sessionRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/sessions/current', {
    schema: {
      operationId: 'getCurrentSession',
      tags: ['sessions'], summary: 'The web session this request came with',
      response: withErrors({ 200: Type.Union([ConsoleSessionSchema, PortalSessionSchema]) }),
    },
  }, async (request, reply) => {
    const web = request.webSession;
    if (web === undefined) return sendProblem(reply, problemOf(404, 'no_web_session', 'this request came with an API key, not a web session'));
    const facts = await describeSession(core, web.grant);
    if (facts === undefined) return sendProblem(reply, problemOf(404, 'no_web_session', 'this session no longer exists'));
    if (facts.kind === 'console') {
      return { kind: 'console' as const, csrf_token: csrfTokenOf(web.token), expires_at: web.grant.expiresAt.toISOString(), user: renderUser(facts.user), store: renderStore(facts.store) };
    }
    return renderPortalSession(csrfTokenOf(web.token), web.grant.expiresAt, facts.orderId, facts.customer, facts.store);
  });

  app.delete('/sessions/current', {
    schema: { operationId: 'deleteCurrentSession', tags: ['sessions'], summary: 'Sign out: end this web session and clear its cookie', response: withErrors({ 204: NoContent }) },
  }, async (request, reply) => {
    const web = request.webSession;
    if (web === undefined) return sendProblem(reply, problemOf(404, 'no_web_session', 'this request came with an API key, not a web session'));
    await signOut(core, web.grant);
    clearSessionCookie(reply, web.kind);
    return reply.code(204).send();
  });
};
