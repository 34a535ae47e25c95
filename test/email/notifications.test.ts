import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmailSettings } from '../../src/config.js';
import { createEmailSender } from '../../src/email/mailer.js';
import { createWebhookDispatcher } from '../../src/webhooks/dispatcher.js';
import { useTestApp, type StoreFixture } from '../support/app.js';
import { givenReturnClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { drain } from '../webhooks/support.js';
import { cookieOf } from '../support/sessions.js';

// Emails through a real SMTP server on 127.0.0.1 (the smtp-server package): the outbox's
// fan-out queues them, the mail loop sends them, and the server's inbox is what we check.

interface Inbox { mails: ParsedMail[]; failNext: number; url: number; close(): Promise<void> }

async function startSmtp(): Promise<Inbox> {
  const inbox: Inbox = { mails: [], failNext: 0, url: 0, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (inbox.failNext > 0) {
          inbox.failNext -= 1;
          callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => { inbox.mails.push(mail); callback(); });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  inbox.url = (server.server.address() as AddressInfo).port;
  inbox.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return inbox;
}

describe.each(DATABASES)('email notifications (%s)', (kind) => {
  const t = useTestApp(kind);
  let inbox: Inbox;
  let store: StoreFixture;
  const settings = (): EmailSettings => ({
    smtp: { host: '127.0.0.1', port: inbox.url, tls: 'none' }, from: 'Demo Store <claims@store.example>', publicOrigin: 'https://returns.example',
  });
  const dispatcher = (email = true) => createWebhookDispatcher(t.core, { timeoutMs: 2_000, ...(email ? { email: { publicOrigin: 'https://returns.example' } } : {}) });
  const sender = () => createEmailSender(t.core, settings(), { timeoutMs: 5_000 });
  const post = (claimId: string, path: string, body: unknown = {}) => t.request({ method: 'POST', url: `/v1/claims/${claimId}${path}`, key: store.merchantKey, body });
  const pendingIsDue = () => sql`UPDATE email_messages SET next_attempt_at = now() - interval '1 second' WHERE status = 'pending'`.execute(t.database.db);

  beforeAll(async () => { inbox = await startSmtp(); });
  afterAll(async () => { await inbox.close(); });
  beforeEach(async () => {
    await drain(dispatcher(false)); // earlier tests' events are history
    inbox.mails = [];
    inbox.failNext = 0;
    store = await t.given.store({ languages: ['tr', 'en'] });
  });

  it('tells the customer of a decision and of a merchant message, in the store\'s language, with a link to the portal', async () => {
    const { claim, order } = await givenReturnClaim(t, store, { email: 'ayse@example.com' });
    expect((await post(claim.id, '/messages', { body: 'Kargonuzu bekliyoruz' })).statusCode).toBe(201);
    expect((await post(claim.id, '/messages', { body: 'internal note', internal: true })).statusCode).toBe(201);
    expect((await post(claim.id, '/approve')).statusCode).toBe(200);
    await drain(dispatcher());
    await sender().runOnce();

    expect(inbox.mails).toHaveLength(2);
    for (const mail of inbox.mails) {
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('ayse@example.com');
      expect(mail.text).toMatch(new RegExp(`https://returns\\.example/portal/${store.code}/claims/[0-9a-f-]{36}`));
      expect(mail.text).not.toContain('internal note');
    }
    const subjects = inbox.mails.map((mail) => mail.subject ?? '');
    expect(subjects.some((subject) => subject.includes('hakkında yeni mesaj'))).toBe(true);
    expect(subjects.some((subject) => subject.includes('güncellendi'))).toBe(true);
    expect(inbox.mails.find((mail) => mail.subject?.includes('mesaj'))?.text).toContain('> Kargonuzu bekliyoruz');
    expect(inbox.mails.find((mail) => mail.subject?.includes('güncellendi'))?.text).toContain('onaylandı');

    const listed = await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/emails`, key: store.merchantKey });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().data.map((email: { status: string }) => email.status)).toEqual(['sent', 'sent']);
    expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/emails`, key: await t.given.customerKey(store, order.customer.id) })).statusCode).toBe(403);
  });

  it('tells an agent of a claim assigned to them only once they opted in, with a link to the console', async () => {
    const password = 'correct horse battery';
    const email = `agent-${store.code}@example.com`;
    const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: 'Deniz', role: 'agent', password } });
    expect(created.statusCode, created.body).toBe(201);
    const signedIn = await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email, password } });
    const headers = { cookie: cookieOf(signedIn), 'x-recourse-session': 'console', 'x-csrf-token': signedIn.json().csrf_token };
    const setting = () => t.app.inject({ method: 'GET', url: '/v1/users/me/notifications', headers });
    expect((await setting()).json()).toEqual({ notify_assigned: false });
    // A key with no console user behind it has no such setting.
    expect((await t.request({ method: 'GET', url: '/v1/users/me/notifications', key: store.merchantKey })).statusCode).toBe(404);

    const { claim } = await givenReturnClaim(t, store);
    // The store's key gives the claim to the agent (and, the second time, takes it back first).
    const assign = async (to: string | null = created.json().id) => {
      const given = await t.request({ method: 'PUT', url: `/v1/claims/${claim.id}/assignee`, key: store.merchantKey, body: { user_id: to } });
      expect(given.statusCode, given.body).toBe(200);
      await drain(dispatcher());
      await sender().runOnce();
    };
    await assign();
    expect(inbox.mails).toHaveLength(0);
    await assign(null);
    // Taking a claim oneself is no news to oneself.
    expect((await t.app.inject({ method: 'PUT', url: `/v1/claims/${claim.id}/assignee`, headers, payload: { user_id: created.json().id } })).statusCode).toBe(200);
    await t.app.inject({ method: 'PUT', url: '/v1/users/me/notifications', headers, payload: { notify_assigned: true } });
    await drain(dispatcher());
    await sender().runOnce();
    expect(inbox.mails).toHaveLength(0);
    await assign(null);

    const optIn = await t.app.inject({ method: 'PUT', url: '/v1/users/me/notifications', headers, payload: { notify_assigned: true } });
    expect(optIn.statusCode, optIn.body).toBe(200);
    expect((await setting()).json()).toEqual({ notify_assigned: true });
    await assign();
    expect(inbox.mails).toHaveLength(1);
    expect(inbox.mails[0]?.to && 'text' in inbox.mails[0].to ? inbox.mails[0].to.text : '').toBe(email);
    expect(inbox.mails[0]?.text).toContain(`https://returns.example/console/claims/${claim.uuid}`);
  });

  it('acknowledges a withdrawal from the contract by email, with the statement and when it was made, once per claim it filed', async () => {
    const order = await t.given.order(store, { email: 'jane@example.com', items: [{ quantity: 1 }, { quantity: 1, fulfillment_status: 'unfulfilled' }] });
    const customer = await t.given.customerKey(store, order.customer.id);
    const declared = await t.request({ method: 'POST', url: '/v1/portal/withdrawals', key: customer, body: { order_id: order.id, name: 'Jane Doe' } });
    expect(declared.statusCode, declared.body).toBe(201);
    await drain(dispatcher());
    await sender().runOnce();
    const at = (declared.json().declared_at as string).replace('T', ' ').replace(/\.\d+Z$/, '');
    const numbers = (declared.json().claims as Array<{ number: string }>).map((claim) => claim.number);
    expect(inbox.mails).toHaveLength(2);
    for (const mail of inbox.mails) {
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('jane@example.com');
      // The store speaks Turkish first: "cayma bildiriminiz", with the time and the statement.
      expect(mail.subject).toMatch(/^Cayma bildiriminiz alındı \(R-\d+\)/);
      expect(mail.text).toContain(`bildirim zamanı: ${at} (UTC)`);
      expect(mail.text).toMatch(/"Ben, Jane Doe, R-\d+ numaralı talepteki ürünlere ilişkin sözleşmeden cayıyorum\."/);
    }
    expect(inbox.mails.map((mail) => /R-\d+/.exec(mail.subject ?? '')?.[0]).sort()).toEqual([...numbers].sort());
  });

  it('emails an event once, with two senders at once and after a restart', async () => {
    const { claim } = await givenReturnClaim(t, store);
    expect((await post(claim.id, '/approve')).statusCode).toBe(200);
    await Promise.all([drain(dispatcher()), drain(dispatcher())]);
    await Promise.all([sender().runOnce(), sender().runOnce()]);
    // A restart: new loops over the same database find nothing left to send.
    await drain(dispatcher());
    await pendingIsDue();
    await sender().runOnce();
    expect(inbox.mails).toHaveLength(1);
  });

  it('retries an attempt the SMTP server refused', async () => {
    const { claim } = await givenReturnClaim(t, store);
    expect((await post(claim.id, '/approve')).statusCode).toBe(200);
    await drain(dispatcher());
    inbox.failNext = 1;
    expect(await sender().runOnce()).toEqual({ sent: 0, failed: 1 });
    let [email] = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/emails`, key: store.merchantKey })).json().data;
    expect(email).toMatchObject({ status: 'pending', attempt_count: 1 });
    expect(email.last_error).toContain('busy');
    await pendingIsDue();
    expect(await sender().runOnce()).toEqual({ sent: 1, failed: 0 });
    [email] = (await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/emails`, key: store.merchantKey })).json().data;
    expect(email).toMatchObject({ status: 'sent', attempt_count: 2, last_error: null });
    expect(inbox.mails).toHaveLength(1);
  });

  it('sends nothing when email is not configured', async () => {
    const { claim } = await givenReturnClaim(t, store);
    expect((await post(claim.id, '/approve')).statusCode).toBe(200);
    await drain(dispatcher(false));
    await sender().runOnce();
    expect(inbox.mails).toHaveLength(0);
    expect((await t.request({ method: 'GET', url: `/v1/claims/${claim.id}/emails`, key: store.merchantKey })).json().data).toEqual([]);
  });
});
