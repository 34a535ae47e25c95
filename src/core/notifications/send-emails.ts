import type { EmailStatus } from '../../domain/notifications/email.js';
import { afterAttempt, type RetryPolicy } from '../../domain/webhooks/retry.js';
import * as emails from '../../store/emails.js';
import type { Core } from '../core.js';
import { takeStoreByStore } from '../store-by-store.js';

// The mail loop's two steps, each its own short transaction: lease the emails that are
// due, record how an attempt went. The SMTP conversation happens between them, outside any
// transaction.

export const EMAIL_BATCH_MAX = 100;

/** How long a loop holds an email beyond its attempt's timeout before another may take it. */
export const EMAIL_LEASE_MARGIN_MS = 60_000;

export type DueEmail = emails.LeasedEmail;

/** Leases due emails store by store, the longest waiting first, each store in its own transaction. */
export async function leaseDueEmails(core: Core, options: { batchSize: number; timeoutMs: number }): Promise<DueEmail[]> {
  const now = core.clock();
  const leaseUntil = new Date(now.getTime() + options.timeoutMs + EMAIL_LEASE_MARGIN_MS);
  const limit = Math.max(1, Math.min(EMAIL_BATCH_MAX, Math.floor(options.batchSize)));
  return takeStoreByStore(core, 'email_messages', now, limit, (trx, storeId, room) => emails.leaseDueEmails(trx, storeId, {
    now, leaseUntil, limit: room, newToken: core.newId,
  }));
}

/** Records an attempt: sent, retried after a backoff, or failed for good once its attempts are spent. */
export async function recordEmailAttempt(
  core: Core, email: DueEmail, result: { error: string | null }, policy: { retry: RetryPolicy; random: () => number },
): Promise<EmailStatus> {
  const now = core.clock();
  const succeeded = result.error === null;
  const outcome = afterAttempt(policy.retry, { attemptCount: email.attemptNumber, attemptsMax: email.attemptsMax }, succeeded, now, policy.random());
  const status: EmailStatus = outcome.status === 'succeeded' ? 'sent' : outcome.status;
  await core.db.transaction().execute((trx) => emails.settleEmail(trx, email.storeId, email.id, email.leaseToken, {
    status, nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt : undefined, error: result.error, sentAt: succeeded ? now : null,
  }, now));
  return status;
}
