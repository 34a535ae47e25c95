import { sql, type ColumnType, type Kysely, type Transaction } from 'kysely';
import type { ActorRecord } from '../domain/actor.js';
import type { Claim } from '../domain/claim/claim.js';
import type { AutomaticDecision } from '../domain/policy/decision.js';
import type { Policy } from '../domain/policy/document.js';
import type { StoredPolicy } from '../domain/policy/stored-policy.js';
import { RELEASED_REFUND_STATUSES } from '../domain/refund/status.js';
import { toClaim } from './claims.js';
import type { DB } from './schema.js';

// The tables of migration 0005: versioned policy documents, and the claim columns that
// record what the policy made of each claim.

interface PoliciesTable {
  store_id: number;
  version: number;
  document: ColumnType<Policy, string, never>;
  created_by: ColumnType<ActorRecord, string, never>;
  created_at: ColumnType<Date, Date, never>;
}

type PolicyTables = { policies: PoliciesTable };

function withPolicies(db: Kysely<DB>): Kysely<DB & PolicyTables> {
  return db.withTables<PolicyTables>();
}

const toPolicy = (row: { store_id: number; version: number; document: Policy; created_by: ActorRecord; created_at: Date }): StoredPolicy => ({
  storeId: row.store_id, version: row.version, document: row.document, createdBy: row.created_by, createdAt: row.created_at,
});

/** The policy the store runs by now: its newest version. */
export async function findCurrentPolicy(db: Kysely<DB>, storeId: number): Promise<StoredPolicy | undefined> {
  const row = await withPolicies(db).selectFrom('policies').selectAll()
    .where('store_id', '=', storeId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : toPolicy(row);
}

export async function findPolicyVersion(db: Kysely<DB>, storeId: number, version: number): Promise<StoredPolicy | undefined> {
  const row = await withPolicies(db).selectFrom('policies').selectAll()
    .where('store_id', '=', storeId).where('version', '=', version).executeTakeFirst();
  return row === undefined ? undefined : toPolicy(row);
}

/** Newest first, below `beforeVersion` when given. */
export async function listPolicyVersions(db: Kysely<DB>, storeId: number, page: { beforeVersion?: number; limit: number }): Promise<StoredPolicy[]> {
  let query = withPolicies(db).selectFrom('policies').selectAll().where('store_id', '=', storeId);
  if (page.beforeVersion !== undefined) query = query.where('version', '<', page.beforeVersion);
  const rows = await query.orderBy('version', 'desc').limit(page.limit).execute();
  return rows.map(toPolicy);
}

/** Serialises policy changes of one store on its row, so versions never collide. */
export async function lockStoreForPolicy(trx: Transaction<DB>, storeId: number): Promise<boolean> {
  const row = await trx.selectFrom('stores').select('id').where('id', '=', storeId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

export async function insertPolicy(trx: Transaction<DB>, policy: StoredPolicy): Promise<StoredPolicy> {
  const row = await withPolicies(trx).insertInto('policies').values({
    store_id: policy.storeId, version: policy.version, document: JSON.stringify(policy.document),
    created_by: JSON.stringify(policy.createdBy), created_at: policy.createdAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toPolicy(row);
}

export interface ClaimPolicyPatch {
  policyVersion?: number;
  riskFlags?: string[];
  queue?: string;
  policyDecision?: AutomaticDecision;
}

/** Records what the policy made of a claim; a visible change bumps the claim's version (its ETag). */
export async function updateClaimPolicyState(trx: Transaction<DB>, storeId: number, claimId: number, patch: ClaimPolicyPatch, at: Date): Promise<Claim> {
  const visible = patch.riskFlags !== undefined || patch.queue !== undefined || patch.policyDecision !== undefined;
  const row = await trx.updateTable('claims').set((eb) => ({
    ...(patch.policyVersion === undefined ? {} : { policy_version: patch.policyVersion }),
    ...(patch.riskFlags === undefined ? {} : { risk_flags: JSON.stringify(patch.riskFlags) }),
    ...(patch.queue === undefined ? {} : { queue: patch.queue }),
    ...(patch.policyDecision === undefined ? {} : { policy_decision: JSON.stringify(patch.policyDecision) }),
    ...(visible ? { version: eb('version', '+', 1), updated_at: at } : {}),
  })).where('store_id', '=', storeId).where('id', '=', claimId).returningAll().executeTakeFirstOrThrow();
  return toClaim(row);
}

/** The customer's other claims, and their refunds that still promise money, created in [since, until). */
export async function customerHistory(
  db: Kysely<DB>, storeId: number, input: { customerId: number; excludeClaimId?: number; since: Date; until?: Date; currency: string },
): Promise<{ claims: number; refundedMinor: number }> {
  let claimsQuery = db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('count'))
    .where('store_id', '=', storeId).where('customer_id', '=', input.customerId)
    .where('created_at', '>=', input.since).where('deleted_at', 'is', null);
  if (input.excludeClaimId !== undefined) claimsQuery = claimsQuery.where('id', '<>', input.excludeClaimId);
  if (input.until !== undefined) claimsQuery = claimsQuery.where('created_at', '<', input.until);
  let refundsQuery = db.selectFrom('refunds').innerJoin('claims', (join) => join.onRef('claims.store_id', '=', 'refunds.store_id').onRef('claims.id', '=', 'refunds.claim_id'))
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('refunds.amount_minor'), sql<number>`0`).as('total'))
    .where('refunds.store_id', '=', storeId).where('claims.store_id', '=', storeId)
    .where('claims.customer_id', '=', input.customerId).where('refunds.created_at', '>=', input.since)
    .where('refunds.currency', '=', input.currency).where('refunds.status', 'not in', RELEASED_REFUND_STATUSES);
  if (input.until !== undefined) refundsQuery = refundsQuery.where('refunds.created_at', '<', input.until);
  const [claimRow, refundRow] = await Promise.all([claimsQuery.executeTakeFirstOrThrow(), refundsQuery.executeTakeFirstOrThrow()]);
  return { claims: Number(claimRow.count), refundedMinor: Number(refundRow.total) };
}

/** The store's claims filed since `since`, newest first, at most `limit`: what a simulation replays. */
export async function listClaimsSince(db: Kysely<DB>, storeId: number, since: Date, limit: number): Promise<Claim[]> {
  const rows = await db.selectFrom('claims').selectAll()
    .where('store_id', '=', storeId).where('created_at', '>=', since).where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toClaim);
}
