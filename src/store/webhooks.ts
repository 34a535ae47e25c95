import { sql, type ColumnType, type Generated, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Claim } from '../domain/claim/claim.js';
import type { ClaimEvent } from '../domain/claim/event.js';
import type { DeliveryStatus, WebhookAttempt, WebhookDelivery } from '../domain/webhooks/delivery.js';
import type { WebhookEndpoint } from '../domain/webhooks/endpoint.js';
import type { WebhookFormat } from '../domain/webhooks/subscriptions.js';
import type { Creator } from '../domain/actor.js';
import { toClaim } from './claims.js';
import type { DB, EventRow } from './schema.js';

// Webhook endpoints, deliveries and attempts (migration 0004). Everything a door reads
// filters by store_id. The dispatcher's queue queries are the one exception: a dispatcher
// serves every store, so it polls the due rows of all of them (by index, in bounded batches).

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
type Json<T> = ColumnType<T, string, string>;

interface WebhookEndpointsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  url: string;
  description: string | null;
  event_types: Json<string[]>;
  format: WebhookFormat;
  secret: string;
  enabled: boolean;
  disabled_reason: 'manual' | 'failing' | null;
  failure_count: Generated<number>;
  failing_since: Date | null;
  created_by_key_id: number | null;
  created_by_user_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

interface WebhookDeliveriesTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  endpoint_id: number;
  event_id: number | null;
  claim_id: number | null;
  message_id: string;
  event_type: string;
  payload: string;
  status: DeliveryStatus;
  attempt_count: Generated<number>;
  attempts_max: number;
  next_attempt_at: Date;
  lease_token: string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

interface WebhookAttemptsTable {
  id: Generated<number>;
  store_id: number;
  delivery_id: number;
  number: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  succeeded: boolean;
  created_at: CreatedAt;
}

type WebhookTables = {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  events: { dispatched_at: Date | null };
};

function withWebhooks(db: Kysely<DB>): Kysely<DB & WebhookTables> {
  return db.withTables<WebhookTables>();
}

