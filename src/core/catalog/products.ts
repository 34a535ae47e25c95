import type { Actor } from '../../domain/actor.js';
import { variantsRefusal, type Product, type VariantFields } from '../../domain/catalog/product.js';
import { refuse } from '../../domain/refusal.js';
import * as products from '../../store/products.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

// The store's catalogue: imported and kept current by the shop's own system, read by the
// console and, with exchanges, drawn from. A SKU names one variant in a store.

export interface ProductInput {
  storeId?: number;
  externalId?: string;
  title: string;
  options: string[];
  variants: VariantFields[];
}

export interface ProductPatch {
  title?: string;
  options?: string[];
  /** Upserted by SKU: a new SKU adds a variant, a known one is changed; the others stay. */
  variants?: VariantFields[];
}

function skuTaken(sku: string): never {
  return refuse({ code: 'conflict', entity: 'product_variant', message: `SKU ${sku} belongs to another product of this store` });
}

export async function createProduct(core: Core, actor: Actor, input: ProductInput): Promise<Product> {
  authorize(actor, 'products.edit');
  const storeId = storeOf(actor, input.storeId);
  const refusal = variantsRefusal(input.options, input.variants);
  if (refusal !== undefined) refuse(refusal);
  const id = await core.db.transaction().execute(async (trx) => {
    const taken = await products.findVariantsBySku(trx, storeId, input.variants.map((variant) => variant.sku));
    if (taken[0] !== undefined) skuTaken(taken[0].sku);
    const productId = await products.insertProduct(trx, storeId, {
      uuid: core.newId(), externalId: input.externalId ?? null, title: input.title, options: input.options,
    });
    if (productId === undefined) refuse({ code: 'conflict', entity: 'product', message: `a product with external id ${input.externalId ?? ''} already exists in this store` });
    const inserted = await products.insertVariants(trx, storeId, productId, input.variants.map((variant) => ({ ...variant, uuid: core.newId() })));
    // A concurrent import took a SKU between the check and the insert: refused whole.
    if (inserted < input.variants.length) refuse({ code: 'conflict', entity: 'product_variant', message: 'a SKU of this product was taken by another product meanwhile' });
    return productId;
  });
  return getProduct(core, actor, { id }, { storeId });
}

export async function getProduct(core: Core, actor: Actor, ref: { id: number } | { uuid: string }, options: { storeId?: number } = {}): Promise<Product> {
  authorize(actor, 'products.read');
  const product = await products.findProduct(core.db, storeOf(actor, options.storeId), ref);
  if (product === undefined) refuse({ code: 'not_found', entity: 'product', id: 'id' in ref ? ref.id : ref.uuid });
  return product;
}

export async function listProducts(core: Core, actor: Actor, page: { limit: number; afterId?: number; sku?: string; storeId?: number }): Promise<Product[]> {
  authorize(actor, 'products.read');
  return products.listProducts(core.db, storeOf(actor, page.storeId), page);
}

export async function updateProduct(core: Core, actor: Actor, ref: { id: number }, patch: ProductPatch): Promise<Product> {
  authorize(actor, 'products.edit');
  const storeId = storeOf(actor, undefined);
  await core.db.transaction().execute(async (trx) => {
    const product = await products.findProduct(trx, storeId, ref, { lock: true });
    if (product === undefined) refuse({ code: 'not_found', entity: 'product', id: ref.id });
    const options = patch.options ?? product.options;
    const given = new Map((patch.variants ?? []).map((variant) => [variant.sku, variant]));
    const kept = product.variants.map((variant) => ({ ...variant, ...given.get(variant.sku) }));
    const added = [...given.values()].filter((variant) => !product.variants.some((known) => known.sku === variant.sku));
    const refusal = variantsRefusal(options, [...kept, ...added]);
    if (refusal !== undefined) refuse(refusal);
    const taken = await products.findVariantsBySku(trx, storeId, added.map((variant) => variant.sku));
    if (taken[0] !== undefined) skuTaken(taken[0].sku);
    const at = core.clock();
    await products.updateProduct(trx, storeId, product.id, { title: patch.title ?? product.title, options }, at);
    for (const variant of kept) if (given.has(variant.sku) || patch.options !== undefined) await products.updateVariant(trx, storeId, variant.id, variant, at);
    const inserted = await products.insertVariants(trx, storeId, product.id, added.map((variant) => ({ ...variant, uuid: core.newId() })));
    if (inserted < added.length) refuse({ code: 'conflict', entity: 'product_variant', message: 'a SKU of this product was taken by another product meanwhile' });
  });
  return getProduct(core, actor, ref, { storeId });
}
