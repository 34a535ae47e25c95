import type { RecipientKind, NoticeKind } from './notices.js';

/** Where a queued email stands. */
export type EmailStatus = 'pending' | 'sent' | 'failed';
export const EMAIL_STATUSES: readonly EmailStatus[] = ['pending', 'sent', 'failed'];

/** An email queued for one event and one recipient. */
export interface EmailMessage {
  id: number;
  uuid: string;
  storeId: number;
  eventId: number;
  claimId: number | null;
  recipient: string;
  recipientKind: RecipientKind;
  notice: NoticeKind;
  language: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: EmailStatus;
  attemptCount: number;
  attemptsMax: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** Ten attempts over about a day, as for webhooks: a mail server down for an hour loses nothing. */
export const EMAIL_ATTEMPTS_MAX = 10;
