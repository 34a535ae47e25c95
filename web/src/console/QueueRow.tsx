import type { Policy } from '../../../src/domain/policy/document.js';
import type { Claim } from '../api/client.js';
import { formatMinor } from '../shared/money.js';
import { navigate } from '../shared/router.js';
import { dueOf } from '../shared/service-level.js';
import { ageOf, label } from './session.js';

// One row of the queue: what an agent needs to decide whether to open it — when it is due
// under the policy's service levels (red once overdue or flagged as breached), the policy's
// queue and flags, what is claimed, and who wrote last.

const BREACH_FLAGS = ['sla_first_response_breached', 'sla_resolution_breached'];

function inTime(target: Date, now: Date): string {
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
  const span = Math.abs(minutes) < 60 ? `${Math.abs(minutes)}m` : Math.abs(minutes) < 48 * 60 ? `${Math.round(Math.abs(minutes) / 60)}h` : `${Math.round(Math.abs(minutes) / 1440)}d`;
  return minutes < 0 ? `${span} overdue` : `in ${span}`;
}

export function QueueRow({ claim, policy, selected, cursor, onToggle }: {
  claim: Claim; policy: Policy | undefined; selected: boolean; cursor: boolean; onToggle: () => void;
}) {
  const now = new Date();
  const due = dueOf(claim, policy, now);
  const flags = claim.risk_flags ?? [];
  const breached = flags.some((flag) => BREACH_FLAGS.includes(flag));
  const claimedMinor = claim.lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0);
  const last = claim.messages.filter((message) => !message.internal).at(-1);
  return (
    <tr className={`${selected ? 'selected' : ''} ${cursor ? 'cursor' : ''}`}>
      <td><input type="checkbox" aria-label={`Select ${claim.number}`} checked={selected} onChange={onToggle} /></td>
      <td className="nowrap"><a href={`/console/claims/${claim.id}`} onClick={(event) => { event.preventDefault(); navigate(`/console/claims/${claim.id}`); }}>{claim.number}</a></td>
      <td><span className={`badge ${claim.status}`}>{label(claim.status)}</span></td>
      <td className="nowrap">
        {due === undefined ? (breached && claim.status !== 'closed' ? <span className="overdue">breached</span> : <span className="muted">—</span>) : (
          <time dateTime={due.dueAt.toISOString()} title={`${label(due.level)} due ${due.dueAt.toLocaleString()}`} className={due.overdue || breached ? 'overdue' : undefined}>
            {inTime(due.dueAt, now)}
          </time>
        )}
      </td>
      <td>{claim.customer.first_name} {claim.customer.last_name}<br /><span className="muted">{claim.order.number}</span></td>
      <td>{claim.kind}{claim.type ? ` · ${label(claim.type)}` : ''}<br /><span className="muted">{claim.reason?.subject ?? '—'}</span></td>
      <td className="nowrap num">{formatMinor(claimedMinor, claim.order.currency)}</td>
      <td>{claim.queue ?? <span className="muted">—</span>}{flags.length > 0 ? <><br />{flags.map((flag) => <span key={flag} className="badge flag">{label(flag)}</span>)}</> : null}</td>
      <td>{claim.assignee?.name ?? <span className="muted">—</span>}</td>
      <td>{last === undefined ? <span className="muted">—</span> : (
        <span className={last.sender_type === 'customer' ? 'from-customer' : undefined}>{last.sender_type === 'customer' ? 'Customer' : last.author_name} · {ageOf(last.created_at)}</span>
      )}</td>
      <td><time dateTime={claim.created_at} title={new Date(claim.created_at).toLocaleString()}>{ageOf(claim.created_at)}</time></td>
    </tr>
  );
}