function toEndpoint(row: Selectable<WebhookEndpointsTable>): WebhookEndpoint {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, url: row.url, description: row.description, eventTypes: row.event_types,
    format: row.format, enabled: row.enabled, disabledReason: row.disabled_reason, failureCount: row.failure_count,
    failingSince: row.failing_since, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export interface NewWebhookEndpoint extends Pick<WebhookEndpoint, 'uuid' | 'storeId' | 'url' | 'description' | 'eventTypes' | 'format' | 'enabled'> {
  createdBy: Creator;
  /** The signing secret as core sealed it; the store never sees it in the clear. */
  sealedSecret: string;
  at: Date;
}

export async function insertEndpoint(db: Kysely<DB>, input: NewWebhookEndpoint): Promise<WebhookEndpoint> {
  const row = await withWebhooks(db).insertInto('webhook_endpoints').values({
    uuid: input.uuid, store_id: input.storeId, url: input.url, description: input.description,
    event_types: JSON.stringify(input.eventTypes), format: input.format, secret: input.sealedSecret, enabled: input.enabled,
    disabled_reason: input.enabled ? null : 'manual', created_at: input.at, updated_at: input.at,
    created_by_key_id: input.createdBy.keyId, created_by_user_id: input.createdBy.userId,
  }).returningAll().executeTakeFirstOrThrow();
  return toEndpoint(row);
}

/** Every store's endpoints whose secret is still in the clear (written before secrets were sealed). */
export async function listUnsealedSecrets(db: Kysely<DB>, sealedPrefix: string): Promise<{ id: number; secret: string }[]> {
  return withWebhooks(db).selectFrom('webhook_endpoints').select(['id', 'secret'])
    .where(sql<boolean>`left(secret, ${sealedPrefix.length}) <> ${sealedPrefix}`).orderBy('id').execute();
}

/** Replaces a secret still in the clear with its sealed form; a row sealed meanwhile is left alone. */
export async function sealEndpointSecret(db: Kysely<DB>, id: number, plain: string, sealed: string): Promise<void> {
  await withWebhooks(db).updateTable('webhook_endpoints').set({ secret: sealed }).where('id', '=', id).where('secret', '=', plain).execute();
}

export async function listEndpoints(db: Kysely<DB>, storeId: number, limit: number): Promise<WebhookEndpoint[]> {
  const rows = await withWebhooks(db).selectFrom('webhook_endpoints').selectAll()
    .where('store_id', '=', storeId).where('deleted_at', 'is', null).orderBy('id').limit(limit).execute();
  return rows.map(toEndpoint);
}

export async function findEndpoint(db: Kysely<DB>, storeId: number, uuid: string): Promise<WebhookEndpoint | undefined> {
  const row = await withWebhooks(db).selectFrom('webhook_endpoints').selectAll()
    .where('store_id', '=', storeId).where('uuid', '=', uuid).where('deleted_at', 'is', null).executeTakeFirst();
  return row === undefined ? undefined : toEndpoint(row);
}

export interface WebhookEndpointPatch {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  format?: WebhookFormat;
  enabled?: boolean;
}

/** Switching an endpoint on again also forgets its run of failures. */
export async function updateEndpoint(db: Kysely<DB>, storeId: number, uuid: string, patch: WebhookEndpointPatch, at: Date): Promise<WebhookEndpoint | undefined> {
  const row = await withWebhooks(db).updateTable('webhook_endpoints').set({
    ...(patch.url === undefined ? {} : { url: patch.url }),
    ...(patch.description === undefined ? {} : { description: patch.description }),
    ...(patch.eventTypes === undefined ? {} : { event_types: JSON.stringify(patch.eventTypes) }),
    ...(patch.format === undefined ? {} : { format: patch.format }),
    ...(patch.enabled === undefined ? {} : patch.enabled
      ? { enabled: true, disabled_reason: null, failure_count: 0, failing_since: null }
      : { enabled: false, disabled_reason: 'manual' }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('uuid', '=', uuid).where('deleted_at', 'is', null).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toEndpoint(row);
}

export async function deleteEndpoint(trx: Transaction<DB>, storeId: number, uuid: string, at: Date): Promise<WebhookEndpoint | undefined> {
  const row = await withWebhooks(trx).updateTable('webhook_endpoints').set({ deleted_at: at, enabled: false, updated_at: at })
    .where('store_id', '=', storeId).where('uuid', '=', uuid).where('deleted_at', 'is', null).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toEndpoint(row);
}

export async function cancelPendingDeliveries(trx: Transaction<DB>, storeId: number, endpointId: number, at: Date): Promise<void> {
  await withWebhooks(trx).updateTable('webhook_deliveries').set({ status: 'cancelled', lease_token: null, updated_at: at })
    .where('store_id', '=', storeId).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute();
}

const DELIVERY_COLUMNS = [
  'd.id', 'd.uuid', 'd.store_id', 'd.endpoint_id', 'd.event_id', 'd.claim_id', 'd.message_id', 'd.event_type', 'd.status', 'd.attempt_count',
  'd.attempts_max', 'd.next_attempt_at', 'd.last_status_code', 'd.last_error', 'd.delivered_at', 'd.created_at', 'e.uuid as endpoint_uuid',
] as const;

type DeliveryRow = Pick<Selectable<WebhookDeliveriesTable>, 'id' | 'uuid' | 'store_id' | 'endpoint_id' | 'event_id' | 'claim_id' | 'message_id'
  | 'event_type' | 'status' | 'attempt_count' | 'attempts_max' | 'next_attempt_at' | 'last_status_code' | 'last_error' | 'delivered_at' | 'created_at'>
  & { endpoint_uuid: string };

function selectDeliveries(db: Kysely<DB>, storeId: number) {
  return withWebhooks(db).selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', (join) => join.onRef('e.id', '=', 'd.endpoint_id').onRef('e.store_id', '=', 'd.store_id'))
    .select(DELIVERY_COLUMNS).where('d.store_id', '=', storeId);
}

function toDelivery(row: DeliveryRow, attempts: WebhookAttempt[]): WebhookDelivery {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, endpointId: row.endpoint_id, endpointUuid: row.endpoint_uuid, eventId: row.event_id, claimId: row.claim_id,
    messageId: row.message_id, eventType: row.event_type, status: row.status, attemptCount: row.attempt_count,
    attemptsMax: row.attempts_max, nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code, lastError: row.last_error, deliveredAt: row.delivered_at, createdAt: row.created_at, attempts,
  };
}

async function withAttempts(db: Kysely<DB>, storeId: number, rows: readonly DeliveryRow[]): Promise<WebhookDelivery[]> {
  if (rows.length === 0) return [];
  const attempts = await withWebhooks(db).selectFrom('webhook_attempts').selectAll()
    .where('store_id', '=', storeId).where('delivery_id', 'in', rows.map((row) => row.id)).orderBy('id').execute();
  return rows.map((row) => toDelivery(row, attempts.filter((attempt) => attempt.delivery_id === row.id).map((attempt) => ({
    number: attempt.number, startedAt: attempt.started_at, durationMs: attempt.duration_ms, statusCode: attempt.status_code,
    error: attempt.error, succeeded: attempt.succeeded,
  }))));
}

/** Newest first, keyset on id. */
export async function listDeliveries(
  db: Kysely<DB>, storeId: number, endpointId: number, page: { beforeId?: number; limit: number },
): Promise<WebhookDelivery[]> {
  let query = selectDeliveries(db, storeId).where('d.endpoint_id', '=', endpointId);
  if (page.beforeId !== undefined) query = query.where('d.id', '<', page.beforeId);
  return withAttempts(db, storeId, await query.orderBy('d.id', 'desc').limit(page.limit).execute());
}

export async function findDelivery(db: Kysely<DB>, storeId: number, uuid: string): Promise<WebhookDelivery | undefined> {
  const row = await selectDeliveries(db, storeId).where('d.uuid', '=', uuid).executeTakeFirst();
  return row === undefined ? undefined : (await withAttempts(db, storeId, [row]))[0];
}

/** Locks one delivery so that a manual retry and a dispatcher do not both touch it. */
export async function lockDelivery(trx: Transaction<DB>, storeId: number, uuid: string): Promise<{ id: number; endpointId: number; status: DeliveryStatus; attemptCount: number; leased: boolean } | undefined> {
  const row = await withWebhooks(trx).selectFrom('webhook_deliveries').select(['id', 'endpoint_id', 'status', 'attempt_count', 'lease_token'])
    .where('store_id', '=', storeId).where('uuid', '=', uuid).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, endpointId: row.endpoint_id, status: row.status, attemptCount: row.attempt_count, leased: row.lease_token !== null };
}

/** Puts a finished delivery back in the queue for `extraAttempts` more attempts, due now. */
export async function requeueDelivery(trx: Transaction<DB>, storeId: number, deliveryId: number, extraAttempts: number, at: Date): Promise<void> {
  await withWebhooks(trx).updateTable('webhook_deliveries').set((eb) => ({
    status: 'pending', attempts_max: eb('attempt_count', '+', extraAttempts), next_attempt_at: at, lease_token: null, updated_at: at,
  })).where('store_id', '=', storeId).where('id', '=', deliveryId).execute();
}

export interface NewWebhookDelivery {
  uuid: string;
  storeId: number;
  endpointId: number;
  eventId: number | null;
  claimId: number | null;
  messageId: string;
  eventType: string;
  payload: string;
  attemptsMax: number;
  at: Date;
}

/** Queues deliveries; an event already queued for an endpoint is not queued twice. */
export async function insertDeliveries(trx: Transaction<DB>, deliveries: readonly NewWebhookDelivery[]): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const rows = await withWebhooks(trx).insertInto('webhook_deliveries').values(deliveries.map((delivery) => ({
    uuid: delivery.uuid, store_id: delivery.storeId, endpoint_id: delivery.endpointId, event_id: delivery.eventId,
    claim_id: delivery.claimId, message_id: delivery.messageId, event_type: delivery.eventType, payload: delivery.payload,
    status: 'pending' as const, attempts_max: delivery.attemptsMax, next_attempt_at: delivery.at, created_at: delivery.at, updated_at: delivery.at,
  }))).onConflict((conflict) => conflict.columns(['store_id', 'endpoint_id', 'event_id']).doNothing()).returning('uuid').execute();
  return rows.map((row) => row.uuid);
}

function toEvent(row: EventRow): ClaimEvent {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, claimId: row.claim_id, type: row.type,
    actor: row.actor, data: row.data, createdAt: row.created_at,
  };
}

