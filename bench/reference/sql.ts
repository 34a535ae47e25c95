import { CLAIM_TRANSITIONS } from '../../src/domain/claim/transitions.js';
import { OM_STATUS_OF } from '../../src/dialects/omnitron/status.js';
import { ISSUE_OF_INCIDENT } from '../../src/dialects/orderprotection/issue-types.js';
import { OP_STATE_OF } from '../../src/dialects/orderprotection/status.js';
import { REFUND_V2_STATUS } from '../../src/dialects/refunds-v2/status.js';
import { SC_STATUS_OF } from '../../src/dialects/seller-center/status.js';

// The reference's statements: PostgreSQL renders each whole answer (a page of claims with
// everything they hang on) as JSON text, and the server sends that text as the body. Every
// object is a row_to_json of a subselect (its columns in the answer's order, no whitespace),
// every list an array_to_json of an array_agg, so the bytes are Recourse's bytes:
// - timestamps: ISO 8601 in UTC with milliseconds and `Z`, truncated as a JavaScript Date is;
// - jsonb values (attributes, translations, image lists): jsonb prints `{"a": 1, "b": [1, 2]}`,
//   JSON.stringify `{"a":1,"b":[1,2]}`; the spaces outside strings are taken out, keys stay in
//   jsonb's order, which is the order Recourse reads them in (see bench/reference/README.md
//   for what this does not cover);
// - amounts in the dialects: minor units over 10^exponent with trailing zeros trimmed, as
//   JavaScript prints the same division;
// - the status words of each door and the native allowed_transitions: CASE expressions built
//   once from the same tables the doors use, so a table change cannot make the two differ.

