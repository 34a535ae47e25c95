import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Upload } from '../domain/claim/upload.js';
import type { DB } from './schema.js';
import { withWebTables, type WebTables } from './web-tables.js';

function toUpload(row: Selectable<WebTables['uploads']>): Upload {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, customerId: row.customer_id, contentType: row.content_type,
    sizeBytes: row.size_bytes, sha256: row.sha256, path: row.path, createdAt: row.created_at,
  };
}

export async function insertUpload(db: Kysely<DB>, input: Omit<Upload, 'id'>): Promise<Upload> {
  const row = await withWebTables(db).insertInto('uploads').values({
    uuid: input.uuid, store_id: input.storeId, customer_id: input.customerId, content_type: input.contentType,
    size_bytes: input.sizeBytes, sha256: input.sha256, path: input.path, created_at: input.createdAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toUpload(row);
}

export async function findUpload(db: Kysely<DB>, storeId: number, uuid: string): Promise<Upload | undefined> {
  const row = await withWebTables(db).selectFrom('uploads').selectAll().where('store_id', '=', storeId).where('uuid', '=', uuid).executeTakeFirst();
  return row === undefined ? undefined : toUpload(row);
}

/** Takes the store's row lock, so two uploads of one store weigh their quota one after the other. */
export async function lockStoreForUpload(trx: Transaction<DB>, storeId: number): Promise<boolean> {
  const row = await trx.selectFrom('stores').select('id').where('id', '=', storeId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Bytes the store's uploads take, and those of one customer (when given). */
export async function sumUploadBytes(db: Kysely<DB>, storeId: number, customerId: number | null): Promise<{ store: number; customer: number }> {
  const row = await withWebTables(db).selectFrom('uploads')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('size_bytes'), sql<number>`0`).as('store'),
      eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('customer_id', '=', customerId ?? -1).then(eb.ref('size_bytes')).else(0).end()), sql<number>`0`).as('customer'),
    ])
    .where('store_id', '=', storeId)
    .executeTakeFirstOrThrow();
  return { store: Number(row.store), customer: Number(row.customer) };
}

/**
 * Uploads created before `before` that no attachment and no message of their store names
 * (their URL ends in the upload's uuid), at most `limit` of them.
 */
export async function listUnattachedUploads(db: Kysely<DB>, before: Date, limit: number): Promise<Upload[]> {
  const rows = await withWebTables(db).selectFrom('uploads as u').selectAll('u')
    .where('u.created_at', '<', before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('attachments as a').select('a.id')
      .whereRef('a.store_id', '=', 'u.store_id').where(sql<boolean>`a.url like '%/uploads/' || u.uuid::text`))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('messages as m').select('m.id')
      .whereRef('m.store_id', '=', 'u.store_id').where(sql<boolean>`m.attachments::text like '%/uploads/' || u.uuid::text || '%'`))))
    .orderBy('u.id').limit(limit)
    .execute();
  return rows.map(toUpload);
}

export async function deleteUploads(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await withWebTables(db).deleteFrom('uploads').where('id', 'in', ids).execute();
}
