import { useState } from 'react';
import type { Claim } from '../../api/client.js';
import { formatMinor, parseToMinor } from '../../shared/money.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// Money back on the claim: what the order still allows, a booking form that refuses more
// than that before asking the API, and the refunds booked so far.

export function Refunds({ claim, refundable, act }: { claim: Claim; refundable: number; act: Act }) {
  const { api } = useConsole();
  const [amount, setAmount] = useState('');
  const [issued, setIssued] = useState(true);
  const currency = claim.order.currency;
  const minor = parseToMinor(amount, currency);
  const tooMuch = minor !== undefined && minor > refundable;
  const bookable = minor !== undefined && minor >= 1 && !tooMuch;
  const book = async () => {
    if (!bookable) return;
    const booked = await act('Refund', () => api.POST('/v1/claims/{id}/refunds', { params: claimPath(claim), body: { amount: minor, status: issued ? 'issued' : 'requested' } }));
    if (booked) setAmount('');
  };
  return (
    <section className="card" aria-labelledby="refund">
      <h2 id="refund">Refund</h2>
      <p>Remaining refundable: <strong>{formatMinor(refundable, currency)}</strong></p>
      <form onSubmit={(event) => { event.preventDefault(); void book(); }}>
        <label htmlFor="refund-amount">Amount ({currency})</label>
        <input id="refund-amount" inputMode="decimal" required value={amount} onChange={(event) => setAmount(event.target.value)} aria-describedby="refund-hint" />
        <p id="refund-hint" className={tooMuch ? 'notice error' : 'muted'} role={tooMuch ? 'alert' : undefined}>
          {amount !== '' && minor === undefined ? 'Not an amount.' : tooMuch ? `More than the ${formatMinor(refundable, currency)} still refundable.` : 'At most what is still refundable.'}
        </p>
        <label className="inline"><input type="checkbox" checked={issued} onChange={(event) => setIssued(event.target.checked)} /> Book as issued (the money has been sent)</label>
        <p><button type="submit" disabled={!bookable}>Book refund</button></p>
      </form>
      {claim.refunds.length > 0 ? (
        <ul>{claim.refunds.map((refund) => <li key={refund.id}>{formatMinor(refund.amount, refund.currency)} · <span className={`badge ${refund.status}`}>{refund.status}</span> · {refund.method}</li>)}</ul>
      ) : null}
    </section>
  );
}
