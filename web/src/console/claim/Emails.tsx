import { useCallback } from 'react';
import type { Claim, components } from '../../api/client.js';
import { useT, type ConsoleI18n } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import { NoticeLine } from '../notice.js';
import { ageOf, useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';

// What the customer (and the store's users) were told by email about this claim: when, to
// whom, the subject, and whether it went out — with the server's last refusal when it did
// not, so an agent knows whether "we emailed you" is true. Each text opens on request.

type EmailMessage = components['schemas']['EmailMessage'];

function statusOf(email: EmailMessage, { t, tn }: Pick<ConsoleI18n, 't' | 'tn'>): string {
  const status = tn('claim.email_', email.status);
  if (email.status === 'sent') return status;
  const tries = email.attempt_count === 0 ? status
    : t(email.attempt_count === 1 ? 'claim.emailAfterAttempt' : 'claim.emailAfterAttempts', { status, count: email.attempt_count });
  return `${tries}${email.last_error === null ? '' : ` — ${email.last_error}`}`;
}

export function Emails({ claim }: { claim: Claim }) {
  const { api } = useConsole();
  const i18n = useT();
  const { t, locale } = i18n;
  const emails = useLoadedList<EmailMessage>(useCallback(
    () => api.GET('/v1/claims/{id}/emails', { params: { path: { id: String(claim.id) } } }), [api, claim.id, claim.version],
  ));
  return (
    <section className="card" aria-labelledby="emails">
      <h2 id="emails">{t('claim.emails')}</h2>
      <NoticeLine notice={emails.notice} />
      {emails.items.length === 0 ? <p className="muted">{t('claim.noEmails')}</p> : (
        <ListTable name={t('claim.emails')} testId="claim-emails" columns={[t('claim.col_when'), t('claim.col_to'), t('claim.col_subject'), t('claim.col_status')]}>
          {emails.items.map((email) => (
            <tr key={email.id}>
              <td className="nowrap"><time dateTime={email.sent_at ?? email.created_at} title={new Date(email.sent_at ?? email.created_at).toLocaleString(locale)}>{ageOf(email.sent_at ?? email.created_at, t)}</time></td>
              <td>{email.recipient}<br /><span className="muted">{email.recipient_kind === 'customer' ? t('claim.recipientCustomer') : t('claim.recipientStoreUser')}</span></td>
              <td><details><summary>{email.subject}</summary><pre className="email-text">{email.text_body}</pre></details></td>
              <td className={email.status === 'sent' ? undefined : 'overdue'}>{statusOf(email, i18n)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </section>
  );
}
