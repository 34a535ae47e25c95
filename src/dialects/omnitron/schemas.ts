import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { OM_STATUSES } from './status.js';

// The shapes of Omnitron's SalesChannelCancellationRequests document (seed 001), as
// TypeBox schemas: they validate the bodies and serialise the responses. Field names and
// order follow the document's examples exactly.

export const OM_CANCELLATION_TYPES = ['cancel', 'refund'] as const;
export type OmCancellationType = (typeof OM_CANCELLATION_TYPES)[number];

const literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Nullable(DateTime);
const NullableString = Nullable(Type.String());
const NullableInteger = Nullable(Type.Integer());
const NullableNumber = Nullable(Type.Number());
const NullableBoolean = Nullable(Type.Boolean());
const FreeForm = Type.Record(Type.String(), Type.Unknown());
const Translations = Type.Record(Type.String(), Type.String());

/** The Entity mixin's four free-form attribute maps. */
const AttributeFields = {
  attributes: FreeForm,
  attributes_kwargs: FreeForm,
  localized_attributes: FreeForm,
  localized_attributes_kwargs: FreeForm,
};

export const OmEasyReturnSchema = Type.Object({
  id: Type.Integer(),
  shipping_company: NullableString,
  code: NullableString,
  start_date: NullableDateTime,
  end_date: NullableDateTime,
  max_count: Type.Integer(),
  status: literals(['active', 'used', 'expired'] as const),
  raw_request: NullableString,
  raw_response: NullableString,
  tracking_number: NullableString,
  tracking_url: NullableString,
  pickup_date: Nullable(Type.Object({ start: DateTime, end: DateTime })),
  created_date: DateTime,
  modified_date: DateTime,
  uuid: Type.String({ format: 'uuid' }),
});
export type OmEasyReturn = Static<typeof OmEasyReturnSchema>;

/** The fields the plain and the detailed request share, after `order_item` and `reason`. */
const RequestCore = {
  description: NullableString,
  cancellation_type: literals(OM_CANCELLATION_TYPES),
  status: literals(OM_STATUSES),
  iban: NullableString,
  holder_name: NullableString,
  easy_return: Nullable(OmEasyReturnSchema),
  quantity: NullableInteger,
  fully_refund_as_loyalty_money: Type.Boolean(),
};

export const OmCancellationRequestSchema = Type.Object({
  id: Type.Integer(),
  order_item: NullableInteger,
  reason: NullableInteger,
  ...RequestCore,
  created_date: DateTime,
  modified_date: DateTime,
  uuid: Type.String({ format: 'uuid' }),
  ...AttributeFields,
});
export type OmCancellationRequest = Static<typeof OmCancellationRequestSchema>;

export const OmOrderSchema = Type.Object({
  pk: Type.Integer(),
  number: Type.String(),
  channel: Type.Integer(),
  customer: Type.Integer(),
  date_placed: DateTime,
  extra_field: FreeForm,
  payment_option: NullableInteger,
  payment_option_slug: NullableString,
  bin_number: NullableString,
  installment: NullableInteger,
  installment_count: NullableInteger,
  installment_interest_amount: NullableNumber,
  cargo_company: NullableInteger,
  is_send: NullableBoolean,
  delivery_type: NullableString,
  cancellation_info: FreeForm,
  cancel_status: NullableString,
  shipping_interest_amount: NullableNumber,
  external_status: NullableInteger,
  client_type: NullableString,
  carrier_shipping_code: NullableString,
  segment: NullableString,
  checkout_provider_id: NullableInteger,
  status: Type.Integer(),
  currency: Type.String(),
  amount: Type.Number(),
  discount_amount: NullableNumber,
  shipping_amount: Type.Number(),
  shipping_tax_rate: NullableNumber,
  refund_amount: NullableNumber,
  discount_refund_amount: NullableNumber,
  shipping_refund_amount: NullableNumber,
  invoice_number: NullableString,
  invoice_date: NullableDateTime,
  e_archive_url: NullableString,
  tracking_number: NullableString,
  defined_tracking_url: NullableString,
  shipping_company: NullableString,
  remote_addr: NullableString,
  has_gift_box: NullableBoolean,
  gift_box_note: NullableString,
  language_code: NullableString,
  notes: NullableString,
  delivery_range: Nullable(Type.Object({ start: DateTime, end: DateTime })),
  shipping_option_slug: NullableString,
  created_date: DateTime,
  modified_date: DateTime,
});

export const OmProductSchema = Type.Object({
  id: NullableInteger,
  name: Type.String(),
  base_code: NullableString,
  sku: Type.String(),
  uuid: NullableString,
  description: NullableString,
  brand: NullableInteger,
  erp_categories: Type.Array(Type.Integer()),
  tax_rate: NullableNumber,
  weight: NullableNumber,
  product_type: NullableString,
  productization_date: NullableDateTime,
  data_source: NullableInteger,
  created_date: NullableDateTime,
  modified_date: NullableDateTime,
  is_active: NullableBoolean,
  attribute_set: NullableInteger,
  parent: NullableInteger,
  group_products: Type.Array(Type.Integer()),
  attributes: FreeForm,
  listing_code: NullableString,
  is_seller_product: NullableBoolean,
  custom_attribute_set: NullableInteger,
});

const Reference = Nullable(FreeForm);

