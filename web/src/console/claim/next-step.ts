import type { ClaimMoney } from '../../../../src/domain/refund/claim-money.js';
import type { Claim } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import type { ConsoleI18n } from '../i18n/index.js';

// The line under a claim's heading that says what happens next, from its kind, status, return
// parcel and money, and which of the page's forms that step needs (the others fold away
// under "More actions").

export type Section = 'message' | 'refund' | 'store_credit' | 'resolution' | 'return_shipment';

export interface NextStep {
  text: string;
  open: readonly Section[];
}

/** The page's words and locale, passed in so the step stays a plain function of the claim. */
export type StepWords = Pick<ConsoleI18n, 't' | 'tn' | 'locale'>;

const UNDECIDED = ['new', 'open', 'communicating', 'waiting_on_merchant', 'waiting_on_platform', 'confirmed'];
const FINISHED = ['closed', 'archived', 'rejected', 'cancelled', 'dismissed'];
const PENDING_REFUNDS = ['requested', 'approved', 'processing'];

export function nextStep(claim: Claim, money: ClaimMoney | undefined, words: StepWords): NextStep {
  const { t, tn, locale } = words;
  const pending = claim.refunds.find((refund) => PENDING_REFUNDS.includes(refund.status));
  const step = stepOf(claim, money, words);
  if (pending === undefined) return step;
  // A refund booked but not yet paid out needs its next move, whatever the claim's step.
  const refund = t('claim.next_pendingRefund', { amount: formatMinor(pending.amount, pending.currency, locale), status: tn('common.refund_', pending.status) });
  return {
    text: `${step.text} ${refund}`,
    open: step.open.includes('refund') ? step.open : ['refund', ...step.open],
  };
}

function stepOf(claim: Claim, money: ClaimMoney | undefined, { t, tn, locale }: StepWords): NextStep {
  const currency = claim.order.currency;
  const owed = money?.owedMinor ?? 0;
  const amount = formatMinor(owed, currency, locale);
  const shipment = claim.return_shipment;
  const payOut: Section[] = owed > 0 ? (claim.resolution_requested === 'STORE_CREDIT' ? ['store_credit', 'refund'] : ['refund']) : [];
  if (UNDECIDED.includes(claim.status)) {
    const decide = claim.kind === 'cancellation' ? t('claim.next_decideCancellation', { amount })
      : claim.kind === 'return' ? t('claim.next_decideReturn')
      : t('claim.next_decideIncident', { amount });
    const wish = claim.resolution_requested === null ? t('claim.next_wishDefault') : tn('claim.resolution_', claim.resolution_requested.toLowerCase());
    return { text: t('claim.next_decide', { decide, wish }), open: ['message'] };
  }
  if (claim.status === 'waiting_on_customer') return { text: t('claim.next_waitingOnCustomer'), open: ['message'] };
  if (claim.kind === 'return' && (claim.status === 'approved' || claim.status === 'in_return_transit')) {
    const code = shipment?.easy_return_code ? t('claim.next_codePart', { code: shipment.easy_return_code }) : '';
    const until = shipment?.code_valid_until ? t('claim.next_validUntilPart', { date: new Date(shipment.code_valid_until).toLocaleDateString(locale) }) : '';
    const tracking = shipment?.tracking_number ? ` (${shipment.carrier ?? ''} ${shipment.tracking_number})`.replace('( ', '(') : '';
    const waiting = claim.status === 'approved' ? t('claim.next_waitingForParcel', { code, until }) : t('claim.next_parcelOnItsWay', { tracking });
    const refund = owed > 0 ? t('claim.next_refundAmount', { amount }) : t('claim.next_nothingToRefund');
    return { text: t('claim.next_whenItArrives', { waiting, refund }), open: ['return_shipment', ...payOut, 'message'] };
  }
  if (claim.status === 'received' || claim.status === 'approved') {
    const arrived = claim.status === 'received' ? t('claim.next_parcelArrived') : t('claim.next_approved');
    const then = claim.resolution_requested === 'STORE_CREDIT' ? t('claim.next_refundStoreCreditThenComplete', { amount }) : t('claim.next_refundThenComplete', { amount });
    return owed > 0
      ? { text: `${arrived} ${then}`, open: [...payOut, 'message'] }
      : { text: `${arrived} ${t('claim.next_nothingOwed')}`, open: ['message'] };
  }
  if (claim.status === 'completed' || claim.status === 'completed_by_merchant') {
    return { text: t('claim.next_completed'), open: ['message'] };
  }
  if (FINISHED.includes(claim.status)) return { text: t('claim.next_finished', { status: tn('common.status_', claim.status) }), open: [] };
  return { text: t('claim.next_moveOn'), open: ['message'] };
}
