import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { createStore, getStore, listStores } from '../../core/stores/stores.js';
import type { Store } from '../../domain/store.js';
import { Currency, IdParam, ShortText, withErrors } from './schemas.js';

export const StoreSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), code: Type.String(), name: Type.String(), currency: Type.String(),
  languages: Type.Array(Type.String()), created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'Store' });

const CreateStoreBody = Type.Object({
  name: ShortText,
  code: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$', description: "unique; OrderProtection's storeId" }),
  currency: Currency,
  languages: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$' }), { minItems: 1, maxItems: 50 })),
}, { additionalProperties: false, examples: [{ name: 'Acme', code: 'acme', currency: 'EUR', languages: ['en-us', 'tr-tr'] }] });

export function renderStore(store: Store) {
  return {
    id: store.id, uuid: store.uuid, code: store.code, name: store.name, currency: store.currency,
    languages: store.languages, created_at: store.createdAt.toISOString(), updated_at: store.updatedAt.toISOString(),
  };
}

export const storeRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/stores', {
    schema: { operationId: 'createStore', tags: ['stores'], summary: 'Create a store (admin)', body: CreateStoreBody, response: withErrors({ 201: StoreSchema }) },
  }, async (request, reply) => {
    const store = await createStore(core, request.actor, request.body);
    return reply.code(201).send(renderStore(store));
  });

  app.get('/stores', {
    schema: {
      operationId: 'listStores',
      tags: ['stores'], summary: 'List stores the key can see',
      querystring: Type.Object({ after_id: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(StoreSchema) }) }),
    },
  }, async (request) => {
    const stores = await listStores(core, request.actor, { afterId: request.query.after_id ?? 0, limit: request.query.limit ?? 100 });
    return { data: stores.map(renderStore) };
  });

  app.get('/stores/:id', {
    schema: { operationId: 'getStore', tags: ['stores'], summary: 'Get a store', params: IdParam, response: withErrors({ 200: StoreSchema }) },
  }, async (request) => renderStore(await getStore(core, request.actor, request.params.id)));
};
