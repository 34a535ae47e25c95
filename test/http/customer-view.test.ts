import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { cookieOf } from '../support/sessions.js';

// A customer — a customer key or a portal session — sees its claim and its history without
// the merchant's working state: no risk flags, no queue, no automatic decision or policy rule
// ids, no internal messages, no notes on status changes and no key ids of who acted. The
// same claim seen by the merchant shows all of it, so the test knows it is there to hide.

async function json(response: Promise<LightMyRequestResponse>): Promise<any> {
  const answered = await response;
  if (answered.statusCode >= 300) throw new Error(`${answered.statusCode} ${answered.body}`);
  return answered.json();
}

describe.each(DATABASES)('the customer view of a claim (%s)', (kind) => {
  const t: TestApp = useTestApp(kind);

  it('hides flags, queues, rule ids, internal messages, notes and staff key ids from customers, field by field and on every door', async () => {
    const store = await t.given.store();
    const marker = `cv${Date.now().toString(36)}`;
    const put = await t.request({
      method: 'PUT', url: '/v1/policy', key: store.merchantKey,
      body: { rules: [{ id: `${marker}-rule`, when: { kinds: ['return'] }, then: [{ type: 'flag', tag: `${marker}-tag` }, { type: 'assign', queue: `${marker}-queue` }, { type: 'approve_and_refund' }] }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const email = `${marker}@example.com`;
    const order = await t.given.order(store, { email, items: [{ unit_price: 2500 }] });
    const customerKey = await t.given.customerKey(store, order.customer.id);
    const filed = await json(t.request({ method: 'POST', url: '/v1/claims', key: customerKey, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] } }));
    await json(t.request({ method: 'POST', url: `/v1/claims/${filed.id}/messages`, key: store.merchantKey, body: { body: `${marker}-internal`, internal: true } }));
    await json(t.request({ method: 'POST', url: `/v1/claims/${filed.id}/messages`, key: store.merchantKey, body: { body: 'We are on it.' } }));
    await json(t.request({ method: 'POST', url: `/v1/claims/${filed.id}/complete`, key: store.merchantKey, body: { note: `${marker}-note` } }));

    // The merchant sees it all.
    const staff = await json(t.request({ method: 'GET', url: `/v1/claims/${filed.id}`, key: store.merchantKey }));
    expect(staff).toMatchObject({ risk_flags: [`${marker}-tag`], queue: `${marker}-queue`, automatic_decision: { rule_id: `${marker}-rule` }, policy_version: 1 });
    expect(staff.messages.map((message: any) => message.body)).toEqual([`${marker}-internal`, 'We are on it.']);
    const staffEvents = (await json(t.request({ method: 'GET', url: `/v1/claims/${filed.id}/events`, key: store.merchantKey }))).data as any[];
    const staffKeyId = staffEvents.find((event) => event.actor.type === 'merchant')?.actor.key_id as number;
    expect(staffKeyId).toEqual(expect.any(Number));
    expect(staffEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['claim.flagged', 'claim.assigned']));
    expect(staffEvents.find((event) => event.type === 'claim.completed')?.data.note).toBe(`${marker}-note`);
    expect(staffEvents.find((event) => event.type === 'refund.created')?.data.rule_id).toBe(`${marker}-rule`);

    const portal = await t.request({ method: 'POST', url: '/v1/portal/sessions', body: { store_code: store.code, order_number: order.number, email } });
    expect(portal.statusCode, portal.body).toBe(201);
    const portalHeaders = { cookie: cookieOf(portal), 'x-recourse-session': 'portal' };
    const asPortal = (url: string) => json(t.app.inject({ method: 'GET', url, headers: portalHeaders }));
    const asCustomer = (url: string) => json(t.request({ method: 'GET', url, key: customerKey }));

    const hidden = [`${marker}-rule`, `${marker}-tag`, `${marker}-queue`, `${marker}-internal`, `${marker}-note`, '"key_id"', '"policy_version":1', '"rule_id"'];
    for (const [who, get] of [['customer key', asCustomer], ['portal session', asPortal]] as const) {
      const claim = await get(`/v1/claims/${filed.id}`);
      expect(claim, who).toMatchObject({ id: filed.id, status: 'completed', risk_flags: [], queue: null, automatic_decision: null, policy_version: null });
      expect(claim.messages.map((message: any) => [message.body, message.internal]), who).toEqual([['We are on it.', false]]);
      expect(claim.refunds).toHaveLength(1);
      expect(claim.refunds[0].reason).toBe("refunded automatically by the store's policy");
      const listed = (await get('/v1/claims')).data as any[];
      expect(listed.map((entry) => [entry.id, entry.risk_flags, entry.queue, entry.automatic_decision, entry.messages.length]), who).toEqual([[filed.id, [], null, null, 1]]);

      const history = (await get(`/v1/claims/${filed.id}/events`)).data as any[];
      const types = history.map((event) => event.type);
      expect(types, who).not.toContain('claim.flagged');
      expect(types, who).not.toContain('claim.assigned');
      expect(types, who).toEqual(expect.arrayContaining(['claim.created', 'claim.approved', 'claim.completed', 'refund.created', 'message.created']));
      expect(history.filter((event) => event.type === 'message.created').map((event) => event.data.internal), who).toEqual([false]);
      for (const event of history) {
        expect(Object.keys(event.actor).sort(), `${who} ${event.type}`).toEqual(['name', 'type']);
        for (const key of ['note', 'rule_id', 'policy_version', 'queue', 'tag', 'timer']) expect(event.data, `${who} ${event.type}`).not.toHaveProperty(key);
      }
      expect(history.find((event) => event.type === 'claim.completed')?.data, who).toMatchObject({ from: 'approved', to: 'completed' });
      for (const answer of [claim, listed, history]) {
        const text = JSON.stringify(answer);
        expect(hidden.filter((secret) => text.includes(secret)), who).toEqual([]);
      }
    }

    // The other doors a customer may use show the same view.
    const op = await t.request({ method: 'GET', url: `/compat/orderprotection/v1/claims/${filed.uuid}`, key: customerKey });
    expect(op.statusCode, op.body).toBe(200);
    const refundsV2 = await t.request({ method: 'GET', url: '/compat/refunds-v2/api/v2/refunds', key: customerKey });
    expect(refundsV2.statusCode, refundsV2.body).toBe(200);
    const refunds = await t.request({ method: 'GET', url: '/v1/refunds', key: customerKey });
    for (const answer of [op, refundsV2, refunds]) {
      expect(hidden.filter((secret) => answer.body.includes(secret)), answer.body.slice(0, 200)).toEqual([]);
    }
  });
});
