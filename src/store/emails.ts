import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { EmailMessage, EmailStatus } from '../domain/notifications/email.js';
import type { NoticeKind, RecipientKind } from '../domain/notifications/notices.js';
import type { DB } from './schema.js';
import { withWebTables, type WebTables } from './web-tables.js';

// The email outbox (migration 0013): one row per event and recipient, leased by the mail
// loop for each attempt. Every query names the store, except the loop's poll for what is
// due, which looks across stores as the webhook dispatcher's does.

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

interface EmailMessagesTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  event_id: number;
  claim_id: number | null;
  recipient: string;
  recipient_kind: RecipientKind;
  notice: NoticeKind;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: EmailStatus;
  attempt_count: Generated<number>;
  attempts_max: number;
  next_attempt_at: Date;
  lease_token: string | null;
  last_error: string | null;
  sent_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

interface EmailTables extends WebTables {
  email_messages: EmailMessagesTable;
}

function withEmails(db: Kysely<DB>): Kysely<DB & EmailTables> {
  return withWebTables(db).withTables<{ email_messages: EmailMessagesTable }>();
}

function toEmail(row: Selectable<EmailMessagesTable>): EmailMessage {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, eventId: row.event_id, claimId: row.claim_id, recipient: row.recipient,
    recipientKind: row.recipient_kind, notice: row.notice, language: row.language, subject: row.subject, textBody: row.text_body,
    htmlBody: row.html_body, status: row.status, attemptCount: row.attempt_count, attemptsMax: row.attempts_max,
    nextAttemptAt: row.next_attempt_at, lastError: row.last_error, sentAt: row.sent_at, createdAt: row.created_at,
  };
}

/** An email to queue: the message's own fields, pending from `at`. */
export type NewEmail = Omit<EmailMessage, 'id' | 'status' | 'attemptCount' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'createdAt'> & { at: Date };

/** Queues emails; one already queued for the same event and recipient is kept, not doubled. */
export async function insertEmails(trx: Transaction<DB>, emails: readonly NewEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  const rows = await withEmails(trx).insertInto('email_messages').values(emails.map((email) => ({
    uuid: email.uuid, store_id: email.storeId, event_id: email.eventId, claim_id: email.claimId, recipient: email.recipient,
    recipient_kind: email.recipientKind, notice: email.notice, language: email.language, subject: email.subject,
    text_body: email.textBody, html_body: email.htmlBody, status: 'pending' as const, attempts_max: email.attemptsMax,
    next_attempt_at: email.at, created_at: email.at, updated_at: email.at,
  }))).onConflict((conflict) => conflict.columns(['store_id', 'event_id', 'recipient']).doNothing())
    .returning('id').execute();
  return rows.length;
}

/** The customer a claim's emails go to, with what the email names. */
export interface ClaimAddressee {
  claimId: number;
  claimUuid: string;
  claimNumber: string;
  email: string;
  firstName: string;
}

export async function findClaimAddressees(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<ClaimAddressee[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('claims as c')
    .innerJoin('customers as cu', (join) => join.onRef('cu.id', '=', 'c.customer_id').onRef('cu.store_id', '=', 'c.store_id'))
    .select(['c.id', 'c.uuid', 'c.number', 'cu.email', 'cu.first_name'])
    .where('c.store_id', '=', storeId).where('c.id', 'in', claimIds).where('c.deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({ claimId: row.id, claimUuid: row.uuid, claimNumber: row.number, email: row.email, firstName: row.first_name }));
}

/** The bodies of public messages, by message uuid. */
export async function findPublicMessageBodies(db: Kysely<DB>, storeId: number, messageUuids: readonly string[]): Promise<Map<string, string>> {
  if (messageUuids.length === 0) return new Map();
  const rows = await db.selectFrom('messages').select(['uuid', 'body'])
    .where('store_id', '=', storeId).where('uuid', 'in', messageUuids).where('internal', '=', false).execute();
  return new Map(rows.map((row) => [row.uuid, row.body]));
}

/** A console user who asked to hear of claims assigned to them, and is still enabled. */
export interface OptedInUser {
  id: number;
  uuid: string;
  email: string;
  name: string;
}

export async function findOptedInUsers(
  db: Kysely<DB>, storeId: number, refs: { ids: readonly number[]; uuids: readonly string[] },
): Promise<OptedInUser[]> {
  if (refs.ids.length === 0 && refs.uuids.length === 0) return [];
  const uuids = refs.uuids.filter((uuid) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid));
  const rows = await withEmails(db).selectFrom('users').select(['id', 'uuid', 'email', 'name'])
    .where('store_id', '=', storeId).where('notify_assigned', '=', true).where('disabled_at', 'is', null)
    .where((eb) => eb.or([
      ...(refs.ids.length === 0 ? [] : [eb('id', 'in', refs.ids)]),
      ...(uuids.length === 0 ? [] : [eb('uuid', 'in', uuids)]),
    ]))
    .execute();
  return rows;
}

/** A claim's emails, newest first. */
export async function listClaimEmails(db: Kysely<DB>, storeId: number, claimId: number, limit: number): Promise<EmailMessage[]> {
  const rows = await withEmails(db).selectFrom('email_messages').selectAll()
    .where('store_id', '=', storeId).where('claim_id', '=', claimId)
    .orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toEmail);
}

