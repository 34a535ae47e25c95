import type { ClaimDetails } from '../../core/claims/details.js';
import type { EditClaimInput } from '../../core/claims/edit-claim.js';
import type { FileClaimInput } from '../../core/claims/file-claim.js';
import type { RefundDestination } from '../../domain/claim/claim.js';
import type { ClaimFilter, TimeRange } from '../../domain/claim/claim-filter.js';
import type { ReturnShipment } from '../../domain/claim/parts.js';
import type { Reason } from '../../domain/claim/reason.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import { toDecimal } from '../../domain/money.js';
import type { OrderItem } from '../../domain/order.js';
import type { Store } from '../../domain/store.js';
import { isoTime, isoTimeOrNull as iso } from '../../http/iso-time.js';
import { english } from '../shared/drf-messages.js';
import { DrfQueryReader } from '../shared/drf-query.js';
import { parseDate, parseDateTime } from '../shared/query.js';
import { OmFieldError } from './render-error.js';
import {
  OM_CANCELLATION_TYPES, type CreateBody, type OmCancellationRequest, type OmCancellationType, type OmDetailedRequest, type OmEasyReturn, type OmNestedReason, type OmReason, type UpdateBody,
} from './schemas.js';
import {
  OM_PLAN_STATUSES, OM_STATUSES, OM_TARGET_OF, omStatusOf, statusFilterOf, type OmStatus,
} from './status.js';

// Pure translation between Omnitron requests/responses and the core's terms. Money leaves
// as decimal numbers (100.0), converted from minor units here and nowhere else.

/** Incident claims are not part of this API: only these kinds are ever shown or acted on. */
export const OM_KINDS = ['cancellation', 'return'] as const satisfies readonly ClaimKind[];
type OmKind = (typeof OM_KINDS)[number];

export const OM_TYPE_OF = { cancellation: 'cancel', return: 'refund' } as const satisfies Record<OmKind, OmCancellationType>;
export const KIND_OF = { cancel: 'cancellation', refund: 'return' } as const satisfies Record<OmCancellationType, OmKind>;

export function isOmKind(kind: ClaimKind): kind is OmKind {
  return (OM_KINDS as readonly ClaimKind[]).includes(kind);
}

function omTypeOf(kind: ClaimKind): OmCancellationType {
  if (!isOmKind(kind)) throw new Error('an incident claim reached the Omnitron door');
  return OM_TYPE_OF[kind];
}

/**
 * Omnitron's order status codes for what the core knows of an item's fulfilment
 * (400 approved, 500 shipped, 550 delivered).
 */
export const ORDER_STATUS_CODE_OF = { unfulfilled: 400, shipped: 500, delivered: 550 } as const satisfies Record<OrderItem['fulfillmentStatus'], number>;

export function toOmEasyReturn(shipment: ReturnShipment, now: Date): OmEasyReturn {
  const status = shipment.status !== 'pending' ? 'used'
    : shipment.codeValidUntil !== null && shipment.codeValidUntil.getTime() < now.getTime() ? 'expired' : 'active';
  return {
    id: shipment.id,
    shipping_company: shipment.carrier,
    code: shipment.easyReturnCode,
    start_date: iso(shipment.codeValidFrom),
    end_date: iso(shipment.codeValidUntil),
    max_count: shipment.codeMaxUses,
    status,
    raw_request: null,
    raw_response: null,
    tracking_number: shipment.trackingNumber,
    tracking_url: shipment.trackingUrl,
    pickup_date: null,
    created_date: isoTime(shipment.createdAt),
    modified_date: isoTime(shipment.updatedAt),
    uuid: shipment.uuid,
  };
}

