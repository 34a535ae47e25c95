import { useEffect, useState } from 'react';
import { type Api, type Claim, type ClaimableOrder, type PortalSession } from '../api/client.js';
import { formatMinor } from '../shared/money.js';
import { pageTitle, usePage } from '../shared/page.js';
import { navigate } from '../shared/router.js';
import { lastDay } from './dates.js';
import { reasonLabel } from '../shared/languages.js';
import { useI18n, type MessageKey } from './i18n.js';
import { portalProblemOf, refusalText } from './refusal-text.js';
import { Withdrawal } from './Withdrawal.js';

type Kind = 'cancellation' | 'return' | 'incident';
const KINDS: Kind[] = ['return', 'cancellation', 'incident'];
const OUTCOMES = ['REFUND', 'STORE_CREDIT', 'REPLACEMENT'] as const;
type Outcome = (typeof OUTCOMES)[number];

type PortalItem = ClaimableOrder['items'][number];

interface Photo { name: string; url: string; preview: string }

interface Draft { kind?: Kind; quantities: Record<number, number>; reasonId?: number; description: string; photos: Photo[]; outcome: Outcome }

/** The request being written, kept for this browser tab so an ended session loses nothing. */
const draftKey = (storeCode: string, orderId: number) => `recourse.portal.draft.${storeCode}.${orderId}`;

