import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Claim, ClaimLine, ClaimRef, RefundDestination } from '../domain/claim/claim.js';
import type { Disposition } from '../domain/claim/grading.js';
import type { ClaimDecision, ClaimKind, ClaimStatus } from '../domain/claim/status.js';
import type { ClaimLineRow, ClaimRow, DB } from './schema.js';

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, number: row.number, orderId: row.order_id, customerId: row.customer_id,
    kind: row.kind, incidentType: row.incident_type, reasonId: row.reason_id, description: row.description,
    authorName: row.author_name, authorEmail: row.author_email, source: row.source,
    filedBy: row.filed_by, status: row.status, decision: row.decision,
    holdsQuantity: row.holds_quantity, refundDestination: row.refund_destination,
    resolutionRequested: row.resolution_requested, rejectionReason: row.rejection_reason, rejectionImages: row.rejection_images,
    attributes: row.attributes, policyId: row.policy_id, policyVersion: row.policy_version, riskFlags: row.risk_flags,
    queue: row.queue, assigneeUserId: row.assignee_user_id, policyDecision: row.policy_decision, version: row.version, createdAt: row.created_at,
    updatedAt: row.updated_at, statusChangedAt: row.status_changed_at, deletedAt: row.deleted_at,
  };
}

export function toClaimLine(row: ClaimLineRow): ClaimLine {
  return {
    id: row.id, claimId: row.claim_id, orderItemId: row.order_item_id, quantity: row.quantity,
    issueType: row.issue_type, details: row.details, disposition: row.disposition, dispositionNote: row.disposition_note,
    gradedAt: row.graded_at, createdAt: row.created_at,
  };
}

export type NewClaimRecord = Omit<Claim,
  'id' | 'number' | 'version' | 'createdAt' | 'updatedAt' | 'statusChangedAt' | 'deletedAt' | 'decision'
  | 'policyVersion' | 'riskFlags' | 'queue' | 'assigneeUserId' | 'policyDecision'> & { at: Date };

/** A store's first claim is R-5100000; numbers count per store (migration 0012). */
export const FIRST_CLAIM_NUMBER = 5_100_000;

/**
 * Writes a claim and its lines. The claim takes its store's next number (R-5100000, R-5100001,
 * …) from the store's counter row, which stays locked until the filing commits. (A statement
 * of its own: Citus takes no subquery in an INSERT's values, so the number cannot be read
 * from a CTE of the claim's insert.)
 */
export async function insertClaim(
  trx: Transaction<DB>, claim: NewClaimRecord,
  lines: ReadonlyArray<{ orderItemId: number; quantity: number; issueType?: string | null; details?: string | null }>,
): Promise<{ claim: Claim; lines: ClaimLine[] }> {
  const taken = await trx.insertInto('claim_number_counters')
    .values({ store_id: claim.storeId, next_number: FIRST_CLAIM_NUMBER + 1 })
    .onConflict((conflict) => conflict.column('store_id').doUpdateSet((eb) => ({ next_number: eb('claim_number_counters.next_number', '+', 1) })))
    .returning('next_number').executeTakeFirstOrThrow();
  const row = await trx.with('after', (db) => db.insertInto('claims').values({
    store_id: claim.storeId, uuid: claim.uuid, number: `R-${Number(taken.next_number) - 1}`, order_id: claim.orderId, customer_id: claim.customerId,
    kind: claim.kind, incident_type: claim.incidentType, reason_id: claim.reasonId, description: claim.description,
    author_name: claim.authorName, author_email: claim.authorEmail, source: claim.source, filed_by: claim.filedBy,
    status: claim.status, holds_quantity: claim.holdsQuantity, refund_destination: JSON.stringify(claim.refundDestination),
    resolution_requested: claim.resolutionRequested, rejection_reason: claim.rejectionReason,
    rejection_images: JSON.stringify(claim.rejectionImages), attributes: JSON.stringify(claim.attributes),
    policy_id: claim.policyId, created_at: claim.at, updated_at: claim.at, status_changed_at: claim.at,
  }).returningAll())
    .with('counted', () => countChange({ before: false }))
    .selectFrom('after').selectAll().executeTakeFirstOrThrow();
  const lineRows = lines.length === 0 ? [] : await trx.insertInto('claim_lines').values(lines.map((line) => ({
    store_id: claim.storeId, claim_id: row.id, order_item_id: line.orderItemId, quantity: line.quantity,
    issue_type: line.issueType ?? null, details: line.details ?? null, created_at: claim.at,
  }))).returningAll().execute();
  return { claim: toClaim(row), lines: lineRows.map(toClaimLine) };
}

