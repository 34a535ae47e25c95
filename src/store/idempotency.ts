import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

// An Idempotency-Key row is first a lease (status_code 0) taken before the request runs,
// then the stored response. The lease stops a concurrent twin from running the request too.
// An answer that carried a secret is kept only as a withheld mark (status_code 1, its
// Location header, no body): the secret never reaches this table.

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  expiresAt: Date;
}

export const LEASE_STATUS = 0;
export const WITHHELD_STATUS = 1;

export async function findStoredResponse(db: Kysely<DB>, apiKeyId: number, key: string): Promise<StoredResponse | undefined> {
  const row = await db.selectFrom('idempotency_keys').selectAll()
    .where('api_key_id', '=', apiKeyId).where('key', '=', key).executeTakeFirst();
  if (row === undefined) return undefined;
  return { requestHash: row.request_hash, statusCode: row.status_code, headers: row.headers, body: row.body, expiresAt: row.expires_at };
}

/** Takes the lease for a key; false when another request holds it or already answered. */
export async function leaseKey(db: Kysely<DB>, apiKeyId: number, key: string, requestHash: string, leaseUntil: Date): Promise<boolean> {
  const result = await db.insertInto('idempotency_keys').values({
    api_key_id: apiKeyId, key, request_hash: requestHash, status_code: LEASE_STATUS,
    headers: '{}', body: '', expires_at: leaseUntil,
  }).onConflict((conflict) => conflict.columns(['api_key_id', 'key']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function storeResponse(db: Kysely<DB>, apiKeyId: number, key: string, response: StoredResponse): Promise<void> {
  await db.updateTable('idempotency_keys').set({
    status_code: response.statusCode, headers: JSON.stringify(response.headers), body: response.body, expires_at: response.expiresAt,
  }).where('api_key_id', '=', apiKeyId).where('key', '=', key).where('request_hash', '=', response.requestHash).execute();
}

export async function deleteKey(db: Kysely<DB>, apiKeyId: number, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('api_key_id', '=', apiKeyId).where('key', '=', key).execute();
}

/** Removes expired keys in bounded batches; returns how many went. */
export async function deleteExpiredKeys(db: Kysely<DB>, now: Date, limit: number): Promise<number> {
  const result = await sql`
    DELETE FROM idempotency_keys WHERE (api_key_id, key) IN (
      SELECT api_key_id, key FROM idempotency_keys WHERE expires_at < ${now} LIMIT ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