/** A store's oldest events not yet fanned out, locked so that another dispatcher takes the next ones. */
export async function lockUndispatchedEvents(trx: Transaction<DB>, storeId: number, limit: number): Promise<ClaimEvent[]> {
  const rows = await withWebhooks(trx).selectFrom('events')
    .select(['id', 'uuid', 'store_id', 'claim_id', 'type', 'actor', 'data', 'created_at'])
    .where('store_id', '=', storeId).where('dispatched_at', 'is', null).orderBy('id').limit(limit).forUpdate().skipLocked().execute();
  return rows.map(toEvent);
}

export async function markEventsDispatched(trx: Transaction<DB>, storeId: number, eventIds: readonly number[], at: Date): Promise<void> {
  if (eventIds.length === 0) return;
  await withWebhooks(trx).updateTable('events').set({ dispatched_at: at }).where('store_id', '=', storeId).where('id', 'in', eventIds).execute();
}

/** The enabled endpoints of a store, for fanning its events out. */
export async function listEnabledEndpoints(db: Kysely<DB>, storeId: number): Promise<WebhookEndpoint[]> {
  const rows = await withWebhooks(db).selectFrom('webhook_endpoints').selectAll()
    .where('store_id', '=', storeId).where('enabled', '=', true).where('deleted_at', 'is', null).orderBy('id').execute();
  return rows.map(toEndpoint);
}

