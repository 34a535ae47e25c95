import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { changeRefund, getRefund, listRefunds, type RefundAction } from '../../core/refunds/refunds.js';
import { REFUND_STATUSES } from '../../domain/refund/status.js';
import { RefundSchema, renderRefund } from './claim-render.js';
import { IdParam, withErrors } from './schemas.js';
import { StringEnum } from '../string-enum.js';

const ACTIONS: Record<string, RefundAction> = { approve: 'approve', process: 'process', issue: 'issue', deny: 'deny', cancel: 'cancel' };

export const refundRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/refunds', {
    schema: {
      operationId: 'listRefunds',
      tags: ['refunds'], summary: 'List refunds (oldest first, offset paged)',
      querystring: Type.Object({
        order_id: Type.Optional(Type.Integer({ minimum: 1 })),
        status: Type.Optional(StringEnum(REFUND_STATUSES)),
        offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(RefundSchema) }) }),
    },
  }, async (request) => {
    const { order_id: orderId, status, offset, limit } = request.query;
    const found = await listRefunds(core, request.actor, {
      orderIds: orderId === undefined ? undefined : [orderId], statuses: status === undefined ? undefined : [status],
    }, { offset: offset ?? 0, limit: limit ?? 20 });
    return { data: found.map(renderRefund) };
  });

  app.get('/refunds/:id', {
    schema: { operationId: 'getRefund', tags: ['refunds'], summary: 'Get a refund', params: IdParam, response: withErrors({ 200: RefundSchema }) },
  }, async (request) => renderRefund(await getRefund(core, request.actor, { id: request.params.id })));

  for (const [path, action] of Object.entries(ACTIONS)) {
    app.post(`/refunds/:id/${path}`, {
      schema: {
        operationId: `${path}Refund`, tags: ['refunds'], summary: `${path[0]?.toUpperCase()}${path.slice(1)} a refund`, params: IdParam,
        body: Type.Object({ response_reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
        response: withErrors({ 200: RefundSchema }),
      },
    }, async (request) => renderRefund(await changeRefund(core, request.actor, { id: request.params.id }, action, { responseReason: request.body.response_reason })));
  }
};
