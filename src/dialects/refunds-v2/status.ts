import { REFUND_STATUSES, type RefundStatus } from '../../domain/refund/status.js';

// Refunds v2 statuses (seed 003) against the canonical refund status: one word each way.

export const REFUND_V2_STATUSES = ['REQUESTED', 'WAITING', 'PROCESSING', 'ISSUED', 'DENIED', 'CANCELLED'] as const;
export type RefundV2Status = (typeof REFUND_V2_STATUSES)[number];

export const REFUND_V2_STATUS = {
  requested: 'REQUESTED',
  // Approved, and waiting for the customer's return shipment.
  approved: 'WAITING',
  processing: 'PROCESSING',
  issued: 'ISSUED',
  denied: 'DENIED',
  cancelled: 'CANCELLED',
} as const satisfies Record<RefundStatus, RefundV2Status>;

/** `PENDING` is the 2019 draft's name of REQUESTED: read in filters, never written. */
export const REFUND_V2_STATUS_ALIASES = { PENDING: 'REQUESTED' } as const satisfies Record<string, RefundV2Status>;

export const REFUND_V2_STATUS_INPUTS = [...REFUND_V2_STATUSES, 'PENDING'] as const satisfies ReadonlyArray<RefundV2Status | keyof typeof REFUND_V2_STATUS_ALIASES>;
export type RefundV2StatusInput = (typeof REFUND_V2_STATUS_INPUTS)[number];

export function toRefundV2Status(status: RefundStatus): RefundV2Status {
  return REFUND_V2_STATUS[status];
}

/** The canonical status a Refunds v2 status (or its alias) names. */
export function fromRefundV2Status(status: RefundV2StatusInput): RefundStatus {
  const word = status === 'PENDING' ? REFUND_V2_STATUS_ALIASES.PENDING : status;
  const found = REFUND_STATUSES.find((candidate) => REFUND_V2_STATUS[candidate] === word);
  if (found === undefined) throw new Error(`no canonical refund status for ${status}`);
  return found;
}

