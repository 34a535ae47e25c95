import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ActorRecord } from '../domain/actor.js';
import type { ClaimFiler, RefundDestination } from '../domain/claim/claim.js';
import type { Disposition } from '../domain/claim/grading.js';
import type { AttachmentKind, MessageSender, ResolutionOutcome, ReturnShipmentStatus, StoreCreditType } from '../domain/claim/parts.js';
import type { ClaimDecision, ClaimKind, ClaimSource, ClaimStatus } from '../domain/claim/status.js';
import type { FulfillmentStatus } from '../domain/order.js';
import type { AutomaticDecision } from '../domain/policy/decision.js';
import type { RefundMethod, RefundStatus } from '../domain/refund/status.js';

// Table interfaces, assembled once into DB. Column names stay as in SQL; a column that
// holds one of the domain's values is typed with the domain's union, so the store
// modules map rows to domain types without casts and core/ never sees a column name.
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
type Json<T> = ColumnType<T, string, string>;

export interface StoresTable {
  id: Generated<number>;
  uuid: string;
  code: string;
  name: string;
  currency: string;
  languages: Json<string[]>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CustomersTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  external_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ApiKeysTable {
  id: Generated<number>;
  uuid: string;
  store_id: number | null;
  role: 'admin' | 'merchant' | 'customer';
  customer_id: number | null;
  scopes: Json<string[]>;
  name: string | null;
  key_hash: string;
  key_prefix: string;
  expires_at: Date | null;
  revoked_at: Date | null;
  created_by_key_id: number | null;
  created_by_user_id: number | null;
  created_at: CreatedAt;
  /** The console user a login token acts as (migration 0011); null for every other key. */
  user_id: ColumnType<number | null, number | null | undefined, never>;
}

export interface OrdersTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  number: string;
  external_id: string | null;
  currency: string;
  placed_at: Date;
  customer_id: number;
  items_amount_minor: number;
  shipping_amount_minor: number;
  total_amount_minor: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OrderItemsTable {
  id: Generated<number>;
  store_id: number;
  order_id: number;
  uuid: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  unit_price_minor: number;
  tax_rate: number | null;
  external_id: string | null;
  package_item: string | null;
  fulfillment_status: FulfillmentStatus;
  tracking_number: string | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReasonsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  kind: ClaimKind;
  subject: string;
  translations: Json<Record<string, string>>;
  requires_description: boolean;
  requires_evidence: boolean;
  active: boolean;
  position: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReplyTemplatesTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  kind: 'message' | 'rejection';
  name: string;
  body: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProductsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  external_id: string | null;
  title: string;
  options: Json<string[]>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProductVariantsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  product_id: number;
  sku: string;
  option_values: Json<Record<string, string>>;
  price_minor: number;
  available: number;
  reserved: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface IdempotencyKeysTable {
  api_key_id: number;
  key: string;
  request_hash: string;
  status_code: number;
  headers: Json<Record<string, string>>;
  body: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface ClaimsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  number: string;
  order_id: number;
  customer_id: number;
  kind: ClaimKind;
  incident_type: string | null;
  reason_id: number | null;
  description: string | null;
  author_name: string;
  author_email: string;
  source: ClaimSource;
  filed_by: ClaimFiler;
  status: ClaimStatus;
  decision: ClaimDecision | null;
  holds_quantity: Generated<boolean>;
  refund_destination: Json<RefundDestination>;
  resolution_requested: string | null;
  rejection_reason: string | null;
  rejection_images: Json<string[]>;
  attributes: Json<Record<string, unknown>>;
  policy_id: string | null;
  policy_version: number | null;
  risk_flags: ColumnType<string[], string | undefined, string>;
  queue: string | null;
  /** The console user working on the claim (migration 0015). */
  assignee_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  policy_decision: ColumnType<AutomaticDecision | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  status_changed_at: ColumnType<Date, Date | undefined, Date>;
  deleted_at: Date | null;
}

export interface ClaimLinesTable {
  id: Generated<number>;
  store_id: number;
  claim_id: number;
  order_item_id: number;
  quantity: number;
  issue_type: string | null;
  details: string | null;
  disposition: ColumnType<Disposition | null, Disposition | null | undefined, Disposition | null>;
  disposition_note: ColumnType<string | null, string | null | undefined, string | null>;
  graded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
}

export interface MessagesTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  sender_type: MessageSender;
  author_name: string;
  body: string;
  internal: boolean;
  attachments: Json<string[]>;
  created_at: CreatedAt;
}

export interface AttachmentsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  url: string;
  kind: AttachmentKind;
  uploaded_by: string;
  created_at: CreatedAt;
}

