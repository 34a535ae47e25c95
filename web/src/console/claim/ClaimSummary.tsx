import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Balances, Claim } from '../../api/client.js';
import { reasonLabel } from '../../shared/languages.js';
import { formatMinor } from '../../shared/money.js';
import { useT } from '../i18n/index.js';
import { ClaimLines } from './ClaimLines.js';

// Who claims what on which order: the customer, the order, the claim's kind, reason and
// wish, its rejection and return parcel, the items, and its money: what is claimed, what
// refunds on it promise, what it is still owed, and what the whole order still allows.

export function ClaimSummary({ claim, balances, money }: { claim: Claim; balances: Balances | undefined; money: ClaimMoney | undefined }) {
  const { t, tn, locale, language } = useT();
  const currency = claim.order.currency;
  const shipment = claim.return_shipment;
  return (
    <section className="card" aria-labelledby="facts">
      <h2 id="facts">{t('claim.customerAndOrder')}</h2>
      <dl className="facts">
        <dt>{t('claim.customer')}</dt><dd>{claim.customer.first_name} {claim.customer.last_name} · <a href={`mailto:${claim.customer.email}`}>{claim.customer.email}</a></dd>
        <dt>{t('claim.order')}</dt><dd>{t('claim.orderLine', { number: claim.order.number, date: new Date(claim.order.placed_at).toLocaleDateString(locale), total: formatMinor(claim.order.total_amount, currency, locale) })}</dd>
        <dt>{t('claim.kind')}</dt><dd>{tn('common.kind_', claim.kind)}{claim.type ? ` · ${tn('claim.type_', claim.type)}` : ''} · {t('claim.filedBy', { who: tn('claim.party_', claim.filed_by), source: tn('claim.source_', claim.source) })}</dd>
        <dt>{t('claim.reason')}</dt><dd>{claim.reason === null ? '—' : reasonLabel(claim.reason, language)}</dd>
        <dt>{t('claim.wants')}</dt><dd>{claim.resolution_requested === null ? '—' : tn('claim.resolutionCode_', claim.resolution_requested)} · {t('claim.refundTo', { method: tn('claim.method_', claim.refund_destination.method) })}</dd>
        {claim.description ? <><dt>{t('claim.description')}</dt><dd style={{ whiteSpace: 'pre-wrap' }}>{claim.description}</dd></> : null}
        {claim.rejection ? <><dt>{t('claim.rejected')}</dt><dd>{claim.rejection.reason}</dd></> : null}
        {shipment ? <><dt>{t('claim.return')}</dt><dd>{tn('claim.shipment_', shipment.status)}{shipment.easy_return_code ? ` · ${t('claim.returnCode', { code: shipment.easy_return_code })}` : ''}{shipment.tracking_number ? ` · ${shipment.carrier ?? ''} ${shipment.tracking_number}` : ''}</dd></> : null}
      </dl>
      <h3>{t('claim.items')}</h3>
      <ClaimLines items={balances?.items ?? []} currency={currency} />
      <h3>{t('claim.money')}</h3>
      <dl className="facts money">
        <dt>{t('claim.claimed')}</dt><dd data-testid="claimed">{formatMinor(money?.claimedMinor ?? 0, currency, locale)}</dd>
        <dt>{t('claim.refundedHere')}</dt><dd data-testid="refunded">{formatMinor(money?.refundedMinor ?? 0, currency, locale)}</dd>
        <dt>{t('claim.owedHere')}</dt><dd><strong data-testid="owed">{formatMinor(money?.owedMinor ?? 0, currency, locale)}</strong></dd>
        <dt>{t('claim.refundableOnOrder')}</dt><dd data-testid="refundable">{formatMinor(balances?.refundable ?? 0, currency, locale)}</dd>
      </dl>
    </section>
  );
}
