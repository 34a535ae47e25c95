import { useState } from 'react';
import type { Api, ClaimableOrder, PortalSession } from '../api/client.js';
import { navigate } from '../shared/router.js';
import { lastDay } from './dates.js';
import { useI18n } from './i18n.js';
import { portalProblemOf, refusalText } from './refusal-text.js';

// The withdrawal function the EU asks of online shops: a plainly named button, shown while
// anything of the order may still be withdrawn from, then the statement (the consumer's name;
// the order is the one open) and a second, plainly named button that confirms it. No reason
// is asked. The acknowledgement goes out by email; the page opens the request it filed.

export function Withdrawal({ api, order, session, storeCode }: { api: Api; order: ClaimableOrder; session: PortalSession; storeCode: string }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`${session.customer.first_name} ${session.customer.last_name}`.trim());
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (!order.withdrawal.open) return null;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    const { data, error: failure, response } = await api.POST('/v1/portal/withdrawals', { body: { order_id: order.order.id, name } });
    setBusy(false);
    if (data === undefined) return setError(refusalText(portalProblemOf(failure, response), t, locale));
    const first = data.claims[0];
    if (first !== undefined) navigate(`/portal/${encodeURIComponent(storeCode)}/claims/${encodeURIComponent(first.number)}?withdrawn=${encodeURIComponent(data.declared_at)}`);
  };
  const until = order.withdrawal.until === null ? undefined : lastDay(order.withdrawal.until, locale);
  return (
    <div className="withdrawal">
      {open ? (
        <form onSubmit={(event) => { event.preventDefault(); void confirm(); }} aria-labelledby="withdrawal-heading">
          <h2 id="withdrawal-heading">{t('withdrawHeading')}</h2>
          <p>{t('withdrawHelp')}{until === undefined ? '' : ` ${t('withdrawUntil')} ${until}.`}</p>
          <label htmlFor="withdrawal-name">{t('withdrawName')}</label>
          <input id="withdrawal-name" required maxLength={200} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
          {error === undefined ? null : <p className="notice error" role="alert">{error}</p>}
          <p className="row">
            <button type="submit" className="danger" disabled={busy || name.trim() === ''}>{t('confirmWithdrawal')}</button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('withdrawBack')}</button>
          </p>
        </form>
      ) : (
        <p><button type="button" className="secondary" onClick={() => setOpen(true)}>{t('withdrawButton')}</button></p>
      )}
    </div>
  );
}
