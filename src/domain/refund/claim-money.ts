import { promisesMoney, type RefundStatus } from './status.js';

// What one claim is worth and what is still owed on it, for the people deciding it: the
// lines' value, what refunds on this claim already promise (requested, approved, processing
// or issued: a pending refund has promised the money), what is still owed on the claim, and
// what the whole order still allows. The engine refuses only past the order's remainder; a
// refund past what this claim is owed is allowed but deserves a second look.

export interface ClaimMoneyFacts {
  lines: ReadonlyArray<{ quantity: number; unitPriceMinor: number }>;
  refunds: ReadonlyArray<{ amountMinor: number; status: RefundStatus }>;
  /** What the order may still be refunded, over all its claims (balances' `refundable`). */
  orderRefundableMinor: number;
}

export interface ClaimMoney {
  claimedMinor: number;
  refundedMinor: number;
  /** Still owed on this claim, never more than the order still allows. */
  owedMinor: number;
  orderRefundableMinor: number;
}

export function claimMoney(facts: ClaimMoneyFacts): ClaimMoney {
  const claimedMinor = facts.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
  const refundedMinor = facts.refunds.filter((refund) => promisesMoney(refund.status)).reduce((sum, refund) => sum + refund.amountMinor, 0);
  const owedMinor = Math.max(0, Math.min(claimedMinor - refundedMinor, facts.orderRefundableMinor));
  return { claimedMinor, refundedMinor, owedMinor, orderRefundableMinor: facts.orderRefundableMinor };
}
