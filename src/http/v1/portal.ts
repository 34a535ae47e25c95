import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getClaimableOrder } from '../../core/portal/portal.js';
import { renderOrderItem } from './orders.js';
import { renderReason } from './reasons.js';
import { IdParam, withErrors } from './schemas.js';

const ClaimableOrderSchema = Type.Object({
  order: Type.Object({
    id: Type.Integer(), number: Type.String(), currency: Type.String(), placed_at: Type.String(),
    items_amount: Type.Integer(), shipping_amount: Type.Integer(), total_amount: Type.Integer(),
  }),
  store: Type.Object({ code: Type.String(), name: Type.String(), languages: Type.Array(Type.String()) }),
  items: Type.Array(Type.Object({
    id: Type.Integer(), sku: Type.String(), name: Type.String(), quantity: Type.Integer(), unit_price: Type.Integer(),
    fulfillment_status: Type.String(), tracking_number: Type.Union([Type.String(), Type.Null()]),
    claimable: Type.Object({ cancellation: Type.Integer(), return: Type.Integer(), incident: Type.Integer() }),
  })),
  reasons: Type.Array(Type.Object({
    id: Type.Integer(), kind: Type.String(), subject: Type.String(), translations: Type.Record(Type.String(), Type.String()),
    requires_description: Type.Boolean(), requires_evidence: Type.Boolean(),
  })),
}, { $id: 'ClaimableOrder' });

export const portalRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/portal/orders/:id', {
    schema: {
      operationId: 'getPortalOrder',
      tags: ['portal'], summary: "An order with what each item may still claim (the engine's eligibility rules) and the store's active reasons",
      params: IdParam, response: withErrors({ 200: ClaimableOrderSchema }),
    },
  }, async (request) => {
    const found = await getClaimableOrder(core, request.actor, request.params.id);
    return {
      order: {
        id: found.order.id, number: found.order.number, currency: found.order.currency, placed_at: found.order.placedAt.toISOString(),
        items_amount: found.order.itemsAmountMinor, shipping_amount: found.order.shippingAmountMinor, total_amount: found.order.totalAmountMinor,
      },
      store: { code: found.store.code, name: found.store.name, languages: found.store.languages },
      items: found.items.map(({ item, claimable }) => {
        const rendered = renderOrderItem(item);
        return {
          id: rendered.id, sku: rendered.sku, name: rendered.name, quantity: rendered.quantity, unit_price: rendered.unit_price,
          fulfillment_status: rendered.fulfillment_status, tracking_number: rendered.tracking_number, claimable,
        };
      }),
      reasons: found.reasons.map((reason) => {
        const rendered = renderReason(reason);
        return {
          id: rendered.id, kind: rendered.kind, subject: rendered.subject, translations: rendered.translations,
          requires_description: rendered.requires_description, requires_evidence: rendered.requires_evidence,
        };
      }),
    };
  });
};
