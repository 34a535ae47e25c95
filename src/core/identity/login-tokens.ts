import { randomBytes } from 'node:crypto';
import type { ApiKey } from '../../domain/access/api-key.js';
import { parseLoginUsername, type User } from '../../domain/access/user.js';
import type { Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import type { Store } from '../../domain/store.js';
import * as apiKeys from '../../store/api-keys.js';
import * as users from '../../store/users.js';
import type { Core } from '../core.js';
import { hashKey } from './api-keys.js';
import { checkCredentials, CONSOLE_SESSION_TTL_MS } from './sessions.js';
import { scopesOfRole } from './users.js';

// Login tokens: what a door's token login (Omnitron's `auth/login/`, as Django REST
// Framework's ObtainAuthToken answers it) hands a console user in exchange for a password.
// A token is a merchant key of the user's store with the user's role's scopes and the user's
// id on it, so it is listed and revoked like any key, and revoked with the user's other
// tokens when the user is disabled, changes password or changes role. It lasts as long as a
// console session; a client that gets a 401 logs in again.

export const LOGIN_TOKEN_TTL_MS = CONSOLE_SESSION_TTL_MS;
const LOGIN_TOKEN_PREFIX = 'rk_t_';

export type LogIn =
  | { outcome: 'logged_in'; key: string; apiKey: ApiKey; user: User; store: Store }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'busy'; retryAfterSeconds: number };

/**
 * Logs a console user in with a username (see parseLoginUsername) and password, through the same
 * check and throttle as the console's sign-in, and issues a login token. An email that is a
 * user of several stores, without a store code, is refused like a wrong password.
 */
export async function logIn(core: Core, input: { username: string; password: string; client: string }): Promise<LogIn> {
  const { storeCode, email } = parseLoginUsername(input.username);
  let code = storeCode;
  if (code === undefined) {
    const codes = await users.storeCodesOfEmail(core.db, email, 2);
    // No store (or several) is checked as an unknown store: the same refusal, at the same cost.
    code = codes.length === 1 ? codes[0] : '';
  }
  const checked = await checkCredentials(core, { storeCode: code ?? '', email, password: input.password, client: input.client });
  if (checked.outcome !== 'verified') return checked;
  const { passwordHash: _hidden, ...user } = checked.user;
  const key = `${LOGIN_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  const apiKey = await apiKeys.insertApiKey(core.db, {
    uuid: core.newId(), storeId: checked.store.id, role: 'merchant', customerId: null, scopes: scopesOfRole(user.role),
    name: `login: ${user.name}`, keyHash: hashKey(key), keyPrefix: key.slice(0, 8),
    expiresAt: new Date(core.clock().getTime() + LOGIN_TOKEN_TTL_MS), userId: user.id,
  });
  return { outcome: 'logged_in', key, apiKey, user, store: checked.store };
}

/** Revokes the login token the actor presented; any other credential is refused and stays valid. */
export async function logOut(core: Core, actor: Actor): Promise<ApiKey> {
  if (actor.role !== 'merchant') refuse({ code: 'forbidden', message: 'only a token issued by a login can log out' });
  const revoked = await apiKeys.revokeLoginToken(core.db, actor.storeId, actor.keyId, core.clock());
  if (revoked === undefined) refuse({ code: 'forbidden', message: 'only a token issued by a login can log out' });
  core.keys.forget(revoked.id);
  return revoked;
}

