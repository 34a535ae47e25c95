import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ClaimRef } from '../domain/claim/claim.js';
import { CLAIM_STATUSES } from '../domain/claim/status.js';
import { nextStatuses } from '../domain/claim/transitions.js';
import type { DB } from './schema.js';

// The native claim (the shape src/http/v1/claim-render.ts gives it) rendered by PostgreSQL as
// JSON text, so a read sends the database's bytes instead of decoding rows into objects,
// mapping them and serialising them again. Every object is a row_to_json of a subselect whose
// columns are the answer's fields in the answer's order, every list an array_to_json of an
// array_agg: no whitespace, the bytes JSON.stringify would write. Each part is read by its
// tenant index (store_id first). A test renders every claim of a rich data set both ways and
// compares the bytes (test/store/claim-documents.test.ts).
//
// Formats:
// - timestamps: ISO 8601 in UTC with milliseconds, truncated as a JavaScript Date truncates;
// - jsonb (translations, flags, image lists, attributes): jsonb prints `{"a": 1}`, the spaces
//   outside strings are taken out; keys stay in jsonb's order, the order JSON.parse reads them in;
// - attributes JavaScript would print otherwise (a number with a fraction or an exponent, which
//   jsonb keeps as written, or a key that is an array index, which JavaScript moves first) are
//   not rendered: the row's document is NULL and the door renders that claim itself.

/** Which claim a customer sees: src/domain/claim/customer-view.ts, in SQL. */
export type DocumentView = 'staff' | 'customer';

