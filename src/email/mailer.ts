import nodemailer from 'nodemailer';
import type { EmailSettings } from '../config.js';
import type { Core } from '../core/core.js';
import { pollWhileBusy } from '../core/repeat.js';
import { leaseDueEmails, recordEmailAttempt, type DueEmail } from '../core/notifications/send-emails.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../domain/webhooks/retry.js';

// The mail loop: leases the emails that are due, hands each to the SMTP server and records
// the outcome. Any number may run against one database; leases taken with FOR UPDATE SKIP
// LOCKED keep two loops from sending the same attempt. An email accepted by the server
// whose outcome could not be recorded (the process died in between) is sent again once its
// lease ends: at least once, never silently dropped.

export interface MailerOptions {
  clock?: () => Date;
  random?: () => number;
  pollIntervalMs?: number;
  /** Per attempt, from connecting to the server's answer to the message. */
  timeoutMs?: number;
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
  logger?: { error(details: object, message: string): void };
}

export interface EmailSender {
  runOnce(): Promise<{ sent: number; failed: number }>;
  start(): void;
  stop(): Promise<void>;
}

export const DEFAULT_MAILER = { pollIntervalMs: 2_000, timeoutMs: 20_000, batchSize: 20 } as const;

export function createEmailSender(core: Core, settings: EmailSettings, options: MailerOptions = {}): EmailSender {
  const clock = options.clock ?? core.clock;
  const mailCore: Core = { ...core, clock };
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_MAILER.timeoutMs;
  const batchSize = options.batchSize ?? DEFAULT_MAILER.batchSize;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_MAILER.pollIntervalMs;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const { smtp } = settings;
  const transport = nodemailer.createTransport({
    host: smtp.host, port: smtp.port,
    secure: smtp.tls === 'implicit', requireTLS: smtp.tls === 'starttls', ignoreTLS: smtp.tls === 'none',
    ...(smtp.user === undefined ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
    connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs,
  });

  async function attempt(email: DueEmail): Promise<boolean> {
    let error: string | null = null;
    try {
      await transport.sendMail({
        from: settings.from, to: email.recipient, subject: email.subject, text: email.textBody, html: email.htmlBody,
        messageId: `<${email.uuid}@recourse>`,
      });
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const status = await recordEmailAttempt(mailCore, email, { error }, { retry, random });
    return status === 'sent';
  }

  async function runOnce() {
    const due = await leaseDueEmails(mailCore, { batchSize, timeoutMs });
    let sent = 0;
    // One at a time: a mail server is kinder to a steady trickle than to a burst.
    for (const email of due) if (await attempt(email)) sent += 1;
    return { sent, failed: due.length - sent };
  }

  const polling = pollWhileBusy(async () => {
    const round = await runOnce();
    return round.sent + round.failed > 0;
  }, { pollIntervalMs, onError: (error) => options.logger?.error({ err: error }, 'email round failed') });

  return {
    runOnce,
    start: polling.start,
    async stop() {
      await polling.stop();
      transport.close();
    },
  };
}
