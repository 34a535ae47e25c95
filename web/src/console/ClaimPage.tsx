import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type Balances, type Claim, type ClaimEvent, type ClaimStatus } from '../api/client.js';
import { formatMinor, parseToMinor } from '../shared/money.js';
import { navigate } from '../shared/router.js';
import { label, useConsole } from './session.js';

// One claim: customer and order, what was claimed and what is still claimable and
// refundable, evidence, one timeline of events and messages, and every action of the
// engine. Actions send If-Match with the version shown, so a claim changed by someone
// else meanwhile is refused (412) and the page says so instead of losing an update.

const RESOLUTION_TYPES = ['REFUND', 'STORE_CREDIT', 'REPLACEMENT', 'RESHIP', 'EXCHANGE', 'RETURN', 'OTHER', 'NOT_COVERED', 'POTENTIAL_FRAUD', 'NO_RESPONSE'] as const;
type ResolutionType = (typeof RESOLUTION_TYPES)[number];
const MOVES: Record<string, { path: '/v1/claims/{id}/approve' | '/v1/claims/{id}/complete' | '/v1/claims/{id}/close' | '/v1/claims/{id}/cancel' | '/v1/claims/{id}/archive'; text: string }> = {
  approved: { path: '/v1/claims/{id}/approve', text: 'Approve' },
  completed: { path: '/v1/claims/{id}/complete', text: 'Complete' },
  closed: { path: '/v1/claims/{id}/close', text: 'Close' },
  cancelled: { path: '/v1/claims/{id}/cancel', text: 'Cancel claim' },
  archived: { path: '/v1/claims/{id}/archive', text: 'Archive' },
};

const STATUSES: readonly ClaimStatus[] = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed', 'approved',
  'in_return_transit', 'received', 'rejected', 'dismissed', 'temporarily_dismissed', 'completed', 'completed_by_merchant', 'closed', 'archived', 'cancelled'];

function statusesOf(values: readonly string[]): ClaimStatus[] {
  return STATUSES.filter((status) => values.includes(status));
}

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
    default: return label(event.type.replace('.', ' '));
  }
}

