import type { ClaimDetails, ClaimLineDetails } from '../core/claims/details.js';
import { toOpIssueType } from '../dialects/orderprotection/issue-types.js';
import { toOpSenderType } from '../dialects/orderprotection/map.js';
import { toOpState } from '../dialects/orderprotection/status.js';
import type { ClaimEvent } from '../domain/claim/event.js';
import type { Resolution } from '../domain/claim/parts.js';
import { toDecimal } from '../domain/money.js';
import type { WebhookEndpoint } from '../domain/webhooks/endpoint.js';
import { TEST_EVENT, type WebhookEventType } from '../domain/webhooks/subscriptions.js';

// OrderProtection's webhook envelope `{id, topic, created_at, body}` and the bodies its
// documentation shows for claim.created, claim.approved and claim.denied. message.created
// is listed there without a body; ours follows the snake_case of the other three.

export const OP_TOPIC_OF = {
  'claim.created': 'claim.created',
  'claim.approved': 'claim.approved',
  'claim.rejected': 'claim.denied',
  'message.created': 'message.created',
} as const satisfies Partial<Record<WebhookEventType, string>>;

type OpEventType = keyof typeof OP_TOPIC_OF;

function isOpEventType(type: string): type is OpEventType {
  return Object.hasOwn(OP_TOPIC_OF, type);
}

function envelope(id: string, topic: string, at: Date, body: Record<string, unknown>): string {
  return JSON.stringify({ id, topic, created_at: at.toISOString(), body });
}

const orderRefs = (claim: ClaimDetails) => ({
  claim_id: claim.uuid,
  order_id: claim.order.uuid,
  source_order_id: claim.order.externalId ?? claim.order.number,
});

/** The product and variant an OrderProtection claim named for an item, when it was filed through that door. */
function sourceIdsOf(claim: ClaimDetails, itemId: string): { product_id: string | null; variant_id: string | null } {
  const fulfillments = claim.attributes.fulfillmentIssues;
  if (Array.isArray(fulfillments)) {
    for (const fulfillment of fulfillments) {
      const issues: unknown = typeof fulfillment === 'object' && fulfillment !== null ? Reflect.get(fulfillment, 'issues') : undefined;
      if (!Array.isArray(issues)) continue;
      for (const issue of issues) {
        if (typeof issue !== 'object' || issue === null || Reflect.get(issue, 'sourceItemId') !== itemId) continue;
        const product: unknown = Reflect.get(issue, 'sourceProductId');
        const variant: unknown = Reflect.get(issue, 'sourceVariantId');
        return { product_id: typeof product === 'string' ? product : null, variant_id: typeof variant === 'string' ? variant : null };
      }
    }
  }
  return { product_id: null, variant_id: null };
}

function itemOf(claim: ClaimDetails, line: ClaimLineDetails) {
  const itemId = line.item.externalId ?? line.item.uuid;
  return { ...sourceIdsOf(claim, itemId), sku: line.item.sku, item_id: itemId, item_name: line.item.name, quantity: line.quantity };
}

function addressOf(claim: ClaimDetails): unknown {
  return claim.attributes.updatedShippingAddress ?? claim.attributes.shippingAddress;
}

function resolutionOf(claim: ClaimDetails, resolution: Resolution) {
  const currency = resolution.paidCurrency ?? claim.order.currency;
  const decimal = (minor: number) => toDecimal(minor, currency);
  const address = resolution.type === 'RESHIP' ? addressOf(claim) : undefined;
  return {
    type: resolution.type,
    details: {
      items: claim.lines.map((line) => ({
        ...itemOf(claim, line),
        price: toDecimal(line.item.unitPriceMinor, claim.order.currency),
        discount: 0,
        tax: null,
        resolution_percentage: null,
        resolution_flat_amount: resolution.type === 'FLAT_RATE' && resolution.paidValueMinor !== null ? decimal(resolution.paidValueMinor) : null,
      })),
      currency,
      total_refund_amount: resolution.outcome === 'denial' ? 0 : decimal(resolution.paidValueMinor ?? 0),
      shipping_amount: resolution.includeShipping ? decimal(resolution.shippingAmountMinor ?? 0) : 0,
      shipping_amount_tax: 0,
      ...(address === undefined ? {} : { shipping_address: address }),
    },
  };
}

function bodyOf(type: OpEventType, event: ClaimEvent, claim: ClaimDetails): Record<string, unknown> | undefined {
  switch (type) {
    case 'claim.created':
      return {
        ...orderRefs(claim),
        created_at: claim.createdAt.toISOString(),
        claim_description: claim.description,
        claim_type: claim.kind === 'incident' ? toOpIssueType(claim.incidentType) : null,
        claim_state: toOpState(claim.status),
        items: claim.lines.map((line) => itemOf(claim, line)),
      };
    case 'claim.approved':
    case 'claim.rejected': {
      const outcome = type === 'claim.approved' ? 'approval' : 'denial';
      return { ...orderRefs(claim), resolutions: claim.resolutions.filter((resolution) => resolution.outcome === outcome).map((resolution) => resolutionOf(claim, resolution)) };
    }
    case 'message.created': {
      const message = claim.messages.find((candidate) => candidate.uuid === event.data.message_id);
      // Internal notes have no place in OrderProtection's thread.
      if (message === undefined || message.internal) return undefined;
      return {
        ...orderRefs(claim),
        message_id: message.uuid,
        message: message.body,
        author_name: message.authorName,
        sender_type: toOpSenderType(message.senderType),
        medias: message.attachments,
        created_at: message.createdAt.toISOString(),
      };
    }
  }
}

/** The event in OrderProtection's envelope, or undefined when it has no topic for it. */
export function renderOrderProtectionWebhook(event: ClaimEvent, claim: ClaimDetails | null): string | undefined {
  if (claim === null || !isOpEventType(event.type)) return undefined;
  const body = bodyOf(event.type, event, claim);
  return body === undefined ? undefined : envelope(event.uuid, OP_TOPIC_OF[event.type], event.createdAt, body);
}

export function renderOrderProtectionTest(endpoint: WebhookEndpoint, messageId: string, at: Date): string {
  return envelope(messageId, TEST_EVENT, at, { endpoint_id: endpoint.uuid });
}
