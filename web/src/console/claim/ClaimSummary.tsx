import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Balances, Claim } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { label } from '../session.js';
import { ClaimLines } from './ClaimLines.js';

// Who claims what on which order: the customer, the order, the claim's kind, reason and
// wish, its rejection and return parcel, the items, and its money: what is claimed, what
// refunds on it promise, what it is still owed, and what the whole order still allows.

export function ClaimSummary({ claim, balances, money }: { claim: Claim; balances: Balances | undefined; money: ClaimMoney | undefined }) {
  const currency = claim.order.currency;
  const shipment = claim.return_shipment;
  return (
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
        {shipment ? <><dt>Return</dt><dd>{label(shipment.status)}{shipment.easy_return_code ? ` · code ${shipment.easy_return_code}` : ''}{shipment.tracking_number ? ` · ${shipment.carrier ?? ''} ${shipment.tracking_number}` : ''}</dd></> : null}
      </dl>
      <h3>Items</h3>
      <ClaimLines items={balances?.items ?? []} currency={currency} />
      <h3>Money</h3>
      <dl className="facts money">
        <dt>Claimed</dt><dd data-testid="claimed">{formatMinor(money?.claimedMinor ?? 0, currency)}</dd>
        <dt>Refunded on this claim</dt><dd data-testid="refunded">{formatMinor(money?.refundedMinor ?? 0, currency)}</dd>
        <dt>Still owed on this claim</dt><dd><strong data-testid="owed">{formatMinor(money?.owedMinor ?? 0, currency)}</strong></dd>
        <dt>Still refundable on this order</dt><dd data-testid="refundable">{formatMinor(balances?.refundable ?? 0, currency)}</dd>
      </dl>
    </section>
  );
}
