import { sql, type Kysely } from 'kysely';
import { recountClaims } from '../src/store/claim-counts.js';

// The benchmark's data set, written server-side with INSERT … SELECT … FROM generate_series:
// no row crosses the wire, so a million claims take minutes, not hours. Everything is
// derived from the claim's number `i` through hashint8, so a step (10k → 100k → 1M) only
// adds rows and the same `i` always yields the same store, kind, status and amounts.
//
// Shape of the traffic (a growing business, skewed like real stores):
// - 20 stores (BENCH_STORES), store 1 the largest (~37 % of 20 stores' claims), the tail ~2 % each (share = u³);
// - claims spread over two years, denser recently (age = 730 days × u²);
// - claims older than 14 days are mostly finished (closed, completed, archived, cancelled,
//   rejected); recent ones are new, open, waiting or approved;
// - one order per claim (1–3 items), 0–3 messages, an issued refund on finished approved
//   claims (the claimed goods' value, never more than the order total), a return shipment
//   per return, and the events a real history would hold (already dispatched).
// Ids are set explicitly (OVERRIDING SYSTEM VALUE): order = customer = claim = i, item = 4i + j.

/**
 * How many stores the claims are spread over: 20 by default; BENCH_STORES=2000 gives a
 * platform's many small stores (same skew, so store 1 stays the largest).
 */
export const STORE_COUNT = storeCount(process.env.BENCH_STORES);

export function storeCount(value: string | undefined): number {
  if (value === undefined || value === '') return 20;
  const count = Number(value);
  if (!Number.isSafeInteger(count) || count < 1 || count > 100_000) throw new Error(`BENCH_STORES must be a whole number from 1 to 100000, not ${value}`);
  return count;
}
export const REASONS_PER_STORE = 6;
/** Fresh orders for "file a claim" live far above the claims' ids. */
export const FRESH_ORDER_BASE = 100_000_000;

/** A uniform number in [0, 1) from (i, salt): deterministic, well mixed. */
const u = (expression: string, salt: number) => `((hashint8((${expression}) * 16 + ${salt})::float8 + 2147483648.0) / 4294967296.0)`;