const ts = (expression: string) => `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const compact = (expression: string) => String.raw`(CASE WHEN strpos((${expression})::text, ' ') = 0 THEN (${expression})::text
  ELSE regexp_replace((${expression})::text, '("(?:[^"\\]|\\.)*")| ', '\1', 'g') END)::json`;

/**
 * Whether JSON.stringify(JSON.parse(jsonb text)) keeps jsonb's numbers and key order: every
 * number outside strings an integer, and no key an array index.
 */
const plainJson = (expression: string) => String.raw`(regexp_replace((${expression})::text, '"(?:[^"\\]|\\.)*"', '""', 'g') !~ '[.eE]|-0([^0-9]|$)'
  AND (${expression})::text !~ '"(0|[1-9][0-9]{0,9})": ')`;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

const transitions = (status: string) => `(CASE ${status} ${CLAIM_STATUSES
  .map((from) => `WHEN ${quote(from)} THEN ${quote(JSON.stringify(nextStatuses(from)))}::json`).join(' ')} END)`;

const list = (select: string) => `(SELECT coalesce(array_to_json(array_agg(row_to_json(x))), '[]'::json) FROM (${select}) x)`;
const object = (select: string) => `(SELECT row_to_json(x) FROM (${select}) x)`;
/**
 * Where the store's id goes in every part's condition: the statement's parameter, not the
 * claim row's column, so that on a distributed database each part's table is known to sit on
 * the store's one shard and the whole statement runs there (nativeDocument binds it).
 */
const STORE = '$store$';

const partsOf = (table: string, alias: string, claim: string) => `FROM ${table} ${alias} WHERE ${alias}.store_id = ${STORE} AND ${alias}.claim_id = ${claim}.id`;

/** The native claim of the claims row `p`, as json: NULL when its attributes need JavaScript's printing. */
function nativeClaim(p: string, view: DocumentView): string {
  const staff = view === 'staff';
  return `CASE WHEN ${plainJson(`${p}.attributes`)} THEN ${object(`SELECT ${p}.id, ${p}.uuid, ${p}.number, ${p}.store_id,
    ${object(`SELECT o.id, o.uuid, o.number, o.external_id, o.currency, ${ts('o.placed_at')} AS placed_at, o.total_amount_minor AS total_amount
      FROM orders o WHERE o.store_id = ${STORE} AND o.id = ${p}.order_id`)} AS "order",
    ${object(`SELECT cu.id, cu.email, cu.first_name, cu.last_name FROM customers cu WHERE cu.store_id = ${STORE} AND cu.id = ${p}.customer_id`)} AS customer,
    ${p}.kind, ${p}.incident_type AS type, ${p}.status, ${p}.decision,
    ${transitions(`${p}.status`)} AS allowed_transitions,
    ${object(`SELECT re.id, re.uuid, re.subject, ${compact('re.translations')} AS translations FROM reasons re WHERE re.store_id = ${STORE} AND re.id = ${p}.reason_id`)} AS reason,
    ${p}.description,
    ${object(`SELECT ${p}.author_name AS name, ${p}.author_email AS email`)} AS author,
    ${p}.source, ${p}.filed_by,
    json_strip_nulls(json_build_object('method', ${p}.refund_destination->'method', 'iban', ${p}.refund_destination->'iban', 'holder_name', ${p}.refund_destination->'holderName')) AS refund_destination,
    ${p}.resolution_requested,
    CASE WHEN ${p}.rejection_reason IS NULL AND ${p}.rejection_images = '[]'::jsonb THEN NULL
      ELSE ${object(`SELECT ${p}.rejection_reason AS reason, ${compact(`${p}.rejection_images`)} AS images`)} END AS rejection,
    ${compact(`${p}.attributes`)} AS attributes,
    ${p}.policy_id, ${staff ? `${p}.policy_version` : 'NULL::int'} AS policy_version,
    ${staff ? compact(`${p}.risk_flags`) : "'[]'::json"} AS risk_flags, ${staff ? `${p}.queue` : 'NULL::text'} AS queue,
    ${staff ? object(`SELECT u.uuid AS id, u.name FROM users u WHERE u.store_id = ${STORE} AND u.id = ${p}.assignee_user_id`) : 'NULL::json'} AS assignee,
    ${staff ? `CASE WHEN ${p}.policy_decision IS NULL THEN NULL ELSE json_strip_nulls(json_build_object(
      'rule_id', ${p}.policy_decision->'rule_id', 'action', ${p}.policy_decision->'action', 'policy_version', ${p}.policy_decision->'policy_version',
      'decided_at', ${p}.policy_decision->'decided_at', 'reason', ${p}.policy_decision->'reason', 'refund_amount', ${p}.policy_decision->'refund_amount')) END` : 'NULL::json'} AS automatic_decision,
    ${list(`SELECT l.id, l.order_item_id, i.sku, i.name, l.quantity, i.unit_price_minor AS unit_price, l.issue_type, l.details,
      l.disposition, l.disposition_note, ${ts('l.graded_at')} AS graded_at
      FROM claim_lines l JOIN order_items i ON i.store_id = ${STORE} AND i.id = l.order_item_id
      WHERE l.store_id = ${STORE} AND l.claim_id = ${p}.id ORDER BY l.id`)} AS lines,
    ${list(`SELECT m.uuid AS id, m.sender_type, m.author_name, m.body, m.internal, ${compact('m.attachments')} AS attachments, ${ts('m.created_at')} AS created_at
      ${partsOf('messages', 'm', p)}${staff ? '' : ' AND NOT m.internal'} ORDER BY m.id`)} AS messages,
    ${list(`SELECT a.uuid AS id, a.url, a.kind, a.uploaded_by, ${ts('a.created_at')} AS created_at ${partsOf('attachments', 'a', p)} ORDER BY a.id`)} AS attachments,
    ${list(`SELECT r.uuid AS id, r.type, r.outcome, r.details, r.paid_value_minor AS paid_value, r.paid_currency, r.include_shipping,
      r.shipping_amount_minor AS shipping_amount, r.claim_status, r.refund_id, r.created_by, ${ts('r.created_at')} AS created_at
      ${partsOf('resolutions', 'r', p)} ORDER BY r.id`)} AS resolutions,
    ${list(`SELECT f.id, f.uuid, f.claim_id, f.order_id, f.amount_minor AS amount, f.currency, f.status, f.method, f.reason, f.response_reason,
      f.requester, f.needs_return, ${ts('f.created_at')} AS created_at, ${ts('f.updated_at')} AS updated_at, ${ts('f.approved_at')} AS approved_at,
      ${ts('f.processing_at')} AS processing_at, ${ts('f.issued_at')} AS issued_at, ${ts('f.denied_at')} AS denied_at, ${ts('f.cancelled_at')} AS cancelled_at
      ${partsOf('refunds', 'f', p)} ORDER BY f.id`)} AS refunds,
    ${list(`SELECT k.uuid AS id, k.type, k.code, k.value_minor AS value, k.bonus_minor AS bonus, k.currency, k.email_status, ${ts('k.created_at')} AS created_at
      ${partsOf('store_credits', 'k', p)} ORDER BY k.id`)} AS store_credits,
    ${object(`SELECT s.carrier, s.tracking_number, s.tracking_url, s.easy_return_code, ${ts('s.code_valid_from')} AS code_valid_from,
      ${ts('s.code_valid_until')} AS code_valid_until, s.status, ${ts('s.shipped_at')} AS shipped_at, ${ts('s.received_at')} AS received_at
      ${partsOf('return_shipments', 's', p)} ORDER BY s.id LIMIT 1`)} AS return_shipment,
    ${p}.version, ${ts(`${p}.created_at`)} AS created_at, ${ts(`${p}.updated_at`)} AS updated_at, ${ts(`${p}.deleted_at`)} AS deleted_at`)}::text END`;
}

const NATIVE = { staff: nativeClaim('p', 'staff'), customer: nativeClaim('p', 'customer') } as const;

/** The native document of the claims row aliased `p` of the store, as text (NULL: render it in JavaScript). */
export function nativeDocument(view: DocumentView, storeId: number): RawBuilder<string | null> {
  return sql<string | null>`${sql.join(NATIVE[view].split(STORE).map((part) => sql.raw(part)), sql`${storeId}::bigint`)}`;
}

/** One claim's native document and version, or undefined when the store (or the customer) has no such live claim. */
export async function findClaimDocument(
  db: Kysely<DB>, storeId: number, ref: ClaimRef, options: { customerId?: number; view: DocumentView },
): Promise<{ id: number; version: number; document: string | null } | undefined> {
  let query = db.selectFrom('claims as p').select(['p.id', 'p.version', nativeDocument(options.view, storeId).as('document')])
    .where('p.store_id', '=', storeId).where('p.deleted_at', 'is', null);
  if ('id' in ref) query = query.where('p.id', '=', ref.id);
  else if ('uuid' in ref) query = query.where('p.uuid', '=', ref.uuid);
  else query = query.where('p.number', '=', ref.number);
  if (options.customerId !== undefined) query = query.where('p.customer_id', '=', options.customerId);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : { id: Number(row.id), version: row.version, document: row.document };
}
