import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, useTestApp, type StoreFixture } from '../../support/app.js';
import { fileClaim, tableCounts } from '../../support/claims.js';
import { DATABASES } from '../../support/databases.js';
import { expectOk, givenCancellation, givenIncident, givenReturn, listIds, native, sc } from './given.js';

describe.each(DATABASES)('the Seller Center claims API (%s)', (kind) => {
  const t = useTestApp(kind);

  describe('authentication', () => {
    let store: StoreFixture;
    beforeAll(async () => { store = await t.given.store(); });

    it('accepts the merchant key bare, as `Token <key>` and as `Bearer <key>`', async () => {
      for (const authorization of [store.merchantKey, `Token ${store.merchantKey}`, `Bearer ${store.merchantKey}`]) {
        for (const path of ['/api/i2/claims/', '/api/i2/claim-reasons/']) {
          expect((await sc(t, 'GET', path, { headers: { authorization } })).statusCode, `${authorization} ${path}`).toBe(200);
        }
      }
    });

    it('answers 401 {"detail","code"} without credentials or with an unknown key', async () => {
      const missing = await sc(t, 'GET', '/api/i2/claims/');
      expect(missing.statusCode).toBe(401);
      expect(missing.json()).toEqual({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' });
      expect(missing.headers['www-authenticate']).toBe('Token');
      for (const [method, path] of [['GET', '/api/i2/claim-reasons/'], ['POST', `/api/i2/claims/${crypto.randomUUID()}/approve/`], ['POST', `/api/i2/claims/${crypto.randomUUID()}/reject/`]] as const) {
        const unknown = await sc(t, method, path, { key: 'Token not-a-key' });
        expect(unknown.statusCode, path).toBe(401);
        expect(unknown.json()).toEqual({ detail: 'Invalid token.', code: 'authentication_failed' });
      }
    });

    it('refuses a customer key and the platform key with 403: this API is for sellers', async () => {
      const claim = await givenReturn(t, store);
      const customerKey = await t.given.customerKey(store, claim.customer.id);
      for (const key of [customerKey, ADMIN_KEY]) {
        for (const [method, path] of [['GET', '/api/i2/claims/'], ['GET', '/api/i2/claim-reasons/'], ['POST', `/api/i2/claims/${claim.uuid}/approve/`]] as const) {
          const response = await sc(t, method, path, { key });
          expect(response.statusCode, path).toBe(403);
          expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
        }
      }
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('new');
    });

    it('refuses an action its merchant key lacks the scope for with 403', async () => {
      const claim = await givenReturn(t, store);
      const readOnly = await expectOk(await t.request({ method: 'POST', url: '/v1/api-keys', key: ADMIN_KEY, body: { store_id: store.id, role: 'merchant', scopes: ['read_claims'] } }), 201);
      expect((await sc(t, 'GET', '/api/i2/claims/', { key: readOnly.key })).statusCode).toBe(200);
      const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: readOnly.key });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: 'You do not have permission to perform this action.', code: 'permission_denied' });
    });
  });

  describe('GET /api/i2/claims/', () => {
    it('shows cancellations as `cancel` and returns as `refund`, never incident claims', async () => {
      const store = await t.given.store();
      const cancellation = await givenCancellation(t, store);
      const ret = await givenReturn(t, store);
      await givenIncident(t, store);
      const page = await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200);
      expect(page.count).toBe(2);
      expect(page.results.map((claim: any) => [claim.id, claim.type])).toEqual([[ret.uuid, 'refund'], [cancellation.uuid, 'cancel']]);
    });

    it('shows a claim exactly as documented, with null where a cancellation has no return parcel', async () => {
      const store = await t.given.store();
      const reason = await t.given.reason(store, { kind: 'cancellation', subject: 'Changed my mind' });
      const claim = await givenCancellation(t, store, { reason });
      const [shown] = (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results;
      expect(shown).toEqual({
        id: claim.uuid, package_item: `${claim.order.number}-1`, product: 'SKU-C',
        reason: { id: reason.uuid, subject: 'Changed my mind', translations: {} },
        detail: null, return_code: null, return_tracking_number: null, return_tracking_url: null,
        type: 'cancel', status: 'open', updated_at: claim.updated_at, created_at: claim.created_at,
      });
    });

    it('takes package_item from the order item when it has one, else <order number>-<item position>', async () => {
      const store = await t.given.store();
      const withPackage = await givenReturn(t, store, { package_item: 'PKG-77-1' });
      const withoutPackage = await givenReturn(t, store, { orderNumber: 'SC-ORDER-9' });
      const results = (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results;
      expect(Object.fromEntries(results.map((claim: any) => [claim.id, claim.package_item]))).toEqual({
        [withPackage.uuid]: 'PKG-77-1', [withoutPackage.uuid]: 'SC-ORDER-9-1',
      });
    });

    it('follows the claim through the native lifecycle: open, waiting, approved, completed', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const statusOf = async () => (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results[0].status;
      expect(await statusOf()).toBe('open');
      await native(t, store, 'POST', `/v1/claims/${claim.id}/return-shipment`, { tracking_number: 'TRK-1' });
      expect(await statusOf()).toBe('waiting');
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey }), 204);
      expect(await statusOf()).toBe('approved');
      await native(t, store, 'POST', `/v1/claims/${claim.id}/return-shipment/received`);
      expect(await statusOf()).toBe('approved');
      await native(t, store, 'POST', `/v1/claims/${claim.id}/complete`);
      expect(await statusOf()).toBe('completed');
      await native(t, store, 'POST', `/v1/claims/${claim.id}/close`);
      expect(await statusOf()).toBe('completed');
    });

    it('shows a closed claim that was refused as `rejected`', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, body: { reason: 'Worn' } }), 204);
      await native(t, store, 'POST', `/v1/claims/${claim.id}/close`);
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('closed');
      expect((await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results[0].status).toBe('rejected');
    });
  });

  describe('filters', () => {
    let store: StoreFixture;
    const claims: Record<string, any> = {};

    // One store with a claim in each Seller Center status, of both types, filed by both sides.
    beforeAll(async () => {
      store = await t.given.store();
      claims.open = await givenReturn(t, store);
      claims.waiting = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.waiting.id}/return-shipment`, { tracking_number: 'TRK-W' });
      claims.approved = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.approved.id}/approve`);
      claims.rejected = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.rejected.id}/reject`, { reason: 'No' });
      claims.completed = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.completed.id}/approve`);
      await native(t, store, 'POST', `/v1/claims/${claims.completed.id}/complete`);
      claims.closedApproved = await givenCancellation(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.closedApproved.id}/approve`);
      await native(t, store, 'POST', `/v1/claims/${claims.closedApproved.id}/close`);
      claims.closedRejected = await givenCancellation(t, store);
      await native(t, store, 'POST', `/v1/claims/${claims.closedRejected.id}/reject`, { reason: 'No' });
      await native(t, store, 'POST', `/v1/claims/${claims.closedRejected.id}/close`);
      const order = await t.given.order(store, { items: [{ sku: 'SKU-BY-CUSTOMER' }] });
      const customerKey = await t.given.customerKey(store, order.customer.id);
      claims.byCustomer = await fileClaim(t, customerKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: order.items[0].id }] });
      await givenIncident(t, store);
    });

    const ids = (...names: string[]) => names.map((name) => claims[name].uuid).sort();
    const filtered = async (query: string) => (await listIds(t, store.merchantKey, query)).sort();

    it('filters by type', async () => {
      expect(await filtered('?type=cancel')).toEqual(ids('closedApproved', 'closedRejected'));
      expect(await filtered('?type=refund')).toEqual(ids('open', 'waiting', 'approved', 'rejected', 'completed', 'byCustomer'));
    });

    it('filters by status, a closed claim counting by its decision', async () => {
      expect(await filtered('?status=open')).toEqual(ids('open', 'byCustomer'));
      expect(await filtered('?status=waiting')).toEqual(ids('waiting'));
      expect(await filtered('?status=approved')).toEqual(ids('approved'));
      expect(await filtered('?status=rejected')).toEqual(ids('rejected', 'closedRejected'));
      expect(await filtered('?status=completed')).toEqual(ids('completed', 'closedApproved'));
    });

    it('filters by status__in, a comma list', async () => {
      expect(await filtered('?status__in=waiting,completed')).toEqual(ids('waiting', 'completed', 'closedApproved'));
      expect(await filtered('?status__in=approved')).toEqual(ids('approved'));
    });

    it('applies status and status__in together', async () => {
      expect(await filtered('?status=rejected&status__in=rejected,open')).toEqual(ids('rejected', 'closedRejected'));
      const none = await expectOk(await sc(t, 'GET', '/api/i2/claims/?status=open&status__in=waiting', { key: store.merchantKey }), 200);
      expect(none).toEqual({ count: 0, next: null, previous: null, results: [] });
    });

    it('filters by cancelled_by: 1 the customer, 2 the seller', async () => {
      expect(await filtered('?cancelled_by=1')).toEqual(ids('byCustomer'));
      expect(await filtered('?cancelled_by=2')).toEqual(ids('open', 'waiting', 'approved', 'rejected', 'completed', 'closedApproved', 'closedRejected'));
    });

    it('combines filters', async () => {
      expect(await filtered('?type=refund&status=open&cancelled_by=2')).toEqual(ids('open'));
    });

    it('filters by created_at exactly and by its bounds', async () => {
      const created = claims.waiting.created_at;
      expect(await filtered(`?created_at=${encodeURIComponent(created)}`)).toEqual(ids('waiting'));
      const gte = await filtered(`?created_at__gte=${encodeURIComponent(created)}`);
      const lte = await filtered(`?created_at__lte=${encodeURIComponent(created)}`);
      expect(gte).toContain(claims.waiting.uuid);
      expect(gte).toContain(claims.byCustomer.uuid);
      expect(gte).not.toContain(claims.open.uuid);
      expect(lte).toEqual(ids('open', 'waiting'));
      expect(await filtered(`?created_at__gte=${encodeURIComponent(created)}&created_at__lte=${encodeURIComponent(created)}`)).toEqual(ids('waiting'));
    });

    it('filters by updated_at exactly and by its bounds', async () => {
      const all = (await expectOk(await sc(t, 'GET', '/api/i2/claims/?limit=100', { key: store.merchantKey }), 200)).results;
      const approved = all.find((claim: any) => claim.id === claims.approved.uuid);
      const updated = approved.updated_at;
      expect(await filtered(`?updated_at=${encodeURIComponent(updated)}`)).toEqual(ids('approved'));
      const expectedGte = all.filter((claim: any) => claim.updated_at >= updated).map((claim: any) => claim.id).sort();
      const expectedLte = all.filter((claim: any) => claim.updated_at <= updated).map((claim: any) => claim.id).sort();
      expect(await filtered(`?updated_at__gte=${encodeURIComponent(updated)}`)).toEqual(expectedGte);
      expect(await filtered(`?updated_at__lte=${encodeURIComponent(updated)}`)).toEqual(expectedLte);
      expect(expectedGte.length + expectedLte.length).toBe(all.length + 1);
    });

    it('reads a date-time without a zone as UTC, and a bare date as its midnight', async () => {
      expect(await filtered('?created_at__gte=2000-01-01')).toHaveLength(8);
      expect(await filtered('?created_at__lte=2000-01-01T00:00:00')).toEqual([]);
    });

    it('ignores unknown parameters and empty values', async () => {
      expect(await filtered('?foo=bar&ordering=-id&status=&type=')).toHaveLength(8);
    });

    it('answers 400 with DRF field errors for each malformed filter value', async () => {
      const cases: Array<[string, Record<string, string[]>]> = [
        ['type=return', { type: ['Select a valid choice. return is not one of the available choices.'] }],
        ['status=pending', { status: ['Select a valid choice. pending is not one of the available choices.'] }],
        ['status__in=open,nope', { status__in: ['Select a valid choice. nope is not one of the available choices.'] }],
        ['cancelled_by=3', { cancelled_by: ['Select a valid choice. 3 is not one of the available choices.'] }],
        ['created_at=yesterday', { created_at: ['Enter a valid date/time.'] }],
        ['created_at__gte=2025-13-45', { created_at__gte: ['Enter a valid date/time.'] }],
        ['created_at__lte=2025-08-29T25:00:00', { created_at__lte: ['Enter a valid date/time.'] }],
        ['updated_at=1', { updated_at: ['Enter a valid date/time.'] }],
        ['updated_at__gte=now', { updated_at__gte: ['Enter a valid date/time.'] }],
        ['updated_at__lte=2025-08-29Tnoon', { updated_at__lte: ['Enter a valid date/time.'] }],
        ['limit=ten', { limit: ['A valid integer is required.'] }],
        ['limit=0', { limit: ['Ensure this value is greater than or equal to 1.'] }],
      ];
      for (const [query, errors] of cases) {
        const response = await sc(t, 'GET', `/api/i2/claims/?${query}`, { key: store.merchantKey });
        expect(response.statusCode, query).toBe(400);
        expect(response.json(), query).toEqual({ ...errors, code: 'invalid' });
      }
    });

    it('reports every malformed filter at once', async () => {
      const response = await sc(t, 'GET', '/api/i2/claims/?type=x&created_at=y', { key: store.merchantKey });
      expect(Object.keys(response.json()).sort()).toEqual(['code', 'created_at', 'type']);
    });
  });

  describe('pagination', () => {
    let store: StoreFixture;
    let newestFirst: string[];

    beforeAll(async () => {
      store = await t.given.store();
      const order = await t.given.order(store, { items: Array.from({ length: 11 }, (_, index) => ({ sku: `P-${index}` })) });
      const filed: string[] = [];
      for (const item of order.items) filed.push((await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id }] })).uuid);
      newestFirst = filed.reverse();
    });

    const page = async (query: string) => expectOk(await sc(t, 'GET', `/api/i2/claims/${query}`, { key: store.merchantKey }), 200);

    it('serves 10 claims a page by default, newest first', async () => {
      const first = await page('');
      expect(first.count).toBe(11);
      expect(first.results.map((claim: any) => claim.id)).toEqual(newestFirst.slice(0, 10));
      expect(new URL(first.next).searchParams.get('page')).toBe('2');
      expect(first.previous).toBeNull();
    });

    it('walks pages with page and limit, next and previous pointing at the neighbours', async () => {
      const second = await page('?page=2&limit=4&status=open');
      expect(second.results.map((claim: any) => claim.id)).toEqual(newestFirst.slice(4, 8));
      expect(Object.fromEntries(new URL(second.next).searchParams)).toEqual({ page: '3', limit: '4', status: 'open' });
      expect(Object.fromEntries(new URL(second.previous).searchParams)).toEqual({ page: '1', limit: '4', status: 'open' });
      const last = await page('?page=3&limit=4');
      expect(last.results.map((claim: any) => claim.id)).toEqual(newestFirst.slice(8));
      expect(last.next).toBeNull();
    });

    it('serves page=last as the last page', async () => {
      const last = await page('?page=last&limit=4');
      expect(last.results.map((claim: any) => claim.id)).toEqual(newestFirst.slice(8));
      expect(new URL(last.previous).searchParams.get('page')).toBe('2');
    });

    it('answers a page past the end, or not a page at all, with 404 {"detail": "Invalid page."}', async () => {
      for (const query of ['?page=4&limit=4', '?page=2&limit=11', '?page=0', '?page=-1', '?page=two', '?page=1.5']) {
        const response = await sc(t, 'GET', `/api/i2/claims/${query}`, { key: store.merchantKey });
        expect(response.statusCode, query).toBe(404);
        expect(response.json()).toEqual({ detail: 'Invalid page.', code: 'not_found' });
      }
    });

    it('serves page 1 of nothing as an empty page, and page 2 of nothing as 404', async () => {
      expect(await page('?type=cancel')).toEqual({ count: 0, next: null, previous: null, results: [] });
      expect((await sc(t, 'GET', '/api/i2/claims/?type=cancel&page=2', { key: store.merchantKey })).statusCode).toBe(404);
    });

    it('caps limit at 100', async () => {
      const all = await page('?limit=1000');
      expect(all.results).toHaveLength(11);
      expect(all.next).toBeNull();
    });
  });

  describe('Accept-Language', () => {
    let store: StoreFixture;
    let reason: any;

    beforeAll(async () => {
      store = await t.given.store();
      reason = await t.given.reason(store, { kind: 'return', subject: 'Damaged item', translations: { 'en-us': 'Damaged', 'tr-tr': 'Hasarlı' } });
      await givenReturn(t, store, { reason });
    });

    const subjects = async (headers: Record<string, string>) => ({
      claim: (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey, headers }), 200)).results[0].reason.subject,
      reason: (await expectOk(await sc(t, 'GET', '/api/i2/claim-reasons/', { key: store.merchantKey, headers }), 200)).results[0].subject,
    });

    it('gives reason.subject in the requested language when a translation exists', async () => {
      expect(await subjects({ 'accept-language': 'tr-TR' })).toEqual({ claim: 'Hasarlı', reason: 'Hasarlı' });
      expect(await subjects({ 'accept-language': 'en-US,en;q=0.9' })).toEqual({ claim: 'Damaged', reason: 'Damaged' });
    });

    it('matches on the primary language and honours quality order', async () => {
      expect(await subjects({ 'accept-language': 'tr' })).toEqual({ claim: 'Hasarlı', reason: 'Hasarlı' });
      expect(await subjects({ 'accept-language': 'de-DE, tr;q=0.5' })).toEqual({ claim: 'Hasarlı', reason: 'Hasarlı' });
    });

    it('reads translations as the reason\'s own entries only: Accept-Language: constructor and its kin fall back to the subject', async () => {
      for (const [language, expected] of <Array<[string, string]>>[['constructor', 'Damaged item'], ['toString', 'Damaged item'], ['__proto__', 'Damaged item'], ['hasOwnProperty-x', 'Damaged item'], ['valueOf, tr;q=0.1', 'Hasarlı']]) {
        expect(await subjects({ 'accept-language': language }), language).toEqual({ claim: expected, reason: expected });
      }
    });

    it('falls back to the stored subject, and keeps every translation as stored', async () => {
      expect(await subjects({ 'accept-language': 'de-DE' })).toEqual({ claim: 'Damaged item', reason: 'Damaged item' });
      expect(await subjects({})).toEqual({ claim: 'Damaged item', reason: 'Damaged item' });
      const shown = (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey, headers: { 'accept-language': 'tr' } }), 200)).results[0].reason;
      expect(shown.translations).toEqual({ 'en-us': 'Damaged', 'tr-tr': 'Hasarlı' });
    });

    it('localises error messages it has a translation for', async () => {
      const tr = { 'accept-language': 'tr-TR' };
      expect((await sc(t, 'GET', '/api/i2/claims/', { headers: tr })).json().detail).toBe('Kimlik doğrulama bilgileri sağlanmadı.');
      expect((await sc(t, 'POST', `/api/i2/claims/${crypto.randomUUID()}/approve/`, { key: store.merchantKey, headers: tr })).json())
        .toEqual({ detail: 'Bulunamadı.', code: 'not_found' });
      expect((await sc(t, 'GET', '/api/i2/claims/?page=9', { key: store.merchantKey, headers: tr })).json()).toEqual({ detail: 'Geçersiz sayfa.', code: 'not_found' });
      expect((await sc(t, 'GET', '/api/i2/claims/?status=x', { key: store.merchantKey, headers: tr })).json().status)
        .toEqual(['Geçerli bir seçim yapın. x mevcut seçeneklerden biri değil.']);
      expect((await sc(t, 'GET', '/api/i2/claims/?page=9', { key: store.merchantKey, headers: { 'accept-language': 'de' } })).json().detail).toBe('Invalid page.');
    });
  });

  describe('POST /api/i2/claims/{id}/approve/', () => {
    it('approves a waiting claim with 204, seen as approved by the native API and its events', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${claim.id}/return-shipment`, { tracking_number: 'TRK-A' });
      const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('approved');
      const events = (await native(t, store, 'GET', `/v1/claims/${claim.id}/events`)).data;
      expect(events.map((event: any) => event.type)).toContain('claim.approved');
    });

    it('approves a cancellation straight from open', async () => {
      const store = await t.given.store();
      const claim = await givenCancellation(t, store);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey }), 204);
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('approved');
    });

    it('answers on the path without its trailing slash, with an upper-case id, and with an empty JSON body', async () => {
      const store = await t.given.store();
      const first = await givenReturn(t, store);
      const second = await givenReturn(t, store);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${first.uuid.toUpperCase()}/approve`, { key: store.merchantKey }), 204);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${second.uuid}/approve/`, { key: store.merchantKey, headers: { 'content-type': 'application/json' }, body: '' }), 204);
    });

    it('refuses to approve a claim whose state does not allow it with 400 non_field_errors, changing nothing', async () => {
      const store = await t.given.store();
      const approved = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${approved.id}/approve`);
      const rejected = await givenReturn(t, store);
      await native(t, store, 'POST', `/v1/claims/${rejected.id}/reject`, { reason: 'No' });
      const before = await tableCounts(t);
      for (const claim of [approved, rejected]) {
        const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ non_field_errors: ['This claim can no longer be approved.'], code: 'invalid_action' });
      }
      expect(await tableCounts(t)).toEqual(before);
      expect((await native(t, store, 'GET', `/v1/claims/${rejected.id}`)).status).toBe('rejected');
    });

    it('answers 404 for an unknown id, a malformed id, another store\'s claim and an incident claim', async () => {
      const store = await t.given.store();
      const other = await t.given.store();
      const theirs = await givenReturn(t, other);
      const incident = await givenIncident(t, store);
      for (const id of [crypto.randomUUID(), 'not-a-uuid', String(incident.id), incident.number, theirs.uuid, incident.uuid, 'x'.repeat(150)]) {
        const response = await sc(t, 'POST', `/api/i2/claims/${id}/approve/`, { key: store.merchantKey });
        expect(response.statusCode, id).toBe(404);
        expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
      }
      expect((await native(t, other, 'GET', `/v1/claims/${theirs.id}`)).status).toBe('new');
      expect((await native(t, store, 'GET', `/v1/claims/${incident.id}`)).status).toBe('new');
    });

    it('replays the answer to a repeated Idempotency-Key instead of refusing the second approval', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const headers = { 'idempotency-key': `approve-${claim.uuid}` };
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey, headers }), 204);
      const again = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey, headers });
      expect(again.statusCode).toBe(204);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect((await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey })).statusCode).toBe(400);
    });
  });

  describe('POST /api/i2/claims/{id}/reject/', () => {
    it('rejects with 204, keeping reason and images on the claim and in its events', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const images = ['https://akinon.com/images/claim/1.jpg', 'http://cdn.example.com/2.png'];
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject`, { key: store.merchantKey, body: { reason: '  Used item  ', images } }), 204);
      const seen = await native(t, store, 'GET', `/v1/claims/${claim.id}`);
      expect(seen.status).toBe('rejected');
      expect(seen.rejection).toEqual({ reason: 'Used item', images });
      const rejectedEvent = (await native(t, store, 'GET', `/v1/claims/${claim.id}/events`)).data.find((event: any) => event.type === 'claim.rejected');
      expect(rejectedEvent.data).toMatchObject({ to: 'rejected', rejection_reason: 'Used item', rejection_images: images });
      expect((await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results[0].status).toBe('rejected');
    });

    it('takes images as optional and ignores unknown fields, as a DRF serializer does', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, body: { reason: 'Late', note: 'ignored' } }), 204);
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).rejection).toEqual({ reason: 'Late', images: [] });
    });

    it('answers 400 with DRF field errors for a missing or malformed body, changing nothing', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const cases: Array<[unknown, Record<string, unknown>]> = [
        [undefined, { reason: ['This field is required.'] }],
        [{}, { reason: ['This field is required.'] }],
        [{ reason: '' }, { reason: ['This field may not be blank.'] }],
        [{ reason: '   ' }, { reason: ['This field may not be blank.'] }],
        [{ reason: 7 }, { reason: ['Not a valid string.'] }],
        [{ reason: 'x'.repeat(256) }, { reason: ['Ensure this field has no more than 255 characters.'] }],
        [{ reason: 'Damaged', images: 'https://a.example/1.jpg' }, { images: ['Expected a list of items.'] }],
        [{ reason: 'Damaged', images: ['ftp://a.example/1.jpg'] }, { images: { 0: ['Enter a valid URL.'] } }],
        [{ reason: 'Damaged', images: ['https://a.example/1.jpg', 'not a url'] }, { images: { 1: ['Enter a valid URL.'] } }],
        [{ reason: 'Damaged', images: Array.from({ length: 21 }, (_, index) => `https://a.example/${index}.jpg`) }, { images: ['Ensure this field has no more than 20 elements.'] }],
        [['Damaged'], { non_field_errors: ['Invalid data. Expected a dictionary.'] }],
      ];
      const before = await tableCounts(t);
      for (const [body, errors] of cases) {
        const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, body });
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json(), JSON.stringify(body)).toEqual({ ...errors, code: 'invalid' });
      }
      const malformed = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, headers: { 'content-type': 'application/json' }, body: '{"reason":' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toEqual({ detail: 'JSON parse error.', code: 'parse_error' });
      expect(await tableCounts(t)).toEqual(before);
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).status).toBe('new');
    });

    it('refuses to reject a claim whose state does not allow it with 400', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/approve/`, { key: store.merchantKey }), 204);
      const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, body: { reason: 'Too late' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ non_field_errors: ['This claim can no longer be rejected.'], code: 'invalid_action' });
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).rejection).toBeNull();
    });

    it('answers 415 in DRF shape for a body that is not JSON', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const response = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, headers: { 'content-type': 'text/plain' }, body: 'Damaged' });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.', code: 'unsupported_media_type' });
    });

    it('refuses an Idempotency-Key reused with another body with 422, rejecting only once', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store);
      const headers = { 'idempotency-key': `reject-${claim.uuid}` };
      await expectOk(await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, headers, body: { reason: 'Worn' } }), 204);
      const reused = await sc(t, 'POST', `/api/i2/claims/${claim.uuid}/reject/`, { key: store.merchantKey, headers, body: { reason: 'Other' } });
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused' });
      expect((await native(t, store, 'GET', `/v1/claims/${claim.id}`)).rejection).toEqual({ reason: 'Worn', images: [] });
    });

    it("answers 404 for an unknown id or another store's claim", async () => {
      const store = await t.given.store();
      const theirs = await givenReturn(t, await t.given.store());
      for (const id of [crypto.randomUUID(), theirs.uuid, 'nope']) {
        const response = await sc(t, 'POST', `/api/i2/claims/${id}/reject/`, { key: store.merchantKey, body: { reason: 'Damaged' } });
        expect(response.statusCode, id).toBe(404);
        expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
      }
    });
  });

  describe('GET /api/i2/claim-reasons/', () => {
    let store: StoreFixture;
    const reasons: Record<string, any> = {};

    beforeAll(async () => {
      store = await t.given.store();
      reasons.cancel = await t.given.reason(store, { kind: 'cancellation', subject: 'Ordered by mistake' });
      reasons.refund = await t.given.reason(store, { kind: 'return', subject: 'Too small', translations: { 'tr-tr': 'Küçük geldi' } });
      reasons.incident = await t.given.reason(store, { kind: 'incident', subject: 'Lost parcel' });
      await t.given.reason(await t.given.store(), { kind: 'return', subject: 'Another store' });
    });

    it("lists the store's cancellation and return reasons in the documented shape", async () => {
      const page = await expectOk(await sc(t, 'GET', '/api/i2/claim-reasons', { key: store.merchantKey }), 200);
      expect(page).toEqual({
        count: 2, next: null, previous: null,
        results: [
          { id: reasons.cancel.uuid, subject: 'Ordered by mistake', translations: {}, type: 'cancel', created_at: reasons.cancel.created_at, updated_at: reasons.cancel.updated_at },
          { id: reasons.refund.uuid, subject: 'Too small', translations: { 'tr-tr': 'Küçük geldi' }, type: 'refund', created_at: reasons.refund.created_at, updated_at: reasons.refund.updated_at },
        ],
      });
    });

    it('filters by type and pages with page and limit', async () => {
      const refunds = await expectOk(await sc(t, 'GET', '/api/i2/claim-reasons/?type=refund', { key: store.merchantKey }), 200);
      expect(refunds.results.map((reason: any) => reason.id)).toEqual([reasons.refund.uuid]);
      const first = await expectOk(await sc(t, 'GET', '/api/i2/claim-reasons/?limit=1', { key: store.merchantKey }), 200);
      expect(first.results.map((reason: any) => reason.id)).toEqual([reasons.cancel.uuid]);
      expect(Object.fromEntries(new URL(first.next).searchParams)).toEqual({ limit: '1', page: '2' });
      const last = await expectOk(await sc(t, 'GET', '/api/i2/claim-reasons/?limit=1&page=last', { key: store.merchantKey }), 200);
      expect(last.results.map((reason: any) => reason.id)).toEqual([reasons.refund.uuid]);
      const past = await sc(t, 'GET', '/api/i2/claim-reasons/?limit=1&page=3', { key: store.merchantKey });
      expect(past.statusCode).toBe(404);
      expect(past.json()).toEqual({ detail: 'Invalid page.', code: 'not_found' });
    });

    it('answers 400 for a malformed type', async () => {
      const response = await sc(t, 'GET', '/api/i2/claim-reasons/?type=incident', { key: store.merchantKey });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ type: ['Select a valid choice. incident is not one of the available choices.'], code: 'invalid' });
    });
  });

  describe('tenancy and the native API', () => {
    it("never shows one store's claims to another store's key", async () => {
      const mine = await t.given.store();
      const theirs = await t.given.store();
      const own = await givenReturn(t, mine);
      await givenReturn(t, theirs);
      expect(await listIds(t, mine.merchantKey)).toEqual([own.uuid]);
      expect(await listIds(t, mine.merchantKey, `?created_at__gte=2000-01-01`)).toEqual([own.uuid]);
    });

    it('shows a claim filed through POST /v1/claims with the facts the native API holds', async () => {
      const store = await t.given.store();
      const claim = await givenReturn(t, store, { sku: 'NATIVE-1', description: 'Broken zip' });
      await native(t, store, 'POST', `/v1/claims/${claim.id}/return-shipment`, { carrier: 'ups', tracking_number: '1Z999', tracking_url: 'https://ups.example/1Z999' });
      const seen = await native(t, store, 'GET', `/v1/claims/${claim.id}`);
      const [shown] = (await expectOk(await sc(t, 'GET', '/api/i2/claims/', { key: store.merchantKey }), 200)).results;
      expect(shown).toMatchObject({
        id: seen.uuid, product: 'NATIVE-1', detail: 'Broken zip', type: 'refund', status: 'waiting',
        return_code: seen.return_shipment.easy_return_code, return_tracking_number: '1Z999', return_tracking_url: 'https://ups.example/1Z999',
        created_at: seen.created_at, updated_at: seen.updated_at,
      });
    });

    it('answers 404 in its own shape for a path it does not have', async () => {
      const store = await t.given.store();
      const response = await sc(t, 'GET', '/api/i2/claims/nothing/here/', { key: store.merchantKey });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
    });
  });
});