export function ClaimPage({ id }: { id: string }) {
  const { api, canAct } = useConsole();
  const [claim, setClaim] = useState<Claim | undefined>();
  const [balances, setBalances] = useState<Balances | undefined>();
  const [events, setEvents] = useState<ClaimEvent[]>([]);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [viewer, setViewer] = useState<number | undefined>();
  const [message, setMessage] = useState('');
  const [internal, setInternal] = useState(false);
  const [rejectReason, setRejectReason] = useState('');
  const [rejectImages, setRejectImages] = useState('');
  const [refundAmount, setRefundAmount] = useState('');
  const [refundIssued, setRefundIssued] = useState(true);
  const [resolution, setResolution] = useState<ResolutionType>('REFUND');
  const [resolutionDetails, setResolutionDetails] = useState('');
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [moveTo, setMoveTo] = useState<ClaimStatus | ''>('');
  const messageBox = useRef<HTMLTextAreaElement>(null);
  const rejectBox = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const load = useCallback(async () => {
    const path = { params: { path: { id } } };
    const [found, balance, history] = await Promise.all([
      api.GET('/v1/claims/{id}', path),
      api.GET('/v1/claims/{id}/balances', path),
      api.GET('/v1/claims/{id}/events', { params: { path: { id }, query: { limit: 500 } } }),
    ]);
    if (found.data === undefined) return setNotice({ kind: 'error', text: problemOf(found.error, found.response).detail });
    setClaim(found.data);
    setBalances(balance.data);
    setEvents(history.data?.data ?? []);
    setStale(false);
  }, [api, id]);
  useEffect(() => { void load(); }, [load]);

  /** Runs an action; 412 means the claim changed since it was shown. */
  const act = async (what: string, call: () => Promise<{ response: Response; error?: unknown }>) => {
    setNotice(undefined);
    const { response, error } = await call();
    if (response.status === 412) return setStale(true);
    if (!response.ok) return setNotice({ kind: 'error', text: `${what}: ${problemOf(error, response).detail}` });
    setNotice({ kind: 'ok', text: `${what}: done.` });
    await load();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'u') navigate('/console');
      else if (event.key === 'm') { setInternal(false); messageBox.current?.focus(); }
      else if (event.key === 'n') { setInternal(true); messageBox.current?.focus(); }
      else if (event.key === 'r') rejectBox.current?.focus();
      else if (event.key === 'a' && claim !== undefined && canAct && claim.allowed_transitions.includes('approved')) void move('approved');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (viewer === undefined) dialog.current?.close();
    else if (dialog.current?.open === false) dialog.current.showModal();
  }, [viewer]);

  if (claim === undefined) return notice ? <p className={`notice ${notice.kind}`} role="alert">{notice.text}</p> : <p aria-live="polite">Loading…</p>;

  const ifMatch = { 'if-match': `"${claim.version}"` };
  const path = { path: { id: String(claim.id) } };
  const currency = claim.order.currency;
  const refundable = balances?.refundable ?? 0;
  const refundMinor = parseToMinor(refundAmount, currency);

  const move = (to: ClaimStatus) => {
    const known = MOVES[to];
    return act(known?.text ?? `Move to ${label(to)}`, () => known !== undefined
      ? api.POST(known.path, { params: path, headers: ifMatch, body: {} })
      : api.POST('/v1/claims/{id}/transitions', { params: path, headers: ifMatch, body: { to } }));
  };

  const timeline: Entry[] = [
    ...claim.messages.map((entry) => ({ at: entry.created_at, kind: 'message' as const, message: entry })),
    ...events.filter((event) => event.type !== 'message.created' && !event.type.startsWith('claim.') || event.type === 'claim.created' || event.type === 'claim.status_changed')
      .map((event) => ({ at: event.created_at, kind: 'event' as const, event })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const photos = [...claim.attachments.map((attachment) => attachment.url), ...(claim.rejection?.images ?? [])];
  const allowed = statusesOf(claim.allowed_transitions);
  const otherMoves = allowed.filter((to) => MOVES[to] === undefined && to !== 'rejected');

  return (
    <>
      <p><a href="/console" onClick={(event) => { event.preventDefault(); navigate('/console'); }}>← Queue</a></p>
      <h1>Claim {claim.number} <span className={`badge ${claim.status}`} data-testid="claim-status">{label(claim.status)}</span></h1>
      {stale ? (
        <p className="notice warn" role="alert">This claim changed since you opened it. <button type="button" onClick={() => void load()}>Reload</button></p>
      ) : null}
      {notice ? <p className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p> : null}

      <div className="grid2">
        <div>
          <section className="card" aria-labelledby="facts">
            <h2 id="facts">Customer and order</h2>
            <dl className="facts">
              <dt>Customer</dt><dd>{claim.customer.first_name} {claim.customer.last_name} · <a href={`mailto:${claim.customer.email}`}>{claim.customer.email}</a></dd>
              <dt>Order</dt><dd>{claim.order.number} · placed {new Date(claim.order.placed_at).toLocaleDateString()} · {formatMinor(claim.order.total_amount, currency)}</dd>
              <dt>Kind</dt><dd>{claim.kind}{claim.type ? ` · ${label(claim.type)}` : ''} · filed by {claim.filed_by} via {claim.source}</dd>
              <dt>Reason</dt><dd>{claim.reason?.subject ?? '—'}</dd>
              <dt>Wants</dt><dd>{claim.resolution_requested ?? '—'} · refund to {label(claim.refund_destination.method)}</dd>
              {claim.description ? <><dt>Description</dt><dd style={{ whiteSpace: 'pre-wrap' }}>{claim.description}</dd></> : null}
              {claim.rejection ? <><dt>Rejected</dt><dd>{claim.rejection.reason}</dd></> : null}
              {claim.return_shipment ? <><dt>Return</dt><dd>{label(claim.return_shipment.status)}{claim.return_shipment.easy_return_code ? ` · code ${claim.return_shipment.easy_return_code}` : ''}{claim.return_shipment.tracking_number ? ` · ${claim.return_shipment.carrier ?? ''} ${claim.return_shipment.tracking_number}` : ''}</dd></> : null}
            </dl>
            <h3>Items</h3>
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Items table">
              <table>
                <thead><tr><th scope="col">Item</th><th scope="col">SKU</th><th scope="col">Ordered</th><th scope="col">On this claim</th><th scope="col">Still claimable</th><th scope="col">Price</th><th scope="col">Fulfilment</th></tr></thead>
                <tbody>
                  {(balances?.items ?? []).map((item) => (
                    <tr key={item.order_item_id}>
                      <td>{item.name}</td><td>{item.sku}</td><td>{item.quantity}</td><td>{item.claimed_here}</td><td>{item.claimable}</td>
                      <td>{formatMinor(item.unit_price, currency)}</td><td>{item.fulfillment_status}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>Still refundable on this order: <strong data-testid="refundable">{formatMinor(refundable, currency)}</strong></p>
          </section>

          {photos.length > 0 ? (
            <section className="card" aria-labelledby="evidence">
              <h2 id="evidence">Evidence</h2>
              <div className="thumbs">
                {photos.map((url, index) => (
                  <button key={url} type="button" onClick={() => setViewer(index)} aria-label={`Open photo ${index + 1} of ${photos.length}`}>
                    <img src={url} alt="" />
                  </button>
                ))}
              </div>
              <dialog ref={dialog} onClose={() => setViewer(undefined)} aria-label="Photo viewer">
                {viewer !== undefined ? <img src={photos[viewer]} alt={`Evidence photo ${viewer + 1} of ${photos.length}`} /> : null}
                <div className="row" style={{ justifyContent: 'space-between', marginTop: '.5rem' }}>
                  <button type="button" className="secondary" disabled={viewer === 0} onClick={() => setViewer((viewer ?? 1) - 1)}>Previous</button>
                  <a href={viewer === undefined ? '#' : photos[viewer]} target="_blank" rel="noreferrer">Open full size</a>
                  <button type="button" className="secondary" disabled={viewer === photos.length - 1} onClick={() => setViewer((viewer ?? 0) + 1)}>Next</button>
                  <button type="button" onClick={() => setViewer(undefined)}>Close</button>
                </div>
              </dialog>
            </section>
          ) : null}

          <section className="card" aria-labelledby="timeline">
            <h2 id="timeline">Timeline</h2>
            <ol className="timeline" data-testid="timeline">
              {timeline.map((entry) => entry.kind === 'message' ? (
                <li key={`m-${entry.message.id}`} className={`message ${entry.message.internal ? 'internal' : ''} ${entry.message.sender_type === 'customer' ? 'customer' : ''}`}>
                  <strong>{entry.message.author_name}</strong> <span className="muted">({entry.message.internal ? 'internal note' : entry.message.sender_type})</span>{' '}
                  <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  <p style={{ margin: '.2rem 0', whiteSpace: 'pre-wrap' }}>{entry.message.body}</p>
                </li>
              ) : (
                <li key={`e-${entry.event.id}`}>
                  <time className="muted" dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>{' '}
                  <strong>{entry.event.actor.name}</strong> {describeEvent(entry.event, currency)}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div>
          {canAct ? (
            <>
              <section className="card" aria-labelledby="actions">
                <h2 id="actions">Actions</h2>
                <div className="row">
                  {allowed.filter((to) => MOVES[to] !== undefined).map((to) => (
                    <button key={to} type="button" className={to === 'cancelled' ? 'secondary' : undefined} onClick={() => void move(to)}>{MOVES[to]?.text}</button>
                  ))}
                </div>
                {otherMoves.length > 0 ? (
                  <form className="row" onSubmit={(event) => { event.preventDefault(); if (moveTo !== '') void move(moveTo); }}>
                    <div>
                      <label htmlFor="move-to">Move to</label>
                      <select id="move-to" value={moveTo} onChange={(event) => setMoveTo(statusesOf([event.target.value])[0] ?? '')}>
                        <option value="">choose a status</option>
                        {otherMoves.map((to) => <option key={to} value={to}>{label(to)}</option>)}
                      </select>
                    </div>
                    <button type="submit" className="secondary">Move</button>
                  </form>
                ) : null}
                {claim.allowed_transitions.includes('rejected') ? (
                  <form onSubmit={(event) => {
                    event.preventDefault();
                    const images = rejectImages.split(/\s+/).filter((url) => url !== '');
                    void act('Reject', () => api.POST('/v1/claims/{id}/reject', { params: path, headers: ifMatch, body: { reason: rejectReason, ...(images.length === 0 ? {} : { images }) } }));
                  }}>
                    <label htmlFor="reject-reason">Reject with reason</label>
                    <input id="reject-reason" ref={rejectBox} required value={rejectReason} onChange={(event) => setRejectReason(event.target.value)} style={{ width: '100%' }} />
                    <label htmlFor="reject-images">Image URLs (optional, one per line)</label>
                    <textarea id="reject-images" value={rejectImages} onChange={(event) => setRejectImages(event.target.value)} style={{ minHeight: '2.5rem' }} />
                    <p><button type="submit" className="danger">Reject</button></p>
                  </form>
                ) : null}
              </section>

              <section className="card" aria-labelledby="write">
                <h2 id="write">Message</h2>
                <form onSubmit={(event) => {
                  event.preventDefault();
                  void act(internal ? 'Internal note' : 'Message', () => api.POST('/v1/claims/{id}/messages', { params: path, body: { body: message, internal } }))
                    .then(() => setMessage(''));
                }}>
                  <label htmlFor="message-body">{internal ? 'Internal note (the customer does not see it)' : 'Message to the customer'}</label>
                  <textarea id="message-body" ref={messageBox} required value={message} onChange={(event) => setMessage(event.target.value)} />
                  <label className="inline"><input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} /> Internal note</label>
                  <p><button type="submit">{internal ? 'Add note' : 'Send message'}</button></p>
                </form>
              </section>

              <section className="card" aria-labelledby="refund">
                <h2 id="refund">Refund</h2>
                <p>Remaining refundable: <strong>{formatMinor(refundable, currency)}</strong></p>
                <form onSubmit={(event) => {
                  event.preventDefault();
                  if (refundMinor === undefined || refundMinor < 1 || refundMinor > refundable) return;
                  void act('Refund', () => api.POST('/v1/claims/{id}/refunds', { params: path, body: { amount: refundMinor, status: refundIssued ? 'issued' : 'requested' } }))
                    .then(() => setRefundAmount(''));
                }}>
                  <label htmlFor="refund-amount">Amount ({currency})</label>
                  <input id="refund-amount" inputMode="decimal" required value={refundAmount} onChange={(event) => setRefundAmount(event.target.value)} aria-describedby="refund-hint" />
                  <p id="refund-hint" className={refundMinor !== undefined && refundMinor > refundable ? 'notice error' : 'muted'} role={refundMinor !== undefined && refundMinor > refundable ? 'alert' : undefined}>
                    {refundAmount !== '' && refundMinor === undefined ? 'Not an amount.' : refundMinor !== undefined && refundMinor > refundable ? `More than the ${formatMinor(refundable, currency)} still refundable.` : 'At most what is still refundable.'}
                  </p>
                  <label className="inline"><input type="checkbox" checked={refundIssued} onChange={(event) => setRefundIssued(event.target.checked)} /> Book as issued (the money has been sent)</label>
                  <p><button type="submit" disabled={refundMinor === undefined || refundMinor < 1 || refundMinor > refundable}>Book refund</button></p>
                </form>
                {claim.refunds.length > 0 ? (
                  <ul>{claim.refunds.map((refund) => <li key={refund.id}>{formatMinor(refund.amount, refund.currency)} · <span className={`badge ${refund.status}`}>{refund.status}</span> · {refund.method}</li>)}</ul>
                ) : null}
              </section>

              <section className="card" aria-labelledby="resolution">
                <h2 id="resolution">Resolution</h2>
                <form onSubmit={(event) => {
                  event.preventDefault();
                  void act('Resolution', () => api.POST('/v1/claims/{id}/resolutions', { params: path, body: { type: resolution, ...(resolutionDetails === '' ? {} : { details: resolutionDetails }) } }));
                }}>
                  <label htmlFor="resolution-type">Type</label>
                  <select id="resolution-type" value={resolution} onChange={(event) => setResolution(RESOLUTION_TYPES.find((type) => type === event.target.value) ?? 'REFUND')}>
                    {RESOLUTION_TYPES.map((type) => <option key={type} value={type}>{label(type.toLowerCase())}</option>)}
                  </select>
                  <label htmlFor="resolution-details">Details</label>
                  <input id="resolution-details" value={resolutionDetails} onChange={(event) => setResolutionDetails(event.target.value)} style={{ width: '100%' }} />
                  <p><button type="submit" className="secondary">Record resolution</button></p>
                </form>
                {claim.resolutions.length > 0 ? <ul>{claim.resolutions.map((entry) => <li key={entry.id}>{entry.type} ({entry.outcome}){entry.details ? ` — ${entry.details}` : ''}</li>)}</ul> : null}
              </section>

              {claim.kind === 'return' ? (
                <section className="card" aria-labelledby="shipment">
                  <h2 id="shipment">Return shipment</h2>
                  <form onSubmit={(event) => {
                    event.preventDefault();
                    void act('Return shipment', () => api.POST('/v1/claims/{id}/return-shipment', { params: path, body: { ...(carrier === '' ? {} : { carrier }), ...(tracking === '' ? {} : { tracking_number: tracking }) } }));
                  }}>
                    <div className="row">
                      <div><label htmlFor="carrier">Carrier</label><input id="carrier" value={carrier} onChange={(event) => setCarrier(event.target.value)} /></div>
                      <div><label htmlFor="tracking">Tracking number</label><input id="tracking" value={tracking} onChange={(event) => setTracking(event.target.value)} /></div>
                    </div>
                    <p className="row">
                      <button type="submit" className="secondary">Register shipment</button>
                      <button type="button" className="secondary" onClick={() => void act('Mark received', () => api.POST('/v1/claims/{id}/return-shipment/received', { params: path, body: {} }))}>Mark received</button>
                    </p>
                  </form>
                </section>
              ) : null}
            </>
          ) : (
            <section className="card"><h2>Actions</h2><p className="muted">Read-only access.</p></section>
          )}
        </div>
      </div>
    </>
  );
}