export const OmOrderItemSchema = Type.Object({
  pk: Type.Integer(),
  order: OmOrderSchema,
  product: OmProductSchema,
  price_list: Reference,
  stock_list: Reference,
  status: Type.String(),
  price_currency: Type.String(),
  price: Type.Number(),
  tax_rate: NullableNumber,
  shipping_company: NullableString,
  shipment_code: NullableString,
  cancel_status: NullableString,
  is_tradable: NullableBoolean,
  installment_interest_amount: NullableNumber,
  benefitapplicant_set: Type.Array(FreeForm),
  external_status: Reference,
  datasource: Reference,
  tracking_url: NullableString,
  shipping_option_group: Reference,
  forced_refund: NullableBoolean,
  extra_field: FreeForm,
  created_date: DateTime,
  modified_date: DateTime,
  ...AttributeFields,
});

/** The reason as the detailed request expands it (the document's field list, without `send_to_oms`). */
const ReasonFields = {
  pk: Type.Integer(),
  cancellation_type: literals(OM_CANCELLATION_TYPES),
  extra_information_needed: Type.Boolean(),
  order: Type.Integer(),
  subject: Type.String(),
  is_active: Type.Boolean(),
  send_to_remote: Type.Boolean(),
};
const ReasonTrailer = {
  translations: Translations,
  uuid: Type.String(),
  created_date: DateTime,
  modified_date: DateTime,
};

export const OmNestedReasonSchema = Type.Object({ ...ReasonFields, ...ReasonTrailer });
export type OmNestedReason = Static<typeof OmNestedReasonSchema>;

/** The SalesChannelCancellationReasons resource. */
export const OmReasonSchema = Type.Object({ ...ReasonFields, send_to_oms: Type.Boolean(), ...ReasonTrailer });
export type OmReason = Static<typeof OmReasonSchema>;

export const OmChannelSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  catalog: NullableInteger,
  channel_type: Type.String(),
  conf: FreeForm,
  category_tree: NullableString,
  is_active: Type.Boolean(),
  schema: FreeForm,
  created_date: DateTime,
  modified_date: DateTime,
});

export const OmCustomerSchema = Type.Object({
  pk: Type.Integer(),
  email: Type.String(),
  first_name: Type.String(),
  last_name: Type.String(),
  phone_number: NullableString,
  is_active: Type.Boolean(),
  channel_code: NullableString,
  erp_code: NullableString,
  attributes: FreeForm,
  attribute_kwargs: FreeForm,
  localized_attributes: FreeForm,
  localized_attribute_kwargs: FreeForm,
  extra_field: FreeForm,
  email_allowed: NullableBoolean,
  sms_allowed: NullableBoolean,
  call_allowed: NullableBoolean,
  date_joined: NullableDateTime,
  gender: NullableString,
  user_type: NullableString,
  date_of_birth: NullableString,
  channel: Type.Integer(),
});

export const OmDetailedRequestSchema = Type.Object({
  id: Type.Integer(),
  order_item: Nullable(OmOrderItemSchema),
  reason: Nullable(OmNestedReasonSchema),
  ...RequestCore,
  channel: OmChannelSchema,
  customer: OmCustomerSchema,
});
export type OmDetailedRequest = Static<typeof OmDetailedRequestSchema>;

/** DRF's page-number envelope around a list of `item`. */
export function OmPage<T extends TSchema>(item: T) {
  return Type.Object({ count: Type.Integer(), next: NullableString, previous: NullableString, results: Type.Array(item) });
}

/** Query strings are read by map.ts, DRF-style: known parameters checked, unknown ones ignored. */
export const AnyQuery = Type.Record(Type.String(), Type.Unknown());

const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const ChannelParams = Type.Object({ channel_id: Id });
export const ObjectParams = Type.Object({ channel_id: Id, id: Id });

export const DESCRIPTION_LENGTH_MAX = 5000;
const NullableText = (maxLength: number) => Nullable(Type.String({ maxLength }));

/** Unknown fields are ignored, as a DRF serializer does. */
export const CreateBody = Type.Object({
  order_item: Id,
  reason: Id,
  cancellation_type: literals(OM_CANCELLATION_TYPES),
  description: Type.Optional(NullableText(DESCRIPTION_LENGTH_MAX)),
  iban: Type.Optional(NullableText(64)),
  holder_name: Type.Optional(NullableText(255)),
  quantity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  fully_refund_as_loyalty_money: Type.Optional(Type.Boolean()),
}, { additionalProperties: true });
export type CreateBody = Static<typeof CreateBody>;

/** PUT and PATCH take the same fields, all optional (the document requires none, even for PUT). */
export const UpdateBody = Type.Object({
  status: Type.Optional(literals(OM_STATUSES)),
  description: Type.Optional(NullableText(DESCRIPTION_LENGTH_MAX)),
  iban: Type.Optional(NullableText(64)),
  holder_name: Type.Optional(NullableText(255)),
  cancellation_type: Type.Optional(literals(OM_CANCELLATION_TYPES)),
  quantity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000 }))),
  fully_refund_as_loyalty_money: Type.Optional(Type.Boolean()),
  reason: Type.Optional(Id),
  order_item: Type.Optional(Id),
}, { additionalProperties: true });
export type UpdateBody = Static<typeof UpdateBody>;
