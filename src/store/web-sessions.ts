import type { Kysely } from 'kysely';
import type { SessionGrant, WebSession } from '../domain/access/web-session.js';
import type { DB } from './schema.js';
import { withWebTables } from './web-tables.js';

// Sessions of the web pages. The token itself is never stored: only its SHA-256.
// Lookup by token hash is global (the token names its store), like api_keys.key_hash.

export async function insertSession(
  db: Kysely<DB>,
  input: { storeId: number; kind: 'console' | 'portal'; tokenHash: string; userId: number | null; customerId: number | null; orderId: number | null; apiKeyId: number; expiresAt: Date },
): Promise<WebSession> {
  const row = await withWebTables(db).insertInto('web_sessions').values({
    store_id: input.storeId, kind: input.kind, token_hash: input.tokenHash, user_id: input.userId,
    customer_id: input.customerId, order_id: input.orderId, api_key_id: input.apiKeyId, expires_at: input.expiresAt,
  }).returningAll().executeTakeFirstOrThrow();
  return {
    id: row.id, storeId: row.store_id, kind: row.kind, userId: row.user_id, customerId: row.customer_id,
    orderId: row.order_id, apiKeyId: row.api_key_id, expiresAt: row.expires_at,
  };
}

export async function findSessionByHash(db: Kysely<DB>, kind: 'console' | 'portal', tokenHash: string): Promise<SessionGrant | undefined> {
  const row = await withWebTables(db).selectFrom('web_sessions')
    .innerJoin('api_keys', 'api_keys.id', 'web_sessions.api_key_id')
    .leftJoin('users', (join) => join.onRef('users.id', '=', 'web_sessions.user_id').onRef('users.store_id', '=', 'web_sessions.store_id'))
    .select([
      'web_sessions.id', 'web_sessions.store_id', 'web_sessions.kind', 'web_sessions.user_id', 'web_sessions.customer_id',
      'web_sessions.order_id', 'web_sessions.api_key_id', 'web_sessions.expires_at',
      'api_keys.scopes as key_scopes', 'api_keys.revoked_at as key_revoked_at', 'api_keys.name as key_name',
      'users.uuid as user_uuid', 'users.email as user_email', 'users.name as user_name', 'users.role as user_role', 'users.disabled_at as user_disabled_at',
    ])
    .where('web_sessions.token_hash', '=', tokenHash).where('web_sessions.kind', '=', kind)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const user = row.user_uuid !== null && row.user_email !== null && row.user_name !== null && row.user_role !== null
    ? { uuid: row.user_uuid, email: row.user_email, name: row.user_name, role: row.user_role, disabledAt: row.user_disabled_at }
    : null;
  return {
    id: row.id, storeId: row.store_id, kind: row.kind, userId: row.user_id, customerId: row.customer_id, orderId: row.order_id,
    apiKeyId: row.api_key_id, expiresAt: row.expires_at, user, keyScopes: row.key_scopes, keyRevokedAt: row.key_revoked_at, keyName: row.key_name,
  };
}

export async function deleteSession(db: Kysely<DB>, storeId: number, sessionId: number): Promise<void> {
  await withWebTables(db).deleteFrom('web_sessions').where('store_id', '=', storeId).where('id', '=', sessionId).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, storeId: number, userId: number): Promise<void> {
  await withWebTables(db).deleteFrom('web_sessions').where('store_id', '=', storeId).where('user_id', '=', userId).execute();
}

/** Housekeeping, bounded: expired sessions are refused anyway, this only keeps the table small. */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date, limit: number): Promise<void> {
  const web = withWebTables(db);
  await web.deleteFrom('web_sessions')
    .where('id', 'in', web.selectFrom('web_sessions').select('id').where('expires_at', '<', now).limit(limit))
    .execute();
}

/** The customer-portal key of a customer: one backing key per customer, made on first use. */
export async function findPortalKey(db: Kysely<DB>, storeId: number, customerId: number, name: string): Promise<number | undefined> {
  const row = await db.selectFrom('api_keys').select('id')
    .where('store_id', '=', storeId).where('customer_id', '=', customerId).where('role', '=', 'customer')
    .where('name', '=', name).where('revoked_at', 'is', null)
    .orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}
