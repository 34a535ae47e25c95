import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { createRefund, dataOf, expectError, givenParties, v2 } from './given.js';

// Never over-refund, whatever the door: this door draws on the same ledger as the native
// API, and concurrent creates queue on the order's row lock so their sum never passes
// what was paid.

describe.each(DATABASES)('Refunds v2: the order ledger (%s)', (kind) => {
  const t = useTestApp(kind);

  it('holds the order total under 20 concurrent POSTs that together ask for more', async () => {
    const { store, order, customerKey } = await givenParties(t);
    // 15.00 paid; 20 × 2.00 asked: exactly 7 fit.
    const responses = await Promise.all(Array.from({ length: 20 }, (_, index) => v2(t, 'POST', '', {
      key: index % 2 === 0 ? customerKey : store.merchantKey,
      body: { orderId: order.id, reason: `concurrent ${index}`, amount: 2, refundOnly: true },
    })));
    const created = responses.filter((response) => response.statusCode === 201);
    const refused = responses.filter((response) => response.statusCode !== 201);
    expect(created).toHaveLength(7);
    for (const response of refused) expectError(response, 400, 'API.INVALID_PARAMETER');
    const listed = dataOf(await v2(t, 'GET', `?orderId=${order.id}&size=100`, { key: store.merchantKey }));
    expect(listed).toHaveLength(7);
    expect(listed.reduce((total: number, refund: any) => total + refund.amount * 100, 0)).toBe(1400);
  });

  it('counts a refund booked through the native API: what is left here shrinks by it', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const claim = await t.request({
      method: 'POST', url: '/v1/claims', key: store.merchantKey,
      body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] },
    });
    expect(claim.statusCode).toBe(201);
    const booked = await t.request({ method: 'POST', url: `/v1/claims/${claim.json().id}/refunds`, key: store.merchantKey, body: { amount: 1000, status: 'issued' } });
    expect(booked.statusCode).toBe(201);

    expectError(await v2(t, 'POST', '', { key: customerKey, body: { orderId: order.id, reason: 'r', amount: 5.01, refundOnly: true } }), 400, 'API.INVALID_PARAMETER');
    expect((await createRefund(t, customerKey, order.id, { amount: 5 })).amount).toBe(5);
    // The native refund shows here too, as ISSUED, on the same order.
    const listed = dataOf(await v2(t, 'GET', `?orderId=${order.id}`, { key: customerKey }));
    expect(listed.map((refund: any) => [refund.amount, refund.status])).toEqual([[10, 'ISSUED'], [5, 'REQUESTED']]);
  });
});
