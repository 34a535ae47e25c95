import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/app.js';
import { fileClaim } from '../../support/claims.js';
import { DATABASES } from '../../support/databases.js';
import { act, createRefund, dataOf, givenParties, v2 } from './given.js';

// A refund asked for here is a money-only claim holding that one refund. When the refund is
// decided, the claim moves with it, so every other door, the console and the webhooks show
// the same outcome. A claim with lines or with other refunds is the agents' to move.

describe.each(DATABASES)('Refunds v2: the claim follows its refund (%s)', (kind) => {
  const t = useTestApp(kind);

  async function claimOf(key: string, refundId: number): Promise<any> {
    const refund = (await t.request({ method: 'GET', url: `/v1/refunds/${refundId}`, key })).json();
    return (await t.request({ method: 'GET', url: `/v1/claims/${refund.claim_id}`, key })).json();
  }
  async function statusChanges(key: string, claimId: number): Promise<Array<{ from: string; to: string }>> {
    const events = (await t.request({ method: 'GET', url: `/v1/claims/${claimId}/events`, key })).json().data;
    return events.filter((event: any) => event.type === 'claim.status_changed').map((event: any) => ({ from: event.data.from, to: event.data.to }));
  }

  it('is cancelled when the customer cancels the refund, and Seller Center shows it cancelled', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 5 });
    expect((await claimOf(store.merchantKey, created.id)).status).toBe('new');
    dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }));
    const claim = await claimOf(store.merchantKey, created.id);
    expect(claim.status).toBe('cancelled');
    expect(await statusChanges(store.merchantKey, claim.id)).toEqual([{ from: 'new', to: 'cancelled' }]);
    const seller = await t.request({ method: 'GET', url: `/compat/seller-center/api/i2/claims/?status=rejected`, headers: { authorization: store.merchantKey } });
    expect(seller.json().results.map((row: any) => row.id)).toContain(claim.uuid);
  });

  it('is rejected when the seller denies the refund', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 5 });
    dataOf(await act(t, store.merchantKey, created.id, { action: 'DENY', responseReason: 'used item' }));
    expect((await claimOf(store.merchantKey, created.id)).status).toBe('rejected');
  });

  it('is approved on CONFIRM, follows the parcel, and is completed when the money is issued', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 15, refundOnly: false });
    dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
    expect((await claimOf(store.merchantKey, created.id)).status).toBe('approved');
    dataOf(await act(t, customerKey, created.id, { action: 'SHIP_INIT', trackingId: 'SF1', carrierName: 'SF-Express' }));
    dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }));
    const claim = await claimOf(store.merchantKey, created.id);
    expect(claim.status).toBe('completed');
    const moves = await statusChanges(store.merchantKey, claim.id);
    expect(moves[0]).toEqual({ from: 'new', to: 'approved' });
    expect(moves.at(-1)).toMatchObject({ to: 'completed' });
  });

  it('goes straight from new to approved to completed when the seller issues at once', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 5, refundOnly: true });
    dataOf(await act(t, store.merchantKey, created.id, { action: 'ISSUE' }));
    const claim = await claimOf(store.merchantKey, created.id);
    expect(claim.status).toBe('completed');
    expect(await statusChanges(store.merchantKey, claim.id)).toEqual([{ from: 'new', to: 'approved' }, { from: 'approved', to: 'completed' }]);
  });

  it('is closed, not rejected, when a refund it already approved is cancelled', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 5, refundOnly: false });
    dataOf(await act(t, store.merchantKey, created.id, { action: 'CONFIRM' }));
    dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }));
    expect((await claimOf(store.merchantKey, created.id)).status).toBe('closed');
  });

  it('leaves a claim with lines where it is when one of its refunds is denied', async () => {
    const { store, order } = await givenParties(t);
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] });
    const booked = await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/refunds`, key: store.merchantKey, body: { amount: 300 } });
    expect(booked.statusCode).toBe(201);
    dataOf(await act(t, store.merchantKey, booked.json().id, { action: 'DENY', responseReason: 'no' }));
    expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json().status).toBe('new');
  });

  it('leaves a money-only claim where it is once it holds a second refund', async () => {
    const { store, order, customerKey } = await givenParties(t);
    const created = await createRefund(t, customerKey, order.id, { amount: 5 });
    const claimBefore = await claimOf(store.merchantKey, created.id);
    const second = await t.request({ method: 'POST', url: `/v1/claims/${claimBefore.id}/refunds`, key: store.merchantKey, body: { amount: 100 } });
    expect(second.statusCode).toBe(201);
    dataOf(await v2(t, 'DELETE', `/${created.id}`, { key: customerKey }));
    expect((await claimOf(store.merchantKey, created.id)).status).toBe('new');
  });
});
