import type { Kysely, Transaction } from 'kysely';
import type { ClaimEvent, NewEvent } from '../domain/claim/event.js';
import type { DB, EventRow } from './schema.js';

const toEvent = (row: EventRow): ClaimEvent => ({
  id: row.id, uuid: row.uuid, storeId: row.store_id, claimId: row.claim_id, type: row.type,
  actor: row.actor, data: row.data, createdAt: row.created_at,
});

/** Appends immutable facts in the caller's transaction: they commit with the change or not at all. */
export async function appendEvents(trx: Transaction<DB>, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx.insertInto('events').values(events.map((event) => ({
    store_id: event.storeId, uuid: event.uuid, claim_id: event.claimId, type: event.type,
    actor: JSON.stringify(event.actor), data: JSON.stringify(event.data), created_at: event.createdAt,
  }))).execute();
}

export async function listClaimEvents(db: Kysely<DB>, storeId: number, claimId: number, page: { afterId: number; limit: number }): Promise<ClaimEvent[]> {
  const rows = await db.selectFrom('events').selectAll()
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).where('id', '>', page.afterId)
    .orderBy('id').limit(page.limit).execute();
  return rows.map(toEvent);
}
