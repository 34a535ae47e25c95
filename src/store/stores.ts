import type { Kysely } from 'kysely';
import type { Store } from '../domain/store.js';
import type { DB, StoreRow } from './schema.js';

function toStore(row: StoreRow): Store {
  return {
    id: row.id, uuid: row.uuid, code: row.code, name: row.name, currency: row.currency,
    languages: row.languages, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export async function insertStore(
  db: Kysely<DB>, input: { uuid: string; code: string; name: string; currency: string; languages: string[] },
): Promise<Store | undefined> {
  const row = await db.insertInto('stores')
    .values({ ...input, languages: JSON.stringify(input.languages) })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toStore(row);
}

export async function findStore(db: Kysely<DB>, storeId: number): Promise<Store | undefined> {
  const row = await db.selectFrom('stores').selectAll().where('id', '=', storeId).executeTakeFirst();
  return row === undefined ? undefined : toStore(row);
}

export async function findStoreByCode(db: Kysely<DB>, code: string): Promise<Store | undefined> {
  const row = await db.selectFrom('stores').selectAll().where('code', '=', code).executeTakeFirst();
  return row === undefined ? undefined : toStore(row);
}

export async function listStores(db: Kysely<DB>, options: { afterId: number; limit: number }): Promise<Store[]> {
  const rows = await db.selectFrom('stores').selectAll()
    .where('id', '>', options.afterId).orderBy('id').limit(options.limit).execute();
  return rows.map(toStore);
}
