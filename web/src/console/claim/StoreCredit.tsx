import { useEffect, useState } from 'react';
import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Claim } from '../../api/client.js';
import { formatMinor, parseToMinor, toInputAmount } from '../../shared/money.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// Store credit instead of money back, as customers who ask for it expect: a gift card or a
// discount code of the value owed (or another), with its code shown once issued.

export function StoreCredit({ claim, money, act }: { claim: Claim; money: ClaimMoney | undefined; act: Act }) {
  const { api } = useConsole();
  const currency = claim.order.currency;
  const [type, setType] = useState<'gift_card' | 'discount_code'>('gift_card');
  const [value, setValue] = useState('');
  const owed = money?.owedMinor ?? 0;
  const known = money !== undefined;
  useEffect(() => { if (known) setValue(owed > 0 ? toInputAmount(owed, currency) : ''); }, [known, owed, currency, claim.version]);
  const minor = parseToMinor(value, currency);
  const issue = () => void act('Store credit', () => api.POST('/v1/claims/{id}/store-credits', {
    params: claimPath(claim), body: { type, value: minor ?? 0, currency },
  }));
  return (
    <section className="card" aria-labelledby="store-credit">
      <h2 id="store-credit">Store credit{claim.resolution_requested === 'STORE_CREDIT' ? ' (the customer asked for it)' : ''}</h2>
      <form onSubmit={(event) => { event.preventDefault(); issue(); }}>
        <div className="row">
          <div>
            <label htmlFor="credit-type">Credit type</label>
            <select id="credit-type" value={type} onChange={(event) => setType(event.target.value === 'discount_code' ? 'discount_code' : 'gift_card')}>
              <option value="gift_card">gift card</option><option value="discount_code">discount code</option>
            </select>
          </div>
          <div>
            <label htmlFor="credit-value">Value ({currency})</label>
            <input id="credit-value" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
          </div>
          <button type="submit" disabled={minor === undefined || minor < 1}>Issue store credit</button>
        </div>
      </form>
      {claim.store_credits.length > 0 ? (
        <ul>{claim.store_credits.map((credit) => <li key={credit.id}>{credit.type.replace('_', ' ')} <code>{credit.code}</code> · {formatMinor(credit.value, credit.currency)}</li>)}</ul>
      ) : null}
    </section>
  );
}
