import { sql, type Kysely, type Selectable } from 'kysely';
import type { User, UserRole } from '../domain/access/user.js';
import type { DB } from './schema.js';
import { withWebTables, type WebTables } from './web-tables.js';

type UserRow = Selectable<WebTables['users']>;

function toUser(row: UserRow): User {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, email: row.email, name: row.name, role: row.role,
    apiKeyId: row.api_key_id, disabledAt: row.disabled_at, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Inserts a user; undefined when the store already has one with that email. */
export async function insertUser(
  db: Kysely<DB>,
  input: { uuid: string; storeId: number; email: string; name: string; role: UserRole; passwordHash: string; apiKeyId: number },
): Promise<User | undefined> {
  const row = await withWebTables(db).insertInto('users').values({
    uuid: input.uuid, store_id: input.storeId, email: input.email, name: input.name, role: input.role,
    password_hash: input.passwordHash, api_key_id: input.apiKeyId,
  }).onConflict((conflict) => conflict.expression(sql`store_id, lower(email)`).doNothing())
    .returningAll().executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

export async function findUserByEmail(db: Kysely<DB>, storeId: number, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await withWebTables(db).selectFrom('users').selectAll()
    .where('store_id', '=', storeId).where((eb) => eb(eb.fn('lower', [eb.ref('email')]), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row === undefined ? undefined : { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUser(db: Kysely<DB>, storeId: number, userUuid: string): Promise<User | undefined> {
  const row = await withWebTables(db).selectFrom('users').selectAll().where('store_id', '=', storeId).where('uuid', '=', userUuid).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

export async function findUserById(db: Kysely<DB>, storeId: number, userId: number): Promise<User | undefined> {
  const row = await withWebTables(db).selectFrom('users').selectAll().where('store_id', '=', storeId).where('id', '=', userId).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

export async function listUsers(db: Kysely<DB>, storeId: number, limit: number): Promise<User[]> {
  const rows = await withWebTables(db).selectFrom('users').selectAll().where('store_id', '=', storeId).orderBy('id').limit(limit).execute();
  return rows.map(toUser);
}

export async function updateUser(
  db: Kysely<DB>, storeId: number, userId: number,
  patch: { name?: string; role?: UserRole; passwordHash?: string; disabledAt?: Date | null }, at: Date,
): Promise<User | undefined> {
  const row = await withWebTables(db).updateTable('users').set({
    ...(patch.name === undefined ? {} : { name: patch.name }),
    ...(patch.role === undefined ? {} : { role: patch.role }),
    ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
    ...(patch.disabledAt === undefined ? {} : { disabled_at: patch.disabledAt }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', userId).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/**
 * Locks the store's active owners and returns their ids, in id order so two owner changes at
 * once wait for each other instead of both finding the other still there.
 */
export async function lockActiveOwners(db: Kysely<DB>, storeId: number): Promise<number[]> {
  const rows = await withWebTables(db).selectFrom('users').select('id')
    .where('store_id', '=', storeId).where('role', '=', 'owner').where('disabled_at', 'is', null)
    .orderBy('id').forUpdate().execute();
  return rows.map((row) => row.id);
}

/** A user's backing key carries its role's scopes; a role change rewrites them. */
export async function setBackingKeyScopes(db: Kysely<DB>, storeId: number, apiKeyId: number, scopes: readonly string[]): Promise<void> {
  await db.updateTable('api_keys').set({ scopes: JSON.stringify(scopes) }).where('store_id', '=', storeId).where('id', '=', apiKeyId).execute();
}

export async function isBackingKeyRevoked(db: Kysely<DB>, storeId: number, apiKeyId: number): Promise<boolean> {
  const row = await db.selectFrom('api_keys').select('revoked_at').where('store_id', '=', storeId).where('id', '=', apiKeyId).executeTakeFirst();
  return row === undefined || row.revoked_at !== null;
}

/** Points a user at a new backing key (its old one was revoked). */
export async function setBackingKey(db: Kysely<DB>, storeId: number, userId: number, apiKeyId: number): Promise<User> {
  const row = await withWebTables(db).updateTable('users').set({ api_key_id: apiKeyId })
    .where('store_id', '=', storeId).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
  return toUser(row);
}

/**
 * The codes of the stores that have a user with this email (at most `limit`). The one query
 * of users across stores: a door's login names the user by email alone, so the store is
 * found from it (and the caller refuses when the email is in several).
 */
export async function storeCodesOfEmail(db: Kysely<DB>, email: string, limit: number): Promise<string[]> {
  const rows = await withWebTables(db).selectFrom('users').innerJoin('stores', 'stores.id', 'users.store_id').select('stores.code')
    .where((eb) => eb(eb.fn('lower', [eb.ref('users.email')]), '=', email.toLowerCase()))
    .orderBy('stores.id').limit(limit).execute();
  return rows.map((row) => row.code);
}
