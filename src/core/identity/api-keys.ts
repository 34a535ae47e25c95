import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../../domain/access/api-key.js';
import { creatorOf, SCOPES, type Actor, type Scope } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import * as apiKeys from '../../store/api-keys.js';
import * as orders from '../../store/orders.js';
import * as stores from '../../store/stores.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

const ENV_ADMIN_KEY_ID = 0;

export function hashKey(secret: string): string {
  return hash('sha256', secret, 'hex');
}

export interface CreateApiKeyInput {
  storeId: number;
  role: 'merchant' | 'customer';
  customerId?: number;
  scopes?: Scope[];
  name?: string;
  expiresAt?: Date;
}

/** Creates a key; the secret is returned once and only its hash is kept. */
export async function createApiKey(core: Core, actor: Actor, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
  storeOf(actor, input.storeId);
  authorize(actor, input.role === 'merchant' ? 'api_keys.mint_merchant' : 'api_keys.manage');
  const store = await stores.findStore(core.db, input.storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: input.storeId });
  if (input.role === 'customer') {
    if (input.customerId === undefined) refuse({ code: 'invalid_input', message: 'customer_id is required for a customer key', path: '/customer_id' });
    const customer = await orders.findCustomer(core.db, store.id, input.customerId);
    if (customer === undefined) refuse({ code: 'not_found', entity: 'customer', id: input.customerId });
  } else if (input.customerId !== undefined) {
    refuse({ code: 'invalid_input', message: 'customer_id is only for customer keys', path: '/customer_id' });
  }
  const key = `rk_${input.role === 'merchant' ? 'm' : 'c'}_${randomBytes(24).toString('base64url')}`;
  const apiKey = await apiKeys.insertApiKey(core.db, {
    uuid: core.newId(), storeId: store.id, role: input.role, customerId: input.customerId ?? null,
    scopes: [...new Set(input.scopes ?? [])], name: input.name ?? null, keyHash: hashKey(key),
    keyPrefix: key.slice(0, 8), expiresAt: input.expiresAt ?? null, createdBy: creatorOf(actor),
  });
  return { key, apiKey };
}

/** Who a presented key belongs to, or undefined for an unknown, revoked or expired key. */
export async function authenticate(core: Core, secret: string): Promise<Actor | undefined> {
  const presentedHash = hashKey(secret);
  const adminKey = core.config.adminKey;
  if (adminKey !== undefined && adminKey !== '' && equalHashes(presentedHash, hashKey(adminKey))) {
    return { role: 'admin', keyId: ENV_ADMIN_KEY_ID, name: 'admin', scopes: [] };
  }
  const now = core.clock();
  let found = core.keys.get(presentedHash, now.getTime());
  if (found === undefined) {
    found = await apiKeys.findApiKeyByHash(core.db, presentedHash);
    if (found !== undefined && found.revokedAt === null) core.keys.set(found, now.getTime());
  }
  // The lookup matched on the hash; compare again in constant time all the same.
  if (found === undefined || !equalHashes(found.keyHash, presentedHash)) return undefined;
  if (found.revokedAt !== null || (found.expiresAt !== null && found.expiresAt <= now)) return undefined;
  const scopes = found.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
  const name = found.name ?? `${found.role}-${found.keyPrefix}`;
  if (found.role === 'admin' || found.storeId === null) return { role: 'admin', keyId: found.id, name, scopes };
  if (found.role === 'customer' && found.customerId !== null) {
    return { role: 'customer', keyId: found.id, name, storeId: found.storeId, customerId: found.customerId, scopes };
  }
  // A login token acts as its console user, who stands by its role (the key carries the role's scopes too).
  const user = found.userId === null || found.userRole === null ? undefined : { id: found.userId, role: found.userRole };
  return { role: 'merchant', keyId: found.id, name, storeId: found.storeId, scopes, ...(user === undefined ? {} : { user }) };
}

function equalHashes(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function listApiKeys(core: Core, actor: Actor): Promise<ApiKey[]> {
  authorize(actor, 'api_keys.manage');
  if (actor.role === 'automatic') refuse({ code: 'forbidden', message: 'this needs a merchant key' });
  return apiKeys.listApiKeys(core.db, actor.role === 'admin' ? null : actor.storeId);
}

export async function revokeApiKey(core: Core, actor: Actor, keyUuid: string): Promise<ApiKey> {
  authorize(actor, 'api_keys.manage');
  if (actor.role === 'automatic') refuse({ code: 'forbidden', message: 'this needs a merchant key' });
  const revoked = await apiKeys.revokeApiKey(core.db, actor.role === 'admin' ? null : actor.storeId, keyUuid, core.clock());
  if (revoked === undefined) refuse({ code: 'not_found', entity: 'api_key', id: keyUuid });
  core.keys.forget(revoked.id);
  return revoked;
}
