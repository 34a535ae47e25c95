import Fastify from 'fastify';
import pg from 'pg';

// The hand-written reference: plain Fastify + pg answering the benchmark's queries with the
// same indexes and a response of the same shape and size, but no authentication, validation,
// tenancy checks, idempotency, rate limiting or mapping layer. What a developer would write
// in an afternoon; Recourse is measured against it in the same run.

pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const app = Fastify({ logger: false });

type Row = Record<string, unknown> & { id: number };
// The claim columns a client reads (what Recourse renders, too).
const CLAIM = `id, uuid, number, store_id, order_id, customer_id, reason_id, kind, incident_type, status, decision, description, author_name,
  author_email, source, filed_by, refund_destination, resolution_requested, rejection_reason, rejection_images, attributes, policy_id,
  version, created_at, updated_at, deleted_at`;
const PROMISING = ['requested', 'approved', 'processing', 'issued'];
const UNDECIDED = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform'];

/** Each part's rows as one JSON array: `select` is the part's columns from `from`, `where` names its claims, orders, customers or reasons. */
const part = (name: string, select: string, from: string, where: string, order = 'id') =>
  `(SELECT coalesce(json_agg(x ORDER BY x.${order}), '[]') FROM (SELECT ${select} FROM ${from} WHERE ${where}) x) AS ${name}`;

// A page's details in one statement, each part a JSON array (Recourse asks the same way), with
// the columns a client reads. Every tenant index leads with store_id, so the queries name it too.
const DETAILS = `SELECT
  ${part('lines', 'l.id, l.claim_id, l.order_item_id, i.sku, i.name, l.quantity, i.unit_price_minor, l.issue_type, l.details', 'claim_lines l JOIN order_items i ON i.id = l.order_item_id', 'l.store_id = $1 AND l.claim_id = ANY($2)')},
  ${part('messages', 'id, uuid, claim_id, sender_type, author_name, body, internal, attachments, created_at', 'messages', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('attachments', '*', 'attachments', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('resolutions', '*', 'resolutions', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('refunds', 'id, uuid, claim_id, amount_minor, currency, status, method, reason, created_at, issued_at', 'refunds', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('credits', '*', 'store_credits', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('shipments', 'id, claim_id, carrier, tracking_number, tracking_url, easy_return_code, code_valid_until, status, shipped_at, received_at', 'return_shipments', 'store_id = $1 AND claim_id = ANY($2)')},
  ${part('orders', 'id, uuid, number, external_id, currency, placed_at, total_amount_minor', 'orders', 'store_id = $1 AND id = ANY($3)')},
  ${part('customers', 'id, email, first_name, last_name', 'customers', 'store_id = $1 AND id = ANY($4)')},
  ${part('reasons', 'id, uuid, subject, translations', 'reasons', 'store_id = $1 AND id = ANY($5)')}`;

/** A page of claims with everything they hang on, in one more statement. */
async function withDetails(claims: Row[]): Promise<Row[]> {
  if (claims.length === 0) return [];
  const store = claims[0]?.store_id;
  const { rows: [details] } = await pool.query(DETAILS, [store, claims.map((claim) => claim.id), claims.map((claim) => claim.order_id),
    claims.map((claim) => claim.customer_id), claims.map((claim) => claim.reason_id)]);
  const of = (rows: Row[], id: number) => rows.filter((row) => row.claim_id === id);
  return claims.map((claim) => ({
    ...claim,
    order: details.orders.find((row: Row) => row.id === claim.order_id),
    customer: details.customers.find((row: Row) => row.id === claim.customer_id),
    reason: details.reasons.find((row: Row) => row.id === claim.reason_id) ?? null,
    lines: of(details.lines, claim.id),
    messages: of(details.messages, claim.id),
    attachments: of(details.attachments, claim.id),
    resolutions: of(details.resolutions, claim.id),
    refunds: of(details.refunds, claim.id),
    store_credits: of(details.credits, claim.id),
    return_shipment: details.shipments.find((row: Row) => row.claim_id === claim.id) ?? null,
  }));
}

interface ListQuery { store: string; limit?: string; status?: string; kind?: string; after?: string; page?: string }

function listWhere(query: ListQuery): { where: string; values: unknown[] } {
  const values: unknown[] = [Number(query.store)];
  let where = 'store_id = $1 AND deleted_at IS NULL';
  if (query.status !== undefined) {
    values.push(query.status.split(','));
    where += ` AND status = ANY($${values.length})`;
  }
  if (query.kind !== undefined) {
    values.push(query.kind.split(','));
    where += ` AND kind = ANY($${values.length})`;
  }
  return { where, values };
}

