import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { fileClaim } from '../../support/claims.js';
import { DATABASES } from '../../support/databases.js';
import { expectOk, givenItem, givenRequest, native, om, PREFIXES, requestsOf, type ItemFields } from './given.js';

// Every documented filter of both list endpoints, on one channel holding a handful of
// requests that differ in exactly the property each filter reads.

describe.each(DATABASES)('Omnitron list filters (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  let early: any;
  let late: any;
  let approved: any;
  let cancel: any;
  let lateOrder: any;

  beforeAll(async () => {
    store = await t.given.store();
    const placed = async (placedAt: string, fields: ItemFields) => {
      const number = `ORD-${placedAt.slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
      const order = await native(t, store, 'POST', '/v1/orders', {
        number, currency: store.currency, placed_at: placedAt,
        customer: { email: fields?.email ?? `${number}@example.com`, first_name: fields?.sku === 'SKU-LATE' ? 'Grace' : 'Ada', last_name: fields?.sku === 'SKU-LATE' ? 'Hopper' : 'Lovelace' },
        shipping_amount: 0,
        items: [{ sku: fields?.sku ?? 'SKU-X', name: 'Item', quantity: 1, unit_price: 1000, fulfillment_status: fields?.fulfillment_status ?? 'delivered', ...(fields?.tracking_number === undefined ? {} : { tracking_number: fields.tracking_number }) }],
      });
      return order;
    };
    const earlyOrder = await placed('2026-03-01T08:00:00Z', { sku: 'SKU-EARLY', email: 'early@example.com', tracking_number: 'TRK-EARLY' });
    lateOrder = await placed('2026-03-05T23:30:00Z', { sku: 'SKU-LATE', email: 'late@example.com' });
    const approvedOrder = await placed('2026-03-03T12:00:00Z', { sku: 'SKU-MID' });
    const cancelOrder = await placed('2026-03-04T12:00:00Z', { sku: 'SKU-C', fulfillment_status: 'unfulfilled' });
    early = await givenRequest(t, store, { type: 'refund', item: earlyOrder.items[0] });
    late = await givenRequest(t, store, { type: 'refund', item: lateOrder.items[0] });
    approved = await givenRequest(t, store, { type: 'refund', item: approvedOrder.items[0] });
    await expectOk(await om(t, 'PATCH', `${requestsOf(store.id)}${approved.id}/`, { key: store.merchantKey, body: { status: 'approved' } }), 200);
    cancel = await givenRequest(t, store, { type: 'cancel', item: cancelOrder.items[0] });
    await expectOk(await om(t, 'POST', `${requestsOf(store.id)}${cancel.id}/reject/`, { key: store.merchantKey }), 200);
  });

  const ids = async (query: string, path = ''): Promise<number[]> => {
    const page = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}${path}?${query}`, { key: store.merchantKey }), 200);
    return page.results.map((request: { id: number }) => request.id);
  };
  const both = async (query: string): Promise<number[]> => {
    const plain = await ids(query);
    expect(await ids(query, 'detailed'), `detailed ${query}`).toEqual(plain);
    return plain;
  };

  it('lists newest first under both prefixes', async () => {
    for (const prefix of PREFIXES) {
      const page = await expectOk(await om(t, 'GET', requestsOf(store.id, prefix), { key: store.merchantKey }), 200);
      expect(page.results.map((request: any) => request.id)).toEqual([cancel.id, approved.id, late.id, early.id]);
    }
  });

  it('filters by pk__in, status and cancellation_plan_status', async () => {
    expect(await both(`pk__in=${early.id},${cancel.id}`)).toEqual([cancel.id, early.id]);
    expect(await both('status=waiting')).toEqual([late.id, early.id]);
    expect(await both('status=approved')).toEqual([approved.id]);
    expect(await both('status=rejected')).toEqual([cancel.id]);
    expect(await both('status=completed')).toEqual([]);
    expect(await both('cancellation_plan_status=waiting')).toEqual([late.id, early.id]);
    expect(await both('cancellation_plan_status=approved&status=waiting')).toEqual([]);
  });

  it('filters by order number (ignoring case) and order_id', async () => {
    expect(await both(`number=${lateOrder.number.toLowerCase()}`)).toEqual([late.id]);
    expect(await both(`number=${lateOrder.number.slice(0, -1)}`)).toEqual([]);
    expect(await both(`order_id=${lateOrder.id}`)).toEqual([late.id]);
  });

  it('filters by date_placed and its bounds, and by its date part', async () => {
    expect(await both('date_placed=2026-03-05T23:30:00Z')).toEqual([late.id]);
    expect(await both('date_placed__gt=2026-03-03T12:00:00Z')).toEqual([cancel.id, late.id]);
    expect(await both('date_placed__gte=2026-03-03T12:00:00Z')).toEqual([cancel.id, approved.id, late.id]);
    expect(await both('date_placed__lt=2026-03-03T12:00:00Z')).toEqual([early.id]);
    expect(await both('date_placed__lte=2026-03-03T12:00:00Z')).toEqual([approved.id, early.id]);
    expect(await both('date_placed__date__gt=2026-03-04')).toEqual([late.id]);
    expect(await both('date_placed__date__gte=2026-03-04')).toEqual([cancel.id, late.id]);
    expect(await both('date_placed__date__lt=2026-03-03')).toEqual([early.id]);
    expect(await both('date_placed__date__lte=2026-03-03')).toEqual([approved.id, early.id]);
    expect(await both('date_placed__date__gte=2026-03-03&date_placed__lt=2026-03-04T12:00:00Z')).toEqual([approved.id]);
  });

  it('filters by sku, customer names and email, ignoring case', async () => {
    expect(await both('sku=sku-late')).toEqual([late.id]);
    expect(await both('customer_first_name=GRACE')).toEqual([late.id]);
    expect(await both('customer_last_name=lovelace')).toEqual([cancel.id, approved.id, early.id]);
    expect(await both('customer_email=EARLY@example.com')).toEqual([early.id]);
  });

  it('filters by channel: this channel matches everything, another nothing', async () => {
    expect(await both(`channel=${store.id}`)).toHaveLength(4);
    expect(await both(`channel=${store.id + 100_000}`)).toEqual([]);
  });

  it('filters by easy_return_code and by tracking number (the return parcel or the item shipped)', async () => {
    expect(await both(`easy_return_code=${late.easy_return.code.toLowerCase()}`)).toEqual([late.id]);
    expect(await both('tracking_number=trk-early')).toEqual([early.id]);
    await native(t, store, 'POST', `/v1/claims/${approved.id}/return-shipment`, { carrier: 'yurtici', tracking_number: 'RET-123' });
    expect(await both('tracking_number=ret-123')).toEqual([approved.id]);
    const shown = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}${approved.id}/`, { key: store.merchantKey }), 200);
    expect(shown.easy_return).toMatchObject({ shipping_company: 'yurtici', tracking_number: 'RET-123', status: 'used' });
    expect(shown.status).toBe('approved');
  });

  it('answers 400 with field errors for a malformed filter value, and ignores unknown parameters', async () => {
    for (const [query, field, message] of [
      ['pk__in=1,x', 'pk__in', 'Enter a whole number.'],
      ['status=open', 'status', 'Select a valid choice. open is not one of the available choices.'],
      ['cancellation_plan_status=waiting_approval', 'cancellation_plan_status', 'Select a valid choice. waiting_approval is not one of the available choices.'],
      ['date_placed__gte=yesterday', 'date_placed__gte', 'Enter a valid date/time.'],
      ['date_placed__date__lt=2026-03-01T00:00:00Z', 'date_placed__date__lt', 'Enter a valid date.'],
      ['order_id=abc', 'order_id', 'Enter a whole number.'],
      ['channel=abc', 'channel', 'Enter a whole number.'],
      ['limit=0', 'limit', 'Ensure this value is greater than or equal to 1.'],
    ] as const) {
      for (const path of ['', 'detailed']) {
        const response = await om(t, 'GET', `${requestsOf(store.id)}${path}?${query}`, { key: store.merchantKey });
        expect(response.statusCode, query).toBe(400);
        expect(response.json()).toEqual({ [field]: [message], code: 'invalid' });
      }
    }
    expect(await ids('ordering=-id&search=x')).toHaveLength(4);
  });

  it('pages with page/limit and absolute next/previous links that keep the filters', async () => {
    const first = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}?limit=3&sku=`, { key: store.merchantKey }), 200);
    expect(first.count).toBe(4);
    expect(first.results).toHaveLength(3);
    expect(first.previous).toBeNull();
    const next = new URL(first.next);
    expect(next.pathname).toBe(`/compat/omnitron${requestsOf(store.id)}`);
    expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '3', sku: '', page: '2' });
    const second = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}?limit=3&page=2`, { key: store.merchantKey }), 200);
    expect(second.results.map((request: any) => request.id)).toEqual([early.id]);
    expect(second.next).toBeNull();
    expect(new URL(second.previous).searchParams.get('page')).toBe('1');
    for (const page of ['3', '0', 'x']) {
      const response = await om(t, 'GET', `${requestsOf(store.id)}detailed?limit=3&page=${page}`, { key: store.merchantKey });
      expect(response.statusCode, page).toBe(404);
      expect(response.json()).toEqual({ detail: 'Invalid page.', code: 'not_found' });
    }
    const empty = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}?status=completed`, { key: store.merchantKey }), 200);
    expect(empty).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it('shows a claim whose status Omnitron has no word for by its outcome', async () => {
    const { order, item } = await givenItem(t, store, { fulfillment_status: 'delivered' });
    const claim = await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id }] });
    await native(t, store, 'POST', `/v1/claims/${claim.id}/transitions`, { to: 'dismissed' });
    await native(t, store, 'POST', `/v1/claims/${claim.id}/transitions`, { to: 'closed' });
    const shown = await expectOk(await om(t, 'GET', `${requestsOf(store.id)}${claim.id}/`, { key: store.merchantKey }), 200);
    expect(shown).toMatchObject({ status: 'rejected', reason: null });
    expect(await ids(`status=rejected&pk__in=${claim.id}`)).toEqual([claim.id]);
    expect(await ids(`status=completed&pk__in=${claim.id}`)).toEqual([]);
  });
});
