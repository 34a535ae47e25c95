import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Claim } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';

// The line under a claim's heading that says what happens next, from its kind, status, return
// parcel and money, and which of the page's forms that step needs (the others fold away
// under "More actions").

export type Section = 'message' | 'refund' | 'store_credit' | 'resolution' | 'return_shipment';

export interface NextStep {
  text: string;
  open: readonly Section[];
}

const UNDECIDED = ['new', 'open', 'communicating', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed'];
const FINISHED = ['closed', 'archived', 'rejected', 'cancelled', 'dismissed'];
const PENDING_REFUNDS = ['requested', 'approved', 'processing'];

export function nextStep(claim: Claim, money: ClaimMoney | undefined): NextStep {
  const pending = claim.refunds.find((refund) => PENDING_REFUNDS.includes(refund.status));
  const step = stepOf(claim, money);
  if (pending === undefined) return step;
  // A refund booked but not yet paid out needs its next move, whatever the claim's step.
  return {
    text: `${step.text} A refund of ${formatMinor(pending.amount, pending.currency)} is ${pending.status}: mark it issued once the money has gone out.`,
    open: step.open.includes('refund') ? step.open : ['refund', ...step.open],
  };
}

function stepOf(claim: Claim, money: ClaimMoney | undefined): NextStep {
  const currency = claim.order.currency;
  const owed = money?.owedMinor ?? 0;
  const owedText = formatMinor(owed, currency);
  const shipment = claim.return_shipment;
  const payOut: Section[] = owed > 0 ? (claim.resolution_requested === 'STORE_CREDIT' ? ['store_credit', 'refund'] : ['refund']) : [];
  if (UNDECIDED.includes(claim.status)) {
    const decide = claim.kind === 'cancellation' ? `approve to cancel and refund ${owedText}, or reject`
      : claim.kind === 'return' ? 'approve to give the customer a return code, or reject with a reason'
      : `approve and refund ${owedText} or reship, or reject with a reason`;
    return { text: `Decide: ${decide}. The customer asked for ${(claim.resolution_requested ?? 'a refund').toLowerCase().replaceAll('_', ' ')}.`, open: ['message'] };
  }
  if (claim.status === 'waiting_on_customer') return { text: 'Waiting for the customer to answer; their reply brings the claim back to Needs action.', open: ['message'] };
  if (claim.kind === 'return' && (claim.status === 'approved' || claim.status === 'in_return_transit')) {
    const code = shipment?.easy_return_code ? `, code ${shipment.easy_return_code}` : '';
    const until = shipment?.code_valid_until ? `, valid until ${new Date(shipment.code_valid_until).toLocaleDateString()}` : '';
    const waiting = claim.status === 'approved' ? `Waiting for the parcel${code}${until}.` : `The parcel is on its way${shipment?.tracking_number ? ` (${shipment.carrier ?? ''} ${shipment.tracking_number})`.replace('( ', '(') : ''}.`;
    return { text: `${waiting} When it arrives: mark received → ${owed > 0 ? `refund ${owedText}` : 'nothing more to refund'} → complete.`, open: ['return_shipment', ...payOut, 'message'] };
  }
  if (claim.status === 'received' || claim.status === 'approved') {
    const arrived = claim.status === 'received' ? 'The parcel arrived. ' : 'Approved. ';
    return owed > 0
      ? { text: `${arrived}Refund ${owedText}${claim.resolution_requested === 'STORE_CREDIT' ? ' (the customer asked for store credit)' : ''}, then complete.`, open: [...payOut, 'message'] }
      : { text: `${arrived}Nothing is owed any more: complete the claim.`, open: ['message'] };
  }
  if (claim.status === 'completed' || claim.status === 'completed_by_merchant') {
    return { text: 'Completed. Close it when nothing more is expected: a closed claim takes no more messages from the customer.', open: ['message'] };
  }
  if (FINISHED.includes(claim.status)) return { text: `Finished (${claim.status.replaceAll('_', ' ')}). Nothing to do.`, open: [] };
  return { text: 'Move the claim on when the next step is clear.', open: ['message'] };
}
