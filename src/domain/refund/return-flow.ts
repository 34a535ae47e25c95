import type { Refusal } from '../refusal.js';
import type { RefundStatus } from './status.js';

// What the return parcel does to the refund that waits for it. An approved refund waits
// for the goods, so their shipment (or arrival) sets the money moving. Before the merchant
// has decided, the refund keeps waiting for that decision; once the money moves or the
// refund is over, a new shipment makes no sense.

export type ReturnStep = 'shipped' | 'received';

export interface RefundReturnFacts {
  id: number;
  status: RefundStatus;
  needsReturn: boolean;
}

const AFTER_RETURN: Record<ReturnStep, Record<RefundStatus, RefundStatus | undefined>> = {
  shipped: { requested: 'requested', approved: 'processing', processing: undefined, issued: undefined, denied: undefined, cancelled: undefined },
  // Goods may arrive after the money went out (a merchant may issue early); never on a refund that was called off.
  received: { requested: 'requested', approved: 'processing', processing: 'processing', issued: 'issued', denied: undefined, cancelled: undefined },
};

/** The refund's status once its return was shipped or received, or why that cannot happen. */
export function refundAfterReturn(refund: RefundReturnFacts, step: ReturnStep): { to: RefundStatus } | { refusal: Refusal } {
  if (!refund.needsReturn) return { refusal: { code: 'return_not_needed', refundId: refund.id } };
  const to = AFTER_RETURN[step][refund.status];
  if (to === undefined) return { refusal: { code: 'transition_not_allowed', entity: 'refund', from: refund.status, to: `return_${step}` } };
  return { to };
}
