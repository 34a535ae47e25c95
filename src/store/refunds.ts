import { type Kysely, type Transaction } from 'kysely';
import type { ParcelTracking, Refund, RefundFilter, RefundRef } from '../domain/refund/refund.js';
import { RELEASED_REFUND_STATUSES } from '../domain/refund/status.js';
import type { DB, RefundRow } from './schema.js';

export function toRefund(row: RefundRow): Refund {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, claimId: row.claim_id, orderId: row.order_id,
    amountMinor: row.amount_minor, currency: row.currency, status: row.status, method: row.method,
    reason: row.reason, responseReason: row.response_reason, requester: row.requester, needsReturn: row.needs_return,
    createdAt: row.created_at, updatedAt: row.updated_at, approvedAt: row.approved_at, processingAt: row.processing_at,
    issuedAt: row.issued_at, deniedAt: row.denied_at, cancelledAt: row.cancelled_at,
  };
}

/** Σ refunds on an order that still promise money. Call it under the order's row lock. */
export async function sumPromisedMinor(trx: Transaction<DB>, storeId: number, orderId: number): Promise<number> {
  const row = await trx.selectFrom('refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.val(0)).as('total'))
    .where('store_id', '=', storeId).where('order_id', '=', orderId)
    .where('status', 'not in', RELEASED_REFUND_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function insertRefund(trx: Transaction<DB>, refund: Omit<Refund, 'id' | 'updatedAt'>): Promise<Refund> {
  const row = await trx.insertInto('refunds').values({
    store_id: refund.storeId, uuid: refund.uuid, claim_id: refund.claimId, order_id: refund.orderId,
    amount_minor: refund.amountMinor, currency: refund.currency, status: refund.status, method: refund.method,
    reason: refund.reason, response_reason: refund.responseReason, requester: refund.requester, needs_return: refund.needsReturn,
    created_at: refund.createdAt, updated_at: refund.createdAt, approved_at: refund.approvedAt, processing_at: refund.processingAt,
    issued_at: refund.issuedAt, denied_at: refund.deniedAt, cancelled_at: refund.cancelledAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toRefund(row);
}

export async function findRefund(db: Kysely<DB>, storeId: number, ref: RefundRef): Promise<Refund | undefined> {
  let query = db.selectFrom('refunds').selectAll().where('store_id', '=', storeId);
  query = 'id' in ref ? query.where('id', '=', ref.id) : query.where('uuid', '=', ref.uuid);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toRefund(row);
}

export async function lockRefund(trx: Transaction<DB>, storeId: number, refundId: number): Promise<Refund | undefined> {
  const row = await trx.selectFrom('refunds').selectAll().where('store_id', '=', storeId).where('id', '=', refundId).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : toRefund(row);
}

export async function updateRefund(
  trx: Transaction<DB>, storeId: number, refundId: number,
  patch: Partial<Pick<Refund, 'status' | 'responseReason' | 'approvedAt' | 'processingAt' | 'issuedAt' | 'deniedAt' | 'cancelledAt'>>, at: Date,
): Promise<Refund> {
  const row = await trx.updateTable('refunds').set({
    ...(patch.status === undefined ? {} : { status: patch.status }),
    ...(patch.responseReason === undefined ? {} : { response_reason: patch.responseReason }),
    ...(patch.approvedAt === undefined ? {} : { approved_at: patch.approvedAt }),
    ...(patch.processingAt === undefined ? {} : { processing_at: patch.processingAt }),
    ...(patch.issuedAt === undefined ? {} : { issued_at: patch.issuedAt }),
    ...(patch.deniedAt === undefined ? {} : { denied_at: patch.deniedAt }),
    ...(patch.cancelledAt === undefined ? {} : { cancelled_at: patch.cancelledAt }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', refundId).returningAll().executeTakeFirstOrThrow();
  return toRefund(row);
}

export async function listRefundsOfClaims(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<Refund[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('refunds').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', [...claimIds]).orderBy('id').execute();
  return rows.map(toRefund);
}

/** Refunds of a store by id ascending, offset-paged (Refunds v2 style), within the caller's limit. */
export async function listRefunds(db: Kysely<DB>, storeId: number, filter: RefundFilter, page: { offset: number; limit: number }): Promise<Refund[]> {
  const rows = await refundPage(db, storeId, filter, page).selectAll('refunds').execute();
  return rows.map(toRefund);
}

/** As listRefunds, each refund with the tracking of its claim's return parcel, joined in the same statement. */
export async function listRefundsWithTracking(
  db: Kysely<DB>, storeId: number, filter: RefundFilter, page: { offset: number; limit: number },
): Promise<Array<{ refund: Refund; tracking: ParcelTracking | null }>> {
  // A claim has at most one parcel (return_shipments.claim_id is unique), so the join adds no rows.
  const rows = await refundPage(db, storeId, filter, page)
    .leftJoin('return_shipments as parcel', (join) => join.onRef('parcel.store_id', '=', 'refunds.store_id').onRef('parcel.claim_id', '=', 'refunds.claim_id'))
    .selectAll('refunds')
    .select(['parcel.id as parcel_id', 'parcel.carrier as parcel_carrier', 'parcel.tracking_number as parcel_tracking_number', 'parcel.updated_at as parcel_updated_at'])
    .execute();
  // toRefund reads only the refund's columns, so the row is passed whole rather than copied without the parcel's.
  return rows.map((row) => ({
    refund: toRefund(row),
    tracking: row.parcel_id === null || row.parcel_updated_at === null
      ? null : { carrier: row.parcel_carrier, trackingNumber: row.parcel_tracking_number, updatedAt: row.parcel_updated_at },
  }));
}

function refundPage(db: Kysely<DB>, storeId: number, filter: RefundFilter, page: { offset: number; limit: number }) {
  let query = db.selectFrom('refunds').where('refunds.store_id', '=', storeId);
  if (filter.orderIds !== undefined) query = query.where('refunds.order_id', 'in', filter.orderIds.length === 0 ? [-1] : [...filter.orderIds]);
  if (filter.statuses !== undefined && filter.statuses.length > 0) query = query.where('refunds.status', 'in', [...filter.statuses]);
  if (filter.valid !== undefined) query = query.where('refunds.status', filter.valid ? '<>' : '=', 'cancelled');
  if (filter.customerId !== undefined) {
    const customerId = filter.customerId;
    query = query.where('refunds.order_id', 'in', (eb) => eb.selectFrom('orders').select('orders.id').where('orders.store_id', '=', storeId).where('orders.customer_id', '=', customerId));
  }
  if (page.offset > 0) {
    // OFFSET as keyset: the page's first id comes from the (store_id, id) index, then 20 rows from there.
    const first = query.select('refunds.id').orderBy('refunds.id', 'asc').offset(page.offset).limit(1);
    query = query.where('refunds.id', '>=', first);
  }
  return query.orderBy('refunds.id', 'asc').limit(page.limit);
}
