import { useState } from 'react';
import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import { isRefundStatus, REFUND_TRANSITIONS, type RefundStatus } from '../../../../src/domain/refund/status.js';
import type { Claim } from '../../api/client.js';
import { formatMinor, parseToMinor, toInputAmount } from '../../shared/money.js';
import { useT, type ConsoleKey } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// Money back on the claim. The amount starts at what this claim is still owed; going past it
// (up to what the order still allows, which the engine enforces) needs a deliberate tick.
// Recourse moves no money: a refund is booked as requested and moved along its lifecycle
// here, or booked as issued only when it was already paid elsewhere. Each booked refund has
// the buttons its status allows.

/** Each move of a booked refund: its endpoint, its button, and its name in the notice line. */
const ACTION_OF: Partial<Record<RefundStatus, { path: 'approve' | 'process' | 'issue' | 'deny' | 'cancel'; text: ConsoleKey; what: ConsoleKey }>> = {
  approved: { path: 'approve', text: 'claim.refundAction_approved', what: 'claim.refundActed_approved' },
  processing: { path: 'process', text: 'claim.refundAction_processing', what: 'claim.refundActed_processing' },
  issued: { path: 'issue', text: 'claim.refundAction_issued', what: 'claim.refundActed_issued' },
  denied: { path: 'deny', text: 'claim.refundAction_denied', what: 'claim.refundActed_denied' },
  cancelled: { path: 'cancel', text: 'claim.refundAction_cancelled', what: 'claim.refundActed_cancelled' },
};

export function Refunds({ claim, money, act }: { claim: Claim; money: ClaimMoney | undefined; act: Act }) {
  const { api } = useConsole();
  const { t, tn, locale } = useT();
  const currency = claim.order.currency;
  const owed = money?.owedMinor ?? 0;
  const remainder = money?.orderRefundableMinor ?? 0;
  const [typed, setTyped] = useState<{ version: number; value: string } | undefined>();
  const [beyond, setBeyond] = useState(false);
  const [elsewhere, setElsewhere] = useState(false);
  // Prefilled with what is owed once it is known, and again after each booking (a new
  // version of the claim). What the agent typed on this version wins, even when the amount
  // owed arrives after they typed.
  const prefilled = money !== undefined && owed > 0 ? toInputAmount(owed, currency) : '';
  const amount = typed !== undefined && typed.version === claim.version ? typed.value : prefilled;

  const minor = parseToMinor(amount, currency);
  const tooMuch = minor !== undefined && minor > remainder;
  const pastOwed = minor !== undefined && !tooMuch && minor > owed;
  const bookable = minor !== undefined && minor >= 1 && !tooMuch && (!pastOwed || beyond);
  const book = async () => {
    if (!bookable) return;
    const booked = await act(t('claim.refund'), () => api.POST('/v1/claims/{id}/refunds', { params: claimPath(claim), body: { amount: minor, status: elsewhere ? 'issued' : 'requested' } }));
    if (booked) {
      setBeyond(false);
      setElsewhere(false);
    }
  };
  const hint = amount !== '' && minor === undefined ? t('claim.notAnAmount')
    : tooMuch ? t('claim.moreThanRefundable', { amount: formatMinor(remainder, currency, locale) })
    : pastOwed ? t('claim.moreThanOwed', { amount: formatMinor(owed, currency, locale) })
    : t('claim.stillOwed', { amount: formatMinor(owed, currency, locale) });
  return (
    <section className="card" aria-labelledby="refund">
      <h2 id="refund">{t('claim.refund')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void book(); }}>
        <label htmlFor="refund-amount">{t('claim.amount', { currency })}</label>
        <input id="refund-amount" inputMode="decimal" required value={amount} onChange={(event) => { setTyped({ version: claim.version, value: event.target.value }); setBeyond(false); }} aria-describedby="refund-hint" />
        <p id="refund-hint" className={tooMuch || pastOwed ? 'notice error' : 'muted'} role={tooMuch || pastOwed ? 'alert' : undefined}>{hint}</p>
        {pastOwed ? (
          <label className="inline"><input type="checkbox" checked={beyond} onChange={(event) => setBeyond(event.target.checked)} /> {t('claim.refundBeyond')}</label>
        ) : null}
        <label className="inline"><input type="checkbox" checked={elsewhere} onChange={(event) => setElsewhere(event.target.checked)} /> {t('claim.refundElsewhere')}</label>
        <p><button type="submit" disabled={!bookable}>{t('claim.bookRefund')}</button></p>
      </form>
      {claim.refunds.length > 0 ? (
        <ul className="refunds">
          {claim.refunds.map((refund) => {
            const moves = isRefundStatus(refund.status) ? REFUND_TRANSITIONS[refund.status] : [];
            const refunded = formatMinor(refund.amount, refund.currency, locale);
            return (
              <li key={refund.id}>
                {refunded} · <span className={`badge ${refund.status}`}>{tn('common.refund_', refund.status)}</span> · {tn('claim.methodCode_', refund.method)}
                {moves.length > 0 ? (
                  <span className="row" style={{ marginTop: '.25rem' }}>
                    {moves.map((to) => {
                      const action = ACTION_OF[to];
                      if (action === undefined) return null;
                      return (
                        <button key={to} type="button" className={to === 'denied' || to === 'cancelled' ? 'secondary' : undefined}
                          aria-label={t('claim.refundActionOn', { action: t(action.text), amount: refunded })}
                          onClick={() => void act(t(action.what), () => api.POST(`/v1/refunds/{id}/${action.path}`, { params: { path: { id: refund.id } }, body: {} }))}>
                          {t(action.text)}
                        </button>
                      );
                    })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
