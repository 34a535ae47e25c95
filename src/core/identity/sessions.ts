import { createHash, createHmac, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { User } from '../../domain/access/user.js';
import type { SessionGrant, WebSession } from '../../domain/access/web-session.js';
import { SCOPES, type Actor, type Scope } from '../../domain/actor.js';
import type { Customer } from '../../domain/order.js';
import type { Store } from '../../domain/store.js';
import * as orders from '../../store/orders.js';
import * as stores from '../../store/stores.js';
import * as users from '../../store/users.js';
import * as webSessions from '../../store/web-sessions.js';
import type { Core } from '../core.js';
import { reserveAttempt } from './attempts.js';

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
const SIGN_IN_BUDGET = { windowMs: SIGN_IN_WINDOW_MS, max: SIGN_IN_FAILURES_MAX };
/** How soon a sign-in turned away by a full hashing queue may come back. */
export const SIGN_IN_BUSY_RETRY_SECONDS = 1;

export type SignIn =
  | ({ outcome: 'signed_in' } & SignedInUser)
  | { outcome: 'refused' }
  | { outcome: 'revoked' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'busy'; retryAfterSeconds: number };

export type CredentialCheck =
  | { outcome: 'verified'; user: User & { passwordHash: string }; store: Store }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'busy'; retryAfterSeconds: number };

/**
 * Checks a console user's store, email and password: every way of signing in as a user (the
 * console's session, a door's login token) goes through here. An unknown store, an unknown
 * email, a wrong password and a disabled user are one refusal. Every attempt is reserved before
 * its password is checked, per client address (across stores, so unknown store codes count too)
 * and per store code and email, in the database shared by every process: at most
 * SIGN_IN_FAILURES_MAX failures per window get a verdict, however many arrive at once; past the
 * limit even the right password waits. A password check waits its turn (core.passwords); when
 * too many already wait, the attempt is turned away as busy and spends nothing.
 */
export async function checkCredentials(core: Core, input: { storeCode: string; email: string; password: string; client: string }): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const buckets = [`sign-in-ip:${input.client}`, `sign-in-email:${input.storeCode.toLowerCase()}:${email}`];
  const reservation = await reserveAttempt(core, buckets, SIGN_IN_BUDGET);
  if (reservation.outcome === 'throttled') return reservation;
  const store = await stores.findStoreByCode(core.db, input.storeCode);
  const found = store === undefined ? undefined : await users.findUserByEmail(core.db, store.id, input.email.trim());
  const checked = core.passwords.tryRun(async () => {
    if (found !== undefined) return argon2.verify(found.passwordHash, input.password);
    decoyHash ??= argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });
    await argon2.verify(await decoyHash, input.password);
    return false;
  });
  if (checked === undefined) {
    await reservation.release();
    return { outcome: 'busy', retryAfterSeconds: SIGN_IN_BUSY_RETRY_SECONDS };
  }
  const verified = await checked;
  if (store === undefined || found === undefined || !verified || found.disabledAt !== null) return { outcome: 'refused' };
  await reservation.release();
  return { outcome: 'verified', user: found, store };
}

/** Signs a console user in (see checkCredentials) and opens a console session. */
export async function signIn(core: Core, input: { storeCode: string; email: string; password: string; client: string }): Promise<SignIn> {
  const checked = await checkCredentials(core, input);
  if (checked.outcome !== 'verified') return checked;
  const { store, user: found } = checked;
  // The right password, but the key the user acts through was revoked: a session would be
  // dead on arrival, so say so (the owner restores access by enabling the user again).
  if (await users.isBackingKeyRevoked(core.db, store.id, found.apiKeyId)) return { outcome: 'revoked' };
  const now = core.clock();
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