function readDraft(key: string): Draft | undefined {
  const stored = window.sessionStorage.getItem(key);
  if (stored === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && 'quantities' in parsed ? parsed as Draft : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** "2 you may claim · until 14 December 2026", or why not: what the customer may do with the item before they fill the form. */
function eligibilityText(eligibility: PortalItem['eligibility']['return'] | undefined, claimable: number, t: (key: MessageKey) => string, locale: string): string {
  if (eligibility === undefined) return t('none');
  if (claimable > 0) return `${claimable} ${t('mayClaim')}${eligibility.until === null ? '' : ` · ${t('claimableUntil')} ${lastDay(eligibility.until, locale)}`}`;
  if (eligibility.because === 'window_closed' && eligibility.until !== null) return `${t('because_window_closed')} ${lastDay(eligibility.until, locale)}`;
  return eligibility.because === null ? t('none') : t(`because_${eligibility.because}`);
}

export function ClaimForm({ api, session, storeCode, onExpired }: { api: Api; session: PortalSession; storeCode: string; onExpired: () => void }) {
  const { t, tn, language, locale } = useI18n();
  const [order, setOrder] = useState<ClaimableOrder | undefined>();
  const [claims, setClaims] = useState<Claim[]>([]);
  const [kind, setKind] = useState<Kind | undefined>();
  const [quantities, setQuantities] = useState<Record<number, number>>({});
  const [reasonId, setReasonId] = useState<number | undefined>();
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('REFUND');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const key = draftKey(storeCode, session.order_id);
  usePage(order === undefined ? undefined : pageTitle(`${t('order')} ${order.order.number}`, session.store.name));

  useEffect(() => {
    void api.GET('/v1/portal/orders/{id}', { params: { path: { id: session.order_id } } }).then(({ data }) => {
      if (data === undefined) return;
      setOrder(data);
      const draft = readDraft(key);
      if (draft !== undefined) {
        setKind(draft.kind);
        setQuantities(draft.quantities);
        setReasonId(draft.reasonId);
        setDescription(draft.description);
        setPhotos(draft.photos.map((photo) => ({ ...photo, preview: photo.url })));
        setOutcome(draft.outcome);
        return;
      }
      setKind(KINDS.find((candidate) => data.items.some((item) => item.claimable[candidate] > 0)));
    });
    void api.GET('/v1/claims', { params: { query: { limit: 50 } } }).then(({ data }) => setClaims(data?.data ?? []));
  }, [api, session.order_id, key]);
  useEffect(() => {
    if (order === undefined) return;
    const draft: Draft = { kind, quantities, reasonId, description, photos: photos.map(({ name, url }) => ({ name, url, preview: url })), outcome };
    window.sessionStorage.setItem(key, JSON.stringify(draft));
  }, [order, key, kind, quantities, reasonId, description, photos, outcome]);

  if (order === undefined) return <p aria-live="polite">…</p>;
  const currency = order.order.currency;
  const available = KINDS.filter((candidate) => order.items.some((item) => item.claimable[candidate] > 0));
  const reasons = order.reasons.filter((reason) => reason.kind === kind);
  const reason = reasons.find((candidate) => candidate.id === reasonId);
  const lines = order.items.filter((item) => (quantities[item.id] ?? 0) > 0 && kind !== undefined && item.claimable[kind] > 0);

  const upload = async (files: FileList | null) => {
    if (files === null) return;
    setUploading(true);
    setError(undefined);
    for (const file of Array.from(files)) {
      const { data, error: failure, response } = await api.POST('/v1/uploads', {
        body: file, bodySerializer: (body: unknown) => (body instanceof Blob ? body : null), headers: { 'content-type': file.type },
      });
      if (data === undefined) {
        const problem = portalProblemOf(failure, response);
        if (problem.status === 401) setExpired(true);
        setError(`${file.name}: ${problem.status === 401 ? t('sessionExpired') : t('refusalImage')}`);
        continue;
      }
      setPhotos((current) => [...current, { name: file.name, url: data.url, preview: URL.createObjectURL(file) }]);
    }
    setUploading(false);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (kind === undefined || lines.length === 0) return setError(t('pickItem'));
    if (reason === undefined && reasons.length > 0) return setError(t('pickReason'));
    if (reason?.requires_description === true && description.trim() === '') return setError(t('needDescription'));
    if (reason?.requires_evidence === true && photos.length === 0) return setError(t('needPhoto'));
    setBusy(true);
    setError(undefined);
    const { data, error: failure, response } = await api.POST('/v1/claims', {
      body: {
        order_id: order.order.id, kind, ...(reason === undefined ? {} : { reason_id: reason.id }),
        ...(description.trim() === '' ? {} : { description: description.trim() }),
        lines: lines.map((item) => ({ order_item_id: item.id, quantity: quantities[item.id] ?? 1 })),
        ...(kind === 'cancellation' ? {} : { resolution_requested: outcome }),
        ...(photos.length === 0 ? {} : { evidence: photos.map((photo) => ({ url: photo.url, kind: 'photo' as const })) }),
      },
    });
    setBusy(false);
    if (data === undefined) {
      const problem = portalProblemOf(failure, response);
      if (problem.status === 401) setExpired(true);
      return setError(refusalText(problem, t, locale));
    }
    window.sessionStorage.removeItem(key);
    navigate(`/portal/${encodeURIComponent(storeCode)}/claims/${encodeURIComponent(data.number)}?filed=1`);
  };

  return (
    <>
      <section className="card" aria-labelledby="order-heading">
        <h1 id="order-heading">{t('order')} {order.order.number}</h1>
        <p className="muted">{t('placedOn')} {new Date(order.order.placed_at).toLocaleDateString(locale)} · {formatMinor(order.order.total_amount, currency, locale)}</p>
        <Withdrawal api={api} order={order} session={session} storeCode={storeCode} />
        {claims.length > 0 ? (
          <>
            <h2>{t('yourClaims')}</h2>
            <ul>
              {claims.map((claim) => (
                <li key={claim.id}>
                  <a href={`/portal/${encodeURIComponent(storeCode)}/claims/${encodeURIComponent(claim.number)}`}
                    onClick={(event) => { event.preventDefault(); navigate(`/portal/${encodeURIComponent(storeCode)}/claims/${encodeURIComponent(claim.number)}`); }}>
                    {claim.number}
                  </a>{' '}— <span className={`badge ${claim.status}`}>{tn('status', claim.status)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="claim-heading" noValidate>
        <h2 id="claim-heading">{t('newRequest')}</h2>
        {available.length === 0 ? <p>{t('nothingClaimable')}</p> : (
          <>
            <fieldset>
              <legend>{t('whatToDo')}</legend>
              {available.map((candidate) => (
                <label key={candidate} className="inline" style={{ display: 'flex', margin: '.3rem 0' }}>
                  <input type="radio" name="kind" value={candidate} checked={kind === candidate}
                    onChange={() => { setKind(candidate); setReasonId(undefined); setQuantities({}); }} />
                  {t(`kind_${candidate}`)}
                </label>
              ))}
            </fieldset>

            <fieldset>
              <legend>{t('yourItems')}</legend>
              {order.items.map((item) => {
                const claimable = kind === undefined ? 0 : item.claimable[kind];
                const eligibility = kind === undefined ? undefined : item.eligibility[kind];
                const id = `quantity-${item.id}`;
                return (
                  <div className="item-row" key={item.id}>
                    <div>
                      <label htmlFor={id} style={{ margin: 0 }}>{item.name}</label>
                      <span className="muted">{item.sku} · {item.quantity} {t('ordered')} · {formatMinor(item.unit_price, currency, locale)} · <span data-testid={`eligibility-${item.id}`}>{eligibilityText(eligibility, claimable, t, locale)}</span></span>
                    </div>
                    <select id={id} disabled={claimable === 0} value={quantities[item.id] ?? 0} aria-label={`${t('quantity')}: ${item.name}`}
                      onChange={(event) => setQuantities({ ...quantities, [item.id]: Number(event.target.value) })}>
                      {Array.from({ length: claimable + 1 }, (_, value) => <option key={value} value={value}>{value}</option>)}
                    </select>
                  </div>
                );
              })}
            </fieldset>

            {reasons.length > 0 ? (
              <>
                <label htmlFor="reason">{t('reason')}</label>
                <select id="reason" required value={reasonId ?? ''} onChange={(event) => setReasonId(event.target.value === '' ? undefined : Number(event.target.value))}>
                  <option value="">{t('chooseReason')}</option>
                  {reasons.map((candidate) => <option key={candidate.id} value={candidate.id}>{reasonLabel(candidate, language)}</option>)}
                </select>
              </>
            ) : null}

            <label htmlFor="description">{reason?.requires_description === true ? t('descriptionRequired') : t('description')}</label>
            <textarea id="description" value={description} required={reason?.requires_description === true} onChange={(event) => setDescription(event.target.value)} />

            <label htmlFor="photos">{reason?.requires_evidence === true ? t('photosRequired') : t('photos')}</label>
            <input id="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="photos-help" onChange={(event) => void upload(event.target.files)} />
            <p id="photos-help" className="muted">{t('photosHelp')}</p>
            {uploading ? <p aria-live="polite">{t('uploading')}</p> : null}
            {photos.length > 0 ? (
              <ul className="thumbs" style={{ listStyle: 'none', padding: 0 }}>
                {photos.map((photo) => (
                  <li key={photo.url}>
                    <img src={photo.preview} alt={photo.name} width={96} height={96} style={{ objectFit: 'cover' }} />
                    <button type="button" className="link" onClick={() => setPhotos(photos.filter((other) => other.url !== photo.url))}>{t('removePhoto')}</button>
                  </li>
                ))}
              </ul>
            ) : null}

            {kind !== 'cancellation' ? (
              <fieldset>
                <legend>{t('outcome')}</legend>
                {OUTCOMES.map((candidate) => (
                  <label key={candidate} className="inline" style={{ display: 'flex', margin: '.3rem 0' }}>
                    <input type="radio" name="outcome" value={candidate} checked={outcome === candidate} onChange={() => setOutcome(candidate)} />
                    {t(`outcome_${candidate}`)}
                  </label>
                ))}
              </fieldset>
            ) : null}

            {error ? <p className="notice error" role="alert">{error}</p> : null}
            {expired ? <p><button type="button" onClick={onExpired}>{t('findOrder')}</button></p>
              : <p><button type="submit" disabled={busy || uploading}>{t('submit')}</button></p>}
          </>
        )}
      </form>
    </>
  );
}
