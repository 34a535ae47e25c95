import { sql } from 'kysely';
import type { TestApp } from '../support/app.js';
import type { WebhookDispatcher } from '../../src/webhooks/dispatcher.js';

/** Runs dispatch rounds until one finds nothing to do. */
export async function drain(dispatcher: WebhookDispatcher, roundsMax = 50): Promise<void> {
  for (let round = 0; round < roundsMax; round += 1) {
    const done = await dispatcher.runOnce();
    if (done.events === 0 && done.sent === 0) return;
  }
  throw new Error(`still busy after ${roundsMax} rounds`);
}

/** Makes every pending delivery due now: how tests skip a backoff instead of waiting for it. */
export async function makeDueNow(t: TestApp): Promise<void> {
  await sql`UPDATE webhook_deliveries SET next_attempt_at = now() - interval '1 second' WHERE status = 'pending'`.execute(t.database.db);
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function addEndpoint(t: TestApp, key: string, body: Record<string, unknown>): Promise<{ id: string; secret: string }> {
  const response = await t.request({ method: 'POST', url: '/v1/webhook-endpoints', key, body });
  if (response.statusCode !== 201) throw new Error(`expected 201, got ${response.statusCode}: ${response.body}`);
  return response.json();
}

export async function deliveriesOf(t: TestApp, key: string, endpointId: string): Promise<any[]> {
  return (await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, key })).json().data;
}
