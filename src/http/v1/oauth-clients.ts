import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { createOAuthClient, deleteOAuthClient, listOAuthClients } from '../../core/identity/oauth-clients.js';
import { iso, withErrors } from './schemas.js';
import type { OAuthClient } from '../../domain/access/oauth.js';

// OAuth 2.0 client credentials for the OrderProtection door's /v1/oauth/token.

const ScopeSchema = Type.Union([Type.Literal('read_claims'), Type.Literal('write_claims'), Type.Literal('manage_claims')]);

const OAuthClientSchema = Type.Object({
  id: Type.String(), client_id: Type.String(), store_id: Type.Integer(), name: Type.Union([Type.String(), Type.Null()]),
  scopes: Type.Array(Type.String()), created_at: Type.String(), revoked_at: Type.Union([Type.String(), Type.Null()]),
}, { $id: 'OAuthClient' });

const CreatedOAuthClient = Type.Intersect([
  OAuthClientSchema, Type.Object({ client_secret: Type.String({ description: 'the secret; shown only now' }) }),
]);

const CreateOAuthClientBody = Type.Object({
  store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'required for the admin key' })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  scopes: Type.Array(ScopeSchema, { minItems: 1, maxItems: 3 }),
}, { additionalProperties: false });

function renderOAuthClient(client: OAuthClient) {
  return {
    id: client.uuid, client_id: client.clientId, store_id: client.storeId, name: client.name, scopes: client.scopes,
    created_at: client.createdAt.toISOString(), revoked_at: iso(client.revokedAt),
  };
}

export const oauthClientRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/oauth-clients', {
    config: { secretInAnswer: true },
    schema: {
      operationId: 'createOAuthClient',
      tags: ['oauth-clients'], summary: 'Create OAuth client credentials for a store (merchant of the store, or admin with store_id)',
      body: CreateOAuthClientBody, response: withErrors({ 201: CreatedOAuthClient }),
    },
  }, async (request, reply) => {
    const { client, clientSecret } = await createOAuthClient(core, request.actor, {
      storeId: request.body.store_id, name: request.body.name, scopes: request.body.scopes,
    });
    return reply.code(201).header('location', `/v1/oauth-clients/${client.uuid}`).send({ ...renderOAuthClient(client), client_secret: clientSecret });
  });

  app.get('/oauth-clients', {
    schema: {
      operationId: 'listOAuthClients',
      tags: ['oauth-clients'], summary: 'List OAuth clients (secrets are never shown again)',
      querystring: Type.Object({ store_id: Type.Optional(Type.Integer({ minimum: 1 })) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(OAuthClientSchema) }) }),
    },
  }, async (request) => ({ data: (await listOAuthClients(core, request.actor, { storeId: request.query.store_id })).map(renderOAuthClient) }));

  app.delete('/oauth-clients/:id', {
    schema: {
      operationId: 'revokeOAuthClient',
      tags: ['oauth-clients'], summary: 'Revoke an OAuth client and every token it was issued',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: withErrors({ 200: OAuthClientSchema }),
    },
  }, async (request) => renderOAuthClient(await deleteOAuthClient(core, request.actor, request.params.id)));
};
