import type { Refusal } from '../refusal.js';

export const REFUND_STATUSES = ['requested', 'approved', 'processing', 'issued', 'denied', 'cancelled'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const REFUND_METHODS = ['original_payment', 'iban', 'loyalty_money', 'store_credit'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/** Refunds in these states no longer promise money. */
export const RELEASED_REFUND_STATUSES = ['denied', 'cancelled'] as const satisfies readonly RefundStatus[];

export const REFUND_TRANSITIONS = {
  // A merchant may issue at once (an automatic cancellation refund skips review).
  requested: ['approved', 'processing', 'issued', 'denied', 'cancelled'],
  // Approved and waiting for the goods to come back, when a return is needed.
  approved: ['processing', 'issued', 'denied', 'cancelled'],
  // The payment provider is moving the money; it can only finish.
  processing: ['issued'],
  issued: [],
  denied: [],
  cancelled: [],
} as const satisfies Record<RefundStatus, readonly RefundStatus[]>;

export function checkRefundTransition(from: RefundStatus, to: RefundStatus): Refusal | undefined {
  if ((REFUND_TRANSITIONS[from] as readonly RefundStatus[]).includes(to)) return undefined;
  return { code: 'transition_not_allowed', entity: 'refund', from, to };
}

export function isRefundStatus(value: string): value is RefundStatus {
  return (REFUND_STATUSES as readonly string[]).includes(value);
}

export function promisesMoney(status: RefundStatus): boolean {
  return !(RELEASED_REFUND_STATUSES as readonly RefundStatus[]).includes(status);
}
