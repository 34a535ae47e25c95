import { randomBytes } from 'node:crypto';
import { creatorOf, hasScope, SCOPES, type Actor, type Scope } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import * as apiKeys from '../../store/api-keys.js';
import * as oauth from '../../store/oauth.js';
import * as stores from '../../store/stores.js';
import { authorize, storeOf } from '../access.js';
import { hashKey } from './api-keys.js';
import type { Core } from '../core.js';
import type { OAuthClient } from '../../domain/access/oauth.js';

// OAuth 2.0 client credentials for a store. Each client is backed by a merchant api_keys
// row with the client's scopes: a token acts as that key, limited to the token's scopes.

export const OAUTH_CLIENTS_LIST_MAX = 1000;

export interface CreateOAuthClientInput {
  storeId?: number;
  name?: string;
  scopes: Scope[];
}

/** Creates a client; its secret is returned once and only its hash is kept. */
export async function createOAuthClient(
  core: Core, actor: Actor, input: CreateOAuthClientInput,
): Promise<{ client: OAuthClient; clientSecret: string }> {
  const storeId = storeOf(actor, input.storeId);
  authorize(actor, 'oauth_clients.manage');
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0 || scopes.some((scope) => !SCOPES.includes(scope))) {
    refuse({ code: 'invalid_input', message: `scopes must name one or more of ${SCOPES.join(', ')}`, path: '/scopes' });
  }
  // A key cannot mint a client stronger than itself.
  const lacking = scopes.find((scope) => !hasScope(actor, scope));
  if (lacking !== undefined) refuse({ code: 'scope_missing', scope: lacking });
  const store = await stores.findStore(core.db, storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });

  const clientId = `op_ci_${randomBytes(12).toString('hex')}`;
  const clientSecret = `op_cs_${randomBytes(32).toString('base64url')}`;
  const createdBy = creatorOf(actor);
  const client = await core.db.transaction().execute(async (trx) => {
    const key = await apiKeys.insertApiKey(trx, {
      uuid: core.newId(), storeId: store.id, role: 'merchant', customerId: null, scopes,
      name: input.name ?? `OAuth client ${clientId}`,
      // The backing key's own secret is never shown: the client authenticates with its secret.
      keyHash: hashKey(`op_key_${randomBytes(32).toString('base64url')}`), keyPrefix: clientId.slice(0, 8), expiresAt: null, createdBy,
    });
    return oauth.insertOAuthClient(trx, {
      uuid: core.newId(), storeId: store.id, apiKeyId: key.id, clientId, secretHash: hashKey(clientSecret),
      name: input.name ?? null, scopes, createdBy,
    });
  });
  return { client, clientSecret };
}

export async function listOAuthClients(core: Core, actor: Actor, input: { storeId?: number } = {}): Promise<OAuthClient[]> {
  authorize(actor, 'oauth_clients.manage');
  const storeId = actor.role === 'admin' ? input.storeId ?? null : storeOf(actor, input.storeId);
  return oauth.listOAuthClients(core.db, storeId, OAUTH_CLIENTS_LIST_MAX);
}

/** Revokes a client, every token it was issued and the key behind it, at once. */
export async function deleteOAuthClient(core: Core, actor: Actor, uuid: string): Promise<OAuthClient> {
  authorize(actor, 'oauth_clients.manage');
  const storeId = actor.role === 'admin' ? null : storeOf(actor);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    const client = await oauth.revokeOAuthClient(trx, storeId, uuid, now);
    if (client === undefined) refuse({ code: 'not_found', entity: 'oauth_client', id: uuid });
    await oauth.revokeClientTokens(trx, client.storeId, client.id, now);
    await oauth.revokeBackingKey(trx, client.storeId, client.apiKeyId, now);
    return client;
  });
}
