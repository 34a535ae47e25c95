import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getClaimWithBalances } from '../../core/claims/read-claims.js';
import { claimRefOf } from './claims.js';
import { IdOrUuidParam, withErrors } from './schemas.js';

const BalancesSchema = Type.Object({
  claim_id: Type.Integer(), version: Type.Integer(), currency: Type.String(),
  refundable: Type.Integer({ description: 'minor units the order may still be refunded' }),
  items: Type.Array(Type.Object({
    order_item_id: Type.Integer(), sku: Type.String(), name: Type.String(), quantity: Type.Integer(), unit_price: Type.Integer(),
    fulfillment_status: Type.String(), claimed_here: Type.Integer(), claimable: Type.Integer(),
  })),
}, { $id: 'ClaimBalances' });

export const claimBalanceRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/claims/:id/balances', {
    schema: {
      operationId: 'getClaimBalances',
      tags: ['claims'], summary: "What the claim's order may still be refunded, and per item what this claim holds and what may still be claimed",
      params: IdOrUuidParam, response: withErrors({ 200: BalancesSchema }),
    },
  }, async (request) => {
    const { claim, balances, orderItems } = await getClaimWithBalances(core, request.actor, claimRefOf(request.params.id));
    return {
      claim_id: claim.id, version: claim.version, currency: claim.order.currency, refundable: balances.refundableMinor,
      items: orderItems.map((item) => ({
        order_item_id: item.id, sku: item.sku, name: item.name, quantity: item.quantity, unit_price: item.unitPriceMinor,
        fulfillment_status: item.fulfillmentStatus,
        claimed_here: claim.lines.filter((line) => line.orderItemId === item.id).reduce((sum, line) => sum + line.quantity, 0),
        claimable: balances.claimableQuantity[item.id] ?? 0,
      })),
    };
  });
};
