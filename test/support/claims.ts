import type { TestApp, StoreFixture } from './app.js';

/** Files a claim through the native API and returns its JSON; throws on any other status than 201. */
export async function fileClaim(t: TestApp, key: string, body: Record<string, unknown>): Promise<any> {
  const response = await t.request({ method: 'POST', url: '/v1/claims', key, body });
  if (response.statusCode !== 201) throw new Error(`expected 201, got ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** A delivered order with one item and a return claim on it, for tests that need "a claim". */
export async function givenReturnClaim(t: TestApp, store: StoreFixture, fields: { quantity?: number; unit_price?: number; email?: string } = {}): Promise<{ order: any; claim: any }> {
  const order = await t.given.order(store, { items: [{ quantity: fields.quantity ?? 2, unit_price: fields.unit_price ?? 1000 }], email: fields.email });
  const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
  return { order, claim };
}

/** Row counts of every table a claim touches, to prove a refused request wrote nothing. */
export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = ['claims', 'claim_lines', 'messages', 'attachments', 'refunds', 'resolutions', 'store_credits', 'return_shipments', 'events'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
