import type { Claim, ClaimEvent } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { useT, type ConsoleI18n } from '../i18n/index.js';

// One timeline of the claim's messages (internal notes marked) and the events that tell its
// story, oldest first.

type Entry =
  | { at: string; kind: 'message'; message: Claim['messages'][number] }
  | { at: string; kind: 'event'; event: ClaimEvent };

/**
 * What the actor did, after their name. Events told in fixed words (filing, evidence, the return
 * parcel, a refund's moves) are looked up by type, its first dot as "_" ("claim.event_refund_approved");
 * a type the catalogue does not know is told by its name ("refund approved").
 */
function describeEvent(event: ClaimEvent, currency: string, { t, tn, locale }: ConsoleI18n): string {
  const data = event.data;
  switch (event.type) {
    case 'claim.status_changed': {
      const moved = t('claim.event_claim_status_changed', { from: tn('common.status_', String(data.from)), to: tn('common.status_', String(data.to)) });
      return `${moved}${data.note ? ` — ${String(data.note)}` : ''}${data.rejection_reason ? ` — ${String(data.rejection_reason)}` : ''}`;
    }
    case 'refund.created': return t('claim.event_refund_created', {
      amount: typeof data.amount_minor === 'number' ? formatMinor(data.amount_minor, currency, locale) : '?', status: tn('common.refund_', String(data.status)),
    });
    case 'resolution.created': return t('claim.event_resolution_created', { type: tn('claim.resolutionCode_', String(data.type ?? '')) });
    case 'claim.assigned': return data.assignee === null || data.assignee === undefined ? t('claim.eventUnassigned') : t('claim.event_claim_assigned');
    default: return tn('claim.event_', event.type.replace('.', '_'));
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
  const i18n = useT();
  const { t, tn, locale } = i18n;
  return (
    <section className="card" aria-labelledby="timeline">
      <h2 id="timeline">{t('claim.timeline')}</h2>
      <ol className="timeline" data-testid="timeline">
        {entriesOf(claim, events).map((entry) => entry.kind === 'message' ? (
          <li key={`m-${entry.message.id}`} className={`message ${entry.message.internal ? 'internal' : ''} ${entry.message.sender_type === 'customer' ? 'customer' : ''}`}>
            <strong>{entry.message.author_name}</strong> <span className="muted">({entry.message.internal ? t('claim.internalNoteTag') : tn('claim.party_', entry.message.sender_type)})</span>{' '}
            <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString(locale)}</time>
            <p style={{ margin: '.2rem 0', whiteSpace: 'pre-wrap' }}>{entry.message.body}</p>
          </li>
        ) : (
          <li key={`e-${entry.event.id}`}>
            <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString(locale)}</time>{' '}
            <strong>{entry.event.actor.name}</strong> {describeEvent(entry.event, claim.order.currency, i18n)}
          </li>
        ))}
      </ol>
    </section>
  );
}
