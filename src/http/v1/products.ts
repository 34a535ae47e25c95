import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createProduct, getProduct, listProducts, updateProduct } from '../../core/catalog/products.js';
import type { Core } from '../../core/core.js';
import { unreserved, type Product, type VariantFields } from '../../domain/catalog/product.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { AmountMinor, Cursor, IdParam, Limit, ShortText, withErrors } from './schemas.js';

// The store's catalogue, for exchanges to draw from (docs/api.md, "Products").

const Sku = Type.String({ minLength: 1, maxLength: 100 });
const OptionName = Type.String({ minLength: 1, maxLength: 50 });

const VariantSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), sku: Type.String(), options: Type.Record(Type.String(), Type.String()),
  price: Type.Integer({ description: "minor units of the store's currency" }), available: Type.Integer(),
  reserved: Type.Integer({ description: 'held by open exchanges' }), unreserved: Type.Integer({ description: 'available - reserved: what may still be promised' }),
  created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'ProductVariant' });

const ProductSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), external_id: Type.Union([Type.String(), Type.Null()]), title: Type.String(),
  options: Type.Array(Type.String()), variants: Type.Array(VariantSchema), created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'Product' });

const VariantBody = Type.Object({
  sku: Sku,
  options: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 50 }), Type.String({ minLength: 1, maxLength: 100 }), { maxProperties: 10 })),
  price: AmountMinor,
  available: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
}, { additionalProperties: false });

const CreateBody = Type.Object({
  store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'admin keys only' })),
  external_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  title: ShortText,
  options: Type.Optional(Type.Array(OptionName, { maxItems: 10 })),
  variants: Type.Array(VariantBody, { minItems: 1, maxItems: 500 }),
}, {
  additionalProperties: false,
  examples: [{
    external_id: 'gid://shop/Product/42', title: 'Linen shirt', options: ['size', 'colour'],
    variants: [{ sku: 'SHIRT-M-BLUE', options: { size: 'M', colour: 'blue' }, price: 4990, available: 12 }],
  }],
});

const PatchBody = Type.Object({
  title: Type.Optional(ShortText),
  options: Type.Optional(Type.Array(OptionName, { maxItems: 10 })),
  variants: Type.Optional(Type.Array(VariantBody, { minItems: 1, maxItems: 500, description: 'upserted by SKU; variants not named stay as they are' })),
}, { additionalProperties: false, minProperties: 1 });

function renderProduct(product: Product) {
  return {
    id: product.id, uuid: product.uuid, external_id: product.externalId, title: product.title, options: product.options,
    variants: product.variants.map((variant) => ({
      id: variant.id, uuid: variant.uuid, sku: variant.sku, options: variant.optionValues, price: variant.priceMinor,
      available: variant.available, reserved: variant.reserved, unreserved: unreserved(variant),
      created_at: variant.createdAt.toISOString(), updated_at: variant.updatedAt.toISOString(),
    })),
    created_at: product.createdAt.toISOString(), updated_at: product.updatedAt.toISOString(),
  };
}

function variantsOf(variants: ReadonlyArray<{ sku: string; options?: Record<string, string>; price: number; available: number }>): VariantFields[] {
  return variants.map((variant) => ({ sku: variant.sku, optionValues: variant.options ?? {}, priceMinor: variant.price, available: variant.available }));
}

export const productRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/products', {
    schema: { operationId: 'createProduct', tags: ['products'], summary: 'Import a product with its variants (prices in minor units)', body: CreateBody, response: withErrors({ 201: ProductSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const product = await createProduct(core, request.actor, {
      storeId: body.store_id, externalId: body.external_id, title: body.title, options: body.options ?? [], variants: variantsOf(body.variants),
    });
    return reply.code(201).header('location', `/v1/products/${product.id}`).send(renderProduct(product));
  });

  app.get('/products', {
    schema: {
      operationId: 'listProducts', tags: ['products'], summary: 'List products, newest first; sku finds the product of one variant',
      querystring: Type.Object({ limit: Type.Optional(Limit), cursor: Type.Optional(Cursor), sku: Type.Optional(Sku) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(ProductSchema), next_cursor: Type.Union([Type.String(), Type.Null()]) }) }),
    },
  }, async (request) => {
    const limit = request.query.limit ?? 20;
    const found = await listProducts(core, request.actor, { limit: limit + 1, afterId: decodeCursor(request.query.cursor)?.id, sku: request.query.sku });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return { data: page.map(renderProduct), next_cursor: found.length > limit && last !== undefined ? encodeCursor(last) : null };
  });

  app.get('/products/:id', {
    schema: { operationId: 'getProduct', tags: ['products'], summary: 'Get a product with its variants', params: IdParam, response: withErrors({ 200: ProductSchema }) },
  }, async (request) => renderProduct(await getProduct(core, request.actor, { id: request.params.id })));

  app.patch('/products/:id', {
    schema: {
      operationId: 'updateProduct', tags: ['products'], summary: 'Change a product: its title, options, and variants upserted by SKU (price, stock)',
      params: IdParam, body: PatchBody, response: withErrors({ 200: ProductSchema }),
    },
  }, async (request) => renderProduct(await updateProduct(core, request.actor, { id: request.params.id }, {
    title: request.body.title, options: request.body.options, variants: request.body.variants === undefined ? undefined : variantsOf(request.body.variants),
  })));
};
