import { sql, type Kysely, type SqlBool } from 'kysely';
import type { ApiKey } from '../domain/access/api-key.js';
import type { Creator } from '../domain/actor.js';
import type { UserRole } from '../domain/access/user.js';
import type { ApiKeyRow, DB } from './schema.js';
import { withWebTables, type WebTables } from './web-tables.js';

type KeyRow = ApiKeyRow & { user_uuid: string | null; user_role: UserRole | null; backs_user: SqlBool | null };

function toApiKey(row: KeyRow): ApiKey {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, role: row.role, customerId: row.customer_id,
    scopes: row.scopes, name: row.name, keyPrefix: row.key_prefix, expiresAt: row.expires_at,
    revokedAt: row.revoked_at, createdAt: row.created_at, userId: row.user_id, userUuid: row.user_uuid, userRole: row.user_role,
    backsUser: row.backs_user === true || row.backs_user === 1,
  };
}

/**
 * The uuid and role of the user a key acts as, read beside the key's own columns. A write
 * returns the key through a CTE (`written`) read by a select, since Citus takes no subquery
 * in the RETURNING of a write to a reference table.
 */
function userOf(table: 'api_keys' | 'written') {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  return [
    sql<string | null>`(SELECT users.uuid FROM users WHERE users.id = ${column('user_id')})`.as('user_uuid'),
    sql<UserRole | null>`(SELECT users.role FROM users WHERE users.id = ${column('user_id')})`.as('user_role'),
    sql<SqlBool>`EXISTS (SELECT 1 FROM users WHERE users.store_id = ${column('store_id')} AND users.api_key_id = ${column('id')})`.as('backs_user'),
  ];
}

/** Runs a write of api_keys that returns its rows, and reads them back with their users. */
async function writeKeys(
  db: Kysely<DB>,
  write: (db: Kysely<DB & WebTables>) => { returningAll(): unknown },
): Promise<KeyRow[]> {
  const withTables = withWebTables(db);
  return withTables.with('written', () => write(withTables).returningAll() as never)
    .selectFrom('written').selectAll('written').select(userOf('written')).execute() as Promise<KeyRow[]>;
}

export async function insertApiKey(
  db: Kysely<DB>,
  input: {
    uuid: string; storeId: number | null; role: ApiKey['role']; customerId: number | null;
    scopes: string[]; name: string | null; keyHash: string; keyPrefix: string; expiresAt: Date | null;
    createdBy?: Creator;
    userId?: number | null;
  },
): Promise<ApiKey> {
  const [row] = await writeKeys(db, (tables) => tables.insertInto('api_keys').values({
    uuid: input.uuid, store_id: input.storeId, role: input.role, customer_id: input.customerId,
    scopes: JSON.stringify(input.scopes), name: input.name, key_hash: input.keyHash,
    key_prefix: input.keyPrefix, expires_at: input.expiresAt,
    created_by_key_id: input.createdBy?.keyId ?? null, created_by_user_id: input.createdBy?.userId ?? null,
    user_id: input.userId ?? null,
  }));
  if (row === undefined) throw new Error('the key was not written');
  return toApiKey(row);
}

/** Looks a key up by the hash of its secret; the secret itself is never stored. */
export async function findApiKeyByHash(db: Kysely<DB>, keyHash: string): Promise<(ApiKey & { keyHash: string }) | undefined> {
  const row = await withWebTables(db).selectFrom('api_keys').selectAll('api_keys').select(userOf('api_keys')).where('key_hash', '=', keyHash).executeTakeFirst();
  return row === undefined ? undefined : { ...toApiKey(row), keyHash: row.key_hash };
}

export async function listApiKeys(db: Kysely<DB>, storeId: number | null): Promise<ApiKey[]> {
  let query = withWebTables(db).selectFrom('api_keys').selectAll('api_keys').select(userOf('api_keys')).orderBy('id').limit(1000);
  if (storeId !== null) query = query.where('store_id', '=', storeId);
  return (await query.execute()).map(toApiKey);
}

export async function revokeApiKey(db: Kysely<DB>, storeId: number | null, keyUuid: string, at: Date): Promise<ApiKey | undefined> {
  const [row] = await writeKeys(db, (tables) => {
    const query = tables.updateTable('api_keys').set({ revoked_at: at }).where('uuid', '=', keyUuid).where('revoked_at', 'is', null);
    return storeId === null ? query : query.where('store_id', '=', storeId);
  });
  return row === undefined ? undefined : toApiKey(row);
}

/** Revokes one live key a user's login issued (a logout); undefined when that key is not one. */
export async function revokeLoginToken(db: Kysely<DB>, storeId: number, keyId: number, at: Date): Promise<ApiKey | undefined> {
  const [row] = await writeKeys(db, (tables) => tables.updateTable('api_keys').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('id', '=', keyId).where('user_id', 'is not', null).where('revoked_at', 'is', null));
  return row === undefined ? undefined : toApiKey(row);
}

/** Revokes every live login token of a user; returns the revoked keys' ids. */
export async function revokeUserLoginTokens(db: Kysely<DB>, storeId: number, userId: number, at: Date): Promise<number[]> {
  const rows = await db.updateTable('api_keys').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('user_id', '=', userId).where('revoked_at', 'is', null)
    .returning('id').execute();
  return rows.map((row) => row.id);
}

/** Revokes every live key a console user made; returns their ids (so caches can forget them). */
export async function revokeKeysCreatedBy(db: Kysely<DB>, storeId: number, userId: number, at: Date): Promise<number[]> {
  const rows = await db.updateTable('api_keys').set({ revoked_at: at })
    .where('store_id', '=', storeId).where('created_by_user_id', '=', userId).where('revoked_at', 'is', null)
    .returning('id').execute();
  return rows.map((row) => row.id);
}
