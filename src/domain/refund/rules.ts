import type { Refusal } from '../refusal.js';

export interface RefundableOrder {
  currency: string;
  totalMinor: number;
  /** Σ refunds that still promise money (requested, approved, processing, issued). */
  promisedMinor: number;
}

export function refundableMinor(order: RefundableOrder): number {
  return Math.max(0, order.totalMinor - order.promisedMinor);
}

/**
 * Never over-refund: Σ refunds not denied or cancelled ≤ what was paid (items + shipping).
 * The caller holds a row lock on the order while it checks and writes.
 */
export function checkRefund(order: RefundableOrder, requested: { amountMinor: number; currency: string }): Refusal | undefined {
  if (requested.currency !== order.currency) return { code: 'currency_mismatch', expected: order.currency, given: requested.currency };
  if (!Number.isSafeInteger(requested.amountMinor) || requested.amountMinor <= 0) {
    return { code: 'invalid_input', message: 'amount must be a positive amount', path: '/amount' };
  }
  const availableMinor = refundableMinor(order);
  if (requested.amountMinor > availableMinor) {
    return { code: 'refund_exceeds_paid', requestedMinor: requested.amountMinor, availableMinor, currency: order.currency };
  }
  return undefined;
}
