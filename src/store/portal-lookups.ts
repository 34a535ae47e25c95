import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import { withWebTables } from './web-tables.js';

// Failed attempts — order lookups in the customer portal, sign-ins to the console — counted
// per store and client (an IP address, an order number, an email) over a sliding window.
// Kept in the database so every process shares the count.

export async function countFailedLookups(db: Kysely<DB>, storeId: number, clients: readonly string[], since: Date): Promise<number> {
  const row = await withWebTables(db).selectFrom('portal_lookups')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('store_id', '=', storeId).where('client', 'in', clients).where('failed_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function recordFailedLookup(db: Kysely<DB>, storeId: number, clients: readonly string[], at: Date): Promise<void> {
  await withWebTables(db).insertInto('portal_lookups').values(clients.map((client) => ({ store_id: storeId, client, failed_at: at }))).execute();
}

export async function deleteOldLookups(db: Kysely<DB>, storeId: number, before: Date): Promise<void> {
  await withWebTables(db).deleteFrom('portal_lookups').where('store_id', '=', storeId).where('failed_at', '<', before).execute();
}
