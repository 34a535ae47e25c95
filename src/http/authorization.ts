import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actor.js';
import { authenticate } from '../core/identity/api-keys.js';
import type { Core } from '../core/core.js';
import { ACCESS_TOKEN_PREFIX, authenticateAccessToken } from '../core/identity/oauth-tokens.js';
import { liveSessionOf, sessionActorOf } from './web-session.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/**
 * The secret in an Authorization header. The seed APIs use all three forms:
 * `Bearer <key>`, `Token <key>` and a bare `<key>`.
 */
export function secretFromHeader(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (trimmed === '') return undefined;
  const match = /^(Bearer|Token)\s+(\S+)$/i.exec(trimmed);
  if (match !== null) return match[2];
  return /^\S+$/.test(trimmed) ? trimmed : undefined;
}

export const SECRET_LENGTH_MAX = 512;

// A request's credential is resolved once: the rate limit (which keys its budget by it) and
// the door that serves the request share the answer.
const resolved = new WeakMap<FastifyRequest, Map<string, Promise<Actor | undefined>>>();

function once(request: FastifyRequest, what: string, resolve: () => Promise<Actor | undefined>): Promise<Actor | undefined> {
  let answers = resolved.get(request);
  if (answers === undefined) resolved.set(request, answers = new Map());
  let answer = answers.get(what);
  if (answer === undefined) answers.set(what, answer = resolve());
  return answer;
}

/** The actor of an API key presented by the request, looked up once per request. */
export function keyActorOf(core: Core, request: FastifyRequest, secret: string): Promise<Actor | undefined> {
  return once(request, `key ${secret}`, () => authenticate(core, secret));
}

/** The actor of an OAuth access token presented by the request, looked up once per request. */
export function tokenActorOf(core: Core, request: FastifyRequest, secret: string): Promise<Actor | undefined> {
  return once(request, `token ${secret}`, () => authenticateAccessToken(core, secret));
}

/**
 * Who sent the request, or undefined when the key is unknown or nothing identifies it.
 * An Authorization header always decides alone; without one, a web session cookie may.
 */
export async function actorOf(core: Core, request: FastifyRequest): Promise<Actor | undefined> {
  if (request.headers.authorization === undefined) return sessionActorOf(core, request);
  const secret = secretFromHeader(request.headers.authorization);
  if (secret === undefined || secret.length > SECRET_LENGTH_MAX) return undefined;
  return keyActorOf(core, request, secret);
}

/**
 * The budget a request spends (rate-limit.ts): the credential it resolves to — the API key
 * it presents in any of the header's forms, the key behind its OAuth token or its web
 * session — else its client address (no credential, or one that is unknown or malformed).
 */
export async function budgetOf(core: Core, request: FastifyRequest): Promise<string> {
  const header = request.headers.authorization;
  let actor: Actor | undefined;
  if (header === undefined) {
    actor = (await liveSessionOf(core, request))?.actor;
  } else {
    const secret = secretFromHeader(header);
    if (secret !== undefined && secret.length <= SECRET_LENGTH_MAX) {
      actor = secret.startsWith(ACCESS_TOKEN_PREFIX) ? await tokenActorOf(core, request, secret) : await keyActorOf(core, request, secret);
    }
  }
  return actor === undefined || actor.role === 'automatic' ? `ip:${request.ip}` : `key:${actor.keyId}`;
}
