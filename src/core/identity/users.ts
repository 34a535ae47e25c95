import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { leavesStoreWithoutOwner, type User, type UserRole } from '../../domain/access/user.js';
import type { Actor, Scope } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import type { Transaction } from 'kysely';
import * as apiKeys from '../../store/api-keys.js';
import * as oauth from '../../store/oauth.js';
import type { DB } from '../../store/schema.js';
import * as webhooks from '../../store/webhooks.js';
import * as stores from '../../store/stores.js';
import * as users from '../../store/users.js';
import * as webSessions from '../../store/web-sessions.js';
import { levelOfRole, mayMint, standingOf } from '../../domain/access/permissions.js';
import { authorize, storeOf } from '../access.js';
import { hashKey } from './api-keys.js';
import type { Core } from '../core.js';

// Console users of a store. Each user acts through a backing merchant api_keys row whose
// scopes follow the role: an owner is unrestricted, an agent manages claims, a viewer
// only reads. The core's scope checks then refuse a viewer's writes like any key's.

export const USERS_LIST_MAX = 1000;
export const PASSWORD_LENGTH_MIN = 10;

const ROLE_SCOPES: Record<UserRole, Scope[]> = { owner: [], agent: ['manage_claims'], viewer: ['read_claims'] };

export function scopesOfRole(role: UserRole): Scope[] {
  return ROLE_SCOPES[role];
}

/**
 * Who may manage a store's users: the platform admin, or the store's owner — a signed-in
 * owner or the store's unrestricted merchant key (the credential the admin handed over).
 * A role above the manager's own is never handed out.
 */
export function requireStoreOwner(actor: Actor, requestedStoreId?: number, grantsRole?: UserRole): number {
  const storeId = storeOf(actor, requestedStoreId);
  authorize(actor, 'users.manage');
  if (grantsRole !== undefined && !mayMint(standingOf(actor), levelOfRole(grantsRole))) {
    refuse({ code: 'forbidden', message: `a ${grantsRole} has more access than this credential` });
  }
  return storeId;
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_LENGTH_MIN) refuse({ code: 'invalid_input', message: `a password needs at least ${PASSWORD_LENGTH_MIN} characters`, path: '/password' });
}

/** argon2id with the library's recommended parameters (OWASP: m=64 MiB, t=3, p=4), in turn with other hashes. */
export function hashPassword(core: Core, password: string): Promise<string> {
  return core.passwords.run(() => argon2.hash(password, { type: argon2.argon2id }));
}

export interface CreateUserInput {
  storeId?: number;
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

export async function createUser(core: Core, actor: Actor, input: CreateUserInput): Promise<User> {
  const storeId = requireStoreOwner(actor, input.storeId, input.role);
  checkPassword(input.password);
  const store = await stores.findStore(core.db, storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });
  const passwordHash = await hashPassword(core, input.password);
  return core.db.transaction().execute(async (trx) => {
    const key = await insertBackingKey(trx, core, storeId, input.name, input.role);
    const user = await users.insertUser(trx, {
      uuid: core.newId(), storeId, email: input.email, name: input.name, role: input.role, passwordHash, apiKeyId: key.id,
    });
    if (user === undefined) refuse({ code: 'conflict', entity: 'user', message: `a user with email ${input.email} already exists in this store` });
    return user;
  });
}

/**
 * The merchant key a user acts through. It names no creator: it is the user's own, so
 * disabling whoever made the user does not lock the user out.
 */
function insertBackingKey(trx: Transaction<DB>, core: Core, storeId: number, name: string, role: UserRole) {
  return apiKeys.insertApiKey(trx, {
    uuid: core.newId(), storeId, role: 'merchant', customerId: null, scopes: scopesOfRole(role),
    name: `console: ${name}`,
    // The backing key's own secret is never shown: the user signs in with a password.
    keyHash: hashKey(`rk_user_${randomBytes(32).toString('base64url')}`), keyPrefix: 'rk_user_', expiresAt: null,
  });
}

export async function listUsers(core: Core, actor: Actor, input: { storeId?: number } = {}): Promise<User[]> {
  const storeId = requireStoreOwner(actor, input.storeId);
  return users.listUsers(core.db, storeId, USERS_LIST_MAX);
}

export interface UpdateUserInput {
  storeId?: number;
  name?: string;
  role?: UserRole;
  password?: string;
  disabled?: boolean;
}

/**
 * Changes a user; a new role rewrites the backing key's scopes. Disabling ends every session
 * and takes back what the user made: its API keys and OAuth clients (with their tokens) are
 * revoked and its webhook endpoints switched off, all in one transaction. Enabling a user
 * whose backing key was revoked gives it a new one, so it can sign in again.
 * Disabling, a new password and a new role also revoke the user's login tokens.
 */
export async function updateUser(core: Core, actor: Actor, userUuid: string, input: UpdateUserInput): Promise<User> {
  const storeId = requireStoreOwner(actor, input.storeId, input.role);
  if (input.password !== undefined) checkPassword(input.password);
  const passwordHash = input.password === undefined ? undefined : await hashPassword(core, input.password);
  const now = core.clock();
  const revokedKeys: number[] = [];
  const changed = await core.db.transaction().execute(async (trx) => {
    const owners = await users.lockActiveOwners(trx, storeId);
    const found = await users.findUser(trx, storeId, userUuid);
    if (found === undefined) refuse({ code: 'not_found', entity: 'user', id: userUuid });
    if (leavesStoreWithoutOwner(found, input, owners.filter((id) => id !== found.id).length)) {
      refuse({ code: 'conflict', entity: 'user', message: "the store's last active owner cannot be demoted or disabled; make another user owner first" });
    }
    const updated = await users.updateUser(trx, storeId, found.id, {
      name: input.name, role: input.role, passwordHash,
      disabledAt: input.disabled === undefined ? undefined : input.disabled ? found.disabledAt ?? now : null,
    }, now);
    if (updated === undefined) refuse({ code: 'not_found', entity: 'user', id: userUuid });
    if (input.role !== undefined) await users.setBackingKeyScopes(trx, storeId, found.apiKeyId, scopesOfRole(input.role));
    if (input.disabled === true || input.password !== undefined) await webSessions.deleteUserSessions(trx, storeId, found.id);
    if (input.disabled === true) {
      revokedKeys.push(...await apiKeys.revokeKeysCreatedBy(trx, storeId, found.id, now));
      revokedKeys.push(...await oauth.revokeClientsCreatedBy(trx, storeId, found.id, now));
      await webhooks.disableEndpointsCreatedBy(trx, storeId, found.id, now);
    }
    if (input.disabled === true || input.password !== undefined || (input.role !== undefined && input.role !== found.role)) {
      revokedKeys.push(...await apiKeys.revokeUserLoginTokens(trx, storeId, found.id, now));
    }
    if (input.disabled === false && await users.isBackingKeyRevoked(trx, storeId, found.apiKeyId)) {
      const key = await insertBackingKey(trx, core, storeId, updated.name, updated.role);
      return users.setBackingKey(trx, storeId, found.id, key.id);
    }
    return updated;
  });
  for (const keyId of revokedKeys) core.keys.forget(keyId);
  return changed;
}
