import type { Balances, Claim } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { label } from '../session.js';
import { ClaimLines } from './ClaimLines.js';

// Who claims what on which order: the customer, the order, the claim's kind, reason and
// wish, its rejection and return parcel, the items, and what is still refundable.

export function ClaimSummary({ claim, balances }: { claim: Claim; balances: Balances | undefined }) {
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
      <p>Still refundable on this order: <strong data-testid="refundable">{formatMinor(balances?.refundable ?? 0, currency)}</strong></p>
    </section>
  );
}
