import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createApiKey, listApiKeys, revokeApiKey } from '../../core/identity/api-keys.js';
import type { Core } from '../../core/core.js';
import { purposeOf, type ApiKey } from '../../domain/access/api-key.js';
import { iso, withErrors } from './schemas.js';

const ScopeSchema = Type.Union([Type.Literal('read_claims'), Type.Literal('write_claims'), Type.Literal('manage_claims')]);

const ApiKeySchema = Type.Object({
  id: Type.String(), store_id: Type.Union([Type.Integer(), Type.Null()]), role: Type.String(),
  customer_id: Type.Union([Type.Integer(), Type.Null()]), scopes: Type.Array(Type.String()),
  name: Type.Union([Type.String(), Type.Null()]), key_prefix: Type.String(),
  expires_at: Type.Union([Type.String(), Type.Null()]), revoked_at: Type.Union([Type.String(), Type.Null()]), created_at: Type.String(),
  user_id: Type.Union([Type.String(), Type.Null()], { description: 'the console user a login token acts as; null for every other key' }),
  purpose: Type.Union([Type.Literal('integration'), Type.Literal('portal'), Type.Literal('console_user'), Type.Literal('login_token')], {
    description: "integration: created by a person or the admin; portal: the customer portal's key of one customer; console_user: a console user's backing key; login_token: an SDK login's token",
  }),
}, { $id: 'ApiKey' });

const CreatedApiKey = Type.Intersect([ApiKeySchema, Type.Object({ key: Type.String({ description: 'the secret; shown only now' }) })]);

const CreateApiKeyBody = Type.Object({
  store_id: Type.Integer({ minimum: 1 }),
  role: Type.Union([Type.Literal('merchant'), Type.Literal('customer')]),
  customer_id: Type.Optional(Type.Integer({ minimum: 1 })),
  scopes: Type.Optional(Type.Array(ScopeSchema, { maxItems: 3 })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  expires_at: Type.Optional(Type.String({ format: 'date-time' })),
}, { additionalProperties: false, examples: [{ store_id: 1, role: 'merchant', name: 'ERP integration' }, { store_id: 1, role: 'customer', customer_id: 7, scopes: ['read_claims', 'write_claims'] }] });

function renderApiKey(apiKey: ApiKey) {
  return {
    id: apiKey.uuid, store_id: apiKey.storeId, role: apiKey.role, customer_id: apiKey.customerId, scopes: apiKey.scopes,
    name: apiKey.name, key_prefix: apiKey.keyPrefix, expires_at: iso(apiKey.expiresAt), revoked_at: iso(apiKey.revokedAt),
    created_at: apiKey.createdAt.toISOString(), user_id: apiKey.userUuid, purpose: purposeOf(apiKey),
  };
}

export const apiKeyRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/api-keys', {
    config: { secretInAnswer: true },
    schema: {
      operationId: 'createApiKey',
      tags: ['api-keys'], summary: 'Create an API key (admin; a merchant may create customer keys for its store)',
      body: CreateApiKeyBody, response: withErrors({ 201: CreatedApiKey }),
    },
  }, async (request, reply) => {
    const body = request.body;
    const { key, apiKey } = await createApiKey(core, request.actor, {
      storeId: body.store_id, role: body.role, customerId: body.customer_id, scopes: body.scopes, name: body.name,
      expiresAt: body.expires_at === undefined ? undefined : new Date(body.expires_at),
    });
    return reply.code(201).header('location', `/v1/api-keys/${apiKey.uuid}`).send({ ...renderApiKey(apiKey), key });
  });

  app.get('/api-keys', {
    schema: { operationId: 'listApiKeys', tags: ['api-keys'], summary: 'List API keys (masked)', response: withErrors({ 200: Type.Object({ data: Type.Array(ApiKeySchema) }) }) },
  }, async (request) => ({ data: (await listApiKeys(core, request.actor)).map(renderApiKey) }));

  app.delete('/api-keys/:id', {
    schema: { operationId: 'revokeApiKey', tags: ['api-keys'], summary: 'Revoke an API key', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: withErrors({ 200: ApiKeySchema }) },
  }, async (request) => renderApiKey(await revokeApiKey(core, request.actor, request.params.id)));
};
