import { useState } from 'react';
import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import { isRefundStatus, REFUND_TRANSITIONS, type RefundStatus } from '../../../../src/domain/refund/status.js';
import type { Claim } from '../../api/client.js';
import { formatMinor, parseToMinor, toInputAmount } from '../../shared/money.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// Money back on the claim. The amount starts at what this claim is still owed; going past it
// (up to what the order still allows, which the engine enforces) needs a deliberate tick.
// Recourse moves no money: a refund is booked as requested and moved along its lifecycle
// here, or booked as issued only when it was already paid elsewhere. Each booked refund has
// the buttons its status allows.

const ACTION_OF: Partial<Record<RefundStatus, { path: 'approve' | 'process' | 'issue' | 'deny' | 'cancel'; text: string }>> = {
  approved: { path: 'approve', text: 'Approve' },
  processing: { path: 'process', text: 'Mark processing' },
  issued: { path: 'issue', text: 'Mark issued' },
  denied: { path: 'deny', text: 'Deny' },
  cancelled: { path: 'cancel', text: 'Cancel' },
};

export function Refunds({ claim, money, act }: { claim: Claim; money: ClaimMoney | undefined; act: Act }) {
  const { api } = useConsole();
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
    const booked = await act('Refund', () => api.POST('/v1/claims/{id}/refunds', { params: claimPath(claim), body: { amount: minor, status: elsewhere ? 'issued' : 'requested' } }));
    if (booked) {
      setBeyond(false);
      setElsewhere(false);
    }
  };
  const hint = amount !== '' && minor === undefined ? 'Not an amount.'
    : tooMuch ? `More than the ${formatMinor(remainder, currency)} still refundable.`
    : pastOwed ? `More than the ${formatMinor(owed, currency)} this claim is still owed.`
    : `This claim is still owed ${formatMinor(owed, currency)}.`;
  return (
    <section className="card" aria-labelledby="refund">
      <h2 id="refund">Refund</h2>
      <form onSubmit={(event) => { event.preventDefault(); void book(); }}>
        <label htmlFor="refund-amount">Amount ({currency})</label>
        <input id="refund-amount" inputMode="decimal" required value={amount} onChange={(event) => { setTyped({ version: claim.version, value: event.target.value }); setBeyond(false); }} aria-describedby="refund-hint" />
        <p id="refund-hint" className={tooMuch || pastOwed ? 'notice error' : 'muted'} role={tooMuch || pastOwed ? 'alert' : undefined}>{hint}</p>
        {pastOwed ? (
          <label className="inline"><input type="checkbox" checked={beyond} onChange={(event) => setBeyond(event.target.checked)} /> Refund more than this claim is owed</label>
        ) : null}
        <label className="inline"><input type="checkbox" checked={elsewhere} onChange={(event) => setElsewhere(event.target.checked)} /> Already refunded elsewhere: book it as issued (Recourse sends no money)</label>
        <p><button type="submit" disabled={!bookable}>Book refund</button></p>
      </form>
      {claim.refunds.length > 0 ? (
        <ul className="refunds">
          {claim.refunds.map((refund) => {
            const moves = isRefundStatus(refund.status) ? REFUND_TRANSITIONS[refund.status] : [];
            return (
              <li key={refund.id}>
                {formatMinor(refund.amount, refund.currency)} · <span className={`badge ${refund.status}`}>{refund.status}</span> · {refund.method}
                {moves.length > 0 ? (
                  <span className="row" style={{ marginTop: '.25rem' }}>
                    {moves.map((to) => {
                      const action = ACTION_OF[to];
                      if (action === undefined) return null;
                      return (
                        <button key={to} type="button" className={to === 'denied' || to === 'cancelled' ? 'secondary' : undefined}
                          aria-label={`${action.text}: refund of ${formatMinor(refund.amount, refund.currency)}`}
                          onClick={() => void act(`Refund ${action.text.toLowerCase()}`, () => api.POST(`/v1/refunds/{id}/${action.path}`, { params: { path: { id: refund.id } }, body: {} }))}>
                          {action.text}
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
