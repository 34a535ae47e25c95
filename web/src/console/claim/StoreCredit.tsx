import { useEffect, useState } from 'react';
import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Claim } from '../../api/client.js';
import { formatMinor, parseToMinor, toInputAmount } from '../../shared/money.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// Store credit instead of money back, as customers who ask for it expect: a gift card or a
// discount code of the value owed (or another), with its code shown once issued.

export function StoreCredit({ claim, money, act }: { claim: Claim; money: ClaimMoney | undefined; act: Act }) {
  const { api } = useConsole();
  const { t, tn, locale } = useT();
  const currency = claim.order.currency;
  const [type, setType] = useState<'gift_card' | 'discount_code'>('gift_card');
  const [value, setValue] = useState('');
  const owed = money?.owedMinor ?? 0;
  const known = money !== undefined;
  useEffect(() => { if (known) setValue(owed > 0 ? toInputAmount(owed, currency) : ''); }, [known, owed, currency, claim.version]);
  const minor = parseToMinor(value, currency);
  const issue = () => void act(t('claim.storeCredit'), () => api.POST('/v1/claims/{id}/store-credits', {
    params: claimPath(claim), body: { type, value: minor ?? 0, currency },
  }));
  return (
    <section className="card" aria-labelledby="store-credit">
      <h2 id="store-credit">{claim.resolution_requested === 'STORE_CREDIT' ? t('claim.storeCreditAsked') : t('claim.storeCredit')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); issue(); }}>
        <div className="row">
          <div>
            <label htmlFor="credit-type">{t('claim.creditType')}</label>
            <select id="credit-type" value={type} onChange={(event) => setType(event.target.value === 'discount_code' ? 'discount_code' : 'gift_card')}>
              <option value="gift_card">{t('claim.credit_gift_card')}</option><option value="discount_code">{t('claim.credit_discount_code')}</option>
            </select>
          </div>
          <div>
            <label htmlFor="credit-value">{t('claim.creditValue', { currency })}</label>
            <input id="credit-value" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
          </div>
          <button type="submit" disabled={minor === undefined || minor < 1}>{t('claim.issueStoreCredit')}</button>
        </div>
      </form>
      {claim.store_credits.length > 0 ? (
        <ul>{claim.store_credits.map((credit) => <li key={credit.id}>{tn('claim.credit_', credit.type)} <code>{credit.code}</code> · {formatMinor(credit.value, credit.currency, locale)}</li>)}</ul>
      ) : null}
    </section>
  );
}
