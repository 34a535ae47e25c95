import type { EventType } from './events.js';

// The webhook rules, pure: which events exist, which a format can carry, when to try
// again, when to give up on a delivery and when to give up on an endpoint.

/** Every claim event, plus the one the dispatcher itself announces. */
const EVENT_TYPE_SET = {
  'claim.created': true, 'claim.updated': true, 'claim.deleted': true, 'claim.status_changed': true,
  'claim.approved': true, 'claim.rejected': true, 'claim.completed': true, 'claim.cancelled': true, 'claim.closed': true,
  'message.created': true, 'attachment.created': true, 'resolution.created': true, 'store_credit.created': true,
  'refund.created': true, 'refund.approved': true, 'refund.processing': true, 'refund.issued': true, 'refund.denied': true,
  'refund.cancelled': true, 'return_shipment.updated': true,
  'claim.flagged': true, 'claim.assigned': true, 'sla.breached': true, 'refund.processing_overdue': true,
} as const satisfies Record<EventType, true>;

export const ENDPOINT_DISABLED_EVENT = 'webhook_endpoint.disabled';
export const TEST_EVENT = 'webhook.test';

export type WebhookEventType = EventType | typeof ENDPOINT_DISABLED_EVENT;
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [...(Object.keys(EVENT_TYPE_SET) as EventType[]), ENDPOINT_DISABLED_EVENT];

export const WEBHOOK_FORMATS = ['native', 'orderprotection'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** The events each format has words for: OrderProtection documents four topics. */
export const FORMAT_EVENT_TYPES: Record<WebhookFormat, readonly WebhookEventType[]> = {
  native: WEBHOOK_EVENT_TYPES,
  orderprotection: ['claim.created', 'claim.approved', 'claim.rejected', 'message.created'],
};

/** `*` subscribes to every event the endpoint's format can carry. */
export const ALL_EVENTS = '*';

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** Why a subscription cannot be kept, or undefined when it can. */
export function checkSubscription(format: WebhookFormat, eventTypes: readonly string[]): string | undefined {
  if (eventTypes.length === 0) return 'event_types must name at least one event type, or "*"';
  if (eventTypes.includes(ALL_EVENTS)) return eventTypes.length === 1 ? undefined : '"*" stands alone in event_types';
  const carried = FORMAT_EVENT_TYPES[format] as readonly string[];
  const unknown = eventTypes.find((type) => !isWebhookEventType(type));
  if (unknown !== undefined) return `${unknown} is not an event type`;
  const uncarried = eventTypes.find((type) => !carried.includes(type));
  if (uncarried !== undefined) return `the ${format} format has no topic for ${uncarried}; it carries ${carried.join(', ')}`;
  return undefined;
}

export function subscribesTo(endpoint: { format: WebhookFormat; eventTypes: readonly string[] }, eventType: string): boolean {
  if (!(FORMAT_EVENT_TYPES[endpoint.format] as readonly string[]).includes(eventType)) return false;
  return endpoint.eventTypes.includes(ALL_EVENTS) || endpoint.eventTypes.includes(eventType);
}

export interface RetryPolicy {
  /** Attempts per delivery, the first included. */
  attemptsMax: number;
  /** The wait before the first retry; each later wait is `growth` times the one before. */
  firstRetryMs: number;
  growth: number;
  /** No wait grows beyond this. */
  retryCapMs: number;
  /** Each wait is scaled by a random factor in [1 - jitter, 1 + jitter]. */
  jitter: number;
}

/**
 * Ten attempts over about a day: retries after ~30 s, 1.5 min, 4.5 min, 13.5 min, 40 min,
 * 2 h, 6 h, 8 h and 8 h (≈ 25 h in all), each ±20 % so a recovering receiver is not hit
 * by every sender at once.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptsMax: 10, firstRetryMs: 30_000, growth: 3, retryCapMs: 8 * 3_600_000, jitter: 0.2 };

/** No configuration may ask for more attempts than this, manual retries included. */
export const ATTEMPTS_HARD_MAX = 30;

/** The wait after failed attempt number `attempt` (1-based); `random` is in [0, 1). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const base = Math.min(policy.retryCapMs, policy.firstRetryMs * policy.growth ** (Math.max(1, attempt) - 1));
  const factor = 1 - policy.jitter + 2 * policy.jitter * Math.min(Math.max(random, 0), 1);
  return Math.round(base * factor);
}

/** What happens to a delivery after an attempt. */
export type AttemptOutcome =
  | { status: 'succeeded' }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'failed' };

export function afterAttempt(
  policy: RetryPolicy, delivery: { attemptCount: number; attemptsMax: number }, succeeded: boolean, at: Date, random: number,
): AttemptOutcome {
  if (succeeded) return { status: 'succeeded' };
  if (delivery.attemptCount >= delivery.attemptsMax) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(at.getTime() + retryDelayMs(policy, delivery.attemptCount, random)) };
}

export interface DisablePolicy {
  /** Consecutive failed attempts to one endpoint, across its deliveries… */
  failuresMin: number;
  /** …over at least this long, before the endpoint is switched off. */
  failingForMs: number;
}

/** An endpoint that has failed every attempt for three days (and at least 30 of them) is switched off. */
export const DEFAULT_DISABLE_POLICY: DisablePolicy = { failuresMin: 30, failingForMs: 3 * 24 * 3_600_000 };

export function shouldDisable(policy: DisablePolicy, run: { failureCount: number; failingSince: Date | null }, at: Date): boolean {
  if (run.failingSince === null) return false;
  return run.failureCount >= policy.failuresMin && at.getTime() - run.failingSince.getTime() >= policy.failingForMs;
}

/** A 2xx answer is a delivery; anything else (redirects included) is a failure to retry. */
export function isSuccessStatus(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}
