import { describe, expect, it } from 'vitest';
import { variantsRefusal } from '../../src/domain/catalog/product.js';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// The catalogue exchanges draw from: a store's products with their options and variants, each
// variant with its SKU, price and stock. A SKU names one variant in a store; a variant gives a
// value for each option of its product and for nothing else; stock never goes below what open
// exchanges hold.

const SHIRT = {
  external_id: 'gid://shop/Product/42', title: 'Linen shirt', options: ['size', 'colour'],
  variants: [
    { sku: 'SHIRT-M-BLUE', options: { size: 'M', colour: 'blue' }, price: 4990, available: 12 },
    { sku: 'SHIRT-L-BLUE', options: { size: 'L', colour: 'blue' }, price: 4990, available: 0 },
  ],
};

describe('the variants of a product', () => {
  const variant = (sku: string, optionValues: Record<string, string>) => ({ sku, optionValues, priceMinor: 100, available: 1 });

  it('name a value for every option and no other, each SKU and each combination once', () => {
    expect(variantsRefusal(['size'], [variant('A', { size: 'M' }), variant('B', { size: 'L' })])).toBeUndefined();
    expect(variantsRefusal(['size', 'colour'], [variant('A', { size: 'M' })])).toMatchObject({ code: 'invalid_input', path: '/variants/0/options' });
    expect(variantsRefusal(['size'], [variant('A', { size: 'M', fit: 'slim' })])).toMatchObject({ message: 'the product has no option fit' });
    expect(variantsRefusal(['size'], [variant('A', { size: 'M' }), variant('A', { size: 'L' })])).toMatchObject({ path: '/variants/1/sku' });
    expect(variantsRefusal(['size'], [variant('A', { size: 'M' }), variant('B', { size: 'M' })])).toMatchObject({ message: 'two variants have the same size' });
    expect(variantsRefusal(['size', 'size'], [])).toMatchObject({ path: '/options' });
    expect(variantsRefusal([], [{ ...variant('A', {}), available: 1, reserved: 2 }])).toMatchObject({ code: 'conflict' });
  });
});

describe.each(DATABASES)('products through /v1 (%s)', (kind) => {
  const t = useTestApp(kind);

  it('imports a product with its variants, reads it, finds it by SKU and pages the list', async () => {
    const store = await t.given.store();
    const created = await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: SHIRT });
    expect(created.statusCode, created.body).toBe(201);
    const product = created.json();
    expect(created.headers.location).toBe(`/v1/products/${product.id}`);
    expect(product).toMatchObject({ external_id: SHIRT.external_id, title: 'Linen shirt', options: ['size', 'colour'] });
    expect(product.variants.map((variant: Record<string, unknown>) => [variant.sku, variant.options, variant.price, variant.available, variant.reserved, variant.unreserved]))
      .toEqual([['SHIRT-M-BLUE', { size: 'M', colour: 'blue' }, 4990, 12, 0, 12], ['SHIRT-L-BLUE', { size: 'L', colour: 'blue' }, 4990, 0, 0, 0]]);
    expect((await t.request({ method: 'GET', url: `/v1/products/${product.id}`, key: store.merchantKey })).json()).toEqual(product);

    const mug = await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: { title: 'Mug', variants: [{ sku: 'MUG', price: 1200, available: 3 }] } });
    expect(mug.statusCode, mug.body).toBe(201);
    const bySku = await t.request({ method: 'GET', url: '/v1/products?sku=SHIRT-L-BLUE', key: store.merchantKey });
    expect(bySku.json().data.map((found: { id: number }) => found.id)).toEqual([product.id]);
    const first = (await t.request({ method: 'GET', url: '/v1/products?limit=1', key: store.merchantKey })).json();
    expect(first.data.map((found: { title: string }) => found.title)).toEqual(['Mug']);
    const second = (await t.request({ method: 'GET', url: `/v1/products?limit=1&cursor=${first.next_cursor}`, key: store.merchantKey })).json();
    expect([second.data.map((found: { title: string }) => found.title), second.next_cursor]).toEqual([['Linen shirt'], null]);
  });

  it('changes a product: new stock and price for one SKU, a new variant, the others left as they were', async () => {
    const store = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: SHIRT })).json();
    const patched = await t.request({ method: 'PATCH', url: `/v1/products/${product.id}`, key: store.merchantKey, body: {
      title: 'Linen shirt, relaxed',
      variants: [
        { sku: 'SHIRT-L-BLUE', options: { size: 'L', colour: 'blue' }, price: 3990, available: 5 },
        { sku: 'SHIRT-S-BLUE', options: { size: 'S', colour: 'blue' }, price: 4990, available: 2 },
      ],
    } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().title).toBe('Linen shirt, relaxed');
    expect(patched.json().variants.map((variant: Record<string, unknown>) => [variant.sku, variant.price, variant.available]))
      .toEqual([['SHIRT-M-BLUE', 4990, 12], ['SHIRT-L-BLUE', 3990, 5], ['SHIRT-S-BLUE', 4990, 2]]);
  });

  it('refuses a SKU another product has, a second import of one external id and variants that do not fit, changing nothing', async () => {
    const store = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: SHIRT })).json();
    const post = (body: unknown) => t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body });
    const refusals = [
      await post({ title: 'Copy', variants: [{ sku: 'SHIRT-M-BLUE', price: 1, available: 1 }] }),
      await post({ ...SHIRT, variants: [{ sku: 'OTHER', options: { size: 'M', colour: 'red' }, price: 1, available: 1 }] }),
      await post({ title: 'Shirt', options: ['size'], variants: [{ sku: 'X', price: 1, available: 1 }] }),
      await post({ title: 'Shirt', variants: [{ sku: 'X', price: -1, available: 1 }] }),
      await post({ title: 'Shirt', variants: [{ sku: 'X', price: 1, available: 1.5 }] }),
      await post({ title: 'Shirt\u0000', variants: [{ sku: 'X', price: 1, available: 1 }] }),
      await t.request({ method: 'PATCH', url: `/v1/products/${product.id}`, key: store.merchantKey, body: { options: ['size', 'colour', 'fit'] } }),
      await t.request({ method: 'PATCH', url: `/v1/products/${product.id}`, key: store.merchantKey, body: {} }),
    ];
    expect(refusals.map((response) => [response.statusCode, response.json().code])).toEqual([
      [409, 'conflict'], [409, 'conflict'], [400, 'invalid_input'], [400, 'invalid_input'], [400, 'invalid_input'], [400, 'invalid_input'],
      [400, 'invalid_input'], [400, 'invalid_input'],
    ]);
    const listed = (await t.request({ method: 'GET', url: '/v1/products', key: store.merchantKey })).json();
    expect(listed.data).toEqual([product]);
  });

  it('keeps each store to its own catalogue, and a SKU is one store\'s only', async () => {
    const store = await t.given.store();
    const other = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: SHIRT })).json();
    expect((await t.request({ method: 'GET', url: `/v1/products/${product.id}`, key: other.merchantKey })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/v1/products/${product.id}`, key: other.merchantKey, body: { title: 'Mine' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/v1/products', key: other.merchantKey })).json().data).toEqual([]);
    // Another store may sell the same SKU.
    expect((await t.request({ method: 'POST', url: '/v1/products', key: other.merchantKey, body: SHIRT })).statusCode).toBe(201);
  });
});