/** The fields the plain and the detailed form share (everything but the related objects). */
function requestFields(claim: ClaimDetails, now: Date) {
  const destination = claim.refundDestination;
  return {
    description: claim.description,
    cancellation_type: omTypeOf(claim.kind),
    status: omStatusOf(claim.status, claim.decision),
    iban: destination.iban ?? null,
    holder_name: destination.holderName ?? null,
    easy_return: claim.returnShipment === null ? null : toOmEasyReturn(claim.returnShipment, now),
    quantity: claim.lines[0]?.quantity ?? null,
    fully_refund_as_loyalty_money: destination.method === 'loyalty_money',
  };
}

export function toOmRequest(claim: ClaimDetails, now: Date): OmCancellationRequest {
  const { description, ...rest } = requestFields(claim, now);
  return {
    id: claim.id,
    order_item: claim.lines[0]?.orderItemId ?? null,
    reason: claim.reasonId,
    description,
    ...rest,
    created_date: isoTime(claim.createdAt),
    modified_date: isoTime(claim.updatedAt),
    uuid: claim.uuid,
    attributes: claim.attributes,
    attributes_kwargs: {},
    localized_attributes: {},
    localized_attributes_kwargs: {},
  };
}

function toOmOrderItem(claim: ClaimDetails, item: OrderItem): NonNullable<OmDetailedRequest['order_item']> {
  const order = claim.order;
  const currency = order.currency;
  const statusCode = ORDER_STATUS_CODE_OF[item.fulfillmentStatus];
  return {
    pk: item.id,
    order: {
      pk: order.id, number: order.number, channel: claim.storeId, customer: order.customerId, date_placed: isoTime(order.placedAt),
      extra_field: {}, payment_option: null, payment_option_slug: null, bin_number: null, installment: null, installment_count: null,
      installment_interest_amount: null, cargo_company: null, is_send: null, delivery_type: null, cancellation_info: {},
      cancel_status: null, shipping_interest_amount: null, external_status: null, client_type: null, carrier_shipping_code: null,
      segment: null, checkout_provider_id: null, status: statusCode, currency: currency.toLowerCase(),
      amount: toDecimal(order.totalAmountMinor, currency), discount_amount: null,
      shipping_amount: toDecimal(order.shippingAmountMinor, currency), shipping_tax_rate: null, refund_amount: null,
      discount_refund_amount: null, shipping_refund_amount: null, invoice_number: null, invoice_date: null, e_archive_url: null,
      tracking_number: null, defined_tracking_url: null, shipping_company: null, remote_addr: null, has_gift_box: null,
      gift_box_note: null, language_code: null, notes: null, delivery_range: null, shipping_option_slug: null,
      created_date: isoTime(order.createdAt), modified_date: isoTime(order.updatedAt),
    },
    product: {
      id: null, name: item.name, base_code: null, sku: item.sku, uuid: null, description: null, brand: null, erp_categories: [],
      tax_rate: item.taxRate, weight: null, product_type: null, productization_date: null, data_source: null, created_date: null,
      modified_date: null, is_active: null, attribute_set: null, parent: null, group_products: [], attributes: {}, listing_code: null,
      is_seller_product: null, custom_attribute_set: null,
    },
    price_list: null,
    stock_list: null,
    status: String(statusCode),
    price_currency: currency.toLowerCase(),
    price: toDecimal(item.unitPriceMinor, currency),
    tax_rate: item.taxRate,
    shipping_company: null,
    shipment_code: item.packageItem,
    cancel_status: null,
    is_tradable: null,
    installment_interest_amount: null,
    benefitapplicant_set: [],
    external_status: null,
    datasource: null,
    tracking_url: null,
    shipping_option_group: null,
    forced_refund: null,
    extra_field: {},
    created_date: isoTime(item.createdAt),
    modified_date: isoTime(item.updatedAt),
    attributes: {},
    attributes_kwargs: {},
    localized_attributes: {},
    localized_attributes_kwargs: {},
  };
}

