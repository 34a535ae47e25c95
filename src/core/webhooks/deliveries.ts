import type { Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import type { Store } from '../../domain/store.js';
import type { WebhookDelivery } from '../../domain/webhooks/delivery.js';
import type { WebhookEndpoint } from '../../domain/webhooks/endpoint.js';
import { ATTEMPTS_HARD_MAX } from '../../domain/webhooks/retry.js';
import { TEST_EVENT } from '../../domain/webhooks/subscriptions.js';
import * as stores from '../../store/stores.js';
import * as webhooks from '../../store/webhooks.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';
import { getWebhookEndpoint } from './endpoints.js';

// What was sent to an endpoint, sending it again, and sending a test.

export const DELIVERIES_PAGE_MAX = 100;

export async function listWebhookDeliveries(
  core: Core, actor: Actor, endpointUuid: string, page: { storeId?: number; beforeId?: number; limit: number },
): Promise<WebhookDelivery[]> {
  const endpoint = await getWebhookEndpoint(core, actor, endpointUuid, { storeId: page.storeId });
  return webhooks.listDeliveries(core.db, endpoint.storeId, endpoint.id, { beforeId: page.beforeId, limit: Math.min(page.limit, DELIVERIES_PAGE_MAX + 1) });
}

export async function getWebhookDelivery(core: Core, actor: Actor, uuid: string, input: { storeId?: number } = {}): Promise<WebhookDelivery> {
  authorize(actor, 'webhooks.manage');
  const delivery = await webhooks.findDelivery(core.db, storeOf(actor, input.storeId), uuid);
  if (delivery === undefined) refuse({ code: 'not_found', entity: 'webhook_delivery', id: uuid });
  return delivery;
}

/**
 * Queues a finished delivery (failed, or delivered and lost by the receiver) for one more
 * attempt now, with the same id and body, so the receiver can recognise a repeat.
 */
export async function retryWebhookDelivery(core: Core, actor: Actor, uuid: string, input: { storeId?: number } = {}): Promise<WebhookDelivery> {
  authorize(actor, 'webhooks.manage');
  const storeId = storeOf(actor, input.storeId);
  const now = core.clock();
  await core.db.transaction().execute(async (trx) => {
    const delivery = await webhooks.lockDelivery(trx, storeId, uuid);
    if (delivery === undefined) refuse({ code: 'not_found', entity: 'webhook_delivery', id: uuid });
    if (delivery.status === 'pending') refuse({ code: 'conflict', entity: 'webhook_delivery', message: 'this delivery is already waiting to be sent' });
    if (delivery.attemptCount >= ATTEMPTS_HARD_MAX) {
      refuse({ code: 'conflict', entity: 'webhook_delivery', message: `this delivery has had ${delivery.attemptCount} attempts, the most it may have` });
    }
    await webhooks.requeueDelivery(trx, storeId, delivery.id, 1, now);
  });
  return getWebhookDelivery(core, actor, uuid, { storeId });
}

/** Builds a test message's body in the endpoint's format. */
export type RenderTestWebhook = (input: { endpoint: WebhookEndpoint; store: Store; messageId: string; at: Date }) => string;

/** Queues one `webhook.test` message for the endpoint, even a disabled one; it is not retried. */
export async function queueWebhookTest(
  core: Core, actor: Actor, endpointUuid: string, render: RenderTestWebhook, input: { storeId?: number } = {},
): Promise<WebhookDelivery> {
  const endpoint = await getWebhookEndpoint(core, actor, endpointUuid, input);
  const store = await stores.findStore(core.db, endpoint.storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: endpoint.storeId });
  const at = core.clock();
  const uuid = core.newId();
  const messageId = core.newId();
  await core.db.transaction().execute((trx) => webhooks.insertDeliveries(trx, [{
    uuid, storeId: endpoint.storeId, endpointId: endpoint.id, eventId: null, claimId: null, messageId, eventType: TEST_EVENT,
    payload: render({ endpoint, store, messageId, at }), attemptsMax: 1, at,
  }]));
  return getWebhookDelivery(core, actor, uuid, { storeId: endpoint.storeId });
}
