import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { declareWithdrawal } from '../../core/claims/withdrawal.js';
import { getClaimableOrder } from '../../core/portal/portal.js';
import type { ItemEligibility } from '../../domain/policy/eligibility.js';
import { renderOrderItem } from './orders.js';
import { renderReason } from './reasons.js';
import { IdParam, withErrors } from './schemas.js';
import { StringEnum } from '../string-enum.js';

const EligibilitySchema = Type.Object({
  claimable: Type.Integer({ description: 'how many may still be claimed' }),
  until: Type.Union([Type.String(), Type.Null()], { description: 'when the window ends (exclusive); null when no window applies yet' }),
  because: Type.Union([StringEnum(['not_shipped', 'already_shipped', 'all_claimed', 'window_closed'] as const), Type.Null()], { description: 'why nothing may be claimed' }),
});
const SlaSchema = Type.Object({ first_response_hours: Type.Optional(Type.Integer()), resolution_hours: Type.Optional(Type.Integer()) });

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
    eligibility: Type.Object({ cancellation: EligibilitySchema, return: EligibilitySchema, incident: EligibilitySchema }),
  })),
  withdrawal: Type.Object({
    open: Type.Boolean({ description: 'whether anything of the order may still be withdrawn from (the EU withdrawal function)' }),
    until: Type.Union([Type.String(), Type.Null()], { description: 'when the last delivered item\'s 14 days end (exclusive); null when only undelivered items remain' }),
  }),
  service_levels: Type.Object({ cancellation: Type.Optional(SlaSchema), return: Type.Optional(SlaSchema), incident: Type.Optional(SlaSchema) }, {
    description: "the store's service levels per kind: how many hours until its first answer and its decision",
  }),
  reasons: Type.Array(Type.Object({
    id: Type.Integer(), kind: Type.String(), subject: Type.String(), translations: Type.Record(Type.String(), Type.String()),
    requires_description: Type.Boolean(), requires_evidence: Type.Boolean(),
  })),
}, { $id: 'ClaimableOrder' });

function renderEligibility(eligibility: ItemEligibility) {
  return { claimable: eligibility.claimable, until: eligibility.until?.toISOString() ?? null, because: eligibility.because };
}

const WithdrawalBody = Type.Object({
  order_id: Type.Integer({ minimum: 1 }),
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: "the consumer's name, as given in the statement" }),
}, { additionalProperties: false, examples: [{ order_id: 7, name: 'Jane Doe' }] });

const WithdrawalSchema = Type.Object({
  declared_at: Type.String(),
  claims: Type.Array(Type.Object({ id: Type.Integer(), uuid: Type.String(), number: Type.String(), kind: Type.String() })),
});

export const portalRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/portal/withdrawals', {
    schema: {
      operationId: 'declareWithdrawal',
      tags: ['portal'], summary: 'Withdraw from the contract (EU withdrawal function): cancels what has not shipped and returns what arrived in the last 14 days',
      body: WithdrawalBody, response: withErrors({ 201: WithdrawalSchema }),
    },
  }, async (request, reply) => {
    const declared = await declareWithdrawal(core, request.actor, { orderId: request.body.order_id, name: request.body.name.trim() });
    return reply.code(201).send({
      declared_at: declared.declaredAt.toISOString(),
      claims: declared.claims.map((claim) => ({ id: claim.id, uuid: claim.uuid, number: claim.number, kind: claim.kind })),
    });
  });

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
      service_levels: found.serviceLevels,
      withdrawal: { open: found.withdrawal.open, until: found.withdrawal.until?.toISOString() ?? null },
      items: found.items.map(({ item, claimable, eligibility }) => {
        const rendered = renderOrderItem(item);
        return {
          id: rendered.id, sku: rendered.sku, name: rendered.name, quantity: rendered.quantity, unit_price: rendered.unit_price,
          fulfillment_status: rendered.fulfillment_status, tracking_number: rendered.tracking_number, claimable,
          eligibility: {
            cancellation: renderEligibility(eligibility.cancellation), return: renderEligibility(eligibility.return), incident: renderEligibility(eligibility.incident),
          },
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
