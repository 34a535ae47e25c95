import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { DELIVERIES_PAGE_MAX, getWebhookDelivery, listWebhookDeliveries, queueWebhookTest, retryWebhookDelivery } from '../../core/webhooks/deliveries.js';
import {
  createWebhookEndpoint, deleteWebhookEndpoint, getWebhookEndpoint, listWebhookEndpoints, updateWebhookEndpoint,
} from '../../core/webhooks/endpoints.js';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES, WEBHOOK_FORMATS } from '../../domain/webhooks/subscriptions.js';
import { renderTestWebhook } from '../../webhooks/render.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { Cursor, iso, withErrors } from './schemas.js';
import type { WebhookEndpoint } from '../../domain/webhooks/endpoint.js';
import type { WebhookDelivery } from '../../domain/webhooks/delivery.js';
import { StringEnum } from '../string-enum.js';

// Webhook endpoints of a store, what was delivered to them, retries and tests.

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const UuidParam = Type.Object({ id: Type.String({ format: 'uuid' }) });
const StoreQuery = Type.Object({ store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'required for the admin key' })) });

const WebhookUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048, description: 'http(s); private and loopback addresses are refused' });
const EventTypes = Type.Array(StringEnum([ALL_EVENTS, ...WEBHOOK_EVENT_TYPES]), {
  minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length + 1, description: '"*" for every event the format carries',
});
const Format = StringEnum(WEBHOOK_FORMATS, { description: 'native (Standard Webhooks) or orderprotection ({id, topic, created_at, body})' });
const Description = Type.String({ maxLength: 500 });

const WebhookEndpointSchema = Type.Object({
  id: Type.String(), store_id: Type.Integer(), url: Type.String(), description: NullableString, event_types: Type.Array(Type.String()),
  format: Type.String(), enabled: Type.Boolean(), disabled_reason: NullableString, failure_count: Type.Integer(),
  failing_since: NullableString, created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'WebhookEndpoint' });

const CreatedWebhookEndpoint = Type.Intersect([
  WebhookEndpointSchema,
  Type.Object({ secret: Type.String({ description: 'the signing secret (whsec_…); shown only now' }) }),
]);

const WebhookDeliverySchema = Type.Object({
  id: Type.String(), endpoint_id: Type.String(), message_id: Type.String({ description: 'the webhook-id header and the body\'s id' }),
  event_type: Type.String(), status: Type.String(), attempt_count: Type.Integer(), attempts_max: Type.Integer(),
  next_attempt_at: NullableString, last_status_code: NullableInt, last_error: NullableString, delivered_at: NullableString,
  created_at: Type.String(),
  attempts: Type.Array(Type.Object({
    number: Type.Integer(), started_at: Type.String(), duration_ms: Type.Integer(), status_code: NullableInt,
    error: NullableString, succeeded: Type.Boolean(),
  })),
}, { $id: 'WebhookDelivery' });

const CreateBody = Type.Object({
  store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'required for the admin key' })),
  url: WebhookUrl,
  description: Type.Optional(Description),
  event_types: Type.Optional(EventTypes),
  format: Type.Optional(Format),
  enabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const UpdateBody = Type.Object({
  url: Type.Optional(WebhookUrl),
  description: Type.Optional(Type.Union([Description, Type.Null()])),
  event_types: Type.Optional(EventTypes),
  format: Type.Optional(Format),
  enabled: Type.Optional(Type.Boolean({ description: 'true also forgets the run of failures that switched it off' })),
}, { additionalProperties: false, minProperties: 1 });

function renderEndpoint(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.uuid, store_id: endpoint.storeId, url: endpoint.url, description: endpoint.description, event_types: endpoint.eventTypes,
    format: endpoint.format, enabled: endpoint.enabled, disabled_reason: endpoint.disabledReason, failure_count: endpoint.failureCount,
    failing_since: iso(endpoint.failingSince), created_at: endpoint.createdAt.toISOString(), updated_at: endpoint.updatedAt.toISOString(),
  };
}

function renderDelivery(delivery: WebhookDelivery) {
  return {
    id: delivery.uuid, endpoint_id: delivery.endpointUuid, message_id: delivery.messageId, event_type: delivery.eventType,
    status: delivery.status, attempt_count: delivery.attemptCount, attempts_max: delivery.attemptsMax,
    next_attempt_at: iso(delivery.nextAttemptAt), last_status_code: delivery.lastStatusCode, last_error: delivery.lastError,
    delivered_at: iso(delivery.deliveredAt), created_at: delivery.createdAt.toISOString(),
    attempts: delivery.attempts.map((attempt) => ({
      number: attempt.number, started_at: attempt.startedAt.toISOString(), duration_ms: attempt.durationMs,
      status_code: attempt.statusCode, error: attempt.error, succeeded: attempt.succeeded,
    })),
  };
}