/** Claims named by events, soft-deleted ones included: a `claim.deleted` event still shows its claim. */
export async function findClaimsOfEvents(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<Claim[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('claims').selectAll().where('store_id', '=', storeId).where('id', 'in', claimIds).execute();
  return rows.map(toClaim);
}

/** A delivery taken by one dispatcher for one attempt, with what it needs to send it. */
export interface LeasedDelivery {
  id: number;
  uuid: string;
  storeId: number;
  endpointId: number;
  messageId: string;
  eventType: string;
  payload: string;
  attemptNumber: number;
  attemptsMax: number;
  leaseToken: string;
  url: string;
  /** As stored: core opens it for the one attempt that signs with it. */
  sealedSecret: string;
  format: WebhookFormat;
}

/**
 * Takes up to `limit` of a store's due deliveries for this dispatcher: locked with SKIP LOCKED so that
 * concurrent dispatchers take disjoint rows, and pushed to `leaseUntil` before the commit
 * so no one else takes them while the attempt runs. A delivery waits while an earlier event
 * of its claim is still pending for the same endpoint, or not yet fanned out at all.
 * Deliveries whose lease ran out with no attempts left are failed instead.
 */
export async function leaseDueDeliveries(
  trx: Transaction<DB>, storeId: number, options: { now: Date; leaseUntil: Date; limit: number; newToken: () => string },
): Promise<LeasedDelivery[]> {
  const w = withWebhooks(trx);
  const due = await w.selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', (join) => join.onRef('e.id', '=', 'd.endpoint_id').onRef('e.store_id', '=', 'd.store_id'))
    .select(['d.id', 'd.attempt_count', 'd.attempts_max'])
    .where('d.store_id', '=', storeId).where('d.status', '=', 'pending').where('d.next_attempt_at', '<=', options.now)
    .where('e.deleted_at', 'is', null)
    // A disabled endpoint still gets the tests its owner sends before switching it back on.
    .where((eb) => eb.or([eb('e.enabled', '=', true), eb('d.event_type', '=', 'webhook.test')]))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('webhook_deliveries as p').select(sql`1`.as('one'))
      .whereRef('p.store_id', '=', 'd.store_id').whereRef('p.endpoint_id', '=', 'd.endpoint_id').whereRef('p.claim_id', '=', 'd.claim_id')
      .where('p.status', '=', 'pending').whereRef('p.event_id', '<', 'd.event_id'))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('events as ev').select(sql`1`.as('one'))
      .whereRef('ev.store_id', '=', 'd.store_id').whereRef('ev.claim_id', '=', 'd.claim_id')
      .whereRef('ev.id', '<', 'd.event_id').where('ev.dispatched_at', 'is', null))))
    .orderBy('d.next_attempt_at').orderBy('d.id').limit(options.limit)
    .forUpdate(['d']).skipLocked().execute();
  if (due.length === 0) return [];

  const exhausted = due.filter((row) => row.attempt_count >= row.attempts_max).map((row) => row.id);
  if (exhausted.length > 0) {
    await w.updateTable('webhook_deliveries')
      .set({ status: 'failed', lease_token: null, last_error: 'the last attempt never reported back', updated_at: options.now })
      .where('store_id', '=', storeId).where('id', 'in', exhausted).execute();
  }
  const sendable = due.filter((row) => row.attempt_count < row.attempts_max);
  const leased: LeasedDelivery[] = [];
  for (const row of sendable) {
    const token = options.newToken();
    const updated = await w.updateTable('webhook_deliveries as d')
      .set((eb) => ({ attempt_count: eb('d.attempt_count', '+', 1), lease_token: token, next_attempt_at: options.leaseUntil, updated_at: options.now }))
      .from('webhook_endpoints as e')
      .whereRef('e.store_id', '=', 'd.store_id').whereRef('e.id', '=', 'd.endpoint_id').where('d.store_id', '=', storeId).where('d.id', '=', row.id)
      .returning(['d.id', 'd.uuid', 'd.store_id', 'd.endpoint_id', 'd.message_id', 'd.event_type', 'd.payload', 'd.attempt_count', 'd.attempts_max', 'e.url', 'e.secret', 'e.format'])
      .executeTakeFirstOrThrow();
    leased.push({
      id: updated.id, uuid: updated.uuid, storeId: updated.store_id, endpointId: updated.endpoint_id, messageId: updated.message_id,
      eventType: updated.event_type, payload: updated.payload, attemptNumber: updated.attempt_count, attemptsMax: updated.attempts_max,
      leaseToken: token, url: updated.url, sealedSecret: updated.secret, format: updated.format,
    });
  }
  return leased;
}

