import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import type { AccessTokenGrant, OAuthClient } from '../domain/access/oauth.js';
import type { Creator } from '../domain/actor.js';
import type { DB } from './schema.js';

// OAuth 2.0 clients and their access tokens. Lookups by client_id or token hash are
// global (the credential names its store), like api_keys.key_hash; everything else
// filters by store_id.

type Json<T> = ColumnType<T, string, string>;

type OAuthClientsTable = {
  id: Generated<number>;
  uuid: string;
  store_id: number;
  api_key_id: number;
  client_id: string;
  secret_hash: string;
  name: string | null;
  scopes: Json<string[]>;
  created_at: ColumnType<Date, Date | undefined, never>;
  revoked_at: Date | null;
  created_by_key_id: number | null;
  created_by_user_id: number | null;
};

type OAuthAccessTokensTable = {
  id: Generated<number>;
  store_id: number;
  client_id: number;
  token_hash: string;
  scopes: Json<string[]>;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
};

type OAuthTables = {
  oauth_clients: OAuthClientsTable;
  oauth_access_tokens: OAuthAccessTokensTable;
};

function withOAuth(db: Kysely<DB>): Kysely<DB & OAuthTables> {
  return db.withTables<OAuthTables>();
}

function toOAuthClient(row: Selectable<OAuthClientsTable>): OAuthClient {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, apiKeyId: row.api_key_id, clientId: row.client_id,
    name: row.name, scopes: row.scopes, createdAt: row.created_at, revokedAt: row.revoked_at,
  };
}

export async function insertOAuthClient(
  db: Kysely<DB>,
  input: { uuid: string; storeId: number; apiKeyId: number; clientId: string; secretHash: string; name: string | null; scopes: string[]; createdBy: Creator },
): Promise<OAuthClient> {
  const row = await withOAuth(db).insertInto('oauth_clients').values({
    uuid: input.uuid, store_id: input.storeId, api_key_id: input.apiKeyId, client_id: input.clientId,
    secret_hash: input.secretHash, name: input.name, scopes: JSON.stringify(input.scopes),
    created_by_key_id: input.createdBy.keyId, created_by_user_id: input.createdBy.userId,
  }).returningAll().executeTakeFirstOrThrow();
  return toOAuthClient(row);
}

/** A client by its public id, with its secret's hash and whether its backing key still works. */
export async function findOAuthClientByClientId(
  db: Kysely<DB>, clientId: string,
): Promise<(OAuthClient & { secretHash: string; keyUsableUntil: Date | null; keyRevoked: boolean }) | undefined> {
  const row = await withOAuth(db).selectFrom('oauth_clients')
    .innerJoin('api_keys', 'api_keys.id', 'oauth_clients.api_key_id')
    .selectAll('oauth_clients')
    .select(['api_keys.revoked_at as key_revoked_at', 'api_keys.expires_at as key_expires_at'])
    .where('oauth_clients.client_id', '=', clientId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { ...toOAuthClient(row), secretHash: row.secret_hash, keyUsableUntil: row.key_expires_at, keyRevoked: row.key_revoked_at !== null };
}

export async function listOAuthClients(db: Kysely<DB>, storeId: number | null, limit: number): Promise<OAuthClient[]> {
  let query = withOAuth(db).selectFrom('oauth_clients').selectAll().orderBy('id').limit(limit);
  if (storeId !== null) query = query.where('store_id', '=', storeId);
  return (await query.execute()).map(toOAuthClient);
}

export async function revokeOAuthClient(db: Kysely<DB>, storeId: number | null, uuid: string, at: Date): Promise<OAuthClient | undefined> {
  let query = withOAuth(db).updateTable('oauth_clients').set({ revoked_at: at }).where('uuid', '=', uuid).where('revoked_at', 'is', null);
  if (storeId !== null) query = query.where('store_id', '=', storeId);
  const row = await query.returningAll().executeTakeFirst();
  return row === undefined ? undefined : toOAuthClient(row);
}

export async function revokeClientTokens(db: Kysely<DB>, storeId: number, clientId: number, at: Date): Promise<void> {
  await withOAuth(db).updateTable('oauth_access_tokens').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('client_id', '=', clientId).where('revoked_at', 'is', null).execute();
}

export async function insertAccessToken(
  db: Kysely<DB>, input: { storeId: number; clientId: number; tokenHash: string; scopes: string[]; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await withOAuth(db).insertInto('oauth_access_tokens').values({
    store_id: input.storeId, client_id: input.clientId, token_hash: input.tokenHash, scopes: JSON.stringify(input.scopes),
    expires_at: input.expiresAt, created_at: input.createdAt,
  }).execute();
}

/** Drops a client's tokens that expired before `before`, so the table does not grow without bound. */
export async function deleteExpiredTokens(db: Kysely<DB>, storeId: number, clientId: number, before: Date): Promise<void> {
  await withOAuth(db).deleteFrom('oauth_access_tokens')
    .where('store_id', '=', storeId).where('client_id', '=', clientId).where('expires_at', '<', before).execute();
}

/** A token by the hash of its secret, with its client and the key behind it. */
export async function findAccessTokenByHash(db: Kysely<DB>, tokenHash: string): Promise<AccessTokenGrant | undefined> {
  const row = await withOAuth(db).selectFrom('oauth_access_tokens')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_access_tokens.client_id')
    .innerJoin('api_keys', 'api_keys.id', 'oauth_clients.api_key_id')
    .select([
      'oauth_access_tokens.store_id', 'oauth_access_tokens.scopes', 'oauth_access_tokens.expires_at', 'oauth_access_tokens.revoked_at',
      'oauth_clients.id as client_pk', 'oauth_clients.name as client_name', 'oauth_clients.revoked_at as client_revoked_at',
      'oauth_clients.api_key_id', 'api_keys.revoked_at as key_revoked_at', 'api_keys.expires_at as key_expires_at',
    ])
    .where('oauth_access_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    storeId: row.store_id, scopes: row.scopes, expiresAt: row.expires_at, revokedAt: row.revoked_at,
    client: { id: row.client_pk, name: row.client_name, revokedAt: row.client_revoked_at, apiKeyId: row.api_key_id },
    apiKey: { revokedAt: row.key_revoked_at, expiresAt: row.key_expires_at },
  };
}

/** Revokes one token of one client; a token of another client is left alone (RFC 7009). */
export async function revokeAccessToken(db: Kysely<DB>, storeId: number, clientId: number, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await withOAuth(db).updateTable('oauth_access_tokens').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('client_id', '=', clientId).where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null).returning('id').execute();
  return rows.length > 0;
}

/** Revokes the api_keys row behind a client: its secret was never shown, but a dead client leaves no live key. */
export async function revokeBackingKey(db: Kysely<DB>, storeId: number, apiKeyId: number, at: Date): Promise<void> {
  await db.updateTable('api_keys').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('id', '=', apiKeyId).where('revoked_at', 'is', null).execute();
}

/**
 * Revokes every live OAuth client a console user made, with their tokens and backing keys;
 * returns the backing keys' ids.
 */
export async function revokeClientsCreatedBy(db: Kysely<DB>, storeId: number, userId: number, at: Date): Promise<number[]> {
  const clients = await withOAuth(db).updateTable('oauth_clients').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('created_by_user_id', '=', userId).where('revoked_at', 'is', null)
    .returning(['id', 'api_key_id']).execute();
  for (const client of clients) {
    await revokeClientTokens(db, storeId, client.id, at);
    await revokeBackingKey(db, storeId, client.api_key_id, at);
  }
  return clients.map((client) => client.api_key_id);
}
