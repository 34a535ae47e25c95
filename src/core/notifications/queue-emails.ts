import type { Transaction } from 'kysely';
import type { ClaimEvent } from '../../domain/claim/event.js';
import { EMAIL_ATTEMPTS_MAX } from '../../domain/notifications/email.js';
import { noticeOf, RECIPIENT_OF, type Notice } from '../../domain/notifications/notices.js';
import { consoleLink, emailLanguage, portalLink, renderEmail } from '../../domain/notifications/templates.js';
import * as emails from '../../store/emails.js';
import type { DB } from '../../store/schema.js';
import * as stores from '../../store/stores.js';
import type { Core } from '../core.js';

// Emails are queued by the outbox's fan-out, in the transaction that marks the events
// dispatched: an event is fanned out once, and its emails commit with that mark or not at
// all. The unique (store, event, recipient) keeps a repeated fan-out from doubling any.

export interface EmailQueueing {
  /** The origin the portal and console links start with (RECOURSE_PUBLIC_URL, else localhost). */
  publicOrigin: string;
  attemptsMax?: number;
}

/** Queues the emails a batch of newly dispatched events calls for; returns how many were queued. */
export async function queueEmailsForEvents(
  trx: Transaction<DB>, core: Core, batch: readonly ClaimEvent[], settings: EmailQueueing,
): Promise<number> {
  const noticed = batch.flatMap((event) => {
    const notice = noticeOf(event);
    return notice === undefined || event.claimId === null ? [] : [{ event, claimId: event.claimId, notice }];
  });
  const queued: emails.NewEmail[] = [];
  const at = core.clock();
  const attemptsMax = settings.attemptsMax ?? EMAIL_ATTEMPTS_MAX;
  for (const storeId of new Set(noticed.map((entry) => entry.event.storeId))) {
    const ofStore = noticed.filter((entry) => entry.event.storeId === storeId);
    const store = await stores.findStore(trx, storeId);
    if (store === undefined) continue;
    const language = emailLanguage(store.languages);
    const addressees = new Map((await emails.findClaimAddressees(trx, storeId, [...new Set(ofStore.map((entry) => entry.claimId))]))
      .map((addressee) => [addressee.claimId, addressee]));
    const bodies = await emails.findPublicMessageBodies(trx, storeId, ofStore.flatMap(({ notice }) => (notice.kind === 'merchant_message' ? [notice.messageId] : [])));
    const assignees = ofStore.flatMap(({ notice }) => (notice.kind === 'claim_assigned' ? [notice.assignee] : []));
    const users = await emails.findOptedInUsers(trx, storeId, {
      ids: assignees.filter((ref): ref is number => typeof ref === 'number'), uuids: assignees.filter((ref): ref is string => typeof ref === 'string'),
    });

    for (const { event, claimId, notice } of ofStore) {
      const claim = addressees.get(claimId);
      if (claim === undefined) continue; // deleted since
      const message = { uuid: core.newId(), storeId, eventId: event.id, claimId, notice: notice.kind, language, attemptsMax, at };
      const reader = readerOf(notice, { claim, users, bodies, publicOrigin: settings.publicOrigin, storeCode: store.code });
      if (reader === undefined) continue;
      const rendered = renderEmail(notice, language, {
        storeName: store.name, claimNumber: claim.claimNumber, readerName: reader.name, link: reader.link,
        ...(reader.messageBody === undefined ? {} : { messageBody: reader.messageBody }),
      });
      queued.push({ ...message, recipient: reader.email, recipientKind: RECIPIENT_OF[notice.kind], subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html });
    }
  }
  return emails.insertEmails(trx, queued);
}

function readerOf(
  notice: Notice,
  facts: { claim: emails.ClaimAddressee; users: emails.OptedInUser[]; bodies: Map<string, string>; publicOrigin: string; storeCode: string },
): { email: string; name: string; link: string; messageBody?: string } | undefined {
  const customer = { email: facts.claim.email, name: facts.claim.firstName, link: portalLink(facts.publicOrigin, facts.storeCode, facts.claim.claimUuid) };
  switch (notice.kind) {
    case 'status_changed':
    case 'refund_issued':
    case 'withdrawal_received':
      return customer;
    case 'merchant_message': {
      const body = facts.bodies.get(notice.messageId);
      return body === undefined ? undefined : { ...customer, messageBody: body }; // a message made internal since is not sent
    }
    case 'claim_assigned': {
      const user = facts.users.find((candidate) => candidate.id === notice.assignee || candidate.uuid === notice.assignee);
      return user === undefined ? undefined : { email: user.email, name: user.name, link: consoleLink(facts.publicOrigin, facts.claim.claimUuid) };
    }
  }
}