// Keyset: ?after=<created_at ISO>,<id>
app.get<{ Querystring: ListQuery }>('/claims', async (request) => {
  const { where, values } = listWhere(request.query);
  const limit = Number(request.query.limit ?? 20);
  let sql = `SELECT ${CLAIM} FROM claims WHERE ${where}`;
  if (request.query.after !== undefined) {
    const [createdAt, id] = request.query.after.split(',');
    values.push(createdAt, Number(id));
    sql += ` AND (created_at, id) < ($${values.length - 1}, $${values.length})`;
  }
  const { rows } = await pool.query(`${sql} ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`, values);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: await withDetails(page), next: rows.length > limit && last !== undefined ? `${last.created_at.toISOString()},${last.id}` : null };
});

// Page numbers the way most hand-written DRF-style endpoints do it: COUNT(*) and OFFSET.
app.get<{ Querystring: ListQuery }>('/claims-by-page', async (request) => {
  const { where, values } = listWhere(request.query);
  const limit = Number(request.query.limit ?? 20);
  const page = Number(request.query.page ?? 1);
  const [count, rows] = await Promise.all([
    pool.query(`SELECT count(*) AS count FROM claims WHERE ${where}`, values),
    pool.query(`SELECT ${CLAIM} FROM claims WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}`, values),
  ]);
  return { count: count.rows[0].count, next: null, previous: null, results: await withDetails(rows.rows) };
});

app.get<{ Querystring: { store: string; page?: string; size?: string; status?: string } }>('/refunds', async (request) => {
  const size = Number(request.query.size ?? 20);
  const values: unknown[] = [Number(request.query.store)];
  if (request.query.status !== undefined) values.push(request.query.status);
  // With the tracking of the claim's return parcel, as the Refunds v2 door shows it.
  const status = request.query.status === undefined ? '' : ' AND r.status = $2';
  const { rows } = await pool.query(`SELECT r.*, s.carrier, s.tracking_number, s.tracking_url, s.status AS shipment_status FROM refunds r
    LEFT JOIN return_shipments s ON s.claim_id = r.claim_id
    WHERE r.store_id = $1${status} ORDER BY r.id LIMIT ${size} OFFSET ${Number(request.query.page ?? 0) * size}`, values);
  return { success: true, data: rows, error: null };
});

app.get<{ Params: { id: string } }>('/claims/:id', async (request, reply) => {
  const { rows } = await pool.query(`SELECT ${CLAIM} FROM claims WHERE id = $1`, [Number(request.params.id)]);
  if (rows.length === 0) return reply.code(404).send({ error: 'not found' });
  return (await withDetails(rows))[0];
});

/** One transaction on one connection; rolled back on any error. */
async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

class Refused extends Error {}
app.setErrorHandler((error, _request, reply) => reply.code(error instanceof Refused ? 422 : 500).send({ error: error instanceof Error ? error.message : String(error) }));

app.post<{ Body: { order_id: number; kind: string; lines: Array<{ order_item_id: number; quantity: number }> } }>('/claims', async (request, reply) => {
  const body = request.body;
  const claim = await inTransaction(async (client) => {
    const order = (await client.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [body.order_id])).rows[0];
    if (order === undefined) throw new Refused('no such order');
    const itemIds = body.lines.map((line) => line.order_item_id);
    const items = (await client.query('SELECT * FROM order_items WHERE store_id = $1 AND order_id = $2', [order.store_id, order.id])).rows;
    const held = (await client.query(
      'SELECT l.order_item_id, sum(l.quantity) AS held FROM claim_lines l JOIN claims c ON c.id = l.claim_id WHERE l.store_id = $1 AND l.order_item_id = ANY($2) AND c.holds_quantity AND c.deleted_at IS NULL GROUP BY 1',
      [order.store_id, itemIds])).rows;
    for (const line of body.lines) {
      const item = items.find((row) => row.id === line.order_item_id);
      const already = Number(held.find((row) => row.order_item_id === line.order_item_id)?.held ?? 0);
      if (item === undefined || line.quantity > item.quantity - already) throw new Refused('quantity exceeds what may be claimed');
    }
    const customer = (await client.query('SELECT * FROM customers WHERE id = $1', [order.customer_id])).rows[0];
    const inserted = (await client.query(
      `WITH taken AS (
         INSERT INTO claim_number_counters AS c (store_id, next_number) VALUES ($1, 5100001)
         ON CONFLICT (store_id) DO UPDATE SET next_number = c.next_number + 1 RETURNING 'R-' || (c.next_number - 1) AS number)
       INSERT INTO claims (store_id, uuid, number, order_id, customer_id, kind, author_name, author_email, source, filed_by, status)
       VALUES ($1, gen_random_uuid(), (SELECT number FROM taken), $2, $3, $4, $5, $6, 'baseline', 'merchant', 'new') RETURNING *`,
      [order.store_id, order.id, order.customer_id, body.kind, `${customer.first_name} ${customer.last_name}`, customer.email])).rows[0];
    for (const line of body.lines) {
      await client.query('INSERT INTO claim_lines (store_id, claim_id, order_item_id, quantity) VALUES ($1, $2, $3, $4)', [order.store_id, inserted.id, line.order_item_id, line.quantity]);
    }
    if (body.kind === 'return') {
      await client.query(`INSERT INTO return_shipments (store_id, uuid, claim_id, easy_return_code, code_valid_from, code_valid_until, status)
        VALUES ($1, gen_random_uuid(), $2, $3, now(), now() + interval '14 days', 'pending')`, [order.store_id, inserted.id, `BL${inserted.id}`]);
    }
    await client.query(`INSERT INTO events (store_id, uuid, claim_id, type, actor, data) VALUES ($1, gen_random_uuid(), $2, 'claim.created', '{"type":"merchant"}', $3)`,
      [order.store_id, inserted.id, JSON.stringify({ number: inserted.number, kind: body.kind, lines: body.lines })]);
    return inserted;
  });
  return reply.code(201).send((await withDetails([claim]))[0]);
});