function whereRef(eb: ExpressionBuilder<DB, 'claims'>, ref: ClaimRef): Expression<SqlBool> {
  if ('id' in ref) return eb('claims.id', '=', ref.id);
  if ('uuid' in ref) return eb('claims.uuid', '=', ref.uuid);
  return eb('claims.number', '=', ref.number);
}

/** A claim of the store (and of one customer, when given); soft-deleted claims are gone. */
export async function findClaim(
  db: Kysely<DB>, storeId: number, ref: ClaimRef, options: { customerId?: number; includeDeleted?: boolean; lock?: boolean } = {},
): Promise<Claim | undefined> {
  let query = db.selectFrom('claims').selectAll().where('store_id', '=', storeId).where((eb) => whereRef(eb, ref));
  if (options.customerId !== undefined) query = query.where('customer_id', '=', options.customerId);
  if (options.includeDeleted !== true) query = query.where('deleted_at', 'is', null);
  if (options.lock === true) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toClaim(row);
}

/** Locks one claim row for a state change; the caller already holds the order lock when money or goods move. */
export async function lockClaim(trx: Transaction<DB>, storeId: number, claimId: number): Promise<Claim | undefined> {
  const row = await trx.selectFrom('claims').selectAll()
    .where('store_id', '=', storeId).where('id', '=', claimId).where('deleted_at', 'is', null)
    .forUpdate().executeTakeFirst();
  return row === undefined ? undefined : toClaim(row);
}

export interface ClaimPatch {
  status?: ClaimStatus;
  decision?: ClaimDecision | null;
  holdsQuantity?: boolean;
  kind?: ClaimKind;
  reasonId?: number | null;
  description?: string | null;
  refundDestination?: RefundDestination;
  rejectionReason?: string | null;
  rejectionImages?: string[];
  attributes?: Record<string, unknown>;
  incidentType?: string | null;
  deletedAt?: Date;
  assigneeUserId?: number | null;
}

/**
 * The kept counts of live claims (claim-counts.ts) follow each write in its own statement:
 * a CTE adds the change between the rows `before` (when there is one) and `after` as delta
 * rows, nothing when the counted columns did not change. Every writer of claims goes through
 * here; a bulk edit made outside it is followed by recountClaims.
 */
function countChange(options: { before: boolean }) {
  const before = options.before
    ? sql`SELECT store_id, kind, status, decision, -1 AS n FROM before WHERE deleted_at IS NULL UNION ALL `
    : sql``;
  return sql<Record<string, unknown>>`(
    INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
    SELECT store_id, kind, status, decision, sum(n) FROM (
      ${before}SELECT store_id, kind, status, decision, 1 AS n FROM after WHERE deleted_at IS NULL
    ) AS change
    GROUP BY store_id, kind, status, decision
    HAVING sum(n) <> 0
    RETURNING 1
  )`;
}