export const webhookEndpointRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/webhook-endpoints', {
    config: { secretInAnswer: true },
    schema: {
      operationId: 'createWebhookEndpoint',
      tags: ['webhooks'], summary: 'Add a webhook endpoint; its signing secret is in this response only',
      body: CreateBody, response: withErrors({ 201: CreatedWebhookEndpoint }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const { endpoint, secret } = await createWebhookEndpoint(core, request.actor, {
      storeId: body.store_id, url: body.url, description: body.description, eventTypes: body.event_types, format: body.format, enabled: body.enabled,
    });
    return reply.code(201).header('location', `/v1/webhook-endpoints/${endpoint.uuid}`).send({ ...renderEndpoint(endpoint), secret });
  });

  app.get('/webhook-endpoints', {
    schema: {
      operationId: 'listWebhookEndpoints',
      tags: ['webhooks'], summary: "List the store's webhook endpoints (secrets are never shown again)",
      querystring: StoreQuery, response: withErrors({ 200: Type.Object({ data: Type.Array(WebhookEndpointSchema) }) }),
    },
  }, async (request) => ({ data: (await listWebhookEndpoints(core, request.actor, { storeId: request.query.store_id })).map(renderEndpoint) }));

  app.get('/webhook-endpoints/:id', {
    schema: { operationId: 'getWebhookEndpoint', tags: ['webhooks'], summary: 'Get a webhook endpoint', params: UuidParam, querystring: StoreQuery, response: withErrors({ 200: WebhookEndpointSchema }) },
  }, async (request) => renderEndpoint(await getWebhookEndpoint(core, request.actor, request.params.id, { storeId: request.query.store_id })));

  app.patch('/webhook-endpoints/:id', {
    schema: {
      operationId: 'updateWebhookEndpoint',
      tags: ['webhooks'], summary: 'Change a webhook endpoint, or switch it off and on',
      params: UuidParam, querystring: StoreQuery, body: UpdateBody, response: withErrors({ 200: WebhookEndpointSchema }),
    },
  }, async (request) => {
    const body = request.body;
    return renderEndpoint(await updateWebhookEndpoint(core, request.actor, request.params.id, {
      storeId: request.query.store_id, url: body.url, description: body.description, eventTypes: body.event_types, format: body.format, enabled: body.enabled,
    }));
  });

  app.delete('/webhook-endpoints/:id', {
    schema: {
      operationId: 'deleteWebhookEndpoint',
      tags: ['webhooks'], summary: 'Delete a webhook endpoint; what was still pending for it is cancelled',
      params: UuidParam, querystring: StoreQuery, response: withErrors({ 200: WebhookEndpointSchema }),
    },
  }, async (request) => renderEndpoint(await deleteWebhookEndpoint(core, request.actor, request.params.id, { storeId: request.query.store_id })));

  app.get('/webhook-endpoints/:id/deliveries', {
    schema: {
      operationId: 'listWebhookDeliveries',
      tags: ['webhooks'], summary: 'Deliveries to an endpoint, newest first, each with its attempts',
      params: UuidParam,
      querystring: Type.Object({
        store_id: Type.Optional(Type.Integer({ minimum: 1 })),
        limit: Type.Integer({ minimum: 1, maximum: DELIVERIES_PAGE_MAX, default: 20 }),
        cursor: Type.Optional(Cursor),
      }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(WebhookDeliverySchema), next_cursor: NullableString }) }),
    },
  }, async (request) => {
    const { limit, cursor, store_id: storeId } = request.query;
    const found = await listWebhookDeliveries(core, request.actor, request.params.id, { storeId, beforeId: decodeCursor(cursor)?.id, limit: limit + 1 });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map(renderDelivery),
      next_cursor: found.length > limit && last !== undefined ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  });

  app.get('/webhook-deliveries/:id', {
    schema: { operationId: 'getWebhookDelivery', tags: ['webhooks'], summary: 'Get a delivery with its attempts', params: UuidParam, querystring: StoreQuery, response: withErrors({ 200: WebhookDeliverySchema }) },
  }, async (request) => renderDelivery(await getWebhookDelivery(core, request.actor, request.params.id, { storeId: request.query.store_id })));

  app.post('/webhook-deliveries/:id/retry', {
    schema: {
      operationId: 'retryWebhookDelivery',
      tags: ['webhooks'], summary: 'Send a finished delivery once more, now, with the same id and body',
      params: UuidParam, querystring: StoreQuery, response: withErrors({ 202: WebhookDeliverySchema }),
    },
  }, async (request, reply) => reply.code(202).send(renderDelivery(await retryWebhookDelivery(core, request.actor, request.params.id, { storeId: request.query.store_id }))));

  app.post('/webhook-endpoints/:id/test', {
    schema: {
      operationId: 'testWebhookEndpoint',
      tags: ['webhooks'], summary: 'Queue a webhook.test message to the endpoint (once, no retries)',
      params: UuidParam, querystring: StoreQuery, response: withErrors({ 202: WebhookDeliverySchema }),
    },
  }, async (request, reply) => reply.code(202).send(renderDelivery(await queueWebhookTest(core, request.actor, request.params.id, renderTestWebhook, { storeId: request.query.store_id }))));
};
