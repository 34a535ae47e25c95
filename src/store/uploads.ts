import type { Kysely, Selectable } from 'kysely';
import type { Upload } from '../domain/claim/upload.js';
import type { DB } from './schema.js';
import { withWebTables, type WebTables } from './web-tables.js';

function toUpload(row: Selectable<WebTables['uploads']>): Upload {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, customerId: row.customer_id, contentType: row.content_type,
    sizeBytes: row.size_bytes, sha256: row.sha256, path: row.path, createdAt: row.created_at,
  };
}

export async function insertUpload(db: Kysely<DB>, input: Omit<Upload, 'id' | 'createdAt'>): Promise<Upload> {
  const row = await withWebTables(db).insertInto('uploads').values({
    uuid: input.uuid, store_id: input.storeId, customer_id: input.customerId, content_type: input.contentType,
    size_bytes: input.sizeBytes, sha256: input.sha256, path: input.path,
  }).returningAll().executeTakeFirstOrThrow();
  return toUpload(row);
}

export async function findUpload(db: Kysely<DB>, storeId: number, uuid: string): Promise<Upload | undefined> {
  const row = await withWebTables(db).selectFrom('uploads').selectAll().where('store_id', '=', storeId).where('uuid', '=', uuid).executeTakeFirst();
  return row === undefined ? undefined : toUpload(row);
}
