import type { Kysely } from 'kysely';
import type { ApiKey } from '../domain/access/api-key.js';
import type { Creator } from '../domain/actor.js';
import type { ApiKeyRow, DB } from './schema.js';

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, role: row.role, customerId: row.customer_id,
    scopes: row.scopes, name: row.name, keyPrefix: row.key_prefix, expiresAt: row.expires_at,
    revokedAt: row.revoked_at, createdAt: row.created_at,
  };
}

export async function insertApiKey(
  db: Kysely<DB>,
  input: {
    uuid: string; storeId: number | null; role: ApiKey['role']; customerId: number | null;
    scopes: string[]; name: string | null; keyHash: string; keyPrefix: string; expiresAt: Date | null;
    createdBy?: Creator;
  },
): Promise<ApiKey> {
  const row = await db.insertInto('api_keys').values({
    uuid: input.uuid, store_id: input.storeId, role: input.role, customer_id: input.customerId,
    scopes: JSON.stringify(input.scopes), name: input.name, key_hash: input.keyHash,
    key_prefix: input.keyPrefix, expires_at: input.expiresAt,
    created_by_key_id: input.createdBy?.keyId ?? null, created_by_user_id: input.createdBy?.userId ?? null,
  }).returningAll().executeTakeFirstOrThrow();
  return toApiKey(row);
}

/** Looks a key up by the hash of its secret; the secret itself is never stored. */
export async function findApiKeyByHash(db: Kysely<DB>, keyHash: string): Promise<(ApiKey & { keyHash: string }) | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  return row === undefined ? undefined : { ...toApiKey(row), keyHash: row.key_hash };
}

export async function listApiKeys(db: Kysely<DB>, storeId: number | null): Promise<ApiKey[]> {
  let query = db.selectFrom('api_keys').selectAll().orderBy('id').limit(1000);
  if (storeId !== null) query = query.where('store_id', '=', storeId);
  return (await query.execute()).map(toApiKey);
}

export async function revokeApiKey(db: Kysely<DB>, storeId: number | null, keyUuid: string, at: Date): Promise<ApiKey | undefined> {
  let query = db.updateTable('api_keys').set({ revoked_at: at }).where('uuid', '=', keyUuid).where('revoked_at', 'is', null);
  if (storeId !== null) query = query.where('store_id', '=', storeId);
  const row = await query.returningAll().executeTakeFirst();
  return row === undefined ? undefined : toApiKey(row);
}

/** Revokes every live key a console user made; returns their ids (so caches can forget them). */
export async function revokeKeysCreatedBy(db: Kysely<DB>, storeId: number, userId: number, at: Date): Promise<number[]> {
  const rows = await db.updateTable('api_keys').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('created_by_user_id', '=', userId).where('revoked_at', 'is', null)
    .returning('id').execute();
  return rows.map((row) => row.id);
}