/** An email taken by one mail loop for one attempt. */
export interface LeasedEmail {
  id: number;
  storeId: number;
  uuid: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attemptNumber: number;
  attemptsMax: number;
  leaseToken: string;
}

/**
 * Takes a store's due emails for one attempt each: the attempt is counted and the email hidden from
 * other loops until `leaseUntil`, so a loop that dies mid-send leaves it to be retried.
 * An email whose last attempt never reported back is failed instead.
 */
export async function leaseDueEmails(
  trx: Transaction<DB>, storeId: number, options: { now: Date; leaseUntil: Date; limit: number; newToken: () => string },
): Promise<LeasedEmail[]> {
  const e = withEmails(trx);
  const due = await e.selectFrom('email_messages').select(['store_id', 'id', 'attempt_count', 'attempts_max'])
    .where('store_id', '=', storeId).where('status', '=', 'pending').where('next_attempt_at', '<=', options.now)
    .orderBy('next_attempt_at').orderBy('id').limit(options.limit)
    .forUpdate().skipLocked().execute();
  const leased: LeasedEmail[] = [];
  for (const row of due) {
    if (row.attempt_count >= row.attempts_max) {
      await e.updateTable('email_messages')
        .set({ status: 'failed', lease_token: null, last_error: 'the last attempt never reported back', updated_at: options.now })
        .where('store_id', '=', row.store_id).where('id', '=', row.id).execute();
      continue;
    }
    const token = options.newToken();
    const updated = await e.updateTable('email_messages')
      .set((eb) => ({ attempt_count: eb('attempt_count', '+', 1), lease_token: token, next_attempt_at: options.leaseUntil, updated_at: options.now }))
      .where('store_id', '=', row.store_id).where('id', '=', row.id)
      .returning(['id', 'store_id', 'uuid', 'recipient', 'subject', 'text_body', 'html_body', 'attempt_count', 'attempts_max'])
      .executeTakeFirstOrThrow();
    leased.push({
      id: updated.id, storeId: updated.store_id, uuid: updated.uuid, recipient: updated.recipient, subject: updated.subject,
      textBody: updated.text_body, htmlBody: updated.html_body, attemptNumber: updated.attempt_count, attemptsMax: updated.attempts_max, leaseToken: token,
    });
  }
  return leased;
}

/** Records an attempt's outcome, only while the lease is still this attempt's. */
export async function settleEmail(
  trx: Transaction<DB>, storeId: number, id: number, leaseToken: string,
  outcome: { status: EmailStatus; nextAttemptAt: Date | undefined; error: string | null; sentAt: Date | null }, now: Date,
): Promise<boolean> {
  const result = await withEmails(trx).updateTable('email_messages').set({
    status: outcome.status, lease_token: null, last_error: outcome.error, sent_at: outcome.sentAt, updated_at: now,
    ...(outcome.nextAttemptAt === undefined ? {} : { next_attempt_at: outcome.nextAttemptAt }),
  }).where('store_id', '=', storeId).where('id', '=', id).where('lease_token', '=', leaseToken).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whether a console user hears of claims assigned to them; undefined when no such user. */
export async function findNotifyAssigned(db: Kysely<DB>, storeId: number, userId: number): Promise<boolean | undefined> {
  const row = await withEmails(db).selectFrom('users').select('notify_assigned')
    .where('store_id', '=', storeId).where('id', '=', userId).executeTakeFirst();
  return row?.notify_assigned;
}

export async function updateNotifyAssigned(db: Kysely<DB>, storeId: number, userId: number, notifyAssigned: boolean, at: Date): Promise<boolean | undefined> {
  const row = await withEmails(db).updateTable('users').set({ notify_assigned: notifyAssigned, updated_at: at })
    .where('store_id', '=', storeId).where('id', '=', userId).returning('notify_assigned').executeTakeFirst();
  return row?.notify_assigned;
}
