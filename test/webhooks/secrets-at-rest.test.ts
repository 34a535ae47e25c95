import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecretKey } from '../../src/cli/secret-key.js';
import { readConfig } from '../../src/config.js';
import { SECRET_UNREADABLE } from '../../src/core/webhooks/dispatch.js';
import { sealStoredSecrets } from '../../src/core/webhooks/endpoints.js';
import { createWebhookDispatcher } from '../../src/webhooks/dispatcher.js';
import { useTestApp } from '../support/app.js';
import { givenReturnClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { startReceiver, type Receiver } from './receiver.js';
import { addEndpoint, deliveriesOf, drain } from './support.js';

// A webhook signing secret must be usable by the dispatcher yet unreadable in a copy of the
// database: it is stored sealed under the service's secret key.

describe.each(DATABASES)('webhook secrets at rest (%s)', (kind) => {
  const t = useTestApp(kind);
  let receiver: Receiver;
  beforeAll(async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    receiver = await startReceiver();
  });
  afterAll(async () => { await receiver?.close(); });
  const dispatcher = (core = t.core) => createWebhookDispatcher(core, { timeoutMs: 2_000, allowPrivate: true });
  const storedSecret = async (uuid: string) => (await sql<{ secret: string }>`select secret from webhook_endpoints where uuid = ${uuid}`.execute(t.database.db)).rows[0]?.secret;

  it('keeps the secret sealed in the database, and still signs with it', async () => {
    const store = await t.given.store();
    await drain(dispatcher());
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    const stored = await storedSecret(endpoint.id);
    expect(stored).toMatch(/^sealed:v1:/);
    expect(stored).not.toContain(endpoint.secret.slice(6));
    await givenReturnClaim(t, store);
    receiver.received.length = 0;
    await drain(dispatcher());
    const [delivered] = receiver.received;
    expect(() => new Webhook(endpoint.secret).verify(delivered!.body, delivered!.headers as Record<string, string>)).not.toThrow();
  });

  it('sends nothing unsigned when the key cannot open the secret, and records why', async () => {
    const store = await t.given.store();
    await drain(dispatcher());
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    await givenReturnClaim(t, store);
    receiver.received.length = 0;
    const otherKey = { ...t.core, config: { ...t.core.config, secretKey: randomBytes(32) } };
    await dispatcher(otherKey).runOnce();
    await dispatcher(otherKey).runOnce();
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await deliveriesOf(t, store.merchantKey, endpoint.id);
    expect(delivery.attempts.length).toBeGreaterThan(0);
    expect(delivery.attempts[0]).toMatchObject({ status_code: null, error: SECRET_UNREADABLE });
  });

  it('seals at start a secret written in the clear before sealing existed, and it still signs', async () => {
    const store = await t.given.store();
    await drain(dispatcher());
    const endpoint = await addEndpoint(t, store.merchantKey, { url: receiver.url });
    await sql`update webhook_endpoints set secret = ${endpoint.secret} where uuid = ${endpoint.id}`.execute(t.database.db);
    expect(await sealStoredSecrets(t.core)).toBe(1);
    expect(await storedSecret(endpoint.id)).toMatch(/^sealed:v1:/);
    expect(await sealStoredSecrets(t.core)).toBe(0);
    await givenReturnClaim(t, store);
    receiver.received.length = 0;
    await drain(dispatcher());
    expect(() => new Webhook(endpoint.secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers as Record<string, string>)).not.toThrow();
  });
});

describe('the service\'s secret key', () => {
  const folder = mkdtempSync(join(tmpdir(), 'recourse-key-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is made once beside the data folder, readable by its owner only, and the same on the next start', () => {
    const config = readConfig({ RECOURSE_DATA_DIR: join(folder, 'data') });
    expect(config.secretKey).toEqual({ kind: 'file', path: join(folder, 'secret.key') });
    const first = loadSecretKey(config.secretKey);
    expect(first.created).toBe(join(folder, 'secret.key'));
    expect(statSync(join(folder, 'secret.key')).mode & 0o777).toBe(0o600);
    const second = loadSecretKey(config.secretKey);
    expect(second.created).toBeUndefined();
    expect(second.key).toEqual(first.key);
    expect(readFileSync(join(folder, 'secret.key'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
  });

  it('comes from RECOURSE_SECRET_KEY when set, and a short one is refused', () => {
    const config = readConfig({ RECOURSE_SECRET_KEY: 'x'.repeat(40) });
    expect(loadSecretKey(config.secretKey).key).toHaveLength(32);
    expect(() => loadSecretKey(readConfig({ RECOURSE_SECRET_KEY: 'short' }).secretKey)).toThrow(/at least 32/);
  });
});
