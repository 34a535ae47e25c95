import { useCallback, useEffect, useState } from 'react';
import { problemOf, type Api, type Claim, type ClaimableOrder, type ClaimEvent } from '../api/client.js';
import { formatMinor } from '../shared/money.js';
import { pageTitle, usePage } from '../shared/page.js';
import { navigate, useLocation } from '../shared/router.js';
import { dueOf } from '../shared/service-level.js';
import { useI18n } from './i18n.js';
import { ReturnCodeQr } from './ReturnCodeQr.js';
import { portalProblemOf, refusalText } from './refusal-text.js';
import { recordedWithdrawal, textFileHref, withdrawalReceipt } from './withdrawal-receipt.js';

// What the customer sees of a claim: its status, the history of status changes, the
// thread with the store, refunds, when to expect an answer, and how to send the parcel back
// once a return is approved.

const RETURN_SHOWN = ['approved', 'in_return_transit', 'received', 'completed', 'completed_by_merchant'];
/** Nobody has decided these yet: the customer may still withdraw the request. */
const WITHDRAWABLE = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform'];
const RELEASED_REFUNDS = ['denied', 'cancelled'];

type ServiceLevels = ClaimableOrder['service_levels'];

/**
 * When the customer may expect to hear back: the store's first answer until it has written,
 * then its decision — the service levels the store holds itself to, counted from filing as
 * its console counts them (serviceLevelDue). Shown only while that time is still ahead.
 */
