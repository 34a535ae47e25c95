import type { RefundMethod, RefundStatus } from './status.js';

export interface Refund {
  id: number;
  uuid: string;
  storeId: number;
  claimId: number;
  orderId: number;
  amountMinor: number;
  currency: string;
  status: RefundStatus;
  method: RefundMethod;
  reason: string | null;
  responseReason: string | null;
  requester: string;
  needsReturn: boolean;
  createdAt: Date;
  updatedAt: Date;
  approvedAt: Date | null;
  processingAt: Date | null;
  issuedAt: Date | null;
  deniedAt: Date | null;
  cancelledAt: Date | null;
}

export type RefundRef = { id: number } | { uuid: string };

export interface RefundFilter {
  orderIds?: readonly number[];
  statuses?: readonly RefundStatus[];
  customerId?: number;
  valid?: boolean;
}

/** What a door that shows a refund's tracking needs of its claim's return parcel. */
export interface ParcelTracking {
  carrier: string | null;
  trackingNumber: string | null;
  updatedAt: Date;
}
