import { sql, type Kysely, type Transaction } from 'kysely';
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

/**
 * A page of a claim's history. `customerView` leaves out, in the query (so a page is never
 * cut short by what is hidden), the event types a customer never sees and internal messages.
 */
export async function listClaimEvents(
  db: Kysely<DB>, storeId: number, claimId: number, page: { afterId: number; limit: number; customerView?: { hiddenTypes: readonly string[] } },
): Promise<ClaimEvent[]> {
  let query = db.selectFrom('events').selectAll()
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).where('id', '>', page.afterId);
  if (page.customerView !== undefined) {
    if (page.customerView.hiddenTypes.length > 0) query = query.where('type', 'not in', [...page.customerView.hiddenTypes]);
    query = query.where(sql<boolean>`NOT (type = 'message.created' AND coalesce(data->>'internal', 'false') = 'true')`);
  }
  const rows = await query.orderBy('id').limit(page.limit).execute();
  return rows.map(toEvent);
}
