import { describe, expect, it } from 'vitest';
import { withdrawalEnd, withdrawalRefusal } from '../../src/domain/claim/withdrawal.js';
import { runDueTimers } from '../../src/core/policies/timers-worker.js';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// The EU withdrawal function: within 14 days of receiving the goods a consumer withdraws from
// the contract without a reason; what has not shipped is cancelled, what arrived is returned,
// whatever the store's own windows and rules say, and the statement is kept with its time.

const DAY = 86_400_000;

describe('the withdrawal period', () => {
  const delivered = (at: string) => ({ sku: 'S', fulfillmentStatus: 'delivered' as const, shippedAt: null, deliveredAt: new Date(at) });
  const placed = new Date('2026-11-01T10:00:00Z');

  it('ends with the 14th day after delivery in the store\'s time zone, and has not started before delivery', () => {
    expect(withdrawalEnd(delivered('2026-11-05T15:00:00Z'), placed, 'UTC')?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(withdrawalEnd(delivered('2026-11-05T15:00:00Z'), placed, 'Europe/Berlin')?.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(withdrawalEnd({ sku: 'S', fulfillmentStatus: 'shipped', shippedAt: new Date('2026-11-02T00:00:00Z'), deliveredAt: null }, placed, 'UTC')).toBeNull();
    expect(withdrawalRefusal([delivered('2026-11-05T15:00:00Z')], placed, 'UTC', new Date('2026-11-19T23:59:59.999Z'))).toBeUndefined();
    expect(withdrawalRefusal([delivered('2026-11-05T15:00:00Z')], placed, 'UTC', new Date('2026-11-20T00:00:00Z')))
      .toEqual({ code: 'outside_window', kind: 'return', windowEndedAt: '2026-11-20T00:00:00.000Z' });
  });
});

describe.each(DATABASES)('withdrawing from the contract (%s)', (kind) => {
  const t = useTestApp(kind);

  it('cancels what has not shipped and returns what arrived in the last 14 days, in one declaration, past the store\'s shorter window and its rules', async () => {
    const store = await t.given.store();
    // A store whose own policy allows no returns and rejects everything: the law still applies.
    const policy = await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: {
      windows: { return: { days_after_delivery: 0 } }, rules: [{ id: 'no', then: [{ type: 'reject', reason: 'We take nothing back' }] }],
    } });
    expect(policy.statusCode, policy.body).toBe(200);
    const order = await t.given.order(store, { items: [{ quantity: 2 }, { quantity: 1 }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
    const [recent, old, unshipped] = order.items as Array<{ id: number }>;
    const recently = new Date(Date.now() - 3 * DAY);
    await t.database.pool.query('UPDATE order_items SET delivered_at = $1 WHERE id = $2', [recently, recent!.id]);
    await t.database.pool.query('UPDATE order_items SET delivered_at = $1 WHERE id = $2', [new Date(Date.now() - 20 * DAY), old!.id]);
    const customer = await t.given.customerKey(store, order.customer.id);

    const portal = await t.request({ method: 'GET', url: `/v1/portal/orders/${order.id}`, key: customer });
    const until = new Date(Date.UTC(recently.getUTCFullYear(), recently.getUTCMonth(), recently.getUTCDate() + 15)).toISOString();
    expect(portal.json().withdrawal).toEqual({ open: true, until });

    const declared = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: customer, body: { order_id: order.id, name: ' Jane Doe ' } });
    expect(declared.statusCode, declared.body).toBe(201);
    const claims = declared.json().claims as Array<{ id: number; kind: string }>;
    expect(claims.map((claim) => claim.kind).sort()).toEqual(['cancellation', 'return']);
    for (const claim of claims) {
      const found = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json();
      expect(found.status).toBe('new'); // the rule that rejects everything did not run
      expect(found.attributes.withdrawal).toEqual({ name: 'Jane Doe', declared_at: declared.json().declared_at });
      const lines = (found.lines as Array<{ order_item_id: number; quantity: number }>).map((line) => [line.order_item_id, line.quantity]);
      expect(lines).toEqual(claim.kind === 'return' ? [[recent!.id, 2]] : [[unshipped!.id, 1]]);
    }

    // Everything that could be withdrawn from is now claimed; the old item's 14 days are over.
    const again = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: customer, body: { order_id: order.id, name: 'Jane Doe' } });
    expect([again.statusCode, again.json().code]).toEqual([400, 'invalid_input']);
    expect((await t.request({ method: 'GET', url: `/v1/portal/orders/${order.id}`, key: customer })).json().withdrawal).toEqual({ open: false, until: null });
  });

  it('flags a withdrawal whose refund is not issued within 14 days of the declaration, and not one refunded in time', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 1 }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
    const customer = await t.given.customerKey(store, order.customer.id);
    const declared = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: customer, body: { order_id: order.id, name: 'Jane Doe' } });
    expect(declared.statusCode, declared.body).toBe(201);
    const byKind = Object.fromEntries((declared.json().claims as Array<{ id: number; kind: string }>).map((claim) => [claim.kind, claim.id]));
    const refund = await t.request({ method: 'POST', url: `/v1/claims/${byKind.cancellation}/refunds`, key: store.merchantKey, body: { amount: 1000, status: 'issued' } });
    expect(refund.statusCode, refund.body).toBe(201);
    const declaredAt = new Date(declared.json().declared_at as string).getTime();
    const flagsOf = async (id: number) => (await t.request({ method: 'GET', url: `/v1/claims/${id}`, key: store.merchantKey })).json().risk_flags as string[];

    await runDueTimers(t.core, { now: new Date(declaredAt + 14 * DAY - 1) });
    expect(await flagsOf(byKind.return!)).not.toContain('withdrawal_refund_overdue');
    await runDueTimers(t.core, { now: new Date(declaredAt + 14 * DAY) });
    expect(await flagsOf(byKind.return!)).toContain('withdrawal_refund_overdue');
    expect(await flagsOf(byKind.cancellation!)).not.toContain('withdrawal_refund_overdue');
    const history = await t.request({ method: 'GET', url: `/v1/claims/${byKind.return}/events`, key: store.merchantKey });
    const flagged = (history.json().data as Array<{ type: string; data: Record<string, unknown> }>).filter((event) => event.type === 'claim.flagged');
    expect(flagged.map((event) => [event.data.tag, event.data.declared_at])).toEqual([['withdrawal_refund_overdue', declared.json().declared_at]]);
  });

  it('is not offered by a store whose policy switches it off', async () => {
    const store = await t.given.store();
    expect((await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: { eu_withdrawal: false } })).statusCode).toBe(200);
    const order = await t.given.order(store);
    const customer = await t.given.customerKey(store, order.customer.id);
    expect((await t.request({ method: 'GET', url: `/v1/portal/orders/${order.id}`, key: customer })).json().withdrawal).toEqual({ open: false, until: null });
    const refused = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: customer, body: { order_id: order.id, name: 'Jane Doe' } });
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'invalid_input']);
    const { rows } = await t.database.pool.query('SELECT count(*)::int AS n FROM claims WHERE order_id = $1', [order.id]);
    expect(rows[0].n).toBe(0);
    // The same order in a store that offers it (no policy at all) may be withdrawn from.
    expect((await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: {} })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/v1/portal/orders/${order.id}`, key: customer })).json().withdrawal.open).toBe(true);
  });

  it('refuses another customer\'s order, a blank name, and changes nothing', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const other = await t.given.order(store, { email: 'someone.else@example.com' });
    const stranger = await t.given.customerKey(store, other.customer.id);
    const refused = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: stranger, body: { order_id: order.id, name: 'Mallory' } });
    expect(refused.statusCode).toBe(404);
    const blank = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: await t.given.customerKey(store, order.customer.id), body: { order_id: order.id, name: '   ' } });
    expect(blank.statusCode).toBe(400);
    const { rows } = await t.database.pool.query('SELECT count(*)::int AS n FROM claims WHERE order_id = $1', [order.id]);
    expect(rows[0].n).toBe(0);
  });
});
