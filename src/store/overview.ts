import { sql, type Kysely } from 'kysely';
import type { ClaimsPerDay, OverviewRange, RefundTotal, TopReason, TopSku } from '../domain/overview.js';
import type { DB } from './schema.js';

// The console's overview: aggregates over claims filed in [from, to), each one query
// bounded by (store_id, created_at) so it is served by the store's created_at indexes.

export async function claimsPerDay(db: Kysely<DB>, storeId: number, range: OverviewRange): Promise<ClaimsPerDay[]> {
  const { rows } = await sql<{ day: string; kind: string; status: string; total: string | number }>`
    SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, kind, status, count(*) AS total
    FROM claims
    WHERE store_id = ${storeId} AND created_at >= ${range.from} AND created_at < ${range.to} AND deleted_at IS NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(db);
  return rows.map((row) => ({ day: row.day, kind: row.kind, status: row.status, total: Number(row.total) }));
}

export async function refundTotals(db: Kysely<DB>, storeId: number, range: OverviewRange): Promise<RefundTotal[]> {
  const { rows } = await sql<{ currency: string; status: string; amount: string | number; total: string | number }>`
    SELECT currency, status, sum(amount_minor) AS amount, count(*) AS total
    FROM refunds
    WHERE store_id = ${storeId} AND created_at >= ${range.from} AND created_at < ${range.to}
    GROUP BY currency, status ORDER BY currency, status`.execute(db);
  return rows.map((row) => ({ currency: row.currency, status: row.status, amountMinor: Number(row.amount), total: Number(row.total) }));
}

/** Median seconds from filing to the first message a merchant or admin sent, and how many claims had one. */
export async function medianFirstResponseSeconds(db: Kysely<DB>, storeId: number, range: OverviewRange): Promise<{ seconds: number | null; claims: number }> {
  const { rows } = await sql<{ seconds: number | null; claims: string | number }>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.at - c.created_at)) AS seconds, count(first.at) AS claims
    FROM claims c
    CROSS JOIN LATERAL (
      SELECT min(m.created_at) AS at FROM messages m
      WHERE m.store_id = c.store_id AND m.claim_id = c.id AND m.sender_type IN ('merchant', 'admin')
    ) first
    WHERE c.store_id = ${storeId} AND c.created_at >= ${range.from} AND c.created_at < ${range.to} AND c.deleted_at IS NULL
      AND first.at IS NOT NULL`.execute(db);
  const row = rows[0];
  return { seconds: row?.seconds === null || row?.seconds === undefined ? null : Number(row.seconds), claims: Number(row?.claims ?? 0) };
}

/** Median seconds from filing to the first resolution recorded on the claim. */
export async function medianResolutionSeconds(db: Kysely<DB>, storeId: number, range: OverviewRange): Promise<{ seconds: number | null; claims: number }> {
  const { rows } = await sql<{ seconds: number | null; claims: string | number }>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.at - c.created_at)) AS seconds, count(first.at) AS claims
    FROM claims c
    CROSS JOIN LATERAL (
      SELECT min(r.created_at) AS at FROM resolutions r WHERE r.store_id = c.store_id AND r.claim_id = c.id
    ) first
    WHERE c.store_id = ${storeId} AND c.created_at >= ${range.from} AND c.created_at < ${range.to} AND c.deleted_at IS NULL
      AND first.at IS NOT NULL`.execute(db);
  const row = rows[0];
  return { seconds: row?.seconds === null || row?.seconds === undefined ? null : Number(row.seconds), claims: Number(row?.claims ?? 0) };
}

export async function topReasons(db: Kysely<DB>, storeId: number, range: OverviewRange, limit: number): Promise<TopReason[]> {
  const { rows } = await sql<{ reason_id: number | null; subject: string | null; total: string | number }>`
    SELECT c.reason_id, r.subject, count(*) AS total
    FROM claims c LEFT JOIN reasons r ON r.store_id = c.store_id AND r.id = c.reason_id
    WHERE c.store_id = ${storeId} AND c.created_at >= ${range.from} AND c.created_at < ${range.to} AND c.deleted_at IS NULL
    GROUP BY c.reason_id, r.subject ORDER BY total DESC, c.reason_id LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({ reasonId: row.reason_id === null ? null : Number(row.reason_id), subject: row.subject, total: Number(row.total) }));
}

export async function topSkus(db: Kysely<DB>, storeId: number, range: OverviewRange, limit: number): Promise<TopSku[]> {
  const { rows } = await sql<{ sku: string; claims: string | number; quantity: string | number }>`
    SELECT i.sku, count(DISTINCT c.id) AS claims, sum(l.quantity) AS quantity
    FROM claims c
    JOIN claim_lines l ON l.store_id = c.store_id AND l.claim_id = c.id
    JOIN order_items i ON i.store_id = c.store_id AND i.id = l.order_item_id
    WHERE c.store_id = ${storeId} AND c.created_at >= ${range.from} AND c.created_at < ${range.to} AND c.deleted_at IS NULL
    GROUP BY i.sku ORDER BY claims DESC, i.sku LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({ sku: row.sku, claims: Number(row.claims), quantity: Number(row.quantity) }));
}