function ExpectedReply({ claim, serviceLevels }: { claim: Claim; serviceLevels: ServiceLevels | undefined }) {
  const { t, locale } = useI18n();
  const due = dueOf(claim, serviceLevels === undefined ? undefined : { deadlines: { sla: serviceLevels } }, new Date());
  if (due === undefined || due.overdue) return null;
  const when = due.dueAt.toLocaleString(locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  return <p data-testid="expected-reply">{t(due.level === 'first_response' ? 'expected_first_response' : 'expected_resolution')} <strong>{when}</strong></p>;
}

export function ClaimStatus({ api, claimId, storeCode, storeName }: { api: Api; claimId: string; storeCode: string; storeName: string }) {
  const { t, tn, locale } = useI18n();
  const { search } = useLocation();
  const [claim, setClaim] = useState<Claim | undefined>();
  const [events, setEvents] = useState<ClaimEvent[]>([]);
  const [serviceLevels, setServiceLevels] = useState<ServiceLevels | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  usePage(claim === undefined ? undefined : pageTitle(`${t('claimNumber')}: ${claim.number}`, storeName));

  const load = useCallback(async () => {
    const [found, history] = await Promise.all([
      api.GET('/v1/claims/{id}', { params: { path: { id: claimId } } }),
      api.GET('/v1/claims/{id}/events', { params: { path: { id: claimId }, query: { limit: 500 } } }),
    ]);
    if (found.data === undefined) return setError(problemOf(found.error, found.response).detail);
    setClaim(found.data);
    setEvents(history.data?.data ?? []);
    // The store's service levels come with the order; without them the page promises nothing.
    const order = await api.GET('/v1/portal/orders/{id}', { params: { path: { id: found.data.order.id } } });
    setServiceLevels(order.data?.service_levels);
  }, [api, claimId]);
  useEffect(() => { void load(); }, [load]);

  if (error !== undefined && claim === undefined) return <p className="notice error" role="alert">{error}</p>;
  if (claim === undefined) return <p aria-live="polite">…</p>;

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    if (message.trim() === '') return;
    const { error: failure, response } = await api.POST('/v1/claims/{id}/messages', { params: { path: { id: claimId } }, body: { body: message.trim() } });
    if (!response.ok) return setError(problemOf(failure, response).detail);
    setMessage('');
    setError(undefined);
    await load();
  };

  const withdraw = async () => {
    if (!window.confirm(t('withdrawConfirm'))) return;
    const { error: failure, response } = await api.POST('/v1/claims/{id}/cancel', { params: { path: { id: claimId } }, headers: { 'if-match': `"${claim.version}"` }, body: {} });
    if (!response.ok) return setError(refusalText(portalProblemOf(failure, response), t, locale));
    setError(undefined);
    await load();
  };

  const shipment = claim.return_shipment;
  const claimedMinor = claim.lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0);
  const promisedMinor = claim.refunds.filter((refund) => !RELEASED_REFUNDS.includes(refund.status)).reduce((sum, refund) => sum + refund.amount, 0);
  const withdrawal = recordedWithdrawal(claim);
  const statusChanges = events.filter((event) => event.type === 'claim.created' || event.type === 'claim.status_changed');
  return (
    <>
      <p><a href={`/portal/${encodeURIComponent(storeCode)}/order`} onClick={(event) => { event.preventDefault(); navigate(`/portal/${encodeURIComponent(storeCode)}/order`); }}>← {t('backToOrder')}</a></p>
      {search.get('filed') === '1' ? <p className="notice ok" role="status">{t('filed')}</p> : null}
      {search.get('withdrawn') === null ? null : (
        <p className="notice ok" role="status" data-testid="withdrawn">
          {t('withdrawn')} {new Date(search.get('withdrawn') ?? '').toLocaleString(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })}. {t('withdrawnEmail')}
        </p>
      )}
      <section className="card" aria-labelledby="claim-title">
        <h1 id="claim-title">{t('claimNumber')}: {claim.number}</h1>
        <p>{t('status')}: <strong className={`badge ${claim.status}`} data-testid="claim-status">{tn('status', claim.status)}</strong></p>
        <ul>
          {claim.lines.map((line) => <li key={line.id}>{line.quantity} × {line.name} <span className="muted">({line.sku})</span></li>)}
        </ul>
        <ExpectedReply claim={claim} serviceLevels={serviceLevels} />
        {claim.rejection?.reason ? <p>{t('rejectedBecause')}: {claim.rejection.reason}</p> : null}
        {claim.kind !== 'incident' || claim.resolution_requested === 'REFUND' ? (
          <p data-testid="refund-estimate">{promisedMinor > 0 ? t('refundBooked') : t('refundEstimate')}: <strong>{formatMinor(promisedMinor > 0 ? promisedMinor : claimedMinor, claim.order.currency, locale)}</strong></p>
        ) : null}
        {withdrawal === undefined ? null : (
          <p>
            <a href={textFileHref(withdrawalReceipt(claim, withdrawal, { storeName, t, locale }))} download={`withdrawal-${claim.number}.txt`} data-testid="withdrawal-receipt">
              {t('receiptDownload')}
            </a>
          </p>
        )}
        {WITHDRAWABLE.includes(claim.status) ? <p><button type="button" className="secondary" onClick={() => void withdraw()}>{t('withdraw')}</button></p> : null}
        {claim.attachments.length > 0 ? (
          <div className="thumbs">
            {claim.attachments.map((attachment) => <img key={attachment.id} src={attachment.url} alt={`${t('photos')} ${claim.number}`} width={96} height={96} style={{ objectFit: 'cover' }} />)}
          </div>
        ) : null}
      </section>

      {claim.kind === 'return' && shipment !== null && RETURN_SHOWN.includes(claim.status) ? (
        <section className="card" aria-labelledby="return-title">
          <h2 id="return-title">{t('returnInstructions')}</h2>
          <p>{t('returnHelp')}</p>
          {shipment.easy_return_code ? (
            <>
              <p>{t('easyReturnCode')}: <span className="code" data-testid="easy-return-code">{shipment.easy_return_code}</span>
                {shipment.code_valid_until ? <> · {t('validUntil')} {new Date(shipment.code_valid_until).toLocaleDateString(locale)}</> : null}</p>
              <ReturnCodeQr code={shipment.easy_return_code} label={`${t('easyReturnCode')} ${shipment.easy_return_code}`} />
            </>
          ) : null}
          {shipment.tracking_number ? <p>{t('trackingNumber')}: {shipment.tracking_number}</p> : null}
        </section>
      ) : null}

      {claim.refunds.length > 0 ? (
        <section className="card" aria-labelledby="refunds-title">
          <h2 id="refunds-title">{t('refunds')}</h2>
          <ul>{claim.refunds.map((refund) => <li key={refund.id}>{formatMinor(refund.amount, refund.currency, locale)} — {tn('refund', refund.status)}</li>)}</ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="messages-title">
        <h2 id="messages-title">{t('messages')}</h2>
        {claim.messages.length === 0 ? <p className="muted">{t('noMessages')}</p> : (
          <ol className="timeline" data-testid="messages">
            {claim.messages.map((entry) => (
              <li key={entry.id} className={`message ${entry.sender_type === 'customer' ? 'customer' : ''}`}>
                <strong>{entry.sender_type === 'customer' ? t('you') : `${entry.author_name} (${t('store')})`}</strong>{' '}
                <time className="muted" dateTime={entry.created_at}>{new Date(entry.created_at).toLocaleString(locale)}</time>
                <p style={{ margin: '.2rem 0', whiteSpace: 'pre-wrap' }}>{entry.body}</p>
              </li>
            ))}
          </ol>
        )}
        <form onSubmit={(event) => void send(event)}>
          <label htmlFor="message">{t('writeMessage')}</label>
          <textarea id="message" value={message} onChange={(event) => setMessage(event.target.value)} />
          {error ? <p className="notice error" role="alert">{error}</p> : null}
          <p><button type="submit">{t('send')}</button></p>
        </form>
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('timeline')}</h2>
        <ol className="timeline">
          {statusChanges.map((event) => (
            <li key={event.id}>
              <time className="muted" dateTime={event.created_at}>{new Date(event.created_at).toLocaleString(locale)}</time>{' '}
              {event.type === 'claim.created' ? t('event_created') : <>{t('event_status')} {tn('status', String(event.data.to ?? ''))}</>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