function toOmNestedReason(reason: Reason): OmNestedReason {
  return {
    pk: reason.id,
    cancellation_type: omTypeOf(reason.kind),
    extra_information_needed: reason.requiresDescription,
    order: reason.position,
    subject: reason.subject,
    is_active: reason.active,
    send_to_remote: false,
    translations: reason.translations,
    uuid: reason.uuid,
    created_date: isoTime(reason.createdAt),
    modified_date: isoTime(reason.updatedAt),
  };
}

export function toOmReason(reason: Reason): OmReason {
  const { translations, uuid, created_date, modified_date, ...head } = toOmNestedReason(reason);
  return { ...head, send_to_oms: false, translations, uuid, created_date, modified_date };
}

export function toOmDetailedRequest(claim: ClaimDetails, channel: Store, now: Date): OmDetailedRequest {
  const line = claim.lines[0];
  const customer = claim.customer;
  return {
    id: claim.id,
    order_item: line === undefined ? null : toOmOrderItem(claim, line.item),
    reason: claim.reason === null ? null : toOmNestedReason(claim.reason),
    ...requestFields(claim, now),
    channel: {
      id: channel.id, name: channel.name, catalog: null, channel_type: 'web', conf: {}, category_tree: null, is_active: true, schema: {},
      created_date: isoTime(channel.createdAt), modified_date: isoTime(channel.updatedAt),
    },
    customer: {
      pk: customer.id, email: customer.email, first_name: customer.firstName, last_name: customer.lastName, phone_number: customer.phone,
      is_active: true, channel_code: null, erp_code: customer.externalId, attributes: {}, attribute_kwargs: {}, localized_attributes: {},
      localized_attribute_kwargs: {}, extra_field: {}, email_allowed: null, sms_allowed: null, call_allowed: null, date_joined: null,
      gender: null, user_type: null, date_of_birth: null, channel: claim.storeId,
    },
  };
}

// ── Writes ──────────────────────────────────────────────────────────────────────────

const blankToUndefined = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value);

/** IBAN and holder go with an IBAN refund; `fully_refund_as_loyalty_money` wins over both. */
function destinationOf(fields: { iban: string | undefined; holderName: string | undefined; loyalty: boolean }): RefundDestination {
  const method = fields.loyalty ? 'loyalty_money' : fields.iban !== undefined ? 'iban' : 'original_payment';
  return {
    method,
    ...(fields.iban === undefined ? {} : { iban: fields.iban }),
    ...(fields.holderName === undefined ? {} : { holderName: fields.holderName }),
  };
}

export function toFileClaimInput(body: CreateBody, item: OrderItem): FileClaimInput {
  return {
    order: { id: item.orderId },
    kind: KIND_OF[body.cancellation_type],
    reason: { id: body.reason },
    description: blankToUndefined(body.description),
    source: 'omnitron',
    // A null quantity asks for everything of the item that can still be claimed.
    lines: [{ orderItemId: item.id, ...(body.quantity === null || body.quantity === undefined ? {} : { quantity: body.quantity }) }],
    refundDestination: destinationOf({
      iban: blankToUndefined(body.iban), holderName: blankToUndefined(body.holder_name), loyalty: body.fully_refund_as_loyalty_money === true,
    }),
    onePerItem: true,
  };
}

/**
 * One editClaim call for a PUT or PATCH, so fields and status change together or not at
 * all. PUT resets the nullable fields it omits (description, IBAN, holder) and the loyalty
 * flag; PATCH changes only what it names. A status equal to the one shown is no change.
 */
