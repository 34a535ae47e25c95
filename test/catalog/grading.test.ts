import { describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';

// Grading on receipt: once the parcel is in, the store records per line what it found — restock,
// refurbish, dispose, missing, wrong item, damaged — with a note. Restocked units go back to
// the catalogue's variant of the item's SKU, in the same transaction; a line is graded once,
// so no unit is put back twice; the history says what was found.

async function receivedReturn(t: TestApp, store: StoreFixture) {
  const order = await t.given.order(store, { items: [{ sku: 'SHIRT-M-BLUE', quantity: 2, unit_price: 4990 }, { sku: 'MUG', quantity: 1, unit_price: 1200 }] });
  const claim = await fileClaim(t, store.merchantKey, {
    order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 2 }, { order_item_id: order.items[1].id, quantity: 1 }],
  });
  const step = async (url: string, body: unknown = {}) => {
    const response = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}${url}`, key: store.merchantKey, body });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  await step('/approve');
  await step('/return-shipment', { carrier: 'DHL', tracking_number: 'TRK-1' });
  const received = await step('/return-shipment/received');
  expect(received.status).toBe('received');
  return received as { id: number; lines: Array<{ id: number; sku: string }> };
}

describe.each(DATABASES)('grading a return on receipt (%s)', (kind) => {
  const t = useTestApp(kind);

  it('records what was found of each line, puts restocked units back on sale, and says so in the history', async () => {
    const store = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: {
      title: 'Linen shirt', options: ['size'], variants: [{ sku: 'SHIRT-M-BLUE', options: { size: 'M' }, price: 4990, available: 5 }],
    } })).json();
    const claim = await receivedReturn(t, store);
    const [shirt, mug] = claim.lines;
    const graded = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/grades`, key: store.merchantKey, body: {
      lines: [{ line_id: shirt!.id, disposition: 'restock' }, { line_id: mug!.id, disposition: 'damaged', note: 'cracked handle' }],
    } });
    expect(graded.statusCode, graded.body).toBe(200);
    expect(graded.json().lines.map((line: Record<string, unknown>) => [line.sku, line.disposition, line.disposition_note, typeof line.graded_at]))
      .toEqual([['SHIRT-M-BLUE', 'restock', null, 'string'], ['MUG', 'damaged', 'cracked handle', 'string']]);
    // The read (rendered by the database) says the same as the answer.
    expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json().lines).toEqual(graded.json().lines);
    const stock = (await t.request({ method: 'GET', url: `/v1/products/${product.id}`, key: store.merchantKey })).json().variants[0].available;
    expect(stock).toBe(7);
    const history = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/events`, key: store.merchantKey })).json().data;
    const event = history.find((entry: { type: string }) => entry.type === 'claim.graded');
    expect(event.data.lines).toEqual([
      { line_id: shirt!.id, sku: 'SHIRT-M-BLUE', quantity: 2, disposition: 'restock', note: null, restocked: true },
      // The store keeps no MUG in its catalogue: nothing to put back, and a damaged mug would not be.
      { line_id: mug!.id, sku: 'MUG', quantity: 1, disposition: 'damaged', note: 'cracked handle', restocked: false },
    ]);
  });

  it('grades a line once, only once the goods are in, only the claim\'s own lines, changing nothing when it refuses', async () => {
    const store = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: {
      title: 'Linen shirt', variants: [{ sku: 'SHIRT-M-BLUE', price: 4990, available: 5 }],
    } })).json();
    const claim = await receivedReturn(t, store);
    const [shirt, mug] = claim.lines;
    const grade = (lines: unknown, id = claim.id, key = store.merchantKey) => t.request({ method: 'POST', url: `/v1/claims/${id}/grades`, key, body: { lines } });
    expect((await grade([{ line_id: shirt!.id, disposition: 'restock' }])).statusCode).toBe(200);

    const order = await t.given.order(store, { items: [{ sku: 'SHIRT-M-BLUE' }] });
    const fresh = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    const other = await t.given.store();
    const refusals = [
      await grade([{ line_id: shirt!.id, disposition: 'restock' }]),
      await grade([{ line_id: mug!.id, disposition: 'restock' }, { line_id: mug!.id, disposition: 'dispose' }]),
      await grade([{ line_id: 999_999_999, disposition: 'restock' }]),
      await grade([{ line_id: mug!.id, disposition: 'lost_in_space' }]),
      await grade([]),
      await grade([{ line_id: fresh.lines[0].id, disposition: 'restock' }], fresh.id),
      await grade([{ line_id: mug!.id, disposition: 'restock' }], claim.id, other.merchantKey),
    ];
    expect(refusals.map((response) => [response.statusCode, response.json().code])).toEqual([
      [409, 'conflict'], [400, 'invalid_input'], [400, 'invalid_input'], [400, 'invalid_input'], [400, 'invalid_input'], [409, 'conflict'], [404, 'not_found'],
    ]);
    // Restocked once: 5 + 2, not 5 + 4.
    expect((await t.request({ method: 'GET', url: `/v1/products/${product.id}`, key: store.merchantKey })).json().variants[0].available).toBe(7);
    const lines = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json().lines;
    expect(lines.map((line: { disposition: string | null }) => line.disposition)).toEqual(['restock', null]);
  });

  it('lets twin gradings of one line race: one restocks, the other is refused', async () => {
    const store = await t.given.store();
    const product = (await t.request({ method: 'POST', url: '/v1/products', key: store.merchantKey, body: {
      title: 'Linen shirt', variants: [{ sku: 'SHIRT-M-BLUE', price: 4990, available: 0 }],
    } })).json();
    const claim = await receivedReturn(t, store);
    const body = { lines: [{ line_id: claim.lines[0]!.id, disposition: 'restock' }] };
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.request({ method: 'POST', url: `/v1/claims/${claim.id}/grades`, key: store.merchantKey, body })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await t.request({ method: 'GET', url: `/v1/products/${product.id}`, key: store.merchantKey })).json().variants[0].available).toBe(2);
  });
});
