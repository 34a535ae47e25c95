import { randomBytes } from 'node:crypto';
import { creatorOf, type Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import type { WebhookEndpoint } from '../../domain/webhooks/endpoint.js';
import { checkSubscription, type WebhookFormat } from '../../domain/webhooks/subscriptions.js';
import * as stores from '../../store/stores.js';
import * as webhooks from '../../store/webhooks.js';
import { authorize, storeOf } from '../access.js';
import { SEALED_PREFIX, sealSecret } from '../secret-box.js';
import type { Core } from '../core.js';
import { checkWebhookUrl } from './url-guard.js';

// A store's webhook endpoints. The signing secret is made here, returned once by
// createWebhookEndpoint, and kept in the database — sealed under the service's secret key —
// only because every delivery must be signed with it; no read returns it again and nothing logs it.

export const WEBHOOK_ENDPOINTS_MAX = 100;

export interface CreateWebhookEndpointInput {
  storeId?: number;
  url: string;
  description?: string;
  eventTypes?: string[];
  format?: WebhookFormat;
  enabled?: boolean;
}

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

async function requireUsableUrl(url: string): Promise<void> {
  const problem = await checkWebhookUrl(url);
  if (problem !== undefined) refuse({ code: 'invalid_input', message: problem, path: '/url' });
}

function requireSubscription(format: WebhookFormat, eventTypes: readonly string[]): void {
  const problem = checkSubscription(format, eventTypes);
  if (problem !== undefined) refuse({ code: 'invalid_input', message: problem, path: '/event_types' });
}

export async function createWebhookEndpoint(
  core: Core, actor: Actor, input: CreateWebhookEndpointInput,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  authorize(actor, 'webhooks.manage');
  const storeId = storeOf(actor, input.storeId);
  const format = input.format ?? 'native';
  const eventTypes = [...new Set(input.eventTypes ?? ['*'])];
  requireSubscription(format, eventTypes);
  await requireUsableUrl(input.url);
  const store = await stores.findStore(core.db, storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });
  if ((await webhooks.listEndpoints(core.db, storeId, WEBHOOK_ENDPOINTS_MAX)).length >= WEBHOOK_ENDPOINTS_MAX) {
    refuse({ code: 'conflict', entity: 'webhook_endpoint', message: `a store may have at most ${WEBHOOK_ENDPOINTS_MAX} webhook endpoints` });
  }
  const secret = newWebhookSecret();
  const endpoint = await webhooks.insertEndpoint(core.db, {
    uuid: core.newId(), storeId, url: input.url, description: input.description ?? null, eventTypes, format, sealedSecret: sealSecret(core.config.secretKey, secret),
    enabled: input.enabled ?? true, at: core.clock(), createdBy: creatorOf(actor),
  });
  return { endpoint, secret };
}

export async function listWebhookEndpoints(core: Core, actor: Actor, input: { storeId?: number } = {}): Promise<WebhookEndpoint[]> {
  authorize(actor, 'webhooks.manage');
  return webhooks.listEndpoints(core.db, storeOf(actor, input.storeId), WEBHOOK_ENDPOINTS_MAX);
}

/** 404 for another store's endpoint: existence must not leak. */
export async function getWebhookEndpoint(core: Core, actor: Actor, uuid: string, input: { storeId?: number } = {}): Promise<WebhookEndpoint> {
  authorize(actor, 'webhooks.manage');
  const endpoint = await webhooks.findEndpoint(core.db, storeOf(actor, input.storeId), uuid);
  if (endpoint === undefined) refuse({ code: 'not_found', entity: 'webhook_endpoint', id: uuid });
  return endpoint;
}

export interface UpdateWebhookEndpointInput {
  storeId?: number;
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  format?: WebhookFormat;
  enabled?: boolean;
}

/** Switching an endpoint on again forgets its failures; deliveries still pending resume. */
export async function updateWebhookEndpoint(
  core: Core, actor: Actor, uuid: string, input: UpdateWebhookEndpointInput,
): Promise<WebhookEndpoint> {
  const current = await getWebhookEndpoint(core, actor, uuid, { storeId: input.storeId });
  const eventTypes = input.eventTypes === undefined ? undefined : [...new Set(input.eventTypes)];
  if (eventTypes !== undefined || input.format !== undefined) requireSubscription(input.format ?? current.format, eventTypes ?? current.eventTypes);
  if (input.url !== undefined) await requireUsableUrl(input.url);
  const updated = await webhooks.updateEndpoint(core.db, current.storeId, uuid, {
    url: input.url, description: input.description, eventTypes, format: input.format, enabled: input.enabled,
  }, core.clock());
  if (updated === undefined) refuse({ code: 'not_found', entity: 'webhook_endpoint', id: uuid });
  return updated;
}

/** Deletes an endpoint and cancels what was still waiting to be sent to it. */
export async function deleteWebhookEndpoint(core: Core, actor: Actor, uuid: string, input: { storeId?: number } = {}): Promise<WebhookEndpoint> {
  authorize(actor, 'webhooks.manage');
  const storeId = storeOf(actor, input.storeId);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    const endpoint = await webhooks.deleteEndpoint(trx, storeId, uuid, now);
    if (endpoint === undefined) refuse({ code: 'not_found', entity: 'webhook_endpoint', id: uuid });
    await webhooks.cancelPendingDeliveries(trx, storeId, endpoint.id, now);
    return endpoint;
  });
}

/** Seals the secrets of endpoints made before secrets were sealed; run at start, returns how many. */
export async function sealStoredSecrets(core: Core): Promise<number> {
  const unsealed = await webhooks.listUnsealedSecrets(core.db, SEALED_PREFIX);
  for (const row of unsealed) await webhooks.sealEndpointSecret(core.db, row.id, row.secret, sealSecret(core.config.secretKey, row.secret));
  return unsealed.length;
}
