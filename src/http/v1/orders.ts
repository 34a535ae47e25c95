import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getOrder, importOrder, listOrders, updateOrderItem } from '../../core/orders/orders.js';
import type { OrderItem, OrderWithItems } from '../../domain/order.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { AmountMinor, Currency, Cursor, Email, IdParam, iso, Limit, ShortText, withErrors } from './schemas.js';

const FulfillmentStatus = Type.Union([Type.Literal('unfulfilled'), Type.Literal('shipped'), Type.Literal('delivered')]);

const OrderItemSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), sku: Type.String(), name: Type.String(), quantity: Type.Integer(),
  unit_price: Type.Integer(), tax_rate: Type.Union([Type.Number(), Type.Null()]), external_id: Type.Union([Type.String(), Type.Null()]),
  package_item: Type.Union([Type.String(), Type.Null()]), fulfillment_status: Type.String(),
  tracking_number: Type.Union([Type.String(), Type.Null()]), shipped_at: Type.Union([Type.String(), Type.Null()]),
  delivered_at: Type.Union([Type.String(), Type.Null()]),
}, { $id: 'OrderItem' });

const OrderSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), store_id: Type.Integer(), number: Type.String(),
  external_id: Type.Union([Type.String(), Type.Null()]), currency: Type.String(), placed_at: Type.String(),
  customer: Type.Object({
    id: Type.Integer(), uuid: Type.String(), email: Type.String(), first_name: Type.String(), last_name: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]), external_id: Type.Union([Type.String(), Type.Null()]),
  }),
  items: Type.Array(OrderItemSchema),
  items_amount: Type.Integer(), shipping_amount: Type.Integer(), total_amount: Type.Integer(),
  created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'Order' });

const ImportOrderBody = Type.Object({
  store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'admin keys only' })),
  number: Type.String({ minLength: 1, maxLength: 100 }),
  external_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  currency: Currency,
  placed_at: Type.String({ format: 'date-time' }),
  customer: Type.Object({
    email: Email, first_name: ShortText, last_name: ShortText,
    phone: Type.Optional(Type.String({ maxLength: 50 })), external_id: Type.Optional(Type.String({ maxLength: 100 })),
  }, { additionalProperties: false }),
  shipping_amount: AmountMinor,
  items: Type.Array(Type.Object({
    sku: Type.String({ minLength: 1, maxLength: 100 }), name: ShortText,
    quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }), unit_price: AmountMinor,
    tax_rate: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    external_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    package_item: Type.Optional(Type.String({ maxLength: 100 })),
    fulfillment_status: Type.Optional(FulfillmentStatus),
    tracking_number: Type.Optional(Type.String({ maxLength: 100 })),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
}, {
  additionalProperties: false,
  examples: [{
    number: 'A-1001', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z',
    customer: { email: 'jane@example.com', first_name: 'Jane', last_name: 'Doe' }, shipping_amount: 499,
    items: [{ sku: 'TSHIRT-RD', name: 'T-shirt, red', quantity: 2, unit_price: 1999, tax_rate: 20, fulfillment_status: 'delivered' }],
  }],
});

const UpdateItemBody = Type.Object({
  fulfillment_status: Type.Optional(FulfillmentStatus),
  tracking_number: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  package_item: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
}, { additionalProperties: false, minProperties: 1 });

export function renderOrderItem(item: OrderItem) {
  return {
    id: item.id, uuid: item.uuid, sku: item.sku, name: item.name, quantity: item.quantity, unit_price: item.unitPriceMinor,
    tax_rate: item.taxRate, external_id: item.externalId, package_item: item.packageItem,
    fulfillment_status: item.fulfillmentStatus, tracking_number: item.trackingNumber,
    shipped_at: iso(item.shippedAt), delivered_at: iso(item.deliveredAt),
  };
}

export function renderOrder(order: OrderWithItems) {
  return {
    id: order.id, uuid: order.uuid, store_id: order.storeId, number: order.number, external_id: order.externalId,
    currency: order.currency, placed_at: order.placedAt.toISOString(),
    customer: {
      id: order.customer.id, uuid: order.customer.uuid, email: order.customer.email, first_name: order.customer.firstName,
      last_name: order.customer.lastName, phone: order.customer.phone, external_id: order.customer.externalId,
    },
    items: order.items.map(renderOrderItem),
    items_amount: order.itemsAmountMinor, shipping_amount: order.shippingAmountMinor, total_amount: order.totalAmountMinor,
    created_at: order.createdAt.toISOString(), updated_at: order.updatedAt.toISOString(),
  };
}

export const orderRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/orders', {
    schema: { operationId: 'importOrder', tags: ['orders'], summary: 'Import an order (amounts in minor units)', body: ImportOrderBody, response: withErrors({ 201: OrderSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const order = await importOrder(core, request.actor, {
      storeId: body.store_id, number: body.number, externalId: body.external_id, currency: body.currency,
      placedAt: new Date(body.placed_at),
      customer: {
        email: body.customer.email, firstName: body.customer.first_name, lastName: body.customer.last_name,
        phone: body.customer.phone, externalId: body.customer.external_id,
      },
      shippingAmountMinor: body.shipping_amount,
      items: body.items.map((item) => ({
        sku: item.sku, name: item.name, quantity: item.quantity, unitPriceMinor: item.unit_price, taxRate: item.tax_rate,
        externalId: item.external_id, packageItem: item.package_item, fulfillmentStatus: item.fulfillment_status,
        trackingNumber: item.tracking_number,
      })),
    });
    return reply.code(201).header('location', `/v1/orders/${order.id}`).send(renderOrder(order));
  });

  app.get('/orders', {
    schema: {
      operationId: 'listOrders',
      tags: ['orders'], summary: 'List orders, newest first',
      querystring: Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(OrderSchema), next_cursor: Type.Union([Type.String(), Type.Null()]) }) }),
    },
  }, async (request) => {
    const limit = request.query.limit ?? 20;
    const found = await listOrders(core, request.actor, { limit: limit + 1, after: decodeCursor(request.query.cursor) });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return { data: page.map(renderOrder), next_cursor: found.length > limit && last !== undefined ? encodeCursor(last) : null };
  });

  app.get('/orders/:id', {
    schema: { operationId: 'getOrder', tags: ['orders'], summary: 'Get an order', params: IdParam, response: withErrors({ 200: OrderSchema }) },
  }, async (request) => renderOrder(await getOrder(core, request.actor, { id: request.params.id })));

  app.patch('/orders/:id/items/:item_id', {
    schema: {
      operationId: 'updateOrderItem',
      tags: ['orders'], summary: 'Record fulfilment of an order item',
      params: Type.Object({ id: Type.Integer({ minimum: 1 }), item_id: Type.Integer({ minimum: 1 }) }),
      body: UpdateItemBody, response: withErrors({ 200: OrderItemSchema }),
    },
  }, async (request) => renderOrderItem(await updateOrderItem(core, request.actor, request.params.id, request.params.item_id, {
    fulfillmentStatus: request.body.fulfillment_status, trackingNumber: request.body.tracking_number, packageItem: request.body.package_item,
  })));
};
