import { privateWebhooksAllowed } from '../config.js';
import type { Core } from '../core/core.js';
import { pollWhileBusy } from '../core/repeat.js';
import type { EmailQueueing } from '../core/notifications/queue-emails.js';
import { fanOutWebhookEvents, leaseWebhookDeliveries, recordWebhookAttempt, SECRET_UNREADABLE, type DueDelivery } from '../core/webhooks/dispatch.js';
import { DEFAULT_DISABLE_POLICY, DEFAULT_RETRY_POLICY, type DisablePolicy, type RetryPolicy } from '../domain/webhooks/retry.js';
import { renderWebhook } from './render.js';
import { sendWebhook, type SendWebhook } from './send.js';
import { signatureHeaders } from './sign.js';

// The webhook dispatcher: a loop that fans new events out, leases what is due, sends it
// and records the outcome. Any number may run against one database; leases taken with
// FOR UPDATE SKIP LOCKED keep them from sending the same attempt twice.

export interface DispatcherOptions {
  /** Defaults to the core's clock; tests move it instead of waiting. */
  clock?: () => Date;
  random?: () => number;
  /** The wait between polls when there was nothing to do. */
  pollIntervalMs?: number;
  /** Per attempt, from connecting to the response's status line. */
  timeoutMs?: number;
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
  disable?: Partial<DisablePolicy>;
  allowPrivate?: boolean;
  send?: SendWebhook;
  logger?: { error(details: object, message: string): void };
  /** Set when email is configured: the fan-out also queues the emails each event calls for. */
  email?: EmailQueueing;
}

export interface WebhookDispatcher {
  /** One round: fan out one batch of events, send one batch of due deliveries. */
  runOnce(): Promise<{ events: number; deliveries: number; sent: number }>;
  /** Stops polling and waits for the round in flight to finish. */
  stop(): Promise<void>;
}

export const DEFAULT_DISPATCHER = { pollIntervalMs: 1_000, timeoutMs: 10_000, batchSize: 50 } as const;

/** The timeout no configuration may exceed: a lease must outlive the attempt it covers. */
export const TIMEOUT_MAX_MS = 60_000;

function headersFor(delivery: DueDelivery, secret: string, at: Date): Record<string, string> {
  const signed = signatureHeaders(secret, delivery.messageId, at, delivery.payload);
  // OrderProtection receivers check the shared secret itself; the signature comes along too.
  return delivery.format === 'orderprotection' ? { ...signed, 'x-webhook-secret': secret } : signed;
}

export function createWebhookDispatcher(core: Core, options: DispatcherOptions = {}): WebhookDispatcher & { start(): void } {
  const clock = options.clock ?? core.clock;
  const dispatchCore: Core = { ...core, clock };
  const random = options.random ?? Math.random;
  const timeoutMs = Math.max(1, Math.min(TIMEOUT_MAX_MS, options.timeoutMs ?? DEFAULT_DISPATCHER.timeoutMs));
  const batchSize = options.batchSize ?? DEFAULT_DISPATCHER.batchSize;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_DISPATCHER.pollIntervalMs;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const disable: DisablePolicy = { ...DEFAULT_DISABLE_POLICY, ...options.disable };
  const allowPrivate = options.allowPrivate ?? privateWebhooksAllowed();
  const send = options.send ?? sendWebhook;

  async function attempt(delivery: DueDelivery): Promise<void> {
    const startedAt = clock();
    const result = delivery.secret === undefined
      ? { statusCode: null, error: SECRET_UNREADABLE, durationMs: 0 }
      : await send(delivery.url, headersFor(delivery, delivery.secret, startedAt), delivery.payload, { timeoutMs, allowPrivate });
    await recordWebhookAttempt(dispatchCore, delivery, { startedAt, ...result }, { retry, disable, random });
  }

  async function runOnce() {
    const fanned = await fanOutWebhookEvents(dispatchCore, renderWebhook, { batchSize, attemptsMax: retry.attemptsMax, ...(options.email === undefined ? {} : { email: options.email }) });
    const due = await leaseWebhookDeliveries(dispatchCore, { batchSize, timeoutMs });
    await Promise.all(due.map(attempt));
    return { events: fanned.events, deliveries: fanned.deliveries, sent: due.length };
  }

  // The loop outlives a database hiccup: what was leased is retried once its lease ends.
  const polling = pollWhileBusy(async () => {
    const round = await runOnce();
    return round.events > 0 || round.sent > 0;
  }, { pollIntervalMs, onError: (error) => options.logger?.error({ err: error }, 'webhook dispatch round failed') });

  return { runOnce, start: polling.start, stop: polling.stop };
}

export function startWebhookDispatcher(core: Core, options: DispatcherOptions = {}): WebhookDispatcher {
  const dispatcher = createWebhookDispatcher(core, options);
  dispatcher.start();
  return dispatcher;
}
