import { actorRecord } from '../../domain/actor.js';
import type { ClaimEvent } from '../../domain/claim/event.js';
import type { Store } from '../../domain/store.js';
import type { DeliveryStatus } from '../../domain/webhooks/delivery.js';
import { afterAttempt, ATTEMPTS_HARD_MAX, type DisablePolicy, isSuccessStatus, type RetryPolicy, shouldDisable } from '../../domain/webhooks/retry.js';
import { ENDPOINT_DISABLED_EVENT, subscribesTo, type WebhookFormat } from '../../domain/webhooks/subscriptions.js';
import * as dueWork from '../../store/due-work.js';
import * as events from '../../store/events.js';
import * as stores from '../../store/stores.js';
import * as webhooks from '../../store/webhooks.js';
import { loadClaimDetails, type ClaimDetails } from '../claims/details.js';
import type { Core } from '../core.js';
import { queueEmailsForEvents, type EmailQueueing } from '../notifications/queue-emails.js';
import { openSecret } from '../secret-box.js';
import { takeStoreByStore } from '../store-by-store.js';

// The dispatcher's three steps, each its own short transaction: fan new events out into
// deliveries, lease the deliveries that are due, record how an attempt went. The HTTP call
// itself happens between the last two, outside any transaction.

/** Builds a delivery's body in an endpoint's format, or undefined when the format has no word for the event. */
export type RenderWebhook = (input: { event: ClaimEvent; store: Store; claim: ClaimDetails | null; format: WebhookFormat }) => string | undefined;

/** Events or deliveries taken per step: enough to keep up, few enough to bound memory and lock time. */
export const DISPATCH_BATCH_MAX = 500;

const clampBatch = (size: number) => Math.max(1, Math.min(DISPATCH_BATCH_MAX, Math.floor(size)));

/**
 * Queues a delivery of each new event for each enabled endpoint of its store that
 * subscribes to it, with the claim as it is now, and marks the events dispatched. The
 * body is rendered once, so every retry sends the same bytes under the same id. Store by
 * store, the longest waiting first, each in its own transaction.
 */
export async function fanOutWebhookEvents(
  core: Core, render: RenderWebhook, options: { batchSize: number; attemptsMax: number; email?: EmailQueueing },
): Promise<{ events: number; deliveries: number; emails: number }> {
  const now = core.clock();
  const attemptsMax = Math.max(1, Math.min(ATTEMPTS_HARD_MAX, options.attemptsMax));
  const total = { events: 0, deliveries: 0, emails: 0 };
  let room = clampBatch(options.batchSize);
  for (const storeId of await dueWork.storesWithDueWork(core.db, 'undispatched_events', now, room)) {
    const done = await fanOutStoreEvents(core, storeId, render, { limit: room, attemptsMax, now, email: options.email });
    total.events += done.events;
    total.deliveries += done.deliveries;
    total.emails += done.emails;
    room -= done.events;
    if (room <= 0) break;
  }
  return total;
}

async function fanOutStoreEvents(
  core: Core, storeId: number, render: RenderWebhook, options: { limit: number; attemptsMax: number; now: Date; email: EmailQueueing | undefined },
): Promise<{ events: number; deliveries: number; emails: number }> {
  const { now, attemptsMax } = options;
  return core.db.transaction().execute(async (trx) => {
    const batch = await webhooks.lockUndispatchedEvents(trx, storeId, options.limit);
    if (batch.length === 0) return { events: 0, deliveries: 0, emails: 0 };
    // Emails ride on the same mark as deliveries: queued with it, or not at all.
    const emailed = options.email === undefined ? 0 : await queueEmailsForEvents(trx, core, batch, options.email);
    const endpoints = await webhooks.listEnabledEndpoints(trx, storeId);
    const wanted = batch.map((event) => ({
      event, endpoints: endpoints.filter((endpoint) => subscribesTo(endpoint, event.type)),
    })).filter((entry) => entry.endpoints.length > 0);
    const store = wanted.length === 0 ? undefined : await stores.findStore(trx, storeId);
    const claimIds = [...new Set(wanted.flatMap(({ event }) => (event.claimId !== null ? [event.claimId] : [])))];
    const found = await webhooks.findClaimsOfEvents(trx, storeId, claimIds);
    // Webhooks go to the merchant, who sees internal notes in the native API too.
    const claimsById = new Map((await loadClaimDetails(trx, storeId, found, { hideInternal: false })).map((claim) => [claim.id, claim]));

    const deliveries: webhooks.NewWebhookDelivery[] = store === undefined ? [] : wanted.flatMap(({ event, endpoints: targets }) => {
      const claim = event.claimId === null ? null : claimsById.get(event.claimId) ?? null;
      return targets.flatMap((endpoint) => {
        const payload = render({ event, store, claim, format: endpoint.format });
        if (payload === undefined) return [];
        return [{
          uuid: core.newId(), storeId, endpointId: endpoint.id, eventId: event.id, claimId: event.claimId,
          messageId: event.uuid, eventType: event.type, payload, attemptsMax, at: now,
        }];
      });
    });
    const inserted = await webhooks.insertDeliveries(trx, deliveries);
    await webhooks.markEventsDispatched(trx, storeId, batch.map((event) => event.id), now);
    return { events: batch.length, deliveries: inserted.length, emails: emailed };
  });
}

