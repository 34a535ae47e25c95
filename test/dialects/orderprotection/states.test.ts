import { describe, expect, it } from 'vitest';
import { DATABASES } from '../../support/databases.js';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { OP_CLAIM_STATES, type OpClaimState } from '../../../src/dialects/orderprotection/status.js';
import { expectStatus, fileOpClaim, op } from './support.js';

// Every one of the 14 states, set through this door along an allowed path, reads back
// identically here; the resolution rule guards APPROVED and DENIED.

const PATHS: Record<OpClaimState, { resolution?: string; states: OpClaimState[] }> = {
  NEW: { states: [] },
  OPEN: { states: ['OPEN'] },
  COMMUNICATING: { states: ['COMMUNICATING'] },
  WAITING_FOR_CUSTOMER: { states: ['OPEN', 'WAITING_FOR_CUSTOMER'] },
  WAITING_FOR_BRAND: { states: ['WAITING_FOR_BRAND'] },
  WAITING_FOR_OP: { states: ['WAITING_FOR_OP'] },
  APPROVED: { resolution: 'RESHIP', states: ['APPROVED'] },
  DENIED: { resolution: 'NOT_COVERED', states: ['DENIED'] },
  DISMISSED: { states: ['DISMISSED'] },
  TEMPORARILY_DISMISSED: { states: ['TEMPORARILY_DISMISSED'] },
  RESOLVED: { resolution: 'REPLACEMENT', states: ['APPROVED', 'RESOLVED'] },
  RESOLVED_BY_BRAND: { resolution: 'REFUND', states: ['APPROVED', 'RESOLVED_BY_BRAND'] },
  CLOSED: { states: ['DISMISSED', 'CLOSED'] },
  ARCHIVED: { resolution: 'ADRESS_TYPO', states: ['DENIED', 'CLOSED', 'ARCHIVED'] },
};

describe.each(DATABASES)('OrderProtection claim states (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  let sourceOrderId: string;

  it('sets up a store and an order', async () => {
    store = await t.given.store();
    const order = await t.given.order(store, { items: [{ quantity: 50, external_id: 'item-1' }] });
    sourceOrderId = order.number;
  });

  it.each(OP_CLAIM_STATES)('reads %s back identically once set here', async (state) => {
    const id = await fileOpClaim(t, store.merchantKey, sourceOrderId, { sourceItemId: 'item-1', quantity: 1 });
    const path = PATHS[state];
    if (path.resolution !== undefined) {
      expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: path.resolution }), 201);
    }
    for (const next of path.states) {
      expect(expectStatus(await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: next }), 200).claimState).toBe(next);
    }
    expect(expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200).claimState).toBe(state);
    const listed = expectStatus(await op(t, 'GET', `/v1/claims?claimState=${state}&size=100`, store.merchantKey), 200);
    expect(listed.edges.map((edge: any) => edge.node.id)).toContain(id);
  });

  it('refuses APPROVED without an approval resolution, and DENIED without a denial one', async () => {
    const id = await fileOpClaim(t, store.merchantKey, sourceOrderId, { sourceItemId: 'item-1', quantity: 1 });
    const approve = await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: 'APPROVED' });
    expect(approve.statusCode).toBe(409);
    expect(approve.json()).toEqual({ statusCode: 409, message: expect.stringContaining('approval resolution'), error: 'Conflict' });
    expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, { resolutionType: 'REFUND' }), 201);
    expect((await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: 'DENIED' })).statusCode).toBe(409);
    expect(expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200).claimState).toBe('NEW');
  });

  it('refuses a move the transition table does not allow', async () => {
    const id = await fileOpClaim(t, store.merchantKey, sourceOrderId, { sourceItemId: 'item-1', quantity: 1 });
    const response = await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: 'ARCHIVED' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ statusCode: 409, error: 'Conflict', message: 'a claim cannot move from new to archived' });
  });

  it('refuses an unknown state with a 400', async () => {
    const id = await fileOpClaim(t, store.merchantKey, sourceOrderId, { sourceItemId: 'item-1', quantity: 1 });
    const response = await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: 'SHIPPED' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });
});