export function toEditClaimInput(body: UpdateBody, method: 'PUT' | 'PATCH', current: ClaimDetails): EditClaimInput {
  const currentItem = current.lines[0]?.orderItemId;
  if (body.order_item !== undefined && body.order_item !== currentItem) {
    throw new OmFieldError({ order_item: ['The order item of a cancellation request cannot be changed.'] });
  }
  const shown = omStatusOf(current.status, current.decision);
  let to: EditClaimInput['to'];
  if (body.status !== undefined && body.status !== shown) {
    const target = OM_TARGET_OF[body.status];
    if (target === 'unchanged') throw invalidTransition(shown, body.status);
    to = target;
  }
  const full = method === 'PUT';
  const destination = current.refundDestination;
  const touchesDestination = full || body.iban !== undefined || body.holder_name !== undefined || body.fully_refund_as_loyalty_money !== undefined;
  return {
    claim: { id: current.id },
    ...(full || body.description !== undefined ? { description: blankToUndefined(body.description) ?? null } : {}),
    ...(body.reason === undefined ? {} : { reason: { id: body.reason } }),
    ...(body.cancellation_type === undefined ? {} : { kind: KIND_OF[body.cancellation_type] }),
    ...(body.quantity === undefined || body.quantity === null ? {} : { quantity: body.quantity }),
    ...(touchesDestination ? {
      refundDestination: destinationOf({
        iban: body.iban !== undefined || full ? blankToUndefined(body.iban) : destination.iban,
        holderName: body.holder_name !== undefined || full ? blankToUndefined(body.holder_name) : destination.holderName,
        loyalty: body.fully_refund_as_loyalty_money ?? (full ? false : destination.method === 'loyalty_money'),
      }),
    } : {}),
    ...(to === undefined ? {} : { to }),
  };
}

export function invalidTransition(from: OmStatus, to: OmStatus): OmFieldError {
  return new OmFieldError({ status: [`Invalid transition from ${from} to ${to}.`] });
}

export function alreadyFinal(status: OmStatus): OmFieldError {
  return new OmFieldError({ non_field_errors: [`Cancellation request is already ${status}.`] });
}

// ── List queries ────────────────────────────────────────────────────────────────────

export interface OmListQuery {
  /** Undefined when the filters exclude everything (status=waiting&cancellation_plan_status=completed). */
  filter: ClaimFilter | undefined;
  page: number;
  size: number;
}

interface Bound {
  at: Date;
  inclusive: boolean;
}

const DAY_MS = 86_400_000;

function tighter(a: Bound | undefined, b: Bound | undefined, side: 'lower' | 'upper'): Bound | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.at.getTime() !== b.at.getTime()) return (a.at > b.at) === (side === 'lower') ? a : b;
  return a.inclusive ? b : a;
}

function queryReader(query: Record<string, unknown>): DrfQueryReader<string> {
  return new DrfQueryReader(query, { say: english, invalid: (fields) => new OmFieldError(fields) });
}

/** date_placed and its bounds, the date-only bounds compared on the UTC calendar day. */
function placedAtOf(reader: DrfQueryReader<string>): TimeRange | undefined {
  const eq = reader.parsed('date_placed', parseDateTime);
  const dateGt = reader.parsed('date_placed__date__gt', parseDate);
  const dateGte = reader.parsed('date_placed__date__gte', parseDate);
  const dateLt = reader.parsed('date_placed__date__lt', parseDate);
  const dateLte = reader.parsed('date_placed__date__lte', parseDate);
  const bound = (at: Date | undefined, inclusive: boolean): Bound | undefined => (at === undefined ? undefined : { at, inclusive });
  const dayAfter = (date: Date | undefined) => (date === undefined ? undefined : new Date(date.getTime() + DAY_MS));
  const lower = [
    bound(reader.parsed('date_placed__gt', parseDateTime), false), bound(reader.parsed('date_placed__gte', parseDateTime), true),
    bound(dayAfter(dateGt), true), bound(dateGte, true),
  ].reduce((a, b) => tighter(a, b, 'lower'), undefined);
  const upper = [
    bound(reader.parsed('date_placed__lt', parseDateTime), false), bound(reader.parsed('date_placed__lte', parseDateTime), true),
    bound(dateLt, false), bound(dayAfter(dateLte), false),
  ].reduce((a, b) => tighter(a, b, 'upper'), undefined);
  if (eq === undefined && lower === undefined && upper === undefined) return undefined;
  return {
    ...(eq === undefined ? {} : { eq }),
    ...(lower === undefined ? {} : lower.inclusive ? { gte: lower.at } : { gt: lower.at }),
    ...(upper === undefined ? {} : upper.inclusive ? { lte: upper.at } : { lt: upper.at }),
  };
}