/** A timestamptz as Recourse prints it (`Date.toISOString()`), NULL stays NULL. */
export const ts = (expression: string) => `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A jsonb value as compact JSON: the spaces jsonb prints after `:` and `,`, outside strings, removed. */
export const compact = (expression: string) => String.raw`(CASE WHEN strpos((${expression})::text, ' ') = 0 THEN (${expression})::text
  ELSE regexp_replace((${expression})::text, '("(?:[^"\\]|\\.)*")| ', '\1', 'g') END)::json`;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** CASE over a column from a table of words; `{ approved, otherwise }` rows look at the decision too. */
function wordCase(table: Record<string, string | { approved: string; otherwise: string }>, status: string, decision: string): string {
  const arms = Object.entries(table).map(([from, word]) => (typeof word === 'string'
    ? `WHEN ${quote(from)} THEN ${quote(word)}`
    : `WHEN ${quote(from)} THEN CASE WHEN ${decision} = 'approved' THEN ${quote(word.approved)} ELSE ${quote(word.otherwise)} END`));
  return `(CASE ${status} ${arms.join(' ')} END)`;
}

const transitionsCase = (status: string) => `(CASE ${status} ${Object.entries(CLAIM_TRANSITIONS)
  .map(([from, to]) => `WHEN ${quote(from)} THEN ${quote(JSON.stringify(to))}::json`).join(' ')} END)`;

/** Minor units as the decimal number JavaScript prints for minor / 10^exponent (src/domain/money.ts). */
export const decimal = (minor: string, currency: string) => `trim_scale((${minor})::numeric / (CASE upper(${currency})
  WHEN 'BHD' THEN 1000 WHEN 'IQD' THEN 1000 WHEN 'JOD' THEN 1000 WHEN 'KWD' THEN 1000 WHEN 'LYD' THEN 1000 WHEN 'OMR' THEN 1000 WHEN 'TND' THEN 1000
  WHEN 'BIF' THEN 1 WHEN 'CLP' THEN 1 WHEN 'DJF' THEN 1 WHEN 'GNF' THEN 1 WHEN 'ISK' THEN 1 WHEN 'JPY' THEN 1 WHEN 'KMF' THEN 1 WHEN 'KRW' THEN 1
  WHEN 'PYG' THEN 1 WHEN 'RWF' THEN 1 WHEN 'UGX' THEN 1 WHEN 'UYI' THEN 1 WHEN 'VND' THEN 1 WHEN 'VUV' THEN 1 WHEN 'XAF' THEN 1 WHEN 'XOF' THEN 1
  WHEN 'XPF' THEN 1 ELSE 100 END))`;

/** The rows of a subselect as a compact JSON array, in the subselect's order ('[]' for none). */
const list = (select: string) => `(SELECT coalesce(array_to_json(array_agg(row_to_json(x))), '[]'::json) FROM (${select}) x)`;
/** One row of a subselect as a JSON object, NULL for none. */
const object = (select: string) => `(SELECT row_to_json(x) FROM (${select}) x)`;

/** The claim's own rows, by its tenant index. */
const of = (table: string, alias: string, claim: string) => `FROM ${table} ${alias} WHERE ${alias}.store_id = ${claim}.store_id AND ${alias}.claim_id = ${claim}.id`;

/** The native claim (src/http/v1/claim-render.ts) of the claims row `p`, as json. */
export function nativeClaim(p: string): string {
  return object(`SELECT ${p}.id, ${p}.uuid, ${p}.number, ${p}.store_id,
    ${object(`SELECT o.id, o.uuid, o.number, o.external_id, o.currency, ${ts('o.placed_at')} AS placed_at, o.total_amount_minor AS total_amount
      FROM orders o WHERE o.store_id = ${p}.store_id AND o.id = ${p}.order_id`)} AS "order",
    ${object(`SELECT cu.id, cu.email, cu.first_name, cu.last_name FROM customers cu WHERE cu.store_id = ${p}.store_id AND cu.id = ${p}.customer_id`)} AS customer,
    ${p}.kind, ${p}.incident_type AS type, ${p}.status, ${p}.decision,
    ${transitionsCase(`${p}.status`)} AS allowed_transitions,
    ${object(`SELECT re.id, re.uuid, re.subject, ${compact('re.translations')} AS translations FROM reasons re WHERE re.store_id = ${p}.store_id AND re.id = ${p}.reason_id`)} AS reason,
    ${p}.description,
    ${object(`SELECT ${p}.author_name AS name, ${p}.author_email AS email`)} AS author,
    ${p}.source, ${p}.filed_by,
    json_strip_nulls(json_build_object('method', ${p}.refund_destination->'method', 'iban', ${p}.refund_destination->'iban', 'holder_name', ${p}.refund_destination->'holderName')) AS refund_destination,
    ${p}.resolution_requested,
    CASE WHEN ${p}.rejection_reason IS NULL AND ${p}.rejection_images = '[]'::jsonb THEN NULL
      ELSE ${object(`SELECT ${p}.rejection_reason AS reason, ${compact(`${p}.rejection_images`)} AS images`)} END AS rejection,
    ${compact(`${p}.attributes`)} AS attributes,
    ${p}.policy_id, ${p}.policy_version, ${compact(`${p}.risk_flags`)} AS risk_flags, ${p}.queue,
    ${object(`SELECT u.uuid AS id, u.name FROM users u WHERE u.store_id = ${p}.store_id AND u.id = ${p}.assignee_user_id`)} AS assignee,
    -- Its serializer writes the required fields first, then the optional ones that are there.
    CASE WHEN ${p}.policy_decision IS NULL THEN NULL ELSE json_strip_nulls(json_build_object(
      'rule_id', ${p}.policy_decision->'rule_id', 'action', ${p}.policy_decision->'action', 'policy_version', ${p}.policy_decision->'policy_version',
      'decided_at', ${p}.policy_decision->'decided_at', 'reason', ${p}.policy_decision->'reason', 'refund_amount', ${p}.policy_decision->'refund_amount')) END AS automatic_decision,
    ${list(`SELECT l.id, l.order_item_id, i.sku, i.name, l.quantity, i.unit_price_minor AS unit_price, l.issue_type, l.details,
      l.disposition, l.disposition_note, ${ts('l.graded_at')} AS graded_at
      FROM claim_lines l JOIN order_items i ON i.store_id = l.store_id AND i.id = l.order_item_id
      WHERE l.store_id = ${p}.store_id AND l.claim_id = ${p}.id ORDER BY l.id`)} AS lines,
    ${list(`SELECT m.uuid AS id, m.sender_type, m.author_name, m.body, m.internal, ${compact('m.attachments')} AS attachments, ${ts('m.created_at')} AS created_at
      ${of('messages', 'm', p)} ORDER BY m.id`)} AS messages,
    ${list(`SELECT a.uuid AS id, a.url, a.kind, a.uploaded_by, ${ts('a.created_at')} AS created_at ${of('attachments', 'a', p)} ORDER BY a.id`)} AS attachments,
    ${list(`SELECT r.uuid AS id, r.type, r.outcome, r.details, r.paid_value_minor AS paid_value, r.paid_currency, r.include_shipping,
      r.shipping_amount_minor AS shipping_amount, r.claim_status, r.refund_id, r.created_by, ${ts('r.created_at')} AS created_at
      ${of('resolutions', 'r', p)} ORDER BY r.id`)} AS resolutions,
    ${list(`SELECT f.id, f.uuid, f.claim_id, f.order_id, f.amount_minor AS amount, f.currency, f.status, f.method, f.reason, f.response_reason,
      f.requester, f.needs_return, ${ts('f.created_at')} AS created_at, ${ts('f.updated_at')} AS updated_at, ${ts('f.approved_at')} AS approved_at,
      ${ts('f.processing_at')} AS processing_at, ${ts('f.issued_at')} AS issued_at, ${ts('f.denied_at')} AS denied_at, ${ts('f.cancelled_at')} AS cancelled_at
      ${of('refunds', 'f', p)} ORDER BY f.id`)} AS refunds,
    ${list(`SELECT k.uuid AS id, k.type, k.code, k.value_minor AS value, k.bonus_minor AS bonus, k.currency, k.email_status, ${ts('k.created_at')} AS created_at
      ${of('store_credits', 'k', p)} ORDER BY k.id`)} AS store_credits,
    ${object(`SELECT s.carrier, s.tracking_number, s.tracking_url, s.easy_return_code, ${ts('s.code_valid_from')} AS code_valid_from,
      ${ts('s.code_valid_until')} AS code_valid_until, s.status, ${ts('s.shipped_at')} AS shipped_at, ${ts('s.received_at')} AS received_at
      ${of('return_shipments', 's', p)} ORDER BY s.id LIMIT 1`)} AS return_shipment,
    ${p}.version, ${ts(`${p}.created_at`)} AS created_at, ${ts(`${p}.updated_at`)} AS updated_at, ${ts(`${p}.deleted_at`)} AS deleted_at`);
}

const NEWEST_FIRST = 'ORDER BY created_at DESC, id DESC';

/**
 * A keyset edge as its claim's stored values, as Recourse compares it (src/store/claim-list.ts):
 * the cursor's time is in milliseconds, the stored one may have microseconds.
 */
const storedEdge = (store: string, id: string, createdAt: string) =>
  `(coalesce((SELECT e.created_at FROM claims e WHERE e.store_id = ${store} AND e.id = ${id}), ${createdAt}), ${id})`;

/** `{"data":[…],"next_cursor":…}`: the page is read one row long, the extra row says whether a next page exists. */
function nativePage(where: string): string {
  return `WITH page AS MATERIALIZED (
    SELECT c.*, row_number() OVER (${NEWEST_FIRST}) AS rn FROM (SELECT * FROM claims WHERE store_id = $1 AND deleted_at IS NULL ${where} ${NEWEST_FIRST} LIMIT $2 + 1) c
  )
  SELECT '{"data":[' || coalesce((SELECT string_agg(${nativeClaim('p')}::text, ',' ORDER BY p.rn) FROM page p WHERE p.rn <= $2), '')
    || '],"next_cursor":' || coalesce((SELECT '"' || translate(encode(convert_to('["' || ${ts('p.created_at')} || '",' || p.id || ']', 'UTF8'), 'base64'), E'+/=\\n', '-_') || '"'
      FROM page p WHERE p.rn = $2 AND EXISTS (SELECT 1 FROM page q WHERE q.rn = $2 + 1)), 'null') || '}'`;
}

// ── Seller Center and Omnitron (DRF page numbers) ──────────────────────────────────────

/** The first line of the claim `p` with its item, as a lateral join. */
const firstLine = (p: string) => `LEFT JOIN LATERAL (SELECT l.order_item_id, l.quantity, i.sku, i.package_item, i.position
  FROM claim_lines l JOIN order_items i ON i.store_id = l.store_id AND i.id = l.order_item_id
  WHERE l.store_id = ${p}.store_id AND l.claim_id = ${p}.id ORDER BY l.id LIMIT 1) fl ON true`;
const firstShipment = (p: string) => `LEFT JOIN LATERAL (SELECT * FROM return_shipments s WHERE s.store_id = ${p}.store_id AND s.claim_id = ${p}.id ORDER BY s.id LIMIT 1) sh ON true`;

const SC_CLAIM = (p: string) => `SELECT ${p}.uuid AS id,
    CASE WHEN fl.order_item_id IS NULL THEN NULL ELSE coalesce(fl.package_item, o.number || '-' || fl.position) END AS package_item,
    fl.sku AS product,
    CASE WHEN re.id IS NULL THEN NULL ELSE ${object(`SELECT re.uuid AS id, re.subject, ${compact('re.translations')} AS translations`)} END AS reason,
    ${p}.description AS detail, sh.easy_return_code AS return_code, sh.tracking_number AS return_tracking_number, sh.tracking_url AS return_tracking_url,
    CASE ${p}.kind WHEN 'cancellation' THEN 'cancel' ELSE 'refund' END AS type,
    ${wordCase(SC_STATUS_OF, `${p}.status`, `${p}.decision`)} AS status,
    ${ts(`${p}.updated_at`)} AS updated_at, ${ts(`${p}.created_at`)} AS created_at
  FROM orders o ${firstLine(p)} ${firstShipment(p)} LEFT JOIN reasons re ON re.store_id = ${p}.store_id AND re.id = ${p}.reason_id
  WHERE o.store_id = ${p}.store_id AND o.id = ${p}.order_id`;

const OM_REQUEST = (p: string) => `SELECT ${p}.id, fl.order_item_id AS order_item, ${p}.reason_id AS reason, ${p}.description,
    CASE ${p}.kind WHEN 'cancellation' THEN 'cancel' ELSE 'refund' END AS cancellation_type,
    ${wordCase(OM_STATUS_OF, `${p}.status`, `${p}.decision`)} AS status,
    ${p}.refund_destination->>'iban' AS iban, ${p}.refund_destination->>'holderName' AS holder_name,
    CASE WHEN sh.id IS NULL THEN NULL ELSE ${object(`SELECT sh.id, sh.carrier AS shipping_company, sh.easy_return_code AS code,
      ${ts('sh.code_valid_from')} AS start_date, ${ts('sh.code_valid_until')} AS end_date, sh.code_max_uses AS max_count,
      CASE WHEN sh.status <> 'pending' THEN 'used' WHEN sh.code_valid_until < now() THEN 'expired' ELSE 'active' END AS status,
      NULL::text AS raw_request, NULL::text AS raw_response, sh.tracking_number, sh.tracking_url, NULL::json AS pickup_date,
      ${ts('sh.created_at')} AS created_date, ${ts('sh.updated_at')} AS modified_date, sh.uuid`)} END AS easy_return,
    fl.quantity, coalesce(${p}.refund_destination->>'method' = 'loyalty_money', false) AS fully_refund_as_loyalty_money,
    ${ts(`${p}.created_at`)} AS created_date, ${ts(`${p}.updated_at`)} AS modified_date, ${p}.uuid,
    ${compact(`${p}.attributes`)} AS attributes, '{}'::json AS attributes_kwargs, '{}'::json AS localized_attributes, '{}'::json AS localized_attributes_kwargs
  FROM (SELECT 1) one ${firstLine(p)} ${firstShipment(p)}`;

/**
 * A DRF page: the count from the kept counts (claim_count_deltas, the schema's own running
 * totals) and the page from its first row. A page's first row is found by an index-only walk
 * the first time; the server remembers it with a fingerprint of the list's kept-count rows
 * (any claim entering or leaving the list adds one), and a revisit whose fingerprint still
 * holds starts from the remembered row without walking, as Recourse does (src/store/page-edges.ts).
 * Columns: the count, the results' JSON, the fingerprint and the page's first row (created_at
 * as text, full precision, and id); the server writes the envelope (its links need the URL).
 * $1 store, $2 size, $3 offset, $4 kinds, $5 statuses (NULL: any), $6 a remembered
 * fingerprint (NULL: none), $7 and $8 the remembered first row.
 */
function drfPage(item: (p: string) => string): string {
  const where = 'store_id = $1 AND deleted_at IS NULL AND kind = ANY($4::text[]) AND ($5::text[] IS NULL OR status = ANY($5::text[]))';
  return `WITH kept AS MATERIALIZED (
    SELECT coalesce(sum(n), 0) AS n, count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(bit_xor(hashint8(id)), 0) AS fingerprint
    FROM claim_count_deltas WHERE store_id = $1 AND kind = ANY($4::text[]) AND ($5::text[] IS NULL OR status = ANY($5::text[]))
  ), edge AS MATERIALIZED (
    SELECT $7::timestamptz AS created_at, $8::bigint AS id WHERE $6::text = (SELECT fingerprint FROM kept)
    UNION ALL
    (SELECT created_at, id FROM claims WHERE ${where} AND NOT coalesce($6::text = (SELECT fingerprint FROM kept), false) ${NEWEST_FIRST} OFFSET $3 LIMIT 1)
  ), page AS MATERIALIZED (
    SELECT c.*, row_number() OVER (${NEWEST_FIRST}) AS rn FROM (SELECT * FROM claims WHERE ${where}
      AND (created_at, id) <= (SELECT created_at, id FROM edge) ${NEWEST_FIRST} LIMIT $2) c
  )
  SELECT (SELECT n FROM kept)::text AS count,
    '[' || coalesce((SELECT string_agg(${object(item('p'))}::text, ',' ORDER BY p.rn) FROM page p), '') || ']' AS results,
    (SELECT fingerprint FROM kept) AS fingerprint, (SELECT created_at::text FROM page WHERE rn = 1) AS first_created_at, (SELECT id::text FROM page WHERE rn = 1) AS first_id`;
}

// ── OrderProtection (cursor by claim uuid) ─────────────────────────────────────────────

const ISSUE_CASE = (expression: string) => `(CASE ${expression} ${Object.entries(ISSUE_OF_INCIDENT).map(([from, to]) => `WHEN ${quote(from)} THEN ${quote(to)}`).join(' ')} END)`;
const stringAttribute = (p: string, name: string) => `CASE WHEN jsonb_typeof(${p}.attributes->'${name}') = 'string' THEN ${p}.attributes->>'${name}' END`;

const OP_CLAIM = (p: string) => `SELECT ${p}.uuid AS id, st.code AS "storeId", o.uuid AS "orderId", coalesce(o.external_id, o.number) AS "sourceOrderId",
    o.number AS "sourceOrderNumber", cu.uuid AS "customerId", ${p}.author_name AS "authorName", ${p}.author_email AS "authorEmail",
    ${p}.description AS "claimDescription", ${wordCase(OP_STATE_OF, `${p}.status`, `${p}.decision`)} AS "claimState",
    coalesce(${p}.attributes->'isOta' = 'true'::jsonb, false) AS "isOta", ${stringAttribute(p, 'otaDescription')} AS "otaDescription",
    CASE WHEN ${p}.source = 'orderprotection' THEN 'api' ELSE ${p}.source END AS "externalSource",
    CASE WHEN ${p}.kind = 'incident' THEN ${ISSUE_CASE(`${p}.incident_type`)} END AS "claimType",
    coalesce(${stringAttribute(p, 'claimFiledFrom')}, CASE WHEN ${p}.filed_by = 'customer' THEN 'EXTERNAL' ELSE 'INTERNAL' END) AS "claimFiledFrom",
    ${p}.resolution_requested AS "resolutionRequested",
    (SELECT ${ts('r.created_at')} ${of('resolutions', 'r', p)} ORDER BY r.id DESC LIMIT 1) AS "resolutionDate",
    ${ts(`${p}.created_at`)} AS "createdAt", ${ts(`${p}.updated_at`)} AS "updatedAt", ${ts(`${p}.deleted_at`)} AS "deletedAt", ${p}.policy_id AS "policyId",
    ${list(`SELECT r.uuid AS id, ${p}.uuid AS "claimId", r.type AS resolution, ${wordCase(OP_STATE_OF, 'r.claim_status', 'NULL')} AS "claimState",
      r.created_by AS "userId", r.type AS "resolutionType", r.details AS "resolutionDetails",
      ${decimal('r.paid_value_minor', 'coalesce(r.paid_currency, o.currency)')} AS "paidValue", r.paid_currency AS "paidCurrency",
      ${decimal('r.paid_value_minor', 'coalesce(r.paid_currency, o.currency)')} AS "paidOriginalValue", r.include_shipping AS "includeShipping",
      ${decimal('r.shipping_amount_minor', 'coalesce(r.paid_currency, o.currency)')} AS "shippingAmount",
      r.type IN ('STORE_CREDIT', 'CREDIT') AS "creditStore", ${ts('r.created_at')} AS "createdAt", ${ts('r.updated_at')} AS "updatedAt", NULL::text AS "deletedAt"
      ${of('resolutions', 'r', p)} ORDER BY r.id`)} AS "claimResolutions",
    ${list(`SELECT l.id::text AS id, ${p}.uuid AS "claimId", coalesce(i.external_id, i.uuid::text) AS "itemId", l.quantity,
      ${ISSUE_CASE('l.issue_type')} AS "issueType", l.details, ${ts('l.created_at')} AS "createdAt", ${ts('l.created_at')} AS "updatedAt", NULL::text AS "deletedAt"
      FROM claim_lines l JOIN order_items i ON i.store_id = l.store_id AND i.id = l.order_item_id
      WHERE l.store_id = ${p}.store_id AND l.claim_id = ${p}.id ORDER BY l.id`)} AS "claimItems",
    ${list(`SELECT CASE m.sender_type WHEN 'merchant' THEN 'brand' ELSE m.sender_type END AS "senderType", m.uuid AS id, ${p}.uuid AS "claimId",
      m.body AS message, m.author_name AS "authorName", ${compact('m.attachments')} AS medias, ${ts('m.created_at')} AS "createdAt"
      ${of('messages', 'm', p)} AND NOT m.internal ORDER BY m.id`)} AS "claimMessages",
    ${list(`SELECT k.uuid AS id, k.code, CASE WHEN k.type = 'gift_card' THEN 'GIFT_CARD' ELSE 'DISCOUNT_CODE' END AS "creditType",
      CASE WHEN k.email_status = 'NOT_SENT' THEN 'PENDING' ELSE k.email_status END AS "emailStatus", ${ts('k.emailed_at')} AS "emailTime",
      ${decimal('k.value_minor', 'k.currency')} AS "creditValue", ${decimal('k.bonus_minor', 'k.currency')} AS "bonusValue",
      ${decimal('k.value_minor + k.bonus_minor', 'k.currency')} AS "totalValue", ${decimal('k.bonus_minor', 'k.currency')} AS bonus,
      CASE WHEN k.bonus_minor > 0 THEN 'FIXED' ELSE 'NONE' END AS "bonusType", k.currency AS "creditCurrency", 1 AS "exchangeRate",
      ${p}.uuid AS "claimId", ${ts('k.created_at')} AS "createdAt", ${ts('k.created_at')} AS "updatedAt", NULL::text AS "deletedAt"
      ${of('store_credits', 'k', p)} ORDER BY k.id`)} AS "storeCredits",
    ${list(`SELECT a.uuid AS id, ${p}.uuid AS "claimId", a.url, upper(a.kind) AS "documentType", ${ts('a.created_at')} AS "createdAt",
      ${ts('a.created_at')} AS "updatedAt", NULL::text AS "deletedAt" ${of('attachments', 'a', p)} ORDER BY a.id`)} AS documents
  FROM orders o, customers cu, stores st
  WHERE o.store_id = ${p}.store_id AND o.id = ${p}.order_id AND cu.store_id = ${p}.store_id AND cu.id = ${p}.customer_id AND st.id = ${p}.store_id`;

/**
 * `{"edges":[{"node":…}],"pageInfo":…}`, newest first after the claim a cursor names.
 * $1 store, $2 size, $3 statuses (NULL: any), $4 the cursor's claim uuid (NULL: the first page).
 * A cursor that names no claim of the list gives NULL (the server answers 400).
 */
const OP_WHERE = 'store_id = $1 AND deleted_at IS NULL AND ($3::text[] IS NULL OR status = ANY($3::text[]))';
const OP_PAGE = `WITH edge AS MATERIALIZED (SELECT created_at, id FROM claims WHERE store_id = $1 AND deleted_at IS NULL AND uuid = $4::uuid),
  page AS MATERIALIZED (
    SELECT c.*, row_number() OVER (${NEWEST_FIRST}) AS rn FROM (SELECT * FROM claims WHERE ${OP_WHERE}
      AND ($4::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM edge)) ${NEWEST_FIRST} LIMIT $2 + 1) c
  )
  SELECT CASE WHEN $4::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM edge) THEN NULL ELSE
    '{"edges":[' || coalesce((SELECT string_agg('{"node":' || ${object(OP_CLAIM('p'))}::text || '}', ',' ORDER BY p.rn) FROM page p WHERE p.rn <= $2), '')
    || '],"pageInfo":' || (SELECT row_to_json(x)::text FROM (SELECT
      (SELECT uuid FROM page WHERE rn = 1) AS "startCursor",
      (SELECT uuid FROM page WHERE rn <= $2 ORDER BY rn DESC LIMIT 1) AS "endCursor",
      EXISTS (SELECT 1 FROM page WHERE rn = $2 + 1) AS "hasNextPage",
      CASE WHEN $4::uuid IS NULL THEN false
        ELSE EXISTS (SELECT 1 FROM claims WHERE ${OP_WHERE} AND (created_at, id) > (
          coalesce((SELECT created_at FROM page WHERE rn = 1), (SELECT created_at FROM edge)),
          coalesce((SELECT id FROM page WHERE rn = 1), (SELECT id - 1 FROM edge)))) END AS "hasPreviousPage") x) || '}' END`;

// ── Refunds v2 (0-based page/size, refunds with their parcel's tracking) ───────────────

/** The page's `data` array. $1 store, $2 size, $3 offset, $4 status (NULL: any). The envelope is the server's. */
const R2_PAGE = `WITH page AS MATERIALIZED (
    SELECT f.*, row_number() OVER (ORDER BY f.id) AS rn FROM refunds f WHERE f.store_id = $1 AND ($4::text IS NULL OR f.status = $4::text)
      AND f.id >= coalesce((SELECT id FROM refunds WHERE store_id = $1 AND ($4::text IS NULL OR status = $4::text) ORDER BY id OFFSET $3 LIMIT 1), 9223372036854775807)
    ORDER BY f.id LIMIT $2
  )
  SELECT '[' || coalesce((SELECT string_agg(${object(`SELECT p.id, p.order_id AS "order", ${ts('p.created_at')} AS "createdAt",
      ${ts('greatest(p.updated_at, s.updated_at)')} AS "updatedAt", p.requester, p.reason AS "requestReason", p.response_reason AS "responseReason",
      ${ts('p.approved_at')} AS "confirmedAt", ${ts('p.issued_at')} AS "issuedAt", ${decimal('p.amount_minor', 'p.currency')} AS amount,
      ${wordCase(REFUND_V2_STATUS, 'p.status', 'NULL')} AS status, s.tracking_number AS "trackingId", s.carrier AS "carrierName",
      NOT p.needs_return AS "refundOnly", p.status <> 'cancelled' AS valid
    FROM (SELECT 1) one LEFT JOIN return_shipments s ON s.store_id = p.store_id AND s.claim_id = p.claim_id`)}::text, ',' ORDER BY p.rn) FROM page p), '') || ']'`;

/** Every statement the reference prepares, by name. */
export const STATEMENTS = {
  native_list: nativePage(''),
  native_list_status: nativePage('AND status = ANY($3::text[])'),
  native_list_after: nativePage(`AND (created_at, id) < ${storedEdge('$1', '$3::bigint', '$4::timestamptz')}`),
  native_claim: `SELECT ${nativeClaim('p')}::text FROM claims p WHERE p.store_id = $1 AND p.id = $2 AND p.deleted_at IS NULL`,
  seller_center_page: drfPage(SC_CLAIM),
  omnitron_page: drfPage(OM_REQUEST),
  orderprotection_page: OP_PAGE,
  refunds_v2_page: R2_PAGE,
} as const;

export type StatementName = keyof typeof STATEMENTS;
