import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Product, ProductVariant, VariantFields } from '../domain/catalog/product.js';
import type { DB } from './schema.js';

type ProductRow = Selectable<DB['products']>;
type VariantRow = Selectable<DB['product_variants']>;

function toVariant(row: VariantRow): ProductVariant {
  return {
    id: row.id, uuid: row.uuid, productId: row.product_id, sku: row.sku, optionValues: row.option_values,
    priceMinor: Number(row.price_minor), available: row.available, reserved: row.reserved, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toProduct(row: ProductRow, variants: readonly VariantRow[]): Product {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, externalId: row.external_id, title: row.title, options: row.options,
    variants: variants.filter((variant) => variant.product_id === row.id).map(toVariant), createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

async function withVariants(db: Kysely<DB>, storeId: number, rows: readonly ProductRow[]): Promise<Product[]> {
  if (rows.length === 0) return [];
  const variants = await db.selectFrom('product_variants').selectAll()
    .where('store_id', '=', storeId).where('product_id', 'in', rows.map((row) => row.id)).orderBy('id').execute();
  return rows.map((row) => toProduct(row, variants));
}

export interface NewProduct {
  uuid: string;
  externalId: string | null;
  title: string;
  options: string[];
}

/** Inserts a product; undefined when the store has one with its external id. */
export async function insertProduct(trx: Transaction<DB>, storeId: number, product: NewProduct): Promise<number | undefined> {
  const row = await trx.insertInto('products').values({
    store_id: storeId, uuid: product.uuid, external_id: product.externalId, title: product.title, options: JSON.stringify(product.options),
  }).onConflict((conflict) => conflict.columns(['store_id', 'external_id']).doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

/** Variants whose SKU the store already has elsewhere: a SKU names one variant in a store. */
export async function findVariantsBySku(db: Kysely<DB>, storeId: number, skus: readonly string[]): Promise<ProductVariant[]> {
  if (skus.length === 0) return [];
  const rows = await db.selectFrom('product_variants').selectAll().where('store_id', '=', storeId).where('sku', 'in', [...skus]).execute();
  return rows.map(toVariant);
}

/** Inserts variants; returns how many went in — fewer when a concurrent writer took one of the SKUs first. */
export async function insertVariants(
  trx: Transaction<DB>, storeId: number, productId: number, variants: ReadonlyArray<VariantFields & { uuid: string }>,
): Promise<number> {
  if (variants.length === 0) return 0;
  const rows = await trx.insertInto('product_variants').values(variants.map((variant) => ({
    store_id: storeId, uuid: variant.uuid, product_id: productId, sku: variant.sku, option_values: JSON.stringify(variant.optionValues),
    price_minor: variant.priceMinor, available: variant.available,
  }))).onConflict((conflict) => conflict.columns(['store_id', 'sku']).doNothing()).returning('id').execute();
  return rows.length;
}

export async function updateVariant(trx: Transaction<DB>, storeId: number, variantId: number, fields: VariantFields, at: Date): Promise<void> {
  await trx.updateTable('product_variants').set({
    option_values: JSON.stringify(fields.optionValues), price_minor: fields.priceMinor, available: fields.available, updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', variantId).execute();
}

export async function updateProduct(
  trx: Transaction<DB>, storeId: number, productId: number, fields: { title: string; options: string[] }, at: Date,
): Promise<void> {
  await trx.updateTable('products').set({ title: fields.title, options: JSON.stringify(fields.options), updated_at: at })
    .where('store_id', '=', storeId).where('id', '=', productId).execute();
}

/** A product by its id or uuid, locked for an update when in a transaction that asks. */
export async function findProduct(db: Kysely<DB>, storeId: number, ref: { id: number } | { uuid: string }, options: { lock?: boolean } = {}): Promise<Product | undefined> {
  let query = db.selectFrom('products').selectAll().where('store_id', '=', storeId);
  query = 'id' in ref ? query.where('id', '=', ref.id) : query.where('uuid', '=', ref.uuid);
  if (options.lock === true) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : (await withVariants(db, storeId, [row]))[0];
}

/** A page of the store's products, newest first by id; `sku` finds the product holding that variant. */
export async function listProducts(db: Kysely<DB>, storeId: number, page: { limit: number; afterId?: number; sku?: string }): Promise<Product[]> {
  let query = db.selectFrom('products').selectAll().where('store_id', '=', storeId);
  if (page.afterId !== undefined) query = query.where('id', '<', page.afterId);
  if (page.sku !== undefined) {
    const sku = page.sku;
    query = query.where('id', 'in', (eb) => eb.selectFrom('product_variants').select('product_id').where('store_id', '=', storeId).where('sku', '=', sku));
  }
  return withVariants(db, storeId, await query.orderBy('id', 'desc').limit(page.limit).execute());
}

/** Puts units back on sale: the store's variant of that SKU, if it keeps one, gains them. Returns whether it does. */
export async function restock(trx: Transaction<DB>, storeId: number, sku: string, quantity: number, at: Date): Promise<boolean> {
  const result = await trx.updateTable('product_variants').set((eb) => ({ available: eb('available', '+', quantity), updated_at: at }))
    .where('store_id', '=', storeId).where('sku', '=', sku).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
