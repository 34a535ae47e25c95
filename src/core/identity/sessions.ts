import { createHash, createHmac, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { User } from '../../domain/access/user.js';
import type { SessionGrant, WebSession } from '../../domain/access/web-session.js';
import { SCOPES, type Actor, type Scope } from '../../domain/actor.js';
import type { Customer } from '../../domain/order.js';
import type { Store } from '../../domain/store.js';
import * as orders from '../../store/orders.js';
import * as failedLookups from '../../store/portal-lookups.js';
import * as stores from '../../store/stores.js';
import * as users from '../../store/users.js';
import * as webSessions from '../../store/web-sessions.js';
import type { Core } from '../core.js';
import { hashPassword } from './users.js';

// Sessions of the web pages. A session token is 256 random bits, kept by the browser in
// an httpOnly cookie and by us only as its SHA-256. Its CSRF token is derived from it
// (HMAC), so a page that can read its own session's CSRF token can write, and another
// site — which can neither read the cookie nor our responses — cannot.

export type SessionKind = 'console' | 'portal';
export const CONSOLE_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const PORTAL_SESSION_TTL_MS = 30 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function csrfTokenOf(token: string): string {
  return createHmac('sha256', token).update('recourse csrf').digest('base64url');
}

export interface SignedInUser {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: User;
  store: Store;
}

// Verified when the email is unknown, so a wrong email costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_FAILURES_MAX = 10;

export type SignIn =
  | ({ outcome: 'signed_in' } & SignedInUser)
  | { outcome: 'refused' }
  | { outcome: 'revoked' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * Signs a console user in. An unknown store, an unknown email, a wrong password and a disabled
 * user are one refusal. Failures are counted per client address and per email (in the
 * database, shared by every process); past the limit even the right password waits.
 */
export async function signIn(core: Core, input: { storeCode: string; email: string; password: string; client: string }): Promise<SignIn> {
  const store = await stores.findStoreByCode(core.db, input.storeCode);
  const now = core.clock();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const clients = [`sign-in-ip:${input.client}`, `sign-in-email:${input.email.trim().toLowerCase()}`];
  if (store !== undefined) {
    for (const client of clients) {
      if (await failedLookups.countFailedLookups(core.db, store.id, [client], since) >= SIGN_IN_FAILURES_MAX) {
        return { outcome: 'throttled', retryAfterSeconds: Math.ceil(SIGN_IN_WINDOW_MS / 1000) };
      }
    }
  }
  const found = store === undefined ? undefined : await users.findUserByEmail(core.db, store.id, input.email.trim());
  let verified = false;
  if (found === undefined) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await decoyHash, input.password);
  } else {
    verified = await argon2.verify(found.passwordHash, input.password);
  }
  if (store === undefined || found === undefined || !verified || found.disabledAt !== null) {
    if (store !== undefined) {
      await failedLookups.deleteOldLookups(core.db, store.id, since);
      await failedLookups.recordFailedLookup(core.db, store.id, clients, now);
    }
    return { outcome: 'refused' };
  }
  // The right password, but the key the user acts through was revoked: a session would be
  // dead on arrival, so say so (the owner restores access by enabling the user again).
  if (await users.isBackingKeyRevoked(core.db, store.id, found.apiKeyId)) return { outcome: 'revoked' };
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + CONSOLE_SESSION_TTL_MS);
  await webSessions.deleteExpiredSessions(core.db, now, 100);
  await webSessions.insertSession(core.db, {
    storeId: store.id, kind: 'console', tokenHash: hashSessionToken(token), userId: found.id, customerId: null, orderId: null,
    apiKeyId: found.apiKeyId, expiresAt,
  });
  const { passwordHash: _hidden, ...user } = found;
  return { outcome: 'signed_in', token, csrfToken: csrfTokenOf(token), expiresAt, user, store };
}

export interface LiveSession {
  actor: Actor;
  session: SessionGrant;
}

/** The actor a session token stands for, or undefined when it is unknown, expired, revoked or disabled. */
export async function sessionActor(core: Core, kind: SessionKind, token: string): Promise<LiveSession | undefined> {
  const session = await webSessions.findSessionByHash(core.db, kind, hashSessionToken(token));
  if (session === undefined || session.expiresAt <= core.clock() || session.keyRevokedAt !== null) return undefined;
  const scopes = session.keyScopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
  if (kind === 'console') {
    if (session.user === null || session.user.disabledAt !== null) return undefined;
    if (session.userId === null) return undefined;
    // The user's role is its standing in the permission table; the backing key carries its scopes.
    const user = { id: session.userId, role: session.user.role };
    return { session, actor: { role: 'merchant', keyId: session.apiKeyId, name: session.user.name, storeId: session.storeId, scopes, user } };
  }
  if (session.customerId === null) return undefined;
  const customer = await orders.findCustomer(core.db, session.storeId, session.customerId);
  if (customer === undefined) return undefined;
  return {
    session,
    actor: { role: 'customer', keyId: session.apiKeyId, name: `${customer.firstName} ${customer.lastName}`, storeId: session.storeId, customerId: customer.id, scopes },
  };
}

export async function signOut(core: Core, session: WebSession): Promise<void> {
  await webSessions.deleteSession(core.db, session.storeId, session.id);
}

export type SessionFacts =
  | { kind: 'console'; user: User; store: Store }
  | { kind: 'portal'; orderId: number; customer: Customer; store: Store };

/** Who and where a live session is: the user and store, or the customer, order and store. */
export async function describeSession(core: Core, session: SessionGrant): Promise<SessionFacts | undefined> {
  const store = await stores.findStore(core.db, session.storeId);
  if (store === undefined) return undefined;
  if (session.kind === 'console') {
    const user = session.user === null ? undefined : await users.findUser(core.db, session.storeId, session.user.uuid);
    return user === undefined ? undefined : { kind: 'console', user, store };
  }
  const customer = session.customerId === null ? undefined : await orders.findCustomer(core.db, session.storeId, session.customerId);
  if (customer === undefined || session.orderId === null) return undefined;
  return { kind: 'portal', orderId: session.orderId, customer, store };
}
