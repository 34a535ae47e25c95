import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actor.js';
import { authenticate } from '../core/identity/api-keys.js';
import type { Core } from '../core/core.js';
import { sessionActorOf } from './web-session.js';

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

/**
 * Who sent the request, or undefined when the key is unknown or nothing identifies it.
 * An Authorization header always decides alone; without one, a web session cookie may.
 */
export async function actorOf(core: Core, request: FastifyRequest): Promise<Actor | undefined> {
  if (request.headers.authorization === undefined) return sessionActorOf(core, request);
  const secret = secretFromHeader(request.headers.authorization);
  if (secret === undefined || secret.length > 512) return undefined;
  return authenticate(core, secret);
}
