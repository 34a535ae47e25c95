import type { ClaimDetails } from '../core/claims/details.js';
import type { ClaimEvent } from '../domain/claim/event.js';
import type { Store } from '../domain/store.js';
import type { WebhookEndpoint } from '../domain/webhooks/endpoint.js';
import { TEST_EVENT } from '../domain/webhooks/subscriptions.js';
import { renderClaim } from '../http/v1/claim-render.js';

// The native body: Standard Webhooks' `{type, timestamp, data}` with the event id and the
// store, and the claim exactly as GET /v1/claims/{id} shows it.

export function renderNativeWebhook(event: ClaimEvent, store: Store, claim: ClaimDetails | null): string {
  return JSON.stringify({
    id: event.uuid,
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    store: { id: store.id, code: store.code },
    data: {
      claim: claim === null ? null : renderClaim(claim),
      details: event.data,
      actor: event.actor,
    },
  });
}

export function renderNativeTest(endpoint: WebhookEndpoint, store: Store, messageId: string, at: Date): string {
  return JSON.stringify({
    id: messageId,
    type: TEST_EVENT,
    timestamp: at.toISOString(),
    store: { id: store.id, code: store.code },
    data: { claim: null, details: { endpoint_id: endpoint.uuid }, actor: { type: 'system', name: 'webhooks' } },
  });
}
