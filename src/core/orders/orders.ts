import type { Actor } from '../../domain/actor.js';
import type { FulfillmentStatus } from '../../domain/claim/lines.js';
import type { OrderItem, OrderRef, OrderWithItems } from '../../domain/order.js';
import { refuse } from '../../domain/refusal.js';
import * as orders from '../../store/orders.js';
import * as stores from '../../store/stores.js';
import { authorize, customerScope, storeOf } from '../access.js';
import type { Core } from '../core.js';

export interface ImportOrderInput {
  storeId?: number;
  number: string;
  externalId?: string;
  currency: string;
  placedAt: Date;
  customer: { email: string; firstName: string; lastName: string; phone?: string; externalId?: string };
  shippingAmountMinor: number;
  items: Array<{
    sku: string; name: string; quantity: number; unitPriceMinor: number; taxRate?: number;
    externalId?: string; packageItem?: string; fulfillmentStatus?: FulfillmentStatus; trackingNumber?: string;
  }>;
}

/** Imports an order with its customer (matched by email within the store) and items. */
export async function importOrder(core: Core, actor: Actor, input: ImportOrderInput): Promise<OrderWithItems> {
  authorize(actor, 'orders.import');
  const storeId = storeOf(actor, input.storeId);
  const store = await stores.findStore(core.db, storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });
  if (input.items.length === 0) refuse({ code: 'invalid_input', message: 'an order needs at least one item', path: '/items' });
  const itemsAmountMinor = input.items.reduce((total, item) => total + item.quantity * item.unitPriceMinor, 0);
  const totalAmountMinor = itemsAmountMinor + input.shippingAmountMinor;
  if (!Number.isSafeInteger(totalAmountMinor)) refuse({ code: 'invalid_input', message: 'order total is too large', path: '/items' });
  const now = core.clock();

  return core.db.transaction().execute(async (trx) => {
    const customer = await orders.upsertCustomer(trx, storeId, {
      uuid: core.newId(), email: input.customer.email, firstName: input.customer.firstName,
      lastName: input.customer.lastName, phone: input.customer.phone ?? null, externalId: input.customer.externalId ?? null,
    });
    const inserted = await orders.insertOrder(trx, {
      uuid: core.newId(), storeId, number: input.number, externalId: input.externalId ?? null,
      currency: input.currency.toUpperCase(), placedAt: input.placedAt, customerId: customer.id,
      itemsAmountMinor, shippingAmountMinor: input.shippingAmountMinor, totalAmountMinor,
    }, input.items.map((item, index) => {
      const fulfillmentStatus = item.fulfillmentStatus ?? 'unfulfilled';
      return {
        uuid: core.newId(), position: index + 1, sku: item.sku, name: item.name, quantity: item.quantity,
        unitPriceMinor: item.unitPriceMinor, taxRate: item.taxRate ?? null, externalId: item.externalId ?? null,
        packageItem: item.packageItem ?? null, fulfillmentStatus, trackingNumber: item.trackingNumber ?? null,
        shippedAt: fulfillmentStatus === 'unfulfilled' ? null : now,
        deliveredAt: fulfillmentStatus === 'delivered' ? now : null,
      };
    }));
    if (inserted === undefined) refuse({ code: 'conflict', entity: 'order', message: `order ${input.number} already exists in this store` });
    return { customer, items: inserted.items, ...inserted.order };
  });
}

export type OrderLookup = OrderRef;

/** An order the actor may see: its store's, and for a customer key only its own. */
export async function getOrder(core: Core, actor: Actor, ref: OrderLookup): Promise<OrderWithItems> {
  authorize(actor, 'orders.read');
  const storeId = storeOf(actor, undefined);
  const order = await orders.findOrder(core.db, storeId, ref);
  const ownCustomer = customerScope(actor);
  if (order === undefined || (ownCustomer !== undefined && order.customerId !== ownCustomer)) {
    refuse({ code: 'not_found', entity: 'order', id: 'id' in ref ? ref.id : JSON.stringify(ref) });
  }
  const [items, customers] = await Promise.all([
    orders.listOrderItems(core.db, storeId, [order.id]),
    orders.findCustomers(core.db, storeId, [order.customerId]),
  ]);
  const customer = customers[0];
  if (customer === undefined) throw new Error(`order ${order.id} has no customer row`);
  return { customer, items, ...order };
}

export async function listOrders(
  core: Core, actor: Actor, page: { limit: number; after?: { createdAt: Date; id: number } },
): Promise<OrderWithItems[]> {
  authorize(actor, 'orders.read');
  const storeId = storeOf(actor, undefined);
  const found = await orders.listOrders(core.db, storeId, { customerId: customerScope(actor), ...page });
  const [items, customers] = await Promise.all([
    orders.listOrderItems(core.db, storeId, found.map((order) => order.id)),
    orders.findCustomers(core.db, storeId, [...new Set(found.map((order) => order.customerId))]),
  ]);
  return found.map((order) => {
    const customer = customers.find((candidate) => candidate.id === order.customerId);
    if (customer === undefined) throw new Error(`order ${order.id} has no customer row`);
    return { customer, items: items.filter((item) => item.orderId === order.id), ...order };
  });
}

export interface UpdateOrderItemInput {
  fulfillmentStatus?: FulfillmentStatus;
  trackingNumber?: string | null;
  packageItem?: string | null;
}

/** Records fulfilment progress; the timestamps follow the status so windows can be judged later. */
export async function updateOrderItem(
  core: Core, actor: Actor, orderId: number, itemId: number, input: UpdateOrderItemInput,
): Promise<OrderItem> {
  authorize(actor, 'orders.import');
  const storeId = storeOf(actor, undefined);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    const order = await orders.lockOrder(trx, storeId, orderId);
    if (order === undefined) refuse({ code: 'not_found', entity: 'order', id: orderId });
    const current = await orders.findOrderItem(trx, storeId, itemId);
    if (current === undefined || current.orderId !== order.id) refuse({ code: 'not_found', entity: 'order_item', id: itemId });
    const status = input.fulfillmentStatus;
    const updated = await orders.updateOrderItem(trx, storeId, order.id, itemId, {
      fulfillmentStatus: status,
      trackingNumber: input.trackingNumber ?? undefined,
      packageItem: input.packageItem ?? undefined,
      shippedAt: status !== undefined && status !== 'unfulfilled' && current.shippedAt === null ? now : undefined,
      deliveredAt: status === 'delivered' && current.deliveredAt === null ? now : undefined,
    }, now);
    if (updated === undefined) refuse({ code: 'not_found', entity: 'order_item', id: itemId });
    return updated;
  });
}
