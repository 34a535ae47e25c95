import { timingSafeEqual } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { secureCookies } from '../config.js';
import { csrfTokenOf, sessionActor, type LiveSession, type SessionKind } from '../core/identity/sessions.js';
import type { Core } from '../core/core.js';
import type { Actor } from '../domain/actor.js';
import { RefusalError } from '../domain/refusal.js';
import type { SessionGrant } from '../domain/access/web-session.js';

// Session cookies of the console and the portal. A request without an Authorization
// header may act through one of them; a write must also carry the session's CSRF token
// in X-CSRF-Token. The cookies are httpOnly, SameSite=Strict and Secure (browsers treat
// http://localhost as secure; RECOURSE_COOKIE_SECURE=false serves plain-http hosts).

export const SESSION_COOKIES: Record<SessionKind, string> = { console: 'recourse_console', portal: 'recourse_portal' };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    webSession?: { kind: SessionKind; token: string; grant: SessionGrant };
  }
}

const secure = secureCookies();

export function setSessionCookie(reply: FastifyReply, kind: SessionKind, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIES[kind], token, { path: '/', httpOnly: true, secure, sameSite: 'strict', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, kind: SessionKind): void {
  reply.clearCookie(SESSION_COOKIES[kind], { path: '/', httpOnly: true, secure, sameSite: 'strict' });
}

/**
 * The session cookie a request uses. The pages say which with X-Recourse-Session; an image
 * request cannot, so it uses the console's cookie if there is one, else the portal's.
 */
function presentedSession(request: FastifyRequest): { kind: SessionKind; token: string } | undefined {
  // The rate limit asks before @fastify/cookie's own hook has parsed them.
  const header = request.headers.cookie;
  const cookies = request.cookies ?? (header === undefined ? {} : request.server.parseCookie(header));
  const asked = request.headers['x-recourse-session'];
  const kinds: SessionKind[] = asked === 'portal' ? ['portal'] : asked === 'console' ? ['console'] : ['console', 'portal'];
  for (const kind of kinds) {
    const token = cookies[SESSION_COOKIES[kind]];
    if (token !== undefined && token.length > 0 && token.length <= 128) return { kind, token };
  }
  return undefined;
}

function sameToken(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

const liveSessions = new WeakMap<FastifyRequest, Promise<(LiveSession & { presented: { kind: SessionKind; token: string } }) | undefined>>();

/** The live session a request's cookie stands for, looked up once per request (no CSRF check). */
export function liveSessionOf(core: Core, request: FastifyRequest): Promise<(LiveSession & { presented: { kind: SessionKind; token: string } }) | undefined> {
  let found = liveSessions.get(request);
  if (found === undefined) {
    const presented = presentedSession(request);
    found = presented === undefined ? Promise.resolve(undefined)
      : sessionActor(core, presented.kind, presented.token).then((live) => (live === undefined ? undefined : { ...live, presented }));
    liveSessions.set(request, found);
  }
  return found;
}

/** The actor of a request's web session, or undefined when it has none (or a dead one). */
export async function sessionActorOf(core: Core, request: FastifyRequest): Promise<Actor | undefined> {
  const live = await liveSessionOf(core, request);
  if (live === undefined) return undefined;
  const { presented } = live;
  if (!SAFE_METHODS.has(request.method)) {
    const given = request.headers['x-csrf-token'];
    if (typeof given !== 'string' || !sameToken(given, csrfTokenOf(presented.token))) {
      throw new RefusalError({ code: 'forbidden', message: 'a write through a web session needs its X-CSRF-Token header' });
    }
  }
  request.webSession = { kind: presented.kind, token: presented.token, grant: live.session };
  return live.actor;
}