export async function createStores(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    INSERT INTO stores (id, uuid, code, name, currency, languages)
    OVERRIDING SYSTEM VALUE
    SELECT s, gen_random_uuid(), 'bench-' || lpad(s::text, ${Math.max(2, String(STORE_COUNT).length)}, '0'), 'Bench store ' || s, 'EUR', '["en-us","tr-tr"]'
    FROM generate_series(1, ${STORE_COUNT}) s;

    INSERT INTO reasons (id, store_id, uuid, kind, subject, translations, requires_description, position)
    OVERRIDING SYSTEM VALUE
    SELECT (s - 1) * ${REASONS_PER_STORE} + r, s, gen_random_uuid(),
           (ARRAY['return','return','cancellation','cancellation','incident','incident'])[r],
           (ARRAY['Too small','Changed my mind','Ordered by mistake','Found it cheaper','Arrived damaged','Never arrived'])[r],
           jsonb_build_object('tr-tr', (ARRAY['Küçük geldi','Vazgeçtim','Yanlışlıkla','Daha ucuzu var','Hasarlı geldi','Gelmedi'])[r]),
           false, r
    FROM generate_series(1, ${STORE_COUNT}) s, generate_series(1, ${REASONS_PER_STORE}) r;
  `).execute(db);
}

/** Adds claims (from, to] with everything they hang on, then brings the identity sequences past them. */
export async function growClaims(db: Kysely<any>, from: number, to: number): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const step = `
    DROP TABLE IF EXISTS bench_gen;
    CREATE TEMP TABLE bench_gen AS
    SELECT i, store_id, created_at, placed_at, n_items, kind, status,
           CASE WHEN status IN ('approved','in_return_transit','received','completed','completed_by_merchant') THEN 'approved'
                WHEN status IN ('rejected') THEN 'rejected'
                WHEN status IN ('closed','archived') THEN CASE WHEN ${u('i', 7)} < 0.8 THEN 'approved' ELSE 'rejected' END
           END AS decision,
           n_messages,
           (SELECT sum((1 + (${u('i * 4 + j', 9)} < 0.2)::int) * (1000 + floor(19000 * ${u('i * 4 + j', 10)})::bigint))
            FROM generate_series(1, n_items) j) AS items_amount
    FROM (
      SELECT i,
             least(${STORE_COUNT}, floor(${STORE_COUNT} * power(${u('i', 1)}, 3))::int + 1) AS store_id,
             age_days,
             now() - age_days * interval '1 day' AS created_at,
             now() - (age_days + 1 + 10 * ${u('i', 3)}) * interval '1 day' AS placed_at,
             CASE WHEN ${u('i', 4)} < 0.5 THEN 1 WHEN ${u('i', 4)} < 0.85 THEN 2 ELSE 3 END AS n_items,
             kind,
             CASE WHEN age_days < 14 THEN
                    CASE WHEN s < 0.25 THEN 'new' WHEN s < 0.50 THEN 'open' WHEN s < 0.65 THEN 'waiting_on_customer'
                         WHEN s < 0.75 THEN 'waiting_on_merchant' WHEN s < 0.90 OR kind <> 'return' THEN 'approved'
                         ELSE 'in_return_transit' END
                  ELSE
                    CASE WHEN s < 0.60 THEN 'closed' WHEN s < 0.72 THEN 'completed' WHEN s < 0.82 THEN 'archived'
                         WHEN s < 0.88 THEN 'cancelled' WHEN s < 0.94 THEN 'rejected' ELSE 'completed_by_merchant' END
             END AS status,
             floor(4 * ${u('i', 8)})::int AS n_messages
      FROM (
        SELECT i, 730 * power(${u('i', 2)}, 2) AS age_days, ${u('i', 6)} AS s,
               CASE WHEN ${u('i', 5)} < 0.55 THEN 'return' WHEN ${u('i', 5)} < 0.80 THEN 'cancellation' ELSE 'incident' END AS kind
        FROM generate_series(${from + 1}, ${to}) i
      ) base
    ) shaped;
    ANALYZE bench_gen;

    INSERT INTO customers (id, store_id, uuid, email, first_name, last_name, phone, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT i, store_id, gen_random_uuid(), 'customer' || i || '@example.com',
           (ARRAY['Ayşe','Mehmet','Elif','Can','Zeynep','Emre','Deniz','Selin'])[1 + i % 8],
           (ARRAY['Yılmaz','Kaya','Demir','Şahin','Çelik','Öztürk'])[1 + i % 6], '+90555' || lpad((i % 10000000)::text, 7, '0'),
           placed_at, placed_at
    FROM bench_gen;

    INSERT INTO orders (id, store_id, uuid, number, external_id, currency, placed_at, customer_id,
                        items_amount_minor, shipping_amount_minor, total_amount_minor, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT i, store_id, gen_random_uuid(), 'B' || i, 'EXT-' || i, 'EUR', placed_at, i,
           items_amount, 499, items_amount + 499, placed_at, placed_at
    FROM bench_gen;

    INSERT INTO order_items (id, store_id, order_id, uuid, position, sku, name, quantity, unit_price_minor, tax_rate, external_id,
                             fulfillment_status, tracking_number, shipped_at, delivered_at, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT i * 4 + j, store_id, i, gen_random_uuid(), j, 'SKU-' || (floor(5000 * ${u('i * 4 + j', 11)})::int),
           'Product ' || (floor(5000 * ${u('i * 4 + j', 11)})::int),
           1 + (${u('i * 4 + j', 9)} < 0.2)::int, 1000 + floor(19000 * ${u('i * 4 + j', 10)})::bigint, 0.2, 'LINE-' || (i * 4 + j),
           CASE WHEN kind = 'cancellation' THEN 'unfulfilled' ELSE 'delivered' END,
           CASE WHEN kind = 'cancellation' THEN NULL ELSE 'TRK' || (i * 4 + j) END,
           CASE WHEN kind = 'cancellation' THEN NULL ELSE placed_at + interval '1 day' END,
           CASE WHEN kind = 'cancellation' THEN NULL ELSE placed_at + interval '2 days' END,
           placed_at, placed_at
    FROM bench_gen, generate_series(1, 3) j
    WHERE j <= n_items;

    INSERT INTO claims (id, store_id, uuid, number, order_id, customer_id, kind, incident_type, reason_id, description,
                        author_name, author_email, source, filed_by, status, decision, holds_quantity, resolution_requested,
                        rejection_reason, version, created_at, updated_at, status_changed_at)
    OVERRIDING SYSTEM VALUE
    SELECT i, store_id, gen_random_uuid(), 'R-' || i, i, i, kind,
           CASE WHEN kind = 'incident' THEN (ARRAY['damaged','missing_item','wrong_item','delivered_not_received'])[1 + floor(4 * ${u('i', 12)})::int] END,
           (store_id - 1) * ${REASONS_PER_STORE} + CASE kind WHEN 'return' THEN 1 WHEN 'cancellation' THEN 3 ELSE 5 END + (${u('i', 13)} < 0.5)::int,
           'The parcel arrived and the item does not match what I ordered; I would like this sorted out, please. (claim ' || i || ')',
           'Customer ' || i, 'customer' || i || '@example.com',
           (ARRAY['native','seller-center','orderprotection','portal'])[1 + i % 4],
           CASE WHEN i % 10 = 0 THEN 'merchant' ELSE 'customer' END,
           status, decision,
           CASE WHEN status IN ('rejected','dismissed','cancelled') THEN false
                WHEN status IN ('closed','archived') THEN decision = 'approved' ELSE true END,
           CASE WHEN kind = 'incident' THEN 'RESHIP' ELSE 'REFUND' END,
           CASE WHEN decision = 'rejected' THEN 'The item shows signs of use' END,
           CASE WHEN status = 'new' THEN 1 ELSE 2 END,
           created_at,
           CASE WHEN status = 'new' THEN created_at ELSE least(now(), created_at + interval '3 days') END,
           CASE WHEN status = 'new' THEN created_at ELSE least(now(), created_at + interval '3 days') END
    FROM bench_gen;

    INSERT INTO claim_lines (store_id, claim_id, order_item_id, quantity, issue_type, created_at)
    SELECT g.store_id, g.i, oi.id, oi.quantity, CASE WHEN g.kind = 'incident' THEN 'damaged' END, g.created_at
    FROM bench_gen g
    JOIN order_items oi ON oi.store_id = g.store_id AND oi.order_id = g.i
    WHERE oi.position = 1 OR (oi.position = 2 AND ${u('g.i', 14)} < 0.3);

    INSERT INTO messages (store_id, uuid, claim_id, sender_type, author_name, body, internal, created_at)
    SELECT store_id, gen_random_uuid(), i, CASE WHEN m % 2 = 1 THEN 'customer' ELSE 'merchant' END,
           CASE WHEN m % 2 = 1 THEN 'Customer ' || i ELSE 'Support' END,
           CASE WHEN m % 2 = 1 THEN 'Hello, I sent photos of the problem. When can I expect an answer about my claim?'
                ELSE 'Thank you for your patience. We have looked at your claim and will get back to you shortly.' END,
           m = 3, created_at + m * interval '2 hours'
    FROM bench_gen, generate_series(1, 3) m
    WHERE m <= n_messages;

    INSERT INTO return_shipments (store_id, uuid, claim_id, carrier, tracking_number, tracking_url, easy_return_code,
                                  code_valid_from, code_valid_until, status, shipped_at, received_at, created_at, updated_at)
    SELECT store_id, gen_random_uuid(), i,
           CASE WHEN status IN ('new','open','waiting_on_customer','waiting_on_merchant','approved','cancelled','rejected') THEN NULL ELSE 'yurtici' END,
           CASE WHEN status IN ('new','open','waiting_on_customer','waiting_on_merchant','approved','cancelled','rejected') THEN NULL ELSE 'RT' || i END,
           NULL, 'ER' || i, created_at, created_at + interval '14 days',
           CASE WHEN status IN ('new','open','waiting_on_customer','waiting_on_merchant','approved','cancelled','rejected') THEN 'pending'
                WHEN status = 'in_return_transit' THEN 'in_transit' ELSE 'received' END,
           CASE WHEN status IN ('new','open','waiting_on_customer','waiting_on_merchant','approved','cancelled','rejected') THEN NULL ELSE created_at + interval '1 day' END,
           CASE WHEN status IN ('new','open','waiting_on_customer','waiting_on_merchant','approved','cancelled','rejected','in_return_transit') THEN NULL ELSE created_at + interval '2 days' END,
           created_at, created_at
    FROM bench_gen
    WHERE kind = 'return';

    INSERT INTO refunds (store_id, uuid, claim_id, order_id, amount_minor, currency, status, method, reason, requester,
                         created_at, updated_at, approved_at, issued_at)
    SELECT g.store_id, gen_random_uuid(), g.i, g.i, lines.amount, 'EUR', 'issued', 'original_payment', 'Claim approved', 'Support',
           g.created_at + interval '3 days', g.created_at + interval '3 days', g.created_at + interval '3 days', g.created_at + interval '3 days'
    FROM bench_gen g
    JOIN (SELECT cl.claim_id, sum(cl.quantity * oi.unit_price_minor) AS amount FROM claim_lines cl JOIN order_items oi ON oi.store_id = cl.store_id AND oi.id = cl.order_item_id
          WHERE cl.claim_id > ${from} AND cl.claim_id <= ${to} GROUP BY cl.claim_id) lines ON lines.claim_id = g.i
    WHERE g.decision = 'approved' AND g.status IN ('completed','completed_by_merchant','closed','archived');

    INSERT INTO events (store_id, uuid, claim_id, type, actor, data, created_at, dispatched_at)
    SELECT store_id, gen_random_uuid(), i, 'claim.created', '{"type":"customer","key_id":0,"name":"customer"}'::jsonb,
           jsonb_build_object('number', 'R-' || i, 'kind', kind, 'status', 'new', 'order_id', i), created_at, created_at
    FROM bench_gen
    UNION ALL
    SELECT store_id, gen_random_uuid(), i, 'claim.status_changed', '{"type":"merchant","key_id":0,"name":"support"}'::jsonb,
           jsonb_build_object('from', 'new', 'to', status, 'version', 2), created_at + interval '3 days', created_at + interval '3 days'
    FROM bench_gen WHERE status <> 'new';

    DROP TABLE bench_gen;
  `;
  for (const statement of step.split(/;\n\n/)) {
    const started = performance.now();
    await sql.raw(statement).execute(db);
    const table = /INSERT INTO (\w+)|CREATE TEMP TABLE (\w+)/.exec(statement);
    if (table !== null) timings[table[1] ?? table[2] ?? '?'] = (timings[table[1] ?? table[2] ?? '?'] ?? 0) + performance.now() - started;
  }
  await bringSequencesPast(db);
  // Written past the claim writers, so the kept counts are made afresh.
  const started = performance.now();
  for (let store = 1; store <= STORE_COUNT; store += 1) await recountClaims(db, store);
  timings.claim_count_deltas = performance.now() - started;
  return timings;
}

/**
 * Orders of store 1 that no claim touches yet, one delivered item each (quantity 1), for
 * the "file a claim" scenario: order FRESH_ORDER_BASE + n, item 4 × that.
 */
export async function createFreshOrders(db: Kysely<any>, count: number): Promise<void> {
  await sql.raw(`
    INSERT INTO customers (id, store_id, uuid, email, first_name, last_name)
    OVERRIDING SYSTEM VALUE
    SELECT ${FRESH_ORDER_BASE} + n, 1, gen_random_uuid(), 'fresh' || n || '@example.com', 'Fresh', 'Buyer'
    FROM generate_series(1, ${count}) n;
    INSERT INTO orders (id, store_id, uuid, number, currency, placed_at, customer_id, items_amount_minor, shipping_amount_minor, total_amount_minor)
    OVERRIDING SYSTEM VALUE
    SELECT ${FRESH_ORDER_BASE} + n, 1, gen_random_uuid(), 'F' || n, 'EUR', now() - interval '5 days', ${FRESH_ORDER_BASE} + n, 4999, 499, 5498
    FROM generate_series(1, ${count}) n;
    INSERT INTO order_items (id, store_id, order_id, uuid, position, sku, name, quantity, unit_price_minor, fulfillment_status, shipped_at, delivered_at)
    OVERRIDING SYSTEM VALUE
    SELECT 4 * (${FRESH_ORDER_BASE} + n), 1, ${FRESH_ORDER_BASE} + n, gen_random_uuid(), 1, 'SKU-FRESH', 'Fresh product', 1, 4999,
           'delivered', now() - interval '4 days', now() - interval '3 days'
    FROM generate_series(1, ${count}) n;
  `).execute(db);
  await bringSequencesPast(db);
}

async function bringSequencesPast(db: Kysely<any>): Promise<void> {
  await sql.raw(['stores', 'reasons', 'customers', 'orders', 'order_items', 'claims']
    .map((table) => `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false);`)
    .join('\n')).execute(db);
  // Claims filed during a run continue each store's numbers after the generated ones.
  await sql`
    INSERT INTO claim_number_counters (store_id, next_number)
    SELECT store_id, max(substring(number FROM 3)::bigint) + 1 FROM claims GROUP BY store_id
    ON CONFLICT (store_id) DO UPDATE SET next_number = excluded.next_number
  `.execute(db);
}

export async function analyze(db: Kysely<any>): Promise<void> {
  await sql.raw('VACUUM ANALYZE').execute(db);
}
