import type { Policy } from '../../../src/domain/policy/document.js';
import type { Claim } from '../api/client.js';
import { reasonLabel } from '../shared/languages.js';
import { formatMinor } from '../shared/money.js';
import { navigate } from '../shared/router.js';
import { dueOf } from '../shared/service-level.js';
import { useT, type Translate } from './i18n/index.js';
import { ageOf, label } from './session.js';

// One row of the queue: what an agent needs to decide whether to open it — when it is due
// under the policy's service levels (red once overdue or flagged as breached), the policy's
// queue and flags, what is claimed, and who wrote last. The flags the engine sets have words in
// the catalogue; a policy's own tags and an incident type (the marketplace's code) show as written.

const BREACH_FLAGS = ['sla_first_response_breached', 'sla_resolution_breached'];

function inTime(target: Date, now: Date, t: Translate): string {
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
  const away = Math.abs(minutes);
  const span = away < 60 ? t('queue.minutesShort', { count: away })
    : away < 48 * 60 ? t('queue.hoursShort', { count: Math.round(away / 60) })
    : t('queue.daysShort', { count: Math.round(away / 1440) });
  return minutes < 0 ? t('queue.overdueBy', { span }) : t('queue.dueIn', { span });
}

export function QueueRow({ claim, policy, selected, cursor, onToggle }: {
  claim: Claim; policy: Policy | undefined; selected: boolean; cursor: boolean; onToggle: () => void;
}) {
  const { t, tn, locale, language } = useT();
  const now = new Date();
  const due = dueOf(claim, policy, now);
  const flags = claim.risk_flags ?? [];
  const breached = flags.some((flag) => BREACH_FLAGS.includes(flag));
  const claimedMinor = claim.lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0);
  const last = claim.messages.filter((message) => !message.internal).at(-1);
  return (
    <tr className={`${selected ? 'selected' : ''} ${cursor ? 'cursor' : ''}`}>
      <td><input type="checkbox" aria-label={t('queue.selectClaim', { number: claim.number })} checked={selected} onChange={onToggle} /></td>
      <td className="nowrap"><a href={`/console/claims/${claim.id}`} onClick={(event) => { event.preventDefault(); navigate(`/console/claims/${claim.id}`); }}>{claim.number}</a></td>
      <td><span className={`badge ${claim.status}`}>{tn('common.status_', claim.status)}</span></td>
      <td className="nowrap">
        {due === undefined ? (breached && claim.status !== 'closed' ? <span className="overdue">{t('queue.breached')}</span> : <span className="muted">—</span>) : (
          <time dateTime={due.dueAt.toISOString()} title={t('queue.dueTitle', { level: tn('queue.level_', due.level), when: due.dueAt.toLocaleString(locale) })} className={due.overdue || breached ? 'overdue' : undefined}>
            {inTime(due.dueAt, now, t)}
          </time>
        )}
      </td>
      <td>{claim.customer.first_name} {claim.customer.last_name}<br /><span className="muted">{claim.order.number}</span></td>
      <td>{tn('common.kind_', claim.kind)}{claim.type ? ` · ${label(claim.type)}` : ''}<br /><span className="muted">{claim.reason === null ? '—' : reasonLabel(claim.reason, language)}</span></td>
      <td className="nowrap num">{formatMinor(claimedMinor, claim.order.currency, locale)}</td>
      <td>{claim.queue ?? <span className="muted">—</span>}{flags.length > 0 ? <><br />{flags.map((flag) => <span key={flag} className="badge flag">{tn('queue.flag_', flag)}</span>)}</> : null}</td>
      <td>{claim.assignee?.name ?? <span className="muted">—</span>}</td>
      <td>{last === undefined ? <span className="muted">—</span> : (
        <span className={last.sender_type === 'customer' ? 'from-customer' : undefined}>{last.sender_type === 'customer' ? t('queue.fromCustomer') : last.author_name} · {ageOf(last.created_at, t)}</span>
      )}</td>
      <td><time dateTime={claim.created_at} title={new Date(claim.created_at).toLocaleString(locale)}>{ageOf(claim.created_at, t)}</time></td>
    </tr>
  );
}