export async function insertAttempt(trx: Transaction<DB>, storeId: number, deliveryId: number, attempt: WebhookAttempt): Promise<void> {
  await withWebhooks(trx).insertInto('webhook_attempts').values({
    store_id: storeId, delivery_id: deliveryId, number: attempt.number, started_at: attempt.startedAt, duration_ms: attempt.durationMs,
    status_code: attempt.statusCode, error: attempt.error, succeeded: attempt.succeeded,
  }).execute();
}

export interface DeliverySettlement {
  status: DeliveryStatus;
  nextAttemptAt?: Date;
  statusCode: number | null;
  error: string | null;
  deliveredAt: Date | null;
}

/** Records the outcome of an attempt, if this dispatcher still holds the delivery's lease. */
export async function settleDelivery(
  trx: Transaction<DB>, storeId: number, deliveryId: number, leaseToken: string, settlement: DeliverySettlement, at: Date,
): Promise<boolean> {
  const result = await withWebhooks(trx).updateTable('webhook_deliveries').set({
    status: settlement.status, lease_token: null, last_status_code: settlement.statusCode, last_error: settlement.error,
    ...(settlement.nextAttemptAt === undefined ? {} : { next_attempt_at: settlement.nextAttemptAt }),
    ...(settlement.deliveredAt === null ? {} : { delivered_at: settlement.deliveredAt }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', deliveryId).where('lease_token', '=', leaseToken).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function clearEndpointFailures(trx: Transaction<DB>, storeId: number, endpointId: number): Promise<void> {
  await withWebhooks(trx).updateTable('webhook_endpoints').set({ failure_count: 0, failing_since: null })
    .where('store_id', '=', storeId).where('id', '=', endpointId).where('failure_count', '>', 0).execute();
}

/** Counts one more failed attempt in the endpoint's current run; atomic under concurrent dispatchers. */
export async function countEndpointFailure(
  trx: Transaction<DB>, storeId: number, endpointId: number, at: Date,
): Promise<{ failureCount: number; failingSince: Date | null; enabled: boolean } | undefined> {
  const row = await withWebhooks(trx).updateTable('webhook_endpoints')
    .set((eb) => ({ failure_count: eb('failure_count', '+', 1), failing_since: eb.fn.coalesce('failing_since', sql<Date>`${at}`) }))
    .where('store_id', '=', storeId).where('id', '=', endpointId)
    .returning(['failure_count', 'failing_since', 'enabled']).executeTakeFirst();
  return row === undefined ? undefined : { failureCount: row.failure_count, failingSince: row.failing_since, enabled: row.enabled };
}

/** Switches a failing endpoint off; returns it only to the one caller that did so. */
export async function disableFailingEndpoint(trx: Transaction<DB>, storeId: number, endpointId: number, at: Date): Promise<WebhookEndpoint | undefined> {
  const row = await withWebhooks(trx).updateTable('webhook_endpoints').set({ enabled: false, disabled_reason: 'failing', updated_at: at })
    .where('store_id', '=', storeId).where('id', '=', endpointId).where('enabled', '=', true).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toEndpoint(row);
}

/** Switches off every live endpoint a console user made (an owner may switch them on again). */
export async function disableEndpointsCreatedBy(db: Kysely<DB>, storeId: number, userId: number, at: Date): Promise<number> {
  const rows = await withWebhooks(db).updateTable('webhook_endpoints').set({ enabled: false, disabled_reason: 'manual', updated_at: at })
    .where('store_id', '=', storeId).where('created_by_user_id', '=', userId).where('deleted_at', 'is', null).where('enabled', '=', true)
    .returning('id').execute();
  return rows.length;
}