app.post<{ Params: { id: string } }>('/claims/:id/approve', async (request) => {
  const claim = await inTransaction(async (client) => {
    const found = (await client.query('SELECT * FROM claims WHERE id = $1 FOR UPDATE', [Number(request.params.id)])).rows[0];
    if (found === undefined || !UNDECIDED.includes(found.status)) throw new Refused('claim cannot be approved');
    const updated = (await client.query(
      `UPDATE claims SET status = 'approved', decision = 'approved', version = version + 1, updated_at = now(), status_changed_at = now() WHERE id = $1 RETURNING *`,
      [found.id])).rows[0];
    const data = JSON.stringify({ from: found.status, to: 'approved', version: updated.version });
    await client.query(`INSERT INTO events (store_id, uuid, claim_id, type, actor, data) VALUES ($1, gen_random_uuid(), $2, 'claim.status_changed', '{"type":"merchant"}', $3),
      ($1, gen_random_uuid(), $2, 'claim.approved', '{"type":"merchant"}', $3)`, [found.store_id, found.id, data]);
    return updated;
  });
  return (await withDetails([claim]))[0];
});

app.post<{ Params: { id: string }; Body: { amount: number; status?: string } }>('/claims/:id/refunds', async (request, reply) => {
  const refund = await inTransaction(async (client) => {
    const claim = (await client.query('SELECT * FROM claims WHERE id = $1 FOR UPDATE', [Number(request.params.id)])).rows[0];
    if (claim === undefined) throw new Refused('no such claim');
    const order = (await client.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [claim.order_id])).rows[0];
    const promised = Number((await client.query('SELECT coalesce(sum(amount_minor), 0) AS total FROM refunds WHERE store_id = $1 AND order_id = $2 AND status = ANY($3)',
      [claim.store_id, order.id, PROMISING])).rows[0].total);
    if (promised + request.body.amount > order.total_amount_minor) throw new Refused('refund exceeds what was paid');
    const status = request.body.status ?? 'requested';
    const inserted = (await client.query(
      `INSERT INTO refunds (store_id, uuid, claim_id, order_id, amount_minor, currency, status, method, requester, approved_at, issued_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, 'original_payment', 'baseline', CASE WHEN $6 = 'issued' THEN now() END, CASE WHEN $6 = 'issued' THEN now() END) RETURNING *`,
      [claim.store_id, claim.id, order.id, request.body.amount, order.currency, status])).rows[0];
    const data = JSON.stringify({ refund_id: inserted.id, amount_minor: inserted.amount_minor, status });
    await client.query(`INSERT INTO events (store_id, uuid, claim_id, type, actor, data) SELECT $1, gen_random_uuid(), $2, type, '{"type":"merchant"}', $3
      FROM unnest($4::text[]) type`, [claim.store_id, claim.id, data, status === 'issued' ? ['refund.created', 'refund.issued'] : ['refund.created']]);
    return inserted;
  });
  return reply.code(201).send(refund);
});

app.get('/health', async () => ({ status: 'ok' }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 8090) });
process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
