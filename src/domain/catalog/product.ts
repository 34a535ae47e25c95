import type { Refusal } from '../refusal.js';

// The catalogue exchanges draw from: a product names its options (size, colour) and each
// variant gives one value for each, with its own SKU, price in the store's minor units and the
// quantity on hand. `reserved` is held by open exchanges; what may still be promised is
// `available - reserved`. An order item names its variant by SKU, as a shop's own line does.

export interface ProductVariant {
  id: number;
  uuid: string;
  productId: number;
  sku: string;
  optionValues: Record<string, string>;
  priceMinor: number;
  available: number;
  reserved: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Product {
  id: number;
  uuid: string;
  storeId: number;
  externalId: string | null;
  title: string;
  options: string[];
  variants: ProductVariant[];
  createdAt: Date;
  updatedAt: Date;
}

export interface VariantFields {
  sku: string;
  optionValues: Record<string, string>;
  priceMinor: number;
  available: number;
}

/** What may still be promised of a variant. */
export function unreserved(variant: Pick<ProductVariant, 'available' | 'reserved'>): number {
  return variant.available - variant.reserved;
}

/**
 * Refuses variants that do not fit the product: each names a value for every option and for
 * nothing else, no two share a SKU or the same values, and none counts fewer units on hand
 * than open exchanges hold of it.
 */
export function variantsRefusal(
  options: readonly string[], variants: ReadonlyArray<VariantFields & { reserved?: number }>, path = '/variants',
): Refusal | undefined {
  if (new Set(options).size !== options.length) return { code: 'invalid_input', message: 'each option is named once', path: '/options' };
  const skus = new Set<string>();
  const combinations = new Set<string>();
  for (const [index, variant] of variants.entries()) {
    const at = `${path}/${index}`;
    const named = Object.keys(variant.optionValues);
    const missing = options.find((option) => !named.includes(option));
    if (missing !== undefined) return { code: 'invalid_input', message: `variant ${variant.sku} has no value for ${missing}`, path: `${at}/options` };
    const extra = named.find((name) => !options.includes(name));
    if (extra !== undefined) return { code: 'invalid_input', message: `the product has no option ${extra}`, path: `${at}/options` };
    if (skus.has(variant.sku)) return { code: 'invalid_input', message: `SKU ${variant.sku} is given twice`, path: `${at}/sku` };
    skus.add(variant.sku);
    const combination = JSON.stringify(options.map((option) => variant.optionValues[option]));
    if (options.length > 0 && combinations.has(combination)) {
      return { code: 'invalid_input', message: `two variants have the same ${options.join(' and ')}`, path: `${at}/options` };
    }
    combinations.add(combination);
    if (variant.reserved !== undefined && variant.available < variant.reserved) {
      return { code: 'conflict', entity: 'product_variant', message: `${variant.sku}: ${variant.reserved} units are held by open exchanges; available cannot go below that` };
    }
  }
  return undefined;
}
