import { sql, type Kysely, type Transaction } from 'kysely';
import type { Customer, Order, OrderItem, OrderRef } from '../domain/order.js';
import type { CustomerRow, DB, OrderItemRow, OrderRow } from './schema.js';

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, email: row.email, firstName: row.first_name,
    lastName: row.last_name, phone: row.phone, externalId: row.external_id,
  };
}

export function toOrder(row: OrderRow): Order {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, number: row.number, externalId: row.external_id,
    currency: row.currency, placedAt: row.placed_at, customerId: row.customer_id,
    itemsAmountMinor: row.items_amount_minor, shippingAmountMinor: row.shipping_amount_minor,
    totalAmountMinor: row.total_amount_minor, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export function toOrderItem(row: OrderItemRow): OrderItem {
  return {
    id: row.id, uuid: row.uuid, orderId: row.order_id, position: row.position, sku: row.sku, name: row.name,
    quantity: row.quantity, unitPriceMinor: row.unit_price_minor, taxRate: row.tax_rate,
    externalId: row.external_id, packageItem: row.package_item, fulfillmentStatus: row.fulfillment_status,
    trackingNumber: row.tracking_number, shippedAt: row.shipped_at, deliveredAt: row.delivered_at,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Finds the store's customer by email (case-insensitive) or creates it; concurrent imports meet on the unique index. */
export async function upsertCustomer(
  trx: Transaction<DB>, storeId: number,
  input: { uuid: string; email: string; firstName: string; lastName: string; phone: string | null; externalId: string | null },
): Promise<Customer> {
  await trx.insertInto('customers').values({
    store_id: storeId, uuid: input.uuid, email: input.email, first_name: input.firstName,
    last_name: input.lastName, phone: input.phone, external_id: input.externalId,
  }).onConflict((conflict) => conflict.expression(sql`store_id, lower(email)`).doNothing()).execute();
  const row = await trx.selectFrom('customers').selectAll()
    .where('store_id', '=', storeId).where(sql`lower(email)`, '=', input.email.toLowerCase())
    .executeTakeFirstOrThrow();
  return toCustomer(row);
}

export async function findCustomer(db: Kysely<DB>, storeId: number, customerId: number): Promise<Customer | undefined> {
  const row = await db.selectFrom('customers').selectAll()
    .where('store_id', '=', storeId).where('id', '=', customerId).executeTakeFirst();
  return row === undefined ? undefined : toCustomer(row);
}

export async function insertOrder(
  trx: Transaction<DB>,
  order: Omit<Order, 'id' | 'createdAt' | 'updatedAt'>,
  items: Array<Omit<OrderItem, 'id' | 'orderId' | 'createdAt' | 'updatedAt'>>,
): Promise<{ order: Order; items: OrderItem[] } | undefined> {
  const orderRow = await trx.insertInto('orders').values({
    store_id: order.storeId, uuid: order.uuid, number: order.number, external_id: order.externalId,
    currency: order.currency, placed_at: order.placedAt, customer_id: order.customerId,
    items_amount_minor: order.itemsAmountMinor, shipping_amount_minor: order.shippingAmountMinor,
    total_amount_minor: order.totalAmountMinor,
  }).onConflict((conflict) => conflict.columns(['store_id', 'number']).doNothing())
    .returningAll().executeTakeFirst();
  if (orderRow === undefined) return undefined;
  const itemRows = await trx.insertInto('order_items').values(items.map((item) => ({
    store_id: order.storeId, order_id: orderRow.id, uuid: item.uuid, position: item.position, sku: item.sku,
    name: item.name, quantity: item.quantity, unit_price_minor: item.unitPriceMinor, tax_rate: item.taxRate,
    external_id: item.externalId, package_item: item.packageItem, fulfillment_status: item.fulfillmentStatus,
    tracking_number: item.trackingNumber, shipped_at: item.shippedAt, delivered_at: item.deliveredAt,
  }))).returningAll().execute();
  itemRows.sort((a, b) => a.position - b.position);
  return { order: toOrder(orderRow), items: itemRows.map(toOrderItem) };
}

function whereOrderRef<Q extends { where: (...args: any[]) => Q }>(query: Q, ref: OrderRef): Q {
  if ('id' in ref) return query.where('orders.id', '=', ref.id);
  if ('uuid' in ref) return query.where('orders.uuid', '=', ref.uuid);
  if ('number' in ref) return query.where('orders.number', '=', ref.number);
  return query.where((eb: any) => eb.or([
    eb('orders.external_id', '=', ref.externalIdOrNumber),
    eb.and([eb('orders.external_id', 'is', null), eb('orders.number', '=', ref.externalIdOrNumber)]),
  ]));
}

export async function findOrder(db: Kysely<DB>, storeId: number, ref: OrderRef): Promise<Order | undefined> {
  const row = await whereOrderRef(db.selectFrom('orders').selectAll().where('store_id', '=', storeId), ref)
    .orderBy('id').executeTakeFirst();
  return row === undefined ? undefined : toOrder(row);
}

/** Finds and locks the order a reference names, in one statement (the first by id, as findOrder). */
export async function lockOrderByRef(trx: Transaction<DB>, storeId: number, ref: OrderRef): Promise<Order | undefined> {
  const row = await whereOrderRef(trx.selectFrom('orders').selectAll().where('store_id', '=', storeId), ref)
    .orderBy('id').limit(1).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : toOrder(row);
}

/** Locks the order row: every claim and refund on an order draws on the same goods and money. */
export async function lockOrder(trx: Transaction<DB>, storeId: number, orderId: number): Promise<Order | undefined> {
  const row = await trx.selectFrom('orders').selectAll()
    .where('store_id', '=', storeId).where('id', '=', orderId).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : toOrder(row);
}

export async function listOrderItems(db: Kysely<DB>, storeId: number, orderIds: readonly number[]): Promise<OrderItem[]> {
  if (orderIds.length === 0) return [];
  const rows = await db.selectFrom('order_items').selectAll()
    .where('store_id', '=', storeId).where('order_id', 'in', orderIds).orderBy('order_id').orderBy('position').execute();
  return rows.map(toOrderItem);
}

export async function findOrderItem(db: Kysely<DB>, storeId: number, itemId: number): Promise<OrderItem | undefined> {
  const row = await db.selectFrom('order_items').selectAll()
    .where('store_id', '=', storeId).where('id', '=', itemId).executeTakeFirst();
  return row === undefined ? undefined : toOrderItem(row);
}

/** The store an order item belongs to, for doors that must tell "another store's" (403) from "none" (400). */
export async function findOrderItemStoreId(db: Kysely<DB>, itemId: number): Promise<number | undefined> {
  const row = await db.selectFrom('order_items').select('store_id').where('id', '=', itemId).executeTakeFirst();
  return row?.store_id;
}

/** Customers by id in one query. */
export async function findCustomers(db: Kysely<DB>, storeId: number, ids: readonly number[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('customers').selectAll().where('store_id', '=', storeId).where('id', 'in', ids).execute();
  return rows.map(toCustomer);
}

export async function listOrders(
  db: Kysely<DB>, storeId: number,
  options: { customerId?: number; limit: number; after?: { createdAt: Date; id: number } },
): Promise<Order[]> {
  let query = db.selectFrom('orders').selectAll().where('store_id', '=', storeId);
  if (options.customerId !== undefined) query = query.where('customer_id', '=', options.customerId);
  if (options.after !== undefined) {
    const after = options.after;
    query = query.where((eb) => eb.or([
      eb('created_at', '<', after.createdAt),
      eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
    ]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(toOrder);
}

export async function updateOrderItem(
  trx: Transaction<DB>, storeId: number, orderId: number, itemId: number,
  patch: Partial<Pick<OrderItem, 'fulfillmentStatus' | 'trackingNumber' | 'shippedAt' | 'deliveredAt' | 'packageItem'>>, at: Date,
): Promise<OrderItem | undefined> {
  const row = await trx.updateTable('order_items').set({
    ...(patch.fulfillmentStatus === undefined ? {} : { fulfillment_status: patch.fulfillmentStatus }),
    ...(patch.trackingNumber === undefined ? {} : { tracking_number: patch.trackingNumber }),
    ...(patch.shippedAt === undefined ? {} : { shipped_at: patch.shippedAt }),
    ...(patch.deliveredAt === undefined ? {} : { delivered_at: patch.deliveredAt }),
    ...(patch.packageItem === undefined ? {} : { package_item: patch.packageItem }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('order_id', '=', orderId).where('id', '=', itemId)
    .returningAll().executeTakeFirst();
  return row === undefined ? undefined : toOrderItem(row);
}
