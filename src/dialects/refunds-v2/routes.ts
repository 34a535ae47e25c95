import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getOrder } from '../../core/orders/orders.js';
import { receiveRefundReturn } from '../../core/refunds/receive-return.js';
import { changeRefund, getRefund, listRefundsWithTracking, requestOrderRefund, returnShipmentOfRefund } from '../../core/refunds/refunds.js';
import { shipRefundReturn } from '../../core/refunds/ship-return.js';
import type { Actor } from '../../domain/actor.js';
import { currencyExponent, toMinor } from '../../domain/money.js';
import { refuse } from '../../domain/refusal.js';
import { useIdempotency } from '../../http/idempotency.js';
import { useAuthentication } from '../shared/authenticate.js';
import { envelope, toCommand, toRefundV2, type RefundV2Command } from './map.js';
import { renderAccessDenied, renderNoRoute, renderRefundsV2Error, renderUnauthenticated } from './render-error.js';
import {
  CreateRefundBody, Envelope, ListRefundsQuery, PAGE_SIZE_MAX, PatchRefundBody, RefundIdParams, RefundV2Schema, type RefundV2,
} from './schemas.js';
import { fromRefundV2Status } from './status.js';
import type { Refund } from '../../domain/refund/refund.js';

/** A refund as the document shows it, with tracking from its claim's return shipment. */
async function renderRefund(core: Core, refund: Refund): Promise<RefundV2> {
  return toRefundV2(refund, await returnShipmentOfRefund(core, refund));
}

/** One PATCH action as the core use case that does it. */
async function perform(core: Core, actor: Actor, ref: { id: number }, command: RefundV2Command): Promise<Refund> {
  // Visible first: a refund the caller cannot see is 404 whatever the action, so a wrong role never reveals it.
  const refund = await getRefund(core, actor, ref);
  switch (command.action) {
    case 'SHIP_INIT':
      // The document gives the return shipment to the CUSTOMER role only.
      if (actor.role !== 'customer') refuse({ code: 'forbidden', message: 'only the customer provides the return shipment' });
      return shipRefundReturn(core, actor, ref, { carrier: command.carrierName, trackingNumber: command.trackingId });
    case 'CONFIRM':
      return changeRefund(core, actor, ref, refund.needsReturn ? 'approve' : 'process');
    case 'DENY':
      return changeRefund(core, actor, ref, 'deny', { responseReason: command.responseReason });
    case 'RECEIVE':
      return receiveRefundReturn(core, actor, ref);
    case 'ISSUE':
      return changeRefund(core, actor, ref, 'issue');
  }
}

/** The Refunds v2 API (seed 003), mounted under /compat/refunds-v2. */
export const refundsV2: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.setErrorHandler(renderRefundsV2Error);
  app.setNotFoundHandler(renderNoRoute);
  useAuthentication(app, core, renderUnauthenticated);
  // SELLER (a merchant key) or CUSTOMER (a customer key): the platform's admin key belongs to no store.
  app.addHook('onRequest', async (request, reply) => (request.actor.role === 'merchant' || request.actor.role === 'customer' ? undefined : renderAccessDenied(request, reply)));
  useIdempotency(app, core);

  const One = Envelope(RefundV2Schema);

  app.get('/api/v2/refunds', { schema: { querystring: ListRefundsQuery, response: { 200: Envelope(Type.Array(RefundV2Schema)) } } }, async (request) => {
    const { page, size: asked, orderId, status, valid } = request.query;
    const size = Math.min(asked, PAGE_SIZE_MAX);
    // "The requested orderId must belong to you": an order the caller cannot see is a 404, not an empty page.
    const order = orderId === undefined ? undefined : await getOrder(core, request.actor, { id: Number(orderId) });
    const found = await listRefundsWithTracking(core, request.actor, {
      orderIds: order === undefined ? undefined : [order.id],
      statuses: status === undefined ? undefined : [fromRefundV2Status(status)],
      valid,
    }, { offset: page * size, limit: size });
    return envelope(found.map(({ refund, tracking }) => toRefundV2(refund, tracking)), new Date());
  });

  app.get('/api/v2/refunds/:id', { schema: { params: RefundIdParams, response: { 200: One } } }, async (request) => {
    const refund = await getRefund(core, request.actor, { id: request.params.id });
    return envelope(await renderRefund(core, refund), new Date());
  });

  app.post('/api/v2/refunds', { schema: { body: CreateRefundBody, response: { 201: One } } }, async (request, reply) => {
    const body = request.body;
    const order = await getOrder(core, request.actor, { id: body.orderId });
    const amountMinor = toMinor(body.amount, order.currency);
    if (amountMinor === undefined) {
      refuse({ code: 'invalid_input', message: `amount must be a number with at most ${currencyExponent(order.currency)} decimals in ${order.currency}`, path: '/amount' });
    }
    const refund = await requestOrderRefund(core, request.actor, {
      order: { id: order.id }, amountMinor, reason: body.reason.trim(), needsReturn: !body.refundOnly, source: 'refunds-v2',
    });
    return reply.code(201).send(envelope(await renderRefund(core, refund), new Date()));
  });

  app.patch('/api/v2/refunds/:id', { schema: { params: RefundIdParams, body: PatchRefundBody, response: { 200: One } } }, async (request) => {
    const refund = await perform(core, request.actor, { id: request.params.id }, toCommand(request.body));
    return envelope(await renderRefund(core, refund), new Date());
  });

  // A soft cancel, as LLZW cancels orders: 200 with the refund, now CANCELLED and no longer valid.
  app.delete('/api/v2/refunds/:id', { schema: { params: RefundIdParams, response: { 200: One } } }, async (request) => {
    const refund = await changeRefund(core, request.actor, { id: request.params.id }, 'cancel');
    return envelope(await renderRefund(core, refund), new Date());
  });
};
