import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fanOutWebhookEvents, leaseWebhookDeliveries, recordWebhookAttempt } from '../../src/core/webhooks/dispatch.js';
import { DEFAULT_DISABLE_POLICY, DEFAULT_RETRY_POLICY } from '../../src/domain/webhooks/retry.js';
import { renderWebhook } from '../../src/webhooks/render.js';
import { createWebhookDispatcher, startWebhookDispatcher, type DispatcherOptions } from '../../src/webhooks/dispatcher.js';
import { useTestApp, type StoreFixture } from '../support/app.js';
import { fileClaim, givenReturnClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { startReceiver, type Receiver } from './receiver.js';
import { addEndpoint, deliveriesOf, drain, makeDueNow, waitFor } from './support.js';

// Deliveries to a real HTTP receiver on 127.0.0.1 (RECOURSE_ALLOW_PRIVATE_WEBHOOKS=1): the
// signature, the body, retries with backoff, order per claim, stopping and starting, two
// dispatchers at once, timeouts, switching a failing endpoint off, manual retries and tests.

describe.each(DATABASES)('webhook deliveries (%s)', (kind) => {
  const t = useTestApp(kind);
  let receiver: Receiver;
  let store: StoreFixture;
  beforeAll(() => { process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1'; });
  beforeEach(async () => {
    receiver = await startReceiver();
    store = await t.given.store();
    // Events of earlier tests' stores are history for this one.
    await drain(dispatcher());
  });
  afterAll(async () => { await receiver?.close(); });

  const dispatcher = (options: DispatcherOptions = {}) => createWebhookDispatcher(t.core, { timeoutMs: 2_000, allowPrivate: true, ...options });
  const typesReceived = () => receiver.received.map((entry) => entry.json.type);

  it('signs every delivery so that the Standard Webhooks verifier accepts it', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const { claim } = await givenReturnClaim(t, store);
    await drain(dispatcher());

    expect(receiver.received).toHaveLength(1);
    const [delivered] = receiver.received;
    const verified = new Webhook(endpoint.secret).verify(delivered!.body, {
      'webhook-id': String(delivered!.headers['webhook-id']),
      'webhook-timestamp': String(delivered!.headers['webhook-timestamp']),
      'webhook-signature': String(delivered!.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({ type: 'claim.created' });
    expect(delivered!.headers['webhook-id']).toBe(delivered!.json.id);
    expect(delivered!.headers['content-type']).toBe('application/json');

    const headers = { ...delivered!.headers } as Record<string, string>;
    expect(() => new Webhook(endpoint.secret).verify(delivered!.body.replace('claim.created', 'claim.approved'), headers)).toThrow();
    expect(() => new Webhook('whsec_' + Buffer.alloc(32, 1).toString('base64')).verify(delivered!.body, headers)).toThrow();
    expect(claim.id).toBe(delivered!.json.data.claim.id);
  });

  it('sends the event id, type, time, store and the claim as the native API shows it', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const { claim } = await givenReturnClaim(t, store);
    await drain(dispatcher());
    const shown = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}`, key: store.merchantKey })).json();
    const events = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/events`, key: store.merchantKey })).json().data;

    const body = receiver.received[0]!.json;
    expect(Object.keys(body).sort()).toEqual(['data', 'id', 'store', 'timestamp', 'type']);
    expect(body).toMatchObject({ id: events[0].uuid, type: 'claim.created', timestamp: events[0].created_at, store: { id: store.id, code: store.code } });
    expect(body.data.claim).toEqual(shown);
    expect(body.data.actor).toMatchObject({ type: 'merchant' });
  });

  it('announces the life of a claim: status changes, decisions, messages, refunds and the return parcel', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const { claim } = await givenReturnClaim(t, store);
    const post = (path: string, body: unknown = {}) => t.request({ method: 'POST', url: `/v1/claims/${claim.id}${path}`, key: store.merchantKey, body });
    expect((await post('/messages', { body: 'We are on it' })).statusCode).toBe(201);
    expect((await post('/approve')).statusCode).toBe(200);
    expect((await post('/return-shipment', { carrier: 'DHL', tracking_number: 'TRK-1' })).statusCode).toBe(200);
    const refund = (await post('/refunds', { amount: 500 })).json();
    expect((await t.request({ method: 'POST', url: `/v1/refunds/${refund.id}/cancel`, key: store.merchantKey })).statusCode).toBe(200);
    expect((await post('/refunds', { amount: 300, status: 'issued' })).statusCode).toBe(201);
    const other = await givenReturnClaim(t, store);
    expect((await t.request({ method: 'POST', url: `/v1/claims/${other.claim.id}/reject`, key: store.merchantKey, body: { reason: 'worn' } })).statusCode).toBe(200);
    await drain(dispatcher());

    expect(new Set(typesReceived())).toEqual(new Set([
      'claim.created', 'message.created', 'claim.status_changed', 'claim.approved', 'return_shipment.updated',
      'refund.created', 'refund.cancelled', 'refund.issued', 'claim.rejected',
    ]));
    const approved = receiver.received.find((entry) => entry.json.type === 'claim.approved')!.json;
    expect(approved.data.details).toMatchObject({ from: 'new', to: 'approved' });
    expect(approved.data.claim.id).toBe(claim.id);
  });

  it('sends an endpoint only the event types it subscribed to', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url, event_types: ['message.created'] });
    const { claim } = await givenReturnClaim(t, store);
    await t.request({ method: 'POST', url: `/v1/claims/${claim.id}/messages`, key: store.merchantKey, body: { body: 'hello' } });
    await drain(dispatcher());
    expect(typesReceived()).toEqual(['message.created']);
  });

  it("sends nothing of one store's claims to another store's endpoint", async () => {
    const other = await t.given.store();
    await addEndpoint(t, other.merchantKey, { url: receiver.url });
    await givenReturnClaim(t, store);
    await drain(dispatcher());
    expect(receiver.received).toEqual([]);
  });

  it('retries a receiver that fails 3 times, then delivers once, with 4 recorded attempts', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    receiver.answer = (_request, index) => (index < 3 ? 500 : 200);
    await givenReturnClaim(t, store);
    const worker = dispatcher();

    await drain(worker);
    const [first] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(first).toMatchObject({ status: 'pending', attempt_count: 1, last_status_code: 500 });
    // The first retry waits 30 s, give or take 20 %.
    const wait = Date.parse(first.next_attempt_at) - Date.parse(first.attempts[0].started_at);
    expect(wait).toBeGreaterThanOrEqual(24_000 - 100);
    expect(wait).toBeLessThanOrEqual(36_000 + 100);
    await drain(worker);
    expect(receiver.received).toHaveLength(1); // not due yet: nothing is sent early

    for (let retry = 0; retry < 3; retry += 1) {
      await makeDueNow(t);
      await drain(worker);
    }
    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size).toBe(1);
    expect(new Set(receiver.received.map((entry) => entry.body)).size).toBe(1);

    const [delivery] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 4, last_status_code: 200, last_error: null, next_attempt_at: null });
    expect(delivery.attempts.map((attempt: any) => [attempt.number, attempt.status_code, attempt.succeeded]))
      .toEqual([[1, 500, false], [2, 500, false], [3, 500, false], [4, 200, true]]);
    expect(delivery.attempts[0].error).toBe('the receiver answered 500');
    expect(delivery.attempts.every((attempt: any) => Number.isInteger(attempt.duration_ms) && attempt.duration_ms >= 0)).toBe(true);

    await makeDueNow(t);
    await drain(worker);
    expect(receiver.received).toHaveLength(4);
  });

  it("keeps one claim's events in order: a later event waits while an earlier one is retried", async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url });
    receiver.answer = (request, index) => (index === 0 ? 503 : 200);
    const first = await givenReturnClaim(t, store);
    await t.request({ method: 'POST', url: `/v1/claims/${first.claim.id}/messages`, key: store.merchantKey, body: { body: 'hello' } });
    const second = await givenReturnClaim(t, store);
    const worker = dispatcher();

    await drain(worker);
    const claimOf = (entry: { json: any }) => entry.json.data.claim.id;
    expect(receiver.received.map((entry) => [claimOf(entry), entry.json.type])).toEqual([
      [first.claim.id, 'claim.created'], [second.claim.id, 'claim.created'],
    ]);

    await makeDueNow(t);
    await drain(worker);
    expect(receiver.received.filter((entry) => claimOf(entry) === first.claim.id).map((entry) => entry.json.type))
      .toEqual(['claim.created', 'claim.created', 'message.created']);
  });

  it('delivers the events queued while the service was stopped once it starts again', async () => {
    await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const running = startWebhookDispatcher(t.core, { pollIntervalMs: 20, allowPrivate: true });
    await givenReturnClaim(t, store);
    await waitFor(() => receiver.received.length === 1);
    await running.stop();

    for (let index = 0; index < 3; index += 1) await givenReturnClaim(t, store);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(receiver.received).toHaveLength(1);

    const restarted = startWebhookDispatcher(t.core, { pollIntervalMs: 20, allowPrivate: true });
    await waitFor(() => receiver.received.length === 4);
    await restarted.stop();
    expect(typesReceived()).toEqual(['claim.created', 'claim.created', 'claim.created', 'claim.created']);
  });

  it('never sends one attempt twice when two dispatchers run at once', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const order = await t.given.order(store, { items: Array.from({ length: 30 }, () => ({ quantity: 1 })) });
    for (const item of order.items) await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id, quantity: 1 }] });

    // Slow answers keep attempts in flight while the other dispatcher polls.
    receiver.delayMs = 50;
    const options = { pollIntervalMs: 5, batchSize: 4, allowPrivate: true };
    const workers = [startWebhookDispatcher(t.core, options), startWebhookDispatcher(t.core, options)];
    await waitFor(() => receiver.received.length >= 30);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all(workers.map((worker) => worker.stop()));

    const ids = receiver.received.map((entry) => String(entry.headers['webhook-id']));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const deliveries = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(deliveries).toHaveLength(30);
    expect(deliveries.every((delivery) => delivery.status === 'succeeded' && delivery.attempts.length === 1)).toBe(true);
  });

  it('sends again what a dispatcher leased and never reported on, once its lease runs out', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    await givenReturnClaim(t, store);
    await fanOutWebhookEvents(t.core, renderWebhook, { batchSize: 10, attemptsMax: 10 });
    // A dispatcher takes the delivery and dies before sending it.
    const [lost] = await leaseWebhookDeliveries(t.core, { batchSize: 10, timeoutMs: 2_000 });
    expect(lost).toBeDefined();
    await drain(dispatcher());
    expect(receiver.received).toHaveLength(0); // still leased

    await makeDueNow(t);
    await drain(dispatcher());
    expect(receiver.received).toHaveLength(1);
    const [delivery] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 2 });
    expect(delivery.attempts.map((attempt: any) => attempt.number)).toEqual([2]);

    // The dead dispatcher's late report is recorded as an attempt but changes nothing.
    await recordWebhookAttempt(t.core, lost!, { startedAt: new Date(), durationMs: 5, statusCode: 500, error: null }, {
      retry: DEFAULT_RETRY_POLICY, disable: DEFAULT_DISABLE_POLICY, random: Math.random,
    });
    const [after] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(after).toMatchObject({ status: 'succeeded', attempt_count: 2 });
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    receiver.answer = () => 'hang';
    await givenReturnClaim(t, store);
    const started = Date.now();
    await drain(dispatcher({ timeoutMs: 200 }));
    expect(Date.now() - started).toBeLessThan(5_000);
    const [delivery] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivery).toMatchObject({ status: 'pending', attempt_count: 1, last_status_code: null, last_error: 'no answer within 200 ms' });
    expect(delivery.attempts[0].duration_ms).toBeGreaterThanOrEqual(150);
  });

  it('fails a delivery after its last attempt, and sends it again when asked', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    receiver.answer = () => 500;
    await givenReturnClaim(t, store);
    const worker = dispatcher({ retry: { attemptsMax: 2 } });
    await drain(worker);
    await makeDueNow(t);
    await drain(worker);
    const [failed] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(failed).toMatchObject({ status: 'failed', attempt_count: 2, next_attempt_at: null });

    receiver.answer = () => 200;
    const retried = await t.request({ method: 'POST', url: `/v1/webhook-deliveries/${failed.id}/retry`, key: store.merchantKey });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ id: failed.id, status: 'pending', attempts_max: 3 });
    expect((await t.request({ method: 'POST', url: `/v1/webhook-deliveries/${failed.id}/retry`, key: store.merchantKey })).statusCode).toBe(409);
    await drain(worker);
    const [delivered] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivered).toMatchObject({ status: 'succeeded', attempt_count: 3 });
    expect(new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size).toBe(1);

    const stranger = await t.given.store();
    expect((await t.request({ method: 'POST', url: `/v1/webhook-deliveries/${failed.id}/retry`, key: stranger.merchantKey })).statusCode).toBe(404);
  });

  it('switches an endpoint off after a long run of failures, says so with an event, and resumes when switched on', async () => {
    const failing = await addEndpoint(t, store.merchantKey, { url: `${receiver.url}/failing` });
    const watcher = await addEndpoint(t, store.merchantKey, { url: `${receiver.url}/watcher`, event_types: ['webhook_endpoint.disabled'] });
    receiver.answer = (request) => (request.json.type === 'webhook_endpoint.disabled' ? 200 : 500);
    for (let index = 0; index < 3; index += 1) await givenReturnClaim(t, store);
    const worker = dispatcher({ disable: { failuresMin: 3, failingForMs: 0 } });
    await drain(worker);

    const off = (await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${failing.id}`, key: store.merchantKey })).json();
    expect(off).toMatchObject({ enabled: false, disabled_reason: 'failing', failure_count: 3 });
    const announced = receiver.received.filter((entry) => entry.json.type === 'webhook_endpoint.disabled');
    expect(announced).toHaveLength(1);
    expect(announced[0]!.json.data).toMatchObject({ claim: null, details: { endpoint_id: failing.id, failure_count: 3 } });
    expect((await deliveriesOf(t, store.merchantKey, watcher.id))).toHaveLength(1);

    // While off it is sent nothing, and new events are not queued for it.
    await givenReturnClaim(t, store);
    await makeDueNow(t);
    const before = receiver.received.length;
    await drain(worker);
    expect(receiver.received.length).toBe(before);
    expect(await deliveriesOf(t, store.merchantKey, failing.id)).toHaveLength(3);

    receiver.answer = () => 200;
    const on = await t.request({ method: 'PATCH', url: `/v1/webhook-endpoints/${failing.id}`, key: store.merchantKey, body: { enabled: true } });
    expect(on.json()).toMatchObject({ enabled: true, disabled_reason: null, failure_count: 0, failing_since: null });
    await drain(worker);
    expect((await deliveriesOf(t, store.merchantKey, failing.id)).map((delivery) => delivery.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });

  it('sends a test message on request, even to a switched-off endpoint', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url, enabled: false });
    const queued = await t.request({ method: 'POST', url: `/v1/webhook-endpoints/${endpoint.id}/test`, key: store.merchantKey });
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toMatchObject({ event_type: 'webhook.test', status: 'pending', attempts_max: 1, endpoint_id: endpoint.id });
    await drain(dispatcher());
    expect(receiver.received).toHaveLength(1);
    const delivered = receiver.received[0]!;
    expect(delivered.json).toMatchObject({ type: 'webhook.test', store: { id: store.id }, data: { details: { endpoint_id: endpoint.id } } });
    expect(() => new Webhook(endpoint.secret).verify(delivered.body, delivered.headers as Record<string, string>)).not.toThrow();
    const [delivery] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivery).toMatchObject({ id: queued.json().id, status: 'succeeded', attempt_count: 1 });
  });

  it('cancels what was pending for an endpoint when it is deleted', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    receiver.answer = () => 500;
    await givenReturnClaim(t, store);
    const worker = dispatcher();
    await drain(worker);
    expect((await t.request({ method: 'DELETE', url: `/v1/webhook-endpoints/${endpoint.id}`, key: store.merchantKey })).statusCode).toBe(200);
    await makeDueNow(t);
    await drain(worker);
    expect(receiver.received).toHaveLength(1);
  });

  it('pages through deliveries with a cursor', async () => {
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    for (let index = 0; index < 3; index += 1) await givenReturnClaim(t, store);
    await drain(dispatcher());
    const first = (await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}/deliveries?limit=2`, key: store.merchantKey })).json();
    expect(first.data).toHaveLength(2);
    const rest = (await t.request({ method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}/deliveries?limit=2&cursor=${first.next_cursor}`, key: store.merchantKey })).json();
    expect(rest.data).toHaveLength(1);
    expect(rest.next_cursor).toBeNull();
    expect(new Set([...first.data, ...rest.data].map((delivery: any) => delivery.id)).size).toBe(3);
  });
});
