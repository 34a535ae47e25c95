import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookDispatcher } from '../../src/webhooks/dispatcher.js';
import { useTestApp, type StoreFixture } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { startReceiver, type Receiver } from './receiver.js';
import { addEndpoint, drain } from './support.js';

// The orderprotection format: OrderProtection's documented envelope {id, topic,
// created_at, body}, its topics, its claim states and the x-webhook-secret header.

describe.each(DATABASES)('OrderProtection webhooks (%s)', (kind) => {
  const t = useTestApp(kind);
  let receiver: Receiver;
  let store: StoreFixture;
  beforeAll(() => { process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1'; });
  beforeEach(async () => {
    receiver = await startReceiver();
    store = await t.given.store({ currency: 'USD' });
    await drain(dispatcher());
  });
  afterAll(async () => { await receiver?.close(); });

  const dispatcher = () => createWebhookDispatcher(t.core, { timeoutMs: 2_000, allowPrivate: true });

  async function givenIncident() {
    const order = await t.given.order(store, { external_id: 'XX-1234-1234', items: [{ quantity: 2, unit_price: 2500, external_id: 'item_123' }] });
    const claim = await fileClaim(t, store.merchantKey, {
      order_id: order.id, kind: 'incident', type: 'damaged', description: 'Box crushed',
      lines: [{ order_item_id: order.items[0].id, quantity: 1 }],
    });
    return { order, claim };
  }

  it('sends claim.created in the documented envelope with the x-webhook-secret header', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url, format: 'orderprotection' });
    const { order, claim } = await givenIncident();
    await drain(dispatcher());

    expect(receiver.received).toHaveLength(1);
    const [delivered] = receiver.received;
    expect(delivered!.headers['x-webhook-secret']).toBe(endpoint.secret);
    expect(Object.keys(delivered!.json).sort()).toEqual(['body', 'created_at', 'id', 'topic']);
    expect(delivered!.json).toMatchObject({ id: delivered!.headers['webhook-id'], topic: 'claim.created' });
    expect(new Date(delivered!.json.created_at).toISOString()).toBe(delivered!.json.created_at);
    expect(delivered!.json.body).toEqual({
      claim_id: claim.uuid, order_id: order.uuid, source_order_id: 'XX-1234-1234', created_at: claim.created_at,
      claim_description: 'Box crushed', claim_type: 'DAMAGED', claim_state: 'NEW',
      items: [{ product_id: null, variant_id: null, sku: 'SKU-1', item_id: 'item_123', item_name: 'Item 1', quantity: 1 }],
    });
    // The Standard Webhooks signature comes along, so either check works.
    expect(() => new Webhook(endpoint.secret).verify(delivered!.body, delivered!.headers as Record<string, string>)).not.toThrow();
  });

  it('sends claim.approved and claim.denied with their resolutions, and only the four documented topics', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url, format: 'orderprotection' });
    const approved = await givenIncident();
    const post = (claim: any, path: string, body: unknown = {}) => t.request({ method: 'POST', url: `/v1/claims/${claim.id}${path}`, key: store.merchantKey, body });
    expect((await post(approved.claim, '/resolutions', { type: 'REFUND', paid_value: 2500, paid_currency: 'USD', include_shipping: true, shipping_amount: 500 })).statusCode).toBe(201);
    expect((await post(approved.claim, '/approve')).statusCode).toBe(200);
    const denied = await givenIncident();
    expect((await post(denied.claim, '/resolutions', { type: 'POTENTIAL_FRAUD' })).statusCode).toBe(201);
    expect((await post(denied.claim, '/reject', { reason: 'fraud' })).statusCode).toBe(200);
    await drain(dispatcher());

    const topicsOf = (claim: any) => receiver.received.filter((entry) => entry.json.body.claim_id === claim.uuid).map((entry) => entry.json.topic);
    expect(topicsOf(approved.claim)).toEqual(['claim.created', 'claim.approved']);
    expect(topicsOf(denied.claim)).toEqual(['claim.created', 'claim.denied']);
    const bodyOf = (topic: string) => receiver.received.find((entry) => entry.json.topic === topic)!.json.body;
    const approval = bodyOf('claim.approved');
    expect(approval).toEqual({
      claim_id: approved.claim.uuid, order_id: approved.order.uuid, source_order_id: 'XX-1234-1234',
      resolutions: [{
        type: 'REFUND',
        details: {
          items: [{
            product_id: null, variant_id: null, sku: 'SKU-1', item_id: 'item_123', item_name: 'Item 1', quantity: 1,
            price: 25, discount: 0, tax: null, resolution_percentage: null, resolution_flat_amount: null,
          }],
          currency: 'USD', total_refund_amount: 25, shipping_amount: 5, shipping_amount_tax: 0,
        },
      }],
    });
    const denial = bodyOf('claim.denied');
    expect(denial.resolutions).toHaveLength(1);
    expect(denial.resolutions[0]).toMatchObject({ type: 'POTENTIAL_FRAUD', details: { total_refund_amount: 0 } });
  });

  it('sends messages of the thread but never internal notes', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url, format: 'orderprotection', event_types: ['message.created'] });
    const { claim } = await givenIncident();
    await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: 'internal only', internal: true } });
    const message = (await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: 'We will refund you' } })).json();
    await drain(dispatcher());

    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.json).toMatchObject({ topic: 'message.created' });
    expect(receiver.received[0]!.json.body).toMatchObject({
      claim_id: claim.uuid, message_id: message.id, message: 'We will refund you', sender_type: 'brand', medias: [],
    });
  });
});
