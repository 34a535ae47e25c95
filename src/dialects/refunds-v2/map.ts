import { randomUUID } from 'node:crypto';
import { toDecimal } from '../../domain/money.js';
import type { ParcelTracking, Refund } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { isoTime, isoTimeOrNull } from '../../http/iso-time.js';
import { PATCH_ACTIONS, type PatchAction, type PatchRefund, type RefundV2 } from './schemas.js';
import { toRefundV2Status } from './status.js';

// Pure translation between Refunds v2 words and the core's refunds.

/** The core refund as the document shows it; tracking comes from its claim's return parcel. */
export function toRefundV2(refund: Refund, tracking: ParcelTracking | null): RefundV2 {
  // Shipping from REQUESTED changes only the parcel: the refund was still updated then.
  const updatedAt = tracking !== null && tracking.updatedAt > refund.updatedAt ? tracking.updatedAt : refund.updatedAt;
  return {
    id: refund.id,
    order: refund.orderId,
    createdAt: isoTime(refund.createdAt),
    updatedAt: isoTime(updatedAt),
    requester: refund.requester,
    requestReason: refund.reason,
    responseReason: refund.responseReason,
    confirmedAt: isoTimeOrNull(refund.approvedAt),
    issuedAt: isoTimeOrNull(refund.issuedAt),
    amount: toDecimal(refund.amountMinor, refund.currency),
    status: toRefundV2Status(refund.status),
    trackingId: tracking?.trackingNumber ?? null,
    carrierName: tracking?.carrier ?? null,
    refundOnly: !refund.needsReturn,
    valid: refund.status !== 'cancelled',
  };
}

export interface Success<T> {
  responseId: string;
  timestamp: string;
  success: true;
  data: T;
  error: null;
}

export interface Failure {
  responseId: string;
  timestamp: string;
  success: false;
  data: null;
  error: { type: string; message: string };
}

export function envelope<T>(data: T, at: Date): Success<T> {
  return { responseId: randomUUID(), timestamp: isoTime(at), success: true, data, error: null };
}

export function errorEnvelope(type: string, message: string, at: Date): Failure {
  return { responseId: randomUUID(), timestamp: isoTime(at), success: false, data: null, error: { type, message } };
}

export type RefundV2Command =
  | { action: 'SHIP_INIT'; trackingId: string; carrierName: string }
  | { action: 'CONFIRM' }
  | { action: 'DENY'; responseReason: string }
  | { action: 'RECEIVE' }
  | { action: 'ISSUE' };

function isPatchAction(value: string): value is PatchAction {
  return (PATCH_ACTIONS as readonly string[]).includes(value);
}

function required(value: string | undefined, field: string, action: PatchAction): string {
  if (value === undefined) refuse({ code: 'invalid_input', message: `${field} is required for ${action}`, path: `/${field}` });
  return value.trim();
}

/** The PATCH body as one command; an unknown action or a missing field is the caller's error. */
export function toCommand(body: PatchRefund): RefundV2Command {
  const action = body.action;
  if (!isPatchAction(action)) {
    refuse({ code: 'invalid_input', message: `unknown action ${action}; one of ${PATCH_ACTIONS.join(', ')}`, path: '/action' });
  }
  switch (action) {
    case 'SHIP_INIT':
      return { action, trackingId: required(body.trackingId, 'trackingId', action), carrierName: required(body.carrierName, 'carrierName', action) };
    case 'DENY':
      return { action, responseReason: required(body.responseReason, 'responseReason', action) };
    case 'CONFIRM':
    case 'RECEIVE':
    case 'ISSUE':
      return { action };
  }
}
