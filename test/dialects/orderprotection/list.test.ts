import { afterEach, describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/core/identity/api-keys.js';
import { fileClaim } from '../../../src/core/claims/file-claim.js';
import type { Actor } from '../../../src/domain/actor.js';
import { DATABASES } from '../../support/databases.js';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { expectStatus, fileOpClaim, op } from './support.js';

async function merchantOf(t: ReturnType<typeof useTestApp>, store: StoreFixture): Promise<Actor> {
  const actor = await authenticate(t.core, store.merchantKey);
  if (actor === undefined) throw new Error('merchant key does not authenticate');
  return actor;
}

describe.each(DATABASES)('OrderProtection claim list (%s)', (kind) => {
  const t = useTestApp(kind);
  const realClock = () => new Date();
  afterEach(() => { t.core.clock = realClock; });

  describe('cursors', () => {
    // 230 claims, three to a millisecond, so the (createdAt, id) tie-break is exercised.
    const TOTAL = 230;
    let store: StoreFixture;
    let newestFirst: string[];

    it('sets up a few hundred claims', async () => {
      store = await t.given.store();
      const order = await t.given.order(store, { items: [{ quantity: TOTAL + 10 }] });
      const actor = await merchantOf(t, store);
      const start = Date.parse('2026-11-02T00:00:00Z');
      const ids: Array<{ uuid: string; id: number; at: number }> = [];
      for (let index = 0; index < TOTAL; index += 1) {
        const at = start + Math.floor(index / 3);
        t.core.clock = () => new Date(at);
        const claim = await fileClaim(t.core, actor, {
          order: { id: order.id }, kind: 'incident', incidentType: 'damaged', source: 'native', lines: [{ orderItemId: order.items[0].id, quantity: 1 }],
        });
        ids.push({ uuid: claim.uuid, id: claim.id, at });
      }
      newestFirst = ids.sort((a, b) => b.at - a.at || b.id - a.id).map((claim) => claim.uuid);
    });

    it('walks forwards without gaps or repeats, then backwards to the start', async () => {
      const forwards: string[] = [];
      const pages: any[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 100; guard += 1) {
        const page = expectStatus(await op(t, 'GET', `/v1/claims?size=17${cursor === undefined ? '' : `&cursor=${cursor}`}`, store.merchantKey), 200);
        pages.push(page);
        forwards.push(...page.edges.map((edge: any) => edge.node.id));
        expect(page.pageInfo.hasPreviousPage).toBe(cursor !== undefined);
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      expect(forwards).toEqual(newestFirst);
      expect(pages).toHaveLength(Math.ceil(TOTAL / 17));

      const backwards: string[] = [];
      let before: string = pages.at(-1).pageInfo.startCursor;
      backwards.unshift(...pages.at(-1).edges.map((edge: any) => edge.node.id));
      for (let guard = 0; guard < 100; guard += 1) {
        const page = expectStatus(await op(t, 'GET', `/v1/claims?size=17&before=${before}`, store.merchantKey), 200);
        expect(page.pageInfo.hasNextPage).toBe(true);
        backwards.unshift(...page.edges.map((edge: any) => edge.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backwards).toEqual(newestFirst);
    });

    it('takes `after` as an alias of `cursor`', async () => {
      const first = expectStatus(await op(t, 'GET', '/v1/claims?size=5', store.merchantKey), 200);
      const viaAfter = expectStatus(await op(t, 'GET', `/v1/claims?size=5&after=${first.pageInfo.endCursor}`, store.merchantKey), 200);
      expect(viaAfter.edges.map((edge: any) => edge.node.id)).toEqual(newestFirst.slice(5, 10));
    });

    it('defaults to 20 a page and refuses more than 100', async () => {
      expect(expectStatus(await op(t, 'GET', '/v1/claims', store.merchantKey), 200).edges).toHaveLength(20);
      expect(expectStatus(await op(t, 'GET', '/v1/claims?size=100', store.merchantKey), 200).edges).toHaveLength(100);
      const tooMany = await op(t, 'GET', '/v1/claims?size=101', store.merchantKey);
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('size') });
    });

    it('refuses a cursor it did not return', async () => {
      for (const cursor of ['nope', '00000000-0000-4000-8000-000000000000']) {
        const response = await op(t, 'GET', `/v1/claims?cursor=${cursor}`, store.merchantKey);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      }
    });
  });

  describe('filters', () => {
    // c1: order A (external id EXT-A), DAMAGED, policy p1, a@x, REFUND → APPROVED
    // c2: order A, STOLEN, policy p2, b@x
    // c3: order B (no external id), WRONG_ITEM, policy p1, b@x, NOT_COVERED → DENIED
    let store: StoreFixture;
    let orderA: any;
    const ids: Record<'c1' | 'c2' | 'c3', string> = { c1: '', c2: '', c3: '' };
    const T = (minute: number) => new Date(Date.parse('2026-11-03T10:00:00Z') + minute * 60_000);

    it('sets up three claims', async () => {
      store = await t.given.store();
      orderA = await t.given.order(store, { number: 'NUM-A', external_id: 'EXT-A', items: [{ quantity: 5, external_id: 'a-1' }] });
      await t.given.order(store, { number: 'NUM-B', items: [{ quantity: 5, external_id: 'b-1' }] });
      t.core.clock = () => T(1);
      ids.c1 = await fileOpClaim(t, store.merchantKey, 'EXT-A', { issueType: 'DAMAGED', sourceItemId: 'a-1', quantity: 1 }, { email: 'a@x.example', policyId: 'p1' });
      t.core.clock = () => T(2);
      ids.c2 = await fileOpClaim(t, store.merchantKey, 'EXT-A', { issueType: 'STOLEN', sourceItemId: 'a-1', quantity: 1 }, { email: 'b@x.example', policyId: 'p2' });
      t.core.clock = () => T(3);
      ids.c3 = await fileOpClaim(t, store.merchantKey, 'NUM-B', { issueType: 'WRONG_ITEM', sourceItemId: 'b-1', quantity: 1 }, { email: 'b@x.example', policyId: 'p1' });
      t.core.clock = () => T(4);
      expectStatus(await op(t, 'POST', `/v1/claims/${ids.c1}/resolutions`, store.merchantKey, { resolutionType: 'REFUND' }), 201);
      expectStatus(await op(t, 'PATCH', `/v1/claims/${ids.c1}`, store.merchantKey, { claimState: 'APPROVED' }), 200);
      t.core.clock = () => T(5);
      expectStatus(await op(t, 'POST', `/v1/claims/${ids.c3}/resolutions`, store.merchantKey, { resolutionType: 'NOT_COVERED' }), 201);
      expectStatus(await op(t, 'PATCH', `/v1/claims/${ids.c3}`, store.merchantKey, { claimState: 'DENIED' }), 200);
    });

    const listed = async (query: string): Promise<string[]> => {
      const page = expectStatus(await op(t, 'GET', `/v1/claims?${query}`, store.merchantKey), 200);
      const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
      return page.edges.map((edge: any) => byId[edge.node.id]).sort();
    };

    const cases: Array<[string, () => string, string[]]> = [
      ['claimState', () => 'claimState=APPROVED', ['c1']],
      ['claimState (a list)', () => 'claimState=APPROVED,DENIED', ['c1', 'c3']],
      ['claimType', () => 'claimType=STOLEN', ['c2']],
      ['orderId', () => `orderId=${orderA.uuid}`, ['c1', 'c2']],
      ['sourceOrderId (external id)', () => 'sourceOrderId=EXT-A', ['c1', 'c2']],
      ['sourceOrderId (number when no external id)', () => 'sourceOrderId=NUM-B', ['c3']],
      ['sourceOrderNumber', () => 'sourceOrderNumber=NUM-A', ['c1', 'c2']],
      ['policyId', () => 'policyId=p1', ['c1', 'c3']],
      ['authorEmail (any case)', () => 'authorEmail=B@X.example', ['c2', 'c3']],
      ['resolution', () => 'resolution=NOT_COVERED', ['c3']],
      ['createdAtMin', () => `createdAtMin=${T(2).toISOString()}`, ['c2', 'c3']],
      ['createdAtMax', () => `createdAtMax=${T(1).toISOString()}`, ['c1']],
      ['updatedAtMin', () => `updatedAtMin=${T(5).toISOString()}`, ['c3']],
      ['updatedAtMax', () => `updatedAtMax=${T(3).toISOString()}`, ['c2']],
    ];

    it.each(cases)('filters by %s', async (_name, query, expected) => {
      expect(await listed(query())).toEqual(expected);
    });

    // Each filter combined with another field that matches only c2 (policyId=p2, or
    // claimType=STOLEN for policyId itself): AND intersects, OR unites.
    it.each(cases)('combines %s with another field by AND and by OR', async (name, query, expected) => {
      const other = name === 'policyId' ? 'claimType=STOLEN' : 'policyId=p2';
      expect(await listed(`${query()}&${other}`)).toEqual(expected.filter((claim) => claim === 'c2'));
      expect(await listed(`${query()}&${other}&operator=AND`)).toEqual(expected.filter((claim) => claim === 'c2'));
      expect(await listed(`${query()}&${other}&operator=OR`)).toEqual([...new Set([...expected, 'c2'])].sort());
    });

    it('ORs the values of one field whatever the operator', async () => {
      expect(await listed('policyId=p1&policyId=p2&operator=AND')).toEqual(['c1', 'c2', 'c3']);
      expect(await listed('policyId=p2,p1')).toEqual(['c1', 'c2', 'c3']);
    });

    it('takes the same filters as a JSON `filter` parameter', async () => {
      const filter = JSON.stringify({ operator: 'OR', conditions: [{ field: 'claimType', value: ['STOLEN'] }, { field: 'resolution', value: 'NOT_COVERED' }] });
      expect(await listed(`filter=${encodeURIComponent(filter)}`)).toEqual(['c2', 'c3']);
    });

    it('hides soft-deleted claims unless includeDeleted=true', async () => {
      expect((await t.request({ method: 'DELETE', url: `/v1/claims/${ids.c2}`, key: store.merchantKey })).statusCode).toBe(204);
      expect(await listed('')).toEqual(['c1', 'c3']);
      const withDeleted = expectStatus(await op(t, 'GET', '/v1/claims?includeDeleted=true', store.merchantKey), 200);
      const deleted = withDeleted.edges.find((edge: any) => edge.node.id === ids.c2).node;
      expect(deleted.deletedAt).not.toBeNull();
      expect(withDeleted.edges).toHaveLength(3);
      // A deleted claim still serves as a cursor of the list that showed it.
      const next = expectStatus(await op(t, 'GET', `/v1/claims?includeDeleted=true&size=1&cursor=${ids.c2}`, store.merchantKey), 200);
      expect(next.edges.map((edge: any) => edge.node.id)).toEqual([ids.c1]);
    });

    it.each([
      ['claimState=SHIPPED', 'claimState'], ['claimType=LOST', 'claimType'], ['resolution=MAYBE', 'resolution'],
      ['orderId=42', 'orderId'], ['createdAtMin=yesterday', 'createdAtMin'], ['operator=XOR', 'operator'], ['filter={', 'filter'],
    ])('refuses %s with a 400 naming the parameter', async (query, parameter) => {
      const response = await op(t, 'GET', `/v1/claims?${query}`, store.merchantKey);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining(parameter) });
    });
  });
});
