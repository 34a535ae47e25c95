import { describe, expect, it } from 'vitest';
import { POLICY_BUDGET } from '../../src/domain/policy/document.js';
import { ADMIN_KEY, useTestApp } from '../support/app.js';
import { fileClaim, tableCounts } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { DAY, claimEvents, fakeClock, getClaim, installPolicy, move, putPolicy } from './support.js';

// Policies through the native API, on both databases, with a clock the tests move.
// Test orders are placed on 2026-11-01T10:00Z and their items are marked delivered.

describe.each(DATABASES)('policies (%s)', (kind) => {
  const time = fakeClock('2026-11-05T12:00:00Z');
  const t = useTestApp(kind, { clock: time.clock });

  describe('the document', () => {
    it('answers 404 while the store has no policy', async () => {
      const store = await t.given.store();
      const response = await t.request({ method: 'GET', url: '/v1/policy', key: store.merchantKey });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    });

    it('keeps every version and serves the newest with its ETag', async () => {
      const store = await t.given.store();
      expect((await installPolicy(t, store, { windows: { return: { days_after_delivery: 30 } } })).version).toBe(1);
      expect((await installPolicy(t, store, { windows: { return: { days_after_delivery: 14 } } })).version).toBe(2);
      const current = await t.request({ method: 'GET', url: '/v1/policy', key: store.merchantKey });
      expect(current.headers.etag).toBe('"2"');
      expect(current.json()).toMatchObject({ version: 2, policy: { windows: { return: { days_after_delivery: 14 } } }, created_by: { type: 'merchant' } });
      const versions = (await t.request({ method: 'GET', url: '/v1/policy/versions', key: store.merchantKey })).json();
      expect(versions.data.map((version: any) => version.version)).toEqual([2, 1]);
      const first = await t.request({ method: 'GET', url: '/v1/policy/versions/1', key: store.merchantKey });
      expect(first.json().policy.windows.return.days_after_delivery).toBe(30);
    });

    it('refuses a stale If-Match with 412 and saves nothing', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, {});
      const stale = await putPolicy(t, store, { rules: [] }, { 'if-match': '"0"' });
      expect(stale.statusCode).toBe(412);
      expect((await putPolicy(t, store, { rules: [] }, { 'if-match': '"1"' })).json().version).toBe(2);
    });

    it('refuses a document outside the schema, and one that cannot run', async () => {
      const store = await t.given.store();
      const unknownField = await putPolicy(t, store, { rules: [{ id: 'a', then: [{ type: 'teleport' }] }] });
      expect(unknownField.statusCode).toBe(400);
      const twice = await putPolicy(t, store, { rules: [{ id: 'a', then: [{ type: 'approve' }] }, { id: 'a', then: [{ type: 'approve' }] }] });
      expect(twice.statusCode).toBe(400);
      expect(twice.json()).toMatchObject({ code: 'invalid_input', detail: 'rule id a is used twice' });
      const zone = await putPolicy(t, store, { time_zone: 'Mars/Olympus' });
      expect(zone.statusCode).toBe(400);
      expect((await t.request({ method: 'GET', url: '/v1/policy', key: store.merchantKey })).statusCode).toBe(404);
    });

    it("is the store's own: another store's key sees 404, a customer is forbidden", async () => {
      const store = await t.given.store();
      const other = await t.given.store();
      await installPolicy(t, store, {});
      expect((await t.request({ method: 'GET', url: '/v1/policy', key: other.merchantKey })).statusCode).toBe(404);
      expect((await t.request({ method: 'GET', url: `/v1/policy?store_id=${store.id}`, key: ADMIN_KEY })).json().version).toBe(1);
      const order = await t.given.order(store);
      const customerKey = await t.given.customerKey(store, order.customer.id);
      expect((await t.request({ method: 'GET', url: '/v1/policy', key: customerKey })).statusCode).toBe(403);
    });
  });

  describe('windows and requirements', () => {
    it('refuses a return outside its window with the native problem shape, and writes nothing', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { windows: { return: { days_after_delivery: 2 } } });
      const order = await t.given.order(store); // delivered now, 5 Nov: the window ends at midnight UTC on 8 Nov
      const body = { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] };
      time.set('2026-11-08T00:00:00Z');
      try {
        const before = await tableCounts(t);
        const response = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body });
        expect(response.statusCode).toBe(422);
        expect(response.json()).toMatchObject({ code: 'outside_window', windowEndedAt: '2026-11-08T00:00:00.000Z' });
        expect(await tableCounts(t)).toEqual(before);
        time.set('2026-11-07T23:59:59.999Z');
        expect((await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body })).statusCode).toBe(201);
      } finally {
        time.set('2026-11-05T12:00:00Z');
      }
    });

    it('refuses a claim short of a requirement, and accepts it with the evidence', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { requirements: [{ kinds: ['incident'], min_photos: 1 }] });
      const order = await t.given.order(store, { items: [{ quantity: 2 }] });
      const body = { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: order.items[0].id, quantity: 1 }] };
      const refused = await t.request({ method: 'POST', url: '/v1/claims', key: store.merchantKey, body });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'requirement_unmet', requirement: 'photos' });
      const claim = await fileClaim(t, store.merchantKey, { ...body, evidence: [{ url: 'https://img.example.com/1.jpg', kind: 'photo' }] });
      expect(claim.policy_version).toBe(1);
    });

    it('changes nothing for a store without a policy', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store);
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      expect(claim).toMatchObject({ status: 'new', policy_version: null, risk_flags: [], queue: null, automatic_decision: null, version: 1 });
    });
  });

  describe('rules', () => {
    it('approves a claim when it is filed, and says why on the claim and in its events', async () => {
      const store = await t.given.store();
      const { version } = await installPolicy(t, store, {
        rules: [
          { id: 'big', when: { claimed_amount: { min: 100_000 } }, then: [{ type: 'assign', queue: 'senior' }] },
          { id: 'small-returns', when: { kinds: ['return'], claimed_amount: { max: 5000 } }, then: [{ type: 'flag', tag: 'low_value' }, { type: 'approve' }] },
        ],
      });
      const order = await t.given.order(store, { items: [{ unit_price: 2500 }] });
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      expect(claim).toMatchObject({
        status: 'approved', decision: 'approved', policy_version: version, risk_flags: ['low_value'], queue: null,
        automatic_decision: { rule_id: 'small-returns', action: 'approve', policy_version: version, decided_at: '2026-11-05T12:00:00.000Z' },
      });
      const events = await claimEvents(t, store, claim.id);
      const approved = events.find((event) => event.type === 'claim.approved');
      expect(approved).toMatchObject({ actor: { type: 'automatic', name: 'policy' }, data: { from: 'new', to: 'approved', rule_id: 'small-returns', policy_version: version } });
      expect(events.find((event) => event.type === 'claim.flagged')).toMatchObject({ actor: { type: 'automatic' }, data: { tag: 'low_value', rule_id: 'small-returns' } });
    });

    it('rejects with the rule\'s reason, and assigns a queue', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, {
        rules: [
          { id: 'route', when: { kinds: ['incident'] }, then: [{ type: 'assign', queue: 'carriers' }] },
          { id: 'old-orders', when: { order_age_days: { min: 3 } }, then: [{ type: 'reject', reason: 'Too late for a carrier claim' }] },
        ],
      });
      const order = await t.given.order(store);
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'delivered_not_received', lines: [{ order_item_id: order.items[0].id }] });
      expect(claim).toMatchObject({
        status: 'rejected', queue: 'carriers', rejection: { reason: 'Too late for a carrier claim' },
        automatic_decision: { rule_id: 'old-orders', action: 'reject', reason: 'Too late for a carrier claim' },
      });
      const events = await claimEvents(t, store, claim.id);
      expect(events.find((event) => event.type === 'claim.assigned')).toMatchObject({ data: { queue: 'carriers', rule_id: 'route' } });
    });

    it('counts the customer\'s earlier claims', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, {
        rules: [{ id: 'repeat', when: { customer: { within_days: 30, claims: { min: 1 } } }, then: [{ type: 'flag', tag: 'repeat_customer' }] }],
      });
      const email = `repeat-${kind}@example.com`;
      const first = await t.given.order(store, { email });
      const second = await t.given.order(store, { email });
      const one = await fileClaim(t, store.merchantKey, { order_id: first.id, kind: 'return', lines: [{ order_item_id: first.items[0].id }] });
      const two = await fileClaim(t, store.merchantKey, { order_id: second.id, kind: 'return', lines: [{ order_item_id: second.items[0].id }] });
      expect(one.risk_flags).toEqual([]);
      expect(two.risk_flags).toEqual(['repeat_customer']);
    });

    it('runs again when the claim changes, but an automatic change does not run them again', async () => {
      const store = await t.given.store();
      const order = await t.given.order(store);
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      expect(claim.status).toBe('new');
      const { version } = await installPolicy(t, store, { rules: [{ id: 'approve-all', then: [{ type: 'flag', tag: 'seen' }, { type: 'approve' }] }] });
      const moved = await move(t, store.merchantKey, claim.id, 'open');
      expect(moved).toMatchObject({ status: 'approved', policy_version: version, risk_flags: ['seen'], automatic_decision: { rule_id: 'approve-all' } });
      const events = await claimEvents(t, store, claim.id);
      expect(events.filter((event) => event.type === 'claim.approved')).toHaveLength(1);
      expect(events.filter((event) => event.type === 'claim.flagged')).toHaveLength(1);
      // A later change runs the rules again; the claim is decided, so they only re-check flags.
      await move(t, store.merchantKey, claim.id, 'closed');
      const after = await claimEvents(t, store, claim.id);
      expect(after.filter((event) => event.type === 'claim.flagged')).toHaveLength(1);
      expect((await getClaim(t, store, claim.id)).status).toBe('closed');
    });
  });

  describe('approve_and_refund', () => {
    it('books the claimed amount through the ledger and approves the refund', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { rules: [{ id: 'refund', then: [{ type: 'approve_and_refund' }] }] });
      const order = await t.given.order(store, { items: [{ quantity: 2, unit_price: 1500 }] });
      const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id, quantity: 2 }] });
      expect(claim.status).toBe('approved');
      expect(claim.refunds).toMatchObject([{ amount: 3000, status: 'approved', currency: 'EUR' }]);
      expect(claim.automatic_decision).toMatchObject({ action: 'approve_and_refund', refund_amount: 3000 });
    });

    it('never over-refunds under concurrent claims on one order', async () => {
      const store = await t.given.store();
      await installPolicy(t, store, { rules: [{ id: 'refund', then: [{ type: 'approve_and_refund' }] }] });
      // Ten items of 1000 plus 500 shipping: 10,500 paid, 10,000 claimable. A merchant refund
      // of 6,000 leaves 4,500 for the automatic refunds to share.
      const order = await t.given.order(store, { items: Array.from({ length: 10 }, () => ({ unit_price: 1000 })) });
      const first = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'incident', type: 'damaged', lines: [{ order_item_id: order.items[0].id }] });
      const response = await t.request({ method: 'POST', url: `/v1/claims/${first.id}/refunds`, key: store.merchantKey, body: { amount: 5000 } });
      expect(response.statusCode).toBe(201);
      const results = await Promise.all(order.items.slice(1).map((item: any) => t.request({
        method: 'POST', url: '/v1/claims', key: store.merchantKey, body: { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id }] },
      })));
      expect(results.map((result) => result.statusCode)).toEqual(Array(9).fill(201));
      const refunds = await t.database.db.selectFrom('refunds').select(['amount_minor', 'status']).where('order_id', '=', order.id).execute();
      const promised = refunds.filter((refund) => refund.status !== 'denied' && refund.status !== 'cancelled').reduce((sum, refund) => sum + refund.amount_minor, 0);
      expect(promised).toBe(10_500);
      expect(refunds.length).toBeLessThanOrEqual(1 + 9);
    });
  });

  describe('simulate', () => {
    const draft = {
      windows: { return: { days_after_delivery: 10 } },
      rules: [
        { id: 'flag-big', when: { claimed_amount: { min: 5000 } }, then: [{ type: 'flag', tag: 'big' }] },
        { id: 'auto', when: { kinds: ['return'], claimed_amount: { max: 3000 } }, then: [{ type: 'approve_and_refund' }] },
      ],
    };

    it('judges a hypothetical claim by the draft and says which rule decided', async () => {
      const store = await t.given.store();
      const response = await t.request({
        method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey,
        body: { policy: draft, claim: { kind: 'return', currency: 'EUR', order_placed_at: '2026-11-01T10:00:00Z', items: [{ sku: 'A', quantity: 1, unit_price: 2000, delivered_at: '2026-11-03T10:00:00Z' }] } },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().verdict).toEqual({
        outcome: 'decided', decision: { rule_id: 'auto', action: 'approve_and_refund', refund_amount: 2000 }, flags: [], matched_rules: ['auto'],
      });
      const late = await t.request({
        method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey,
        body: { policy: draft, claim: { kind: 'return', currency: 'EUR', order_placed_at: '2026-10-01T10:00:00Z', filed_at: '2026-10-30T00:00:00Z', items: [{ sku: 'A', quantity: 1, unit_price: 2000, delivered_at: '2026-10-02T10:00:00Z' }] } },
      });
      expect(late.json().verdict).toMatchObject({ outcome: 'refused', refusal: { code: 'outside_window', windowEndedAt: '2026-10-13T00:00:00.000Z' } });
    });

    it("replays the store's recent claims and changes nothing", async () => {
      const store = await t.given.store();
      const order = await t.given.order(store, { items: [{ unit_price: 2000 }, { unit_price: 9000 }] });
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[1].id }] });
      const before = await tableCounts(t);
      const response = await t.request({ method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey, body: { policy: draft, since_days: 30 } });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.summary).toEqual({ claims: 2, refused: 0, decided: 1, undecided: 1 });
      expect(body.claims.map((entry: any) => entry.verdict.decision?.rule_id ?? entry.verdict.flags[0]?.tag)).toEqual(['big', 'auto']);
      expect(body.claims.every((entry: any) => entry.claim.status === 'new')).toBe(true);
      expect(await tableCounts(t)).toEqual(before);
      expect((await t.request({ method: 'GET', url: '/v1/policy', key: store.merchantKey })).statusCode).toBe(404);
    });

    it('refuses a policy over its budget with 400, on PUT and on simulate, and saves nothing', async () => {
      const store = await t.given.store();
      const complex = Array.from({ length: POLICY_BUDGET.complexPatterns + 1 }, (_, index) => `*${'?'.repeat(60)}${index}*X`);
      const heavy = { rules: [{ id: 'heavy', when: { sku_any: complex }, then: [{ type: 'flag', tag: 'heavy' }] }] };
      const claim = { kind: 'return', currency: 'EUR', order_placed_at: '2026-11-01T10:00:00Z', items: [{ sku: 'A', quantity: 1, unit_price: 2000, delivered_at: '2026-11-03T10:00:00Z' }] };
      const simulated = await t.request({ method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey, body: { policy: heavy, claim } });
      expect(simulated.statusCode).toBe(400);
      expect(simulated.json()).toMatchObject({ code: 'invalid_input', path: '/policy/rules/0/when/sku_any' });
      expect(simulated.json().detail).toContain(`at most ${POLICY_BUDGET.complexPatterns}`);
      const put = await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: heavy });
      expect(put.statusCode).toBe(400);
      expect(put.json()).toMatchObject({ code: 'invalid_input', path: '/rules/0/when/sku_any' });
      const plain = Array.from({ length: 100 }, (_, index) => `SKU-${index}`);
      const many = { rules: Array.from({ length: Math.ceil(POLICY_BUDGET.skuPatterns / 100) + 1 }, (_, index) => ({ id: `r${index}`, when: { sku_any: plain }, then: [{ type: 'flag', tag: 't' }] })) };
      const tooMany = await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: many });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().detail).toContain(`at most ${POLICY_BUDGET.skuPatterns} SKU patterns`);
      expect((await t.request({ method: 'GET', url: '/v1/policy', key: store.merchantKey })).statusCode).toBe(404);
      // Within the budget, the same kind of patterns are accepted.
      const fits = { rules: [{ id: 'fits', when: { sku_any: complex.slice(1) }, then: [{ type: 'flag', tag: 'fits' }] }] };
      expect((await t.request({ method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey, body: { policy: fits, claim } })).statusCode).toBe(200);
    });

    it('asks for exactly one of claim and since_days', async () => {
      const store = await t.given.store();
      const response = await t.request({ method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey, body: { policy: draft } });
      expect(response.statusCode).toBe(400);
    });
  });

  it('replays claims as of when they were filed', async () => {
    time.set('2026-11-05T12:00:00Z');
    const store = await t.given.store();
    const order = await t.given.order(store);
    await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
    time.advance(20 * DAY);
    const response = await t.request({
      method: 'POST', url: '/v1/policy/simulate', key: store.merchantKey,
      body: { policy: { rules: [{ id: 'young', when: { order_age_days: { max: 5 } }, then: [{ type: 'approve' }] }] }, since_days: 30 },
    });
    expect(response.json().claims[0].verdict).toMatchObject({ outcome: 'decided', decision: { rule_id: 'young' } });
    time.set('2026-11-05T12:00:00Z');
  });
});
