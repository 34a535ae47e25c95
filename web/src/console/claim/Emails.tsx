import { useCallback } from 'react';
import type { Claim, components } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import { NoticeLine } from '../notice.js';
import { ageOf, useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';

// What the customer (and the store's users) were told by email about this claim: when, to
// whom, the subject, and whether it went out — with the server's last refusal when it did
// not, so an agent knows whether "we emailed you" is true. Each text opens on request.

type EmailMessage = components['schemas']['EmailMessage'];

function statusOf(email: EmailMessage): string {
  if (email.status === 'sent') return 'sent';
  const tries = email.attempt_count === 0 ? '' : ` after ${email.attempt_count} attempt${email.attempt_count === 1 ? '' : 's'}`;
  return `${email.status}${tries}${email.last_error === null ? '' : ` — ${email.last_error}`}`;
}

export function Emails({ claim }: { claim: Claim }) {
  const { api } = useConsole();
  const emails = useLoadedList<EmailMessage>(useCallback(
    () => api.GET('/v1/claims/{id}/emails', { params: { path: { id: String(claim.id) } } }), [api, claim.id, claim.version],
  ));
  return (
    <section className="card" aria-labelledby="emails">
      <h2 id="emails">Emails</h2>
      <NoticeLine notice={emails.notice} />
      {emails.items.length === 0 ? <p className="muted">No email about this claim yet.</p> : (
        <ListTable name="Emails" testId="claim-emails" columns={['When', 'To', 'Subject', 'Status']}>
          {emails.items.map((email) => (
            <tr key={email.id}>
              <td className="nowrap"><time dateTime={email.sent_at ?? email.created_at} title={new Date(email.sent_at ?? email.created_at).toLocaleString()}>{ageOf(email.sent_at ?? email.created_at)}</time></td>
              <td>{email.recipient}<br /><span className="muted">{email.recipient_kind === 'customer' ? 'customer' : 'store user'}</span></td>
              <td><details><summary>{email.subject}</summary><pre className="email-text">{email.text_body}</pre></details></td>
              <td className={email.status === 'sent' ? undefined : 'overdue'}>{statusOf(email)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </section>
  );
}