/** Every documented filter of both list endpoints; the request lists only this channel's requests. */
export function parseListQuery(query: Record<string, unknown>, channelId: number): OmListQuery {
  const reader = queryReader(query);
  const ids = reader.integers('pk__in');
  const status = reader.choice('status', OM_STATUSES);
  const planStatus = reader.choice('cancellation_plan_status', OM_PLAN_STATUSES);
  const orderNumbers = reader.text('number');
  const orderPlacedAt = placedAtOf(reader);
  const skus = reader.text('sku');
  const channel = reader.integer('channel');
  const customerFirstNames = reader.text('customer_first_name');
  const customerLastNames = reader.text('customer_last_name');
  const customerEmails = reader.text('customer_email');
  const orderId = reader.integer('order_id');
  const easyReturnCodes = reader.text('easy_return_code');
  const trackingNumbers = reader.text('tracking_number');
  const { page, size } = reader.pagination();
  const statusMatches = statusFilterOf(status, planStatus);
  // Every customer of a channel belongs to it: another channel's id matches nothing.
  const excluded = statusMatches === 'none' || (channel !== undefined && channel !== channelId);
  const filter: ClaimFilter | undefined = excluded ? undefined : {
    kinds: OM_KINDS,
    statusMatches,
    ids,
    orderNumbers,
    orderPlacedAt,
    skus,
    customerFirstNames,
    customerLastNames,
    customerEmails,
    orderIds: orderId === undefined ? undefined : [orderId],
    easyReturnCodes,
    trackingNumbers,
  };
  return { filter, page, size };
}

export interface OmReasonQuery {
  kinds: readonly OmKind[];
  page: number;
  size: number;
}

/** The reasons list: `page`/`limit` and an optional `cancellation_type`. */
export function parseReasonQuery(query: Record<string, unknown>): OmReasonQuery {
  const reader = queryReader(query);
  const type = reader.choice('cancellation_type', OM_CANCELLATION_TYPES);
  const { page, size } = reader.pagination();
  return { kinds: type === undefined ? OM_KINDS : [KIND_OF[type]], page, size };
}

export type LoginBody =
  | { ok: true; username: string; password: string }
  | { ok: false; errors: Record<string, string[]> };

const LOGIN_FIELD_MAX = 1000;

/**
 * A token login's body read as DRF's AuthTokenSerializer reads it: both fields required,
 * a number is taken as its text, a username is trimmed and neither may be blank.
 */
export function readLoginBody(body: unknown): LoginBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const got = Array.isArray(body) ? 'list' : body === null ? 'NoneType' : typeof body === 'string' ? 'str' : typeof body === 'boolean' ? 'bool' : Number.isInteger(body) ? 'int' : 'float';
    return { ok: false, errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] } };
  }
  const fields = body as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const read = (name: 'username' | 'password', trim: boolean): string => {
    const value = fields[name];
    if (value === undefined) errors[name] = ['This field is required.'];
    else if (value === null) errors[name] = ['This field may not be null.'];
    else if (typeof value !== 'string' && typeof value !== 'number') errors[name] = ['Not a valid string.'];
    else {
      const text = trim ? String(value).trim() : String(value);
      if (text === '') errors[name] = ['This field may not be blank.'];
      else if (text.length > LOGIN_FIELD_MAX) errors[name] = [`Ensure this field has no more than ${LOGIN_FIELD_MAX} characters.`];
      else return text;
    }
    return '';
  };
  const username = read('username', true);
  const password = read('password', false);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, username, password };
}
