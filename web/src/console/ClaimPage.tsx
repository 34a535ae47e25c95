import { claimMoney } from '../../../src/domain/refund/claim-money.js';
import { isRefundStatus } from '../../../src/domain/refund/status.js';
import { pageTitle, usePage } from '../shared/page.js';
import { navigate } from '../shared/router.js';
import { Assignee } from './claim/Assignee.js';
import { ClaimActions } from './claim/ClaimActions.js';
import { ClaimSummary } from './claim/ClaimSummary.js';
import { Emails } from './claim/Emails.js';
import { Evidence } from './claim/Evidence.js';
import { nextStep, type Section } from './claim/next-step.js';
import { PolicyFacts } from './claim/PolicyFacts.js';
import { MessageForm } from './claim/MessageForm.js';
import { Refunds } from './claim/Refunds.js';
import { Resolutions } from './claim/Resolutions.js';
import { ReturnShipment } from './claim/ReturnShipment.js';
import { Grading } from './claim/Grading.js';
import { StoreCredit } from './claim/StoreCredit.js';
import { Timeline } from './claim/Timeline.js';
import { useClaim } from './claim/useClaim.js';
import { useT } from './i18n/index.js';
import { NoticeLine } from './notice.js';
import { useShortcuts } from './shortcuts.js';
import { useConsole } from './session.js';

// One claim: customer and order, what was claimed and what is still claimable and
// refundable, evidence, one timeline of events and messages, and every action of the
// engine. Actions send If-Match with the version shown, so a claim changed by someone
// else meanwhile is refused (412) and the page says so instead of losing an update.

export function ClaimPage({ id }: { id: string }) {
  const { canAct, session } = useConsole();
  const i18n = useT();
  const { t, tn } = i18n;
  const { claim, balances, events, stale, notice, reload, act } = useClaim(id);
  usePage(claim === undefined ? undefined : pageTitle(claim.number, `${claim.customer.first_name} ${claim.customer.last_name}`, session.store.name));
  useShortcuts({ u: () => navigate('/console') });

  const money = claim === undefined || balances === undefined ? undefined : claimMoney({
    lines: claim.lines.map((line) => ({ quantity: line.quantity, unitPriceMinor: line.unit_price })),
    refunds: claim.refunds.flatMap((refund) => (isRefundStatus(refund.status) ? [{ amountMinor: refund.amount, status: refund.status }] : [])),
    orderRefundableMinor: balances.refundable,
  });
  if (claim === undefined) return notice ? <NoticeLine notice={notice} /> : <p aria-live="polite">{t('app.loading')}</p>;
  const step = nextStep(claim, money, i18n);
  const sections: Record<Section, React.ReactNode> = {
    message: <MessageForm claim={claim} act={act} />,
    return_shipment: claim.kind === 'return' ? <ReturnShipment claim={claim} act={act} /> : null,
    refund: <Refunds claim={claim} money={money} act={act} />,
    store_credit: <StoreCredit claim={claim} money={money} act={act} />,
    resolution: <Resolutions claim={claim} act={act} />,
  };
  const ORDER: Section[] = ['message', 'return_shipment', 'refund', 'store_credit', 'resolution'];
  const folded = ORDER.filter((section) => !step.open.includes(section) && (section !== 'return_shipment' || claim.kind === 'return'));
  return (
    <>
      <p><a href="/console" onClick={(event) => { event.preventDefault(); navigate('/console'); }}>{t('claim.back')}</a></p>
      <h1>{t('claim.heading', { number: claim.number })} <span className={`badge ${claim.status}`} data-testid="claim-status">{tn('common.status_', claim.status)}</span></h1>
      {stale ? (
        <p className="notice warn" role="alert">{t('claim.stale')} <button type="button" onClick={() => void reload()}>{t('claim.reload')}</button></p>
      ) : null}
      <NoticeLine notice={notice} />
      <p className="next-step" data-testid="next-step"><strong>{t('claim.next')}</strong> {step.text}</p>

      <div className="grid2">
        <div>
          <ClaimSummary claim={claim} balances={balances} money={money} />
          <PolicyFacts claim={claim} />
          <Evidence claim={claim} />
          <Grading claim={claim} act={act} canAct={canAct} />
          <Timeline claim={claim} events={events} />
          <Emails claim={claim} />
        </div>

        <div>
          {canAct ? (
            <>
              <Assignee claim={claim} act={act} />
              <ClaimActions claim={claim} act={act} />
              {step.open.map((section) => <div key={section}>{sections[section]}</div>)}
              {folded.length > 0 ? (
                <details className="more-actions">
                  <summary>{t('claim.moreActions')}</summary>
                  {folded.map((section) => <div key={section}>{sections[section]}</div>)}
                </details>
              ) : null}
            </>
          ) : (
            <section className="card"><h2>{t('claim.actions')}</h2><p className="muted">{t('claim.readOnly')}</p>
              <p>{t('claim.assigneeIs')} <span data-testid="claim-assignee">{claim.assignee?.name ?? t('claim.nobody')}</span></p></section>
          )}
        </div>
      </div>
    </>
  );
}
