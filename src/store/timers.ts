import { sql, type ColumnType, type Generated, type Kysely, type Transaction } from 'kysely';
import type { Claim } from '../domain/claim/claim.js';
import type { TimerKind } from '../domain/policy/deadlines.js';
import type { Timer, TimerStatus } from '../domain/policy/timer.js';
import { toClaim } from './claims.js';
import type { DB } from './schema.js';

// Durable timers (migration 0005). A timer is set in the transaction of the change that
// needs it, and fired by whichever worker locks it first (FOR UPDATE SKIP LOCKED).

interface TimersTable {
  id: Generated<number>;
  store_id: number;
  claim_id: number;
  refund_id: number | null;
  kind: TimerKind;
  due_at: Date;
  status: TimerStatus;
  policy_version: number;
  data: ColumnType<Record<string, unknown>, string, string>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: ColumnType<Date, Date, never>;
  done_at: Date | null;
}

type TimerTables = { timers: TimersTable };

function withTimers(db: Kysely<DB>): Kysely<DB & TimerTables> {
  return db.withTables<TimerTables>();
}

const toTimer = (row: {
  id: number; store_id: number; claim_id: number; refund_id: number | null; kind: TimerKind; due_at: Date; status: TimerStatus;
  policy_version: number; data: Record<string, unknown>; attempts: number; last_error: string | null; created_at: Date; done_at: Date | null;
}): Timer => ({
  id: row.id, storeId: row.store_id, claimId: row.claim_id, refundId: row.refund_id, kind: row.kind, dueAt: row.due_at,
  status: row.status, policyVersion: row.policy_version, data: row.data, attempts: row.attempts, lastError: row.last_error,
  createdAt: row.created_at, doneAt: row.done_at,
});

export type NewTimer = Pick<Timer, 'storeId' | 'claimId' | 'refundId' | 'kind' | 'dueAt' | 'policyVersion' | 'data' | 'createdAt'>;

export async function insertTimers(trx: Transaction<DB>, timers: readonly NewTimer[]): Promise<void> {
  if (timers.length === 0) return;
  await withTimers(trx).insertInto('timers').values(timers.map((timer) => ({
    store_id: timer.storeId, claim_id: timer.claimId, refund_id: timer.refundId, kind: timer.kind, due_at: timer.dueAt,
    status: 'pending' as const, policy_version: timer.policyVersion, data: JSON.stringify(timer.data), created_at: timer.createdAt,
  }))).execute();
}

/** Cancels a claim's pending timers of the given kinds (of one refund, when given). */
export async function cancelTimers(
  trx: Transaction<DB>, storeId: number, claimId: number, kinds: readonly TimerKind[], at: Date, options: { refundId?: number } = {},
): Promise<number> {
  if (kinds.length === 0) return 0;
  let query = withTimers(trx).updateTable('timers').set({ status: 'cancelled', done_at: at })
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).where('kind', 'in', kinds).where('status', '=', 'pending');
  if (options.refundId !== undefined) query = query.where('refund_id', '=', options.refundId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Locks a store's oldest due timer no other worker holds. */
export async function lockNextDueTimer(trx: Transaction<DB>, storeId: number, now: Date, passedOver: readonly number[]): Promise<Timer | undefined> {
  let query = withTimers(trx).selectFrom('timers').selectAll()
    .where('store_id', '=', storeId).where('status', '=', 'pending').where('due_at', '<=', now);
  if (passedOver.length > 0) query = query.where('id', 'not in', passedOver);
  const row = await query.orderBy('due_at').orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
  return row === undefined ? undefined : toTimer(row);
}

export async function finishTimer(trx: Transaction<DB>, timer: Timer, status: 'fired' | 'skipped', at: Date, note?: string): Promise<void> {
  await withTimers(trx).updateTable('timers')
    .set({ status, done_at: at, ...(note === undefined ? {} : { last_error: note }) })
    .where('store_id', '=', timer.storeId).where('id', '=', timer.id).execute();
}

/** After an unexpected failure: try again later, or give up for good after `maxAttempts`. */
export async function recordTimerFailure(
  db: Kysely<DB>, timer: Timer, input: { error: string; retryAt: Date; maxAttempts: number; at: Date },
): Promise<void> {
  const attempts = timer.attempts + 1;
  const givenUp = attempts >= input.maxAttempts;
  await withTimers(db).updateTable('timers').set({
    attempts, last_error: input.error.slice(0, 2000),
    ...(givenUp ? { status: 'failed' as const, done_at: input.at } : { due_at: input.retryAt }),
  }).where('store_id', '=', timer.storeId).where('id', '=', timer.id).where('status', '=', 'pending').execute();
}

export async function listClaimTimers(db: Kysely<DB>, storeId: number, claimId: number, limit: number): Promise<Timer[]> {
  const rows = await withTimers(db).selectFrom('timers').selectAll()
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).orderBy('id').limit(limit).execute();
  return rows.map(toTimer);
}

/**
 * Locks a claim unless another transaction holds it. A worker must not wait for a claim
 * whose holder may be waiting to cancel this very timer: that is a deadlock.
 */
export async function lockClaimIfFree(trx: Transaction<DB>, storeId: number, claimId: number): Promise<Claim | 'busy' | undefined> {
  const row = await trx.selectFrom('claims').selectAll()
    .where('store_id', '=', storeId).where('id', '=', claimId).where('deleted_at', 'is', null)
    .forUpdate().skipLocked().executeTakeFirst();
  if (row !== undefined) return toClaim(row);
  const exists = await trx.selectFrom('claims').select('id')
    .where('store_id', '=', storeId).where('id', '=', claimId).where('deleted_at', 'is', null).executeTakeFirst();
  return exists === undefined ? undefined : 'busy';
}

/** Whether a merchant (or admin) wrote in the claim's thread: its first response. */
export async function hasMerchantMessage(db: Kysely<DB>, storeId: number, claimId: number): Promise<boolean> {
  const row = await db.selectFrom('messages').select('id')
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).where('sender_type', 'in', ['merchant', 'admin'])
    .limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Ends an easy-return code now: no carrier counter accepts it afterwards. */
export async function expireReturnCode(trx: Transaction<DB>, storeId: number, claimId: number, at: Date): Promise<void> {
  await trx.updateTable('return_shipments')
    .set({ code_valid_until: sql<Date>`least(code_valid_until, ${at})`, updated_at: at })
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).execute();
}