/** Writes a change and bumps the version (the ETag) in one statement. */
export async function updateClaim(trx: Transaction<DB>, storeId: number, claimId: number, patch: ClaimPatch, at: Date): Promise<Claim> {
  // The row as it was, locked (a concurrent change is waited for and read as committed), so
  // the kept counts move from exactly what the update replaces. The update joins it, so it is
  // read before the update writes (read after, the row would be one this statement changed).
  const row = await trx.with('before', (db) => db.selectFrom('claims').select(['id', 'store_id', 'kind', 'status', 'decision', 'deleted_at'])
    .where('store_id', '=', storeId).where('id', '=', claimId).forUpdate(),
  ).with('after', (db) => db.updateTable('claims').from('before').set((eb) => ({
    ...(patch.status === undefined ? {} : { status: patch.status, status_changed_at: at }),
    ...(patch.decision === undefined ? {} : { decision: patch.decision }),
    ...(patch.holdsQuantity === undefined ? {} : { holds_quantity: patch.holdsQuantity }),
    ...(patch.kind === undefined ? {} : { kind: patch.kind }),
    ...(patch.reasonId === undefined ? {} : { reason_id: patch.reasonId }),
    ...(patch.description === undefined ? {} : { description: patch.description }),
    ...(patch.refundDestination === undefined ? {} : { refund_destination: JSON.stringify(patch.refundDestination) }),
    ...(patch.rejectionReason === undefined ? {} : { rejection_reason: patch.rejectionReason }),
    ...(patch.rejectionImages === undefined ? {} : { rejection_images: JSON.stringify(patch.rejectionImages) }),
    ...(patch.attributes === undefined ? {} : { attributes: JSON.stringify(patch.attributes) }),
    ...(patch.incidentType === undefined ? {} : { incident_type: patch.incidentType }),
    ...(patch.deletedAt === undefined ? {} : { deleted_at: patch.deletedAt }),
    ...(patch.assigneeUserId === undefined ? {} : { assignee_user_id: patch.assigneeUserId }),
    version: eb('claims.version', '+', 1),
    updated_at: at,
  })).where('claims.store_id', '=', storeId).where('claims.id', '=', claimId).whereRef('claims.id', '=', 'before.id').returningAll('claims'))
    .with('counted', () => countChange({ before: true }))
    .selectFrom('after').selectAll().executeTakeFirstOrThrow();
  return toClaim(row);
}

/** Σ quantity per order item on claims that still hold their quantity. */
export async function sumHeldQuantities(db: Kysely<DB>, storeId: number, orderItemIds: readonly number[], excludeClaimId?: number): Promise<Map<number, number>> {
  if (orderItemIds.length === 0) return new Map();
  let query = db.selectFrom('claim_lines')
    .innerJoin('claims', (join) => join.onRef('claims.store_id', '=', 'claim_lines.store_id').onRef('claims.id', '=', 'claim_lines.claim_id'))
    .select(['claim_lines.order_item_id', (eb) => eb.fn.sum<number>('claim_lines.quantity').as('quantity')])
    .where('claim_lines.store_id', '=', storeId)
    .where('claim_lines.order_item_id', 'in', orderItemIds)
    .where('claims.holds_quantity', '=', true)
    .groupBy('claim_lines.order_item_id');
  if (excludeClaimId !== undefined) query = query.where('claims.id', '<>', excludeClaimId);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.order_item_id, Number(row.quantity)]));
}

/** Order items that are on a claim still in progress (holding quantity and not yet finished). */
export async function itemsWithOpenClaims(db: Kysely<DB>, storeId: number, orderItemIds: readonly number[], finished: readonly ClaimStatus[]): Promise<number[]> {
  if (orderItemIds.length === 0) return [];
  const rows = await db.selectFrom('claim_lines')
    .innerJoin('claims', (join) => join.onRef('claims.store_id', '=', 'claim_lines.store_id').onRef('claims.id', '=', 'claim_lines.claim_id'))
    .select('claim_lines.order_item_id').distinct()
    .where('claim_lines.store_id', '=', storeId)
    .where('claim_lines.order_item_id', 'in', orderItemIds)
    .where('claims.holds_quantity', '=', true)
    .where('claims.status', 'not in', finished)
    .execute();
  return rows.map((row) => row.order_item_id);
}

export async function listClaimLines(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<ClaimLine[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('claim_lines').selectAll()
    .where('store_id', '=', storeId).where('claim_id', 'in', claimIds).orderBy('id').execute();
  return rows.map(toClaimLine);
}

export async function updateClaimLineQuantity(trx: Transaction<DB>, storeId: number, lineId: number, quantity: number): Promise<void> {
  await trx.updateTable('claim_lines').set({ quantity }).where('store_id', '=', storeId).where('id', '=', lineId).execute();
}

/** Records what the store found of a line on receipt; only a line not graded yet (a second grading would move stock twice). */
export async function gradeClaimLine(
  trx: Transaction<DB>, storeId: number, lineId: number, grade: { disposition: Disposition; note: string | null }, at: Date,
): Promise<boolean> {
  const result = await trx.updateTable('claim_lines').set({ disposition: grade.disposition, disposition_note: grade.note, graded_at: at })
    .where('store_id', '=', storeId).where('id', '=', lineId).where('disposition', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