export interface RefundsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  order_id: number;
  amount_minor: number;
  currency: string;
  status: RefundStatus;
  method: RefundMethod;
  reason: string | null;
  response_reason: string | null;
  requester: string;
  needs_return: boolean;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  approved_at: Date | null;
  processing_at: Date | null;
  issued_at: Date | null;
  denied_at: Date | null;
  cancelled_at: Date | null;
}

export interface ResolutionsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  type: string;
  outcome: ResolutionOutcome;
  details: string | null;
  paid_value_minor: number | null;
  paid_currency: string | null;
  include_shipping: boolean;
  shipping_amount_minor: number | null;
  claim_status: string;
  refund_id: number | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface StoreCreditsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  type: StoreCreditType;
  code: string;
  value_minor: number;
  bonus_minor: number;
  currency: string;
  email_status: string;
  emailed_at: Date | null;
  created_at: CreatedAt;
}

export interface ReturnShipmentsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number;
  carrier: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  easy_return_code: string | null;
  code_valid_from: Date | null;
  code_valid_until: Date | null;
  code_max_uses: number;
  code_use_count: number;
  status: ReturnShipmentStatus;
  shipped_at: Date | null;
  received_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  claim_id: number | null;
  type: string;
  actor: Json<ActorRecord>;
  data: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

/** The next claim number of each store (migration 0012); a store without a row starts at FIRST_CLAIM_NUMBER. */
export interface ClaimNumberCountersTable {
  store_id: number;
  next_number: number;
}

/** Net changes to the count of live claims by key; kept by the claim writers (claims.ts). */
export interface ClaimCountDeltasTable {
  id: Generated<number>;
  store_id: number;
  kind: ClaimKind;
  status: ClaimStatus;
  decision: ClaimDecision | null;
  n: number;
}

export interface DB {
  stores: StoresTable;
  customers: CustomersTable;
  api_keys: ApiKeysTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  reasons: ReasonsTable;
  reply_templates: ReplyTemplatesTable;
  products: ProductsTable;
  product_variants: ProductVariantsTable;
  idempotency_keys: IdempotencyKeysTable;
  claims: ClaimsTable;
  claim_lines: ClaimLinesTable;
  messages: MessagesTable;
  attachments: AttachmentsTable;
  refunds: RefundsTable;
  resolutions: ResolutionsTable;
  store_credits: StoreCreditsTable;
  return_shipments: ReturnShipmentsTable;
  events: EventsTable;
  claim_count_deltas: ClaimCountDeltasTable;
  claim_number_counters: ClaimNumberCountersTable;
}

export type StoreRow = Selectable<StoresTable>;
export type OrderRow = Selectable<OrdersTable>;
export type OrderItemRow = Selectable<OrderItemsTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type ReasonRow = Selectable<ReasonsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type ClaimLineRow = Selectable<ClaimLinesTable>;
export type MessageRow = Selectable<MessagesTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type RefundRow = Selectable<RefundsTable>;
export type ResolutionRow = Selectable<ResolutionsTable>;
export type StoreCreditRow = Selectable<StoreCreditsTable>;
export type ReturnShipmentRow = Selectable<ReturnShipmentsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewClaim = Insertable<ClaimsTable>;
export type ClaimUpdate = Updateable<ClaimsTable>;
