import type { Claim, ClaimEvent } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { label } from '../session.js';

// One timeline of the claim's messages (internal notes marked) and the events that tell its
// story, oldest first.

type Entry =
  | { at: string; kind: 'message'; message: Claim['messages'][number] }
  | { at: string; kind: 'event'; event: ClaimEvent };

function describeEvent(event: ClaimEvent, currency: string): string {
  const data = event.data;
  switch (event.type) {
    case 'claim.created': return 'filed the claim';
    case 'claim.status_changed': return `moved it from ${label(String(data.from))} to ${label(String(data.to))}${data.note ? ` — ${String(data.note)}` : ''}${data.rejection_reason ? ` — ${String(data.rejection_reason)}` : ''}`;
    case 'refund.created': return `asked for a refund of ${typeof data.amount_minor === 'number' ? formatMinor(data.amount_minor, currency) : '?'} (${String(data.status)})`;
    case 'resolution.created': return `recorded the resolution ${String(data.type ?? '')}`;
    case 'return_shipment.updated': return 'updated the return shipment';
    case 'attachment.created': return 'added evidence';
    case 'claim.assigned': return data.assignee === null || data.assignee === undefined ? 'unassigned the claim' : 'assigned the claim';
    default: return label(event.type.replace('.', ' '));
  }
}

/** Messages show themselves; of the claim's own events only its filing, its moves and its assignments are told. */
function entriesOf(claim: Claim, events: ClaimEvent[]): Entry[] {
  return [
    ...claim.messages.map((entry) => ({ at: entry.created_at, kind: 'message' as const, message: entry })),
    ...events.filter((event) => event.type !== 'message.created' && !event.type.startsWith('claim.') || ['claim.created', 'claim.status_changed', 'claim.assigned'].includes(event.type))
      .map((event) => ({ at: event.created_at, kind: 'event' as const, event })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

export function Timeline({ claim, events }: { claim: Claim; events: ClaimEvent[] }) {
  return (
    <section className="card" aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol className="timeline" data-testid="timeline">
        {entriesOf(claim, events).map((entry) => entry.kind === 'message' ? (
          <li key={`m-${entry.message.id}`} className={`message ${entry.message.internal ? 'internal' : ''} ${entry.message.sender_type === 'customer' ? 'customer' : ''}`}>
            <strong>{entry.message.author_name}</strong> <span className="muted">({entry.message.internal ? 'internal note' : entry.message.sender_type})</span>{' '}
            <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
            <p style={{ margin: '.2rem 0', whiteSpace: 'pre-wrap' }}>{entry.message.body}</p>
          </li>
        ) : (
          <li key={`e-${entry.event.id}`}>
            <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>{' '}
            <strong>{entry.event.actor.name}</strong> {describeEvent(entry.event, claim.order.currency)}
          </li>
        ))}
      </ol>
    </section>
  );
}