/** How long a dispatcher holds a delivery beyond its attempt's timeout before another may take it. */
export const LEASE_MARGIN_MS = 60_000;

/** A leased delivery with its signing secret opened, or undefined when this service's key cannot open it. */
export type DueDelivery = Omit<webhooks.LeasedDelivery, 'sealedSecret'> & { secret: string | undefined };

/** Leases due deliveries store by store, the longest waiting first, each store in its own transaction. */
export async function leaseWebhookDeliveries(core: Core, options: { batchSize: number; timeoutMs: number }): Promise<DueDelivery[]> {
  const now = core.clock();
  const leaseUntil = new Date(now.getTime() + options.timeoutMs + LEASE_MARGIN_MS);
  const limit = clampBatch(options.batchSize);
  const leased = await takeStoreByStore(core, 'webhook_deliveries', now, limit, (trx, storeId, room) => webhooks.leaseDueDeliveries(trx, storeId, {
    now, leaseUntil, limit: room, newToken: core.newId,
  }));
  return leased.map(({ sealedSecret, ...delivery }) => ({ ...delivery, secret: openedOrUndefined(core, sealedSecret) }));
}

function openedOrUndefined(core: Core, sealedSecret: string): string | undefined {
  try {
    return openSecret(core.config.secretKey, sealedSecret);
  } catch {
    return undefined; // sealed under another key (RECOURSE_SECRET_KEY changed): the attempt fails and says why
  }
}

/** What an attempt records when the endpoint's secret cannot be opened: nothing is sent unsigned. */
export const SECRET_UNREADABLE = 'the signing secret cannot be opened with this service\'s secret key (was RECOURSE_SECRET_KEY changed?)';

export interface AttemptResult {
  startedAt: Date;
  durationMs: number;
  /** The receiver's answer, or null when none came (refused, timed out, reset). */
  statusCode: number | null;
  error: string | null;
}

/**
 * Records an attempt and decides what follows: delivered, retried after a backoff, or
 * failed for good. A failure extends the endpoint's run of failures; a long enough run
 * switches the endpoint off and says so with a `webhook_endpoint.disabled` event.
 */
export async function recordWebhookAttempt(
  core: Core, delivery: DueDelivery, result: AttemptResult,
  policy: { retry: RetryPolicy; disable: DisablePolicy; random: () => number },
): Promise<DeliveryStatus> {
  const now = core.clock();
  const succeeded = result.error === null && result.statusCode !== null && isSuccessStatus(result.statusCode);
  const error = succeeded ? null : result.error ?? `the receiver answered ${result.statusCode ?? 'nothing'}`;
  const outcome = afterAttempt(policy.retry, { attemptCount: delivery.attemptNumber, attemptsMax: delivery.attemptsMax }, succeeded, now, policy.random());
  return core.db.transaction().execute(async (trx) => {
    await webhooks.insertAttempt(trx, delivery.storeId, delivery.id, {
      number: delivery.attemptNumber, startedAt: result.startedAt, durationMs: result.durationMs, statusCode: result.statusCode, error, succeeded,
    });
    await webhooks.settleDelivery(trx, delivery.storeId, delivery.id, delivery.leaseToken, {
      status: outcome.status, nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt : undefined,
      statusCode: result.statusCode, error, deliveredAt: succeeded ? now : null,
    }, now);
    if (succeeded) {
      await webhooks.clearEndpointFailures(trx, delivery.storeId, delivery.endpointId);
      return outcome.status;
    }
    const run = await webhooks.countEndpointFailure(trx, delivery.storeId, delivery.endpointId, result.startedAt);
    if (run !== undefined && run.enabled && shouldDisable(policy.disable, run, now)) {
      const disabled = await webhooks.disableFailingEndpoint(trx, delivery.storeId, delivery.endpointId, now);
      if (disabled !== undefined) {
        await events.appendEvents(trx, [{
          uuid: core.newId(), storeId: disabled.storeId, claimId: null, type: ENDPOINT_DISABLED_EVENT,
          actor: actorRecord({ role: 'automatic', name: 'webhooks', storeId: disabled.storeId }),
          data: {
            endpoint_id: disabled.uuid, url: disabled.url, failure_count: run.failureCount,
            failing_since: run.failingSince === null ? null : run.failingSince.toISOString(), last_error: error,
          },
          createdAt: now,
        }]);
      }
    }
    return outcome.status;
  });
}
