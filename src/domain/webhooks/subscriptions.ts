import type { EventType } from '../claim/event.js';

// The webhook rules, pure: which events exist, which a format can carry, when to try
// again, when to give up on a delivery and when to give up on an endpoint.

/** Every claim event, plus the one the dispatcher itself announces. */
const EVENT_TYPE_SET = {
  'claim.created': true, 'claim.updated': true, 'claim.deleted': true, 'claim.status_changed': true,
  'claim.approved': true, 'claim.rejected': true, 'claim.completed': true, 'claim.cancelled': true, 'claim.closed': true,
  'message.created': true, 'attachment.created': true, 'resolution.created': true, 'store_credit.created': true,
  'refund.created': true, 'refund.approved': true, 'refund.processing': true, 'refund.issued': true, 'refund.denied': true,
  'refund.cancelled': true, 'return_shipment.updated': true,
  'claim.flagged': true, 'claim.assigned': true, 'claim.graded': true, 'sla.breached': true, 'refund.processing_overdue': true,
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
