import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { DATABASES } from '../../support/databases.js';
import { expectOk, givenItem, givenRequest, native, om, PREFIXES, requestsOf } from './given.js';

// Replays each request of the Omnitron document (seed 001) with its example body, and
// checks every field of the documented responses: the same keys in the same order, and
// each value as the core holds it.

const REQUEST_KEYS = [
  'id', 'order_item', 'reason', 'description', 'cancellation_type', 'status', 'iban', 'holder_name', 'easy_return', 'quantity',
  'fully_refund_as_loyalty_money', 'created_date', 'modified_date', 'uuid', 'attributes', 'attributes_kwargs', 'localized_attributes',
  'localized_attributes_kwargs',
];
const EASY_RETURN_KEYS = [
  'id', 'shipping_company', 'code', 'start_date', 'end_date', 'max_count', 'status', 'raw_request', 'raw_response', 'tracking_number',
  'tracking_url', 'pickup_date', 'created_date', 'modified_date', 'uuid',
];
const DETAILED_KEYS = [
  'id', 'order_item', 'reason', 'description', 'cancellation_type', 'status', 'iban', 'holder_name', 'easy_return', 'quantity',
  'fully_refund_as_loyalty_money', 'channel', 'customer',
];
const ORDER_ITEM_KEYS = [
  'pk', 'order', 'product', 'price_list', 'stock_list', 'status', 'price_currency', 'price', 'tax_rate', 'shipping_company', 'shipment_code',
  'cancel_status', 'is_tradable', 'installment_interest_amount', 'benefitapplicant_set', 'external_status', 'datasource', 'tracking_url',
  'shipping_option_group', 'forced_refund', 'extra_field', 'created_date', 'modified_date', 'attributes', 'attributes_kwargs',
  'localized_attributes', 'localized_attributes_kwargs',
];
const ORDER_KEYS = [
  'pk', 'number', 'channel', 'customer', 'date_placed', 'extra_field', 'payment_option', 'payment_option_slug', 'bin_number', 'installment',
  'installment_count', 'installment_interest_amount', 'cargo_company', 'is_send', 'delivery_type', 'cancellation_info', 'cancel_status',
  'shipping_interest_amount', 'external_status', 'client_type', 'carrier_shipping_code', 'segment', 'checkout_provider_id', 'status',
  'currency', 'amount', 'discount_amount', 'shipping_amount', 'shipping_tax_rate', 'refund_amount', 'discount_refund_amount',
  'shipping_refund_amount', 'invoice_number', 'invoice_date', 'e_archive_url', 'tracking_number', 'defined_tracking_url', 'shipping_company',
  'remote_addr', 'has_gift_box', 'gift_box_note', 'language_code', 'notes', 'delivery_range', 'shipping_option_slug', 'created_date',
  'modified_date',
];
const PRODUCT_KEYS = [
  'id', 'name', 'base_code', 'sku', 'uuid', 'description', 'brand', 'erp_categories', 'tax_rate', 'weight', 'product_type',
  'productization_date', 'data_source', 'created_date', 'modified_date', 'is_active', 'attribute_set', 'parent', 'group_products',
  'attributes', 'listing_code', 'is_seller_product', 'custom_attribute_set',
];
const REASON_KEYS = [
  'pk', 'cancellation_type', 'extra_information_needed', 'order', 'subject', 'is_active', 'send_to_remote', 'translations', 'uuid',
  'created_date', 'modified_date',
];
const CHANNEL_KEYS = ['id', 'name', 'catalog', 'channel_type', 'conf', 'category_tree', 'is_active', 'schema', 'created_date', 'modified_date'];
const CUSTOMER_KEYS = [
  'pk', 'email', 'first_name', 'last_name', 'phone_number', 'is_active', 'channel_code', 'erp_code', 'attributes', 'attribute_kwargs',
  'localized_attributes', 'localized_attribute_kwargs', 'extra_field', 'email_allowed', 'sms_allowed', 'call_allowed', 'date_joined',
  'gender', 'user_type', 'date_of_birth', 'channel',
];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(DATABASES)('the Omnitron document, request by request (%s)', (kind) => {
  const t = useTestApp(kind);
  let store: StoreFixture;
  beforeAll(async () => { store = await t.given.store(); });

  for (const prefix of PREFIXES) {
    describe(`under ${prefix}/{channel_id}`, () => {
      it('POST …/cancellation_requests/ with the example body creates a `waiting` request (201)', async () => {
        const { item } = await givenItem(t, store, { fulfillment_status: 'unfulfilled', quantity: 2 });
        const reason = await t.given.reason(store, { kind: 'cancellation', subject: 'Changed my mind' });
        const response = await om(t, 'POST', requestsOf(store.id, prefix), {
          key: store.merchantKey,
          body: { order_item: item.id, reason: reason.id, description: 'text', cancellation_type: 'cancel', iban: 'text', holder_name: 'text', quantity: 1 },
        });
        const created = await expectOk(response, 201);
        expect(Object.keys(created)).toEqual(REQUEST_KEYS);
        expect(created).toEqual({
          id: expect.any(Number), order_item: item.id, reason: reason.id, description: 'text', cancellation_type: 'cancel', status: 'waiting',
          iban: 'text', holder_name: 'text', easy_return: null, quantity: 1, fully_refund_as_loyalty_money: false,
          created_date: expect.stringMatching(ISO), modified_date: expect.stringMatching(ISO), uuid: expect.stringMatching(UUID),
          attributes: {}, attributes_kwargs: {}, localized_attributes: {}, localized_attributes_kwargs: {},
        });
        const claim = await native(t, store, 'GET', `/v1/claims/${created.id}`);
        expect(claim).toMatchObject({
          uuid: created.uuid, kind: 'cancellation', status: 'new', source: 'omnitron', description: 'text',
          refund_destination: { method: 'iban', iban: 'text', holder_name: 'text' },
          lines: [{ order_item_id: item.id, quantity: 1 }], created_at: created.created_date, updated_at: created.modified_date,
        });
      });

      it('GET …/{id}/ shows the request with every documented field', async () => {
        const created = await givenRequest(t, store, { type: 'refund' });
        const shown = await expectOk(await om(t, 'GET', `${requestsOf(store.id, prefix)}${created.id}/`, { key: store.merchantKey }), 200);
        expect(shown).toEqual(created);
        expect(Object.keys(shown)).toEqual(REQUEST_KEYS);
        expect(Object.keys(shown.easy_return)).toEqual(EASY_RETURN_KEYS);
      });

      it('PUT …/{id}/ with the example body updates the request (200)', async () => {
        const created = await givenRequest(t, store, { type: 'cancel', itemFields: { quantity: 3 } });
        const body = {
          status: 'waiting', description: 'text', iban: 'text', holder_name: 'text', cancellation_type: 'cancel', quantity: 1,
          fully_refund_as_loyalty_money: false, reason: created.reason, order_item: created.order_item,
        };
        const updated = await expectOk(await om(t, 'PUT', `${requestsOf(store.id, prefix)}${created.id}/`, { key: store.merchantKey, body }), 200);
        expect(Object.keys(updated)).toEqual(REQUEST_KEYS);
        expect(updated).toMatchObject({ ...body, id: created.id, easy_return: null, uuid: created.uuid, created_date: created.created_date });
        expect(updated.modified_date >= created.modified_date).toBe(true);
      });

      it('PATCH …/{id}/ with the example body updates the request (200)', async () => {
        const created = await givenRequest(t, store, { type: 'cancel', itemFields: { quantity: 3 } });
        const body = {
          status: 'waiting', description: 'text', iban: 'text', holder_name: 'text', cancellation_type: 'cancel', quantity: 1,
          fully_refund_as_loyalty_money: false, reason: created.reason, order_item: created.order_item,
        };
        const updated = await expectOk(await om(t, 'PATCH', `${requestsOf(store.id, prefix)}${created.id}/`, { key: store.merchantKey, body }), 200);
        expect(Object.keys(updated)).toEqual(REQUEST_KEYS);
        expect(updated).toMatchObject({ ...body, id: created.id });
        expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).lines[0].quantity).toBe(1);
      });

      it('DELETE …/{id}/ answers 204 with no content, and the request is gone', async () => {
        const created = await givenRequest(t, store);
        const response = await om(t, 'DELETE', `${requestsOf(store.id, prefix)}${created.id}/`, { key: store.merchantKey });
        expect(response.statusCode).toBe(204);
        expect(response.body).toBe('');
        const again = await om(t, 'GET', `${requestsOf(store.id, prefix)}${created.id}/`, { key: store.merchantKey });
        expect(again.statusCode).toBe(404);
        expect(again.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
      });

      it('POST …/{id}/reject/ with no body answers 200 with the rejected request', async () => {
        const created = await givenRequest(t, store, { type: 'refund' });
        const response = await om(t, 'POST', `${requestsOf(store.id, prefix)}${created.id}/reject/`, { key: store.merchantKey });
        const rejected = await expectOk(response, 200);
        expect(Object.keys(rejected)).toEqual(REQUEST_KEYS);
        expect(rejected).toMatchObject({ ...created, status: 'rejected', modified_date: expect.stringMatching(ISO) });
        expect((await native(t, store, 'GET', `/v1/claims/${created.id}`)).status).toBe('rejected');
      });

      it('GET …/cancellation_requests/ answers the DRF envelope with full objects (not only the mixin fields)', async () => {
        const own = await t.given.store();
        const created = await givenRequest(t, own, { type: 'refund' });
        const page = await expectOk(await om(t, 'GET', requestsOf(own.id, prefix), { key: own.merchantKey }), 200);
        expect(Object.keys(page)).toEqual(['count', 'next', 'previous', 'results']);
        expect(page).toEqual({ count: 1, next: null, previous: null, results: [created] });
      });

      it('GET …/cancellation_requests/detailed (with or without the slash) expands the request', async () => {
        const own = await t.given.store();
        const created = await givenRequest(t, own, { type: 'refund' });
        const single = await expectOk(await om(t, 'GET', `${requestsOf(own.id, prefix)}${created.id}/detailed/`, { key: own.merchantKey }), 200);
        for (const path of ['detailed', 'detailed/']) {
          const page = await expectOk(await om(t, 'GET', `${requestsOf(own.id, prefix)}${path}`, { key: own.merchantKey }), 200);
          expect(page).toEqual({ count: 1, next: null, previous: null, results: [single] });
        }
        expect(Object.keys(single)).toEqual(DETAILED_KEYS);
      });
    });
  }

  it('GET …/{id}/detailed/ fills every documented field from the order, item, reason, channel and customer', async () => {
    const own = await t.given.store({ currency: 'TRY' });
    const { order, item } = await givenItem(t, own, { fulfillment_status: 'delivered', quantity: 2, unit_price: 12_550, sku: 'SKU-D', email: 'Ada@Example.com' });
    const reason = await t.given.reason(own, { kind: 'return', subject: 'Too small', translations: { 'tr-tr': 'Küçük' }, requires_description: true });
    const created = await expectOk(await om(t, 'POST', requestsOf(own.id), {
      key: own.merchantKey, body: { order_item: item.id, reason: reason.id, cancellation_type: 'refund', description: 'Too small', quantity: 2 },
    }), 201);
    const storeRow = await native(t, own, 'GET', `/v1/stores/${own.id}`);
    const detailed = await expectOk(await om(t, 'GET', `${requestsOf(own.id)}${created.id}/detailed/`, { key: own.merchantKey }), 200);

    expect(Object.keys(detailed)).toEqual(DETAILED_KEYS);
    expect(Object.keys(detailed.order_item)).toEqual(ORDER_ITEM_KEYS);
    expect(Object.keys(detailed.order_item.order)).toEqual(ORDER_KEYS);
    expect(Object.keys(detailed.order_item.product)).toEqual(PRODUCT_KEYS);
    expect(Object.keys(detailed.reason)).toEqual(REASON_KEYS);
    expect(Object.keys(detailed.easy_return)).toEqual(EASY_RETURN_KEYS);
    expect(Object.keys(detailed.channel)).toEqual(CHANNEL_KEYS);
    expect(Object.keys(detailed.customer)).toEqual(CUSTOMER_KEYS);

    expect(detailed).toMatchObject({
      id: created.id, description: 'Too small', cancellation_type: 'refund', status: 'waiting', iban: null, holder_name: null,
      easy_return: created.easy_return, quantity: 2, fully_refund_as_loyalty_money: false,
    });
    expect(detailed.order_item).toMatchObject({
      pk: item.id, price_list: null, stock_list: null, status: '550', price_currency: 'try', price: 125.5, tax_rate: null,
      shipment_code: null, benefitapplicant_set: [], extra_field: {}, created_date: expect.stringMatching(ISO),
      attributes: {}, attributes_kwargs: {}, localized_attributes: {}, localized_attributes_kwargs: {},
    });
    expect(detailed.order_item.order).toMatchObject({
      pk: order.id, number: order.number, channel: own.id, customer: order.customer.id, date_placed: '2026-11-01T10:00:00.000Z',
      status: 550, currency: 'try', amount: 256, shipping_amount: 5, extra_field: {}, cancellation_info: {}, delivery_range: null,
    });
    expect(detailed.order_item.product).toMatchObject({ id: null, name: 'Item 1', sku: 'SKU-D', erp_categories: [], group_products: [], attributes: {} });
    expect(detailed.reason).toEqual({
      pk: reason.id, cancellation_type: 'refund', extra_information_needed: true, order: reason.position, subject: 'Too small', is_active: true,
      send_to_remote: false, translations: { 'tr-tr': 'Küçük' }, uuid: reason.uuid, created_date: reason.created_at, modified_date: reason.updated_at,
    });
    expect(detailed.channel).toEqual({
      id: own.id, name: storeRow.name, catalog: null, channel_type: 'web', conf: {}, category_tree: null, is_active: true, schema: {},
      created_date: storeRow.created_at, modified_date: storeRow.updated_at,
    });
    expect(detailed.customer).toMatchObject({
      pk: order.customer.id, email: order.customer.email, first_name: 'Ada', last_name: 'Buyer', is_active: true, channel: own.id,
      attributes: {}, attribute_kwargs: {}, localized_attributes: {}, localized_attribute_kwargs: {}, extra_field: {},
    });
  });

  it('gives a refund request an active easy-return code valid for the configured window', async () => {
    const created = await givenRequest(t, store, { type: 'refund' });
    const easyReturn = created.easy_return;
    expect(easyReturn).toEqual({
      id: expect.any(Number), shipping_company: null, code: expect.stringMatching(/^ER[A-Z2-9]{10}$/),
      start_date: created.created_date, end_date: new Date(Date.parse(created.created_date) + t.core.config.easyReturnValidityDays * 86_400_000).toISOString(),
      max_count: 1, status: 'active', raw_request: null, raw_response: null, tracking_number: null, tracking_url: null, pickup_date: null,
      created_date: created.created_date, modified_date: created.created_date, uuid: expect.stringMatching(UUID),
    });
    const claim = await native(t, store, 'GET', `/v1/claims/${created.id}`);
    expect(claim.return_shipment).toMatchObject({ easy_return_code: easyReturn.code, code_valid_from: easyReturn.start_date, code_valid_until: easyReturn.end_date });
  });
});
