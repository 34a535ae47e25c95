// The parts a claim is made of besides its lines: messages, attachments, resolutions,
// store credits and its return shipment.

export interface Message {
  id: number;
  uuid: string;
  claimId: number;
  senderType: 'customer' | 'merchant' | 'admin' | 'automatic' | 'system';
  authorName: string;
  body: string;
  internal: boolean;
  attachments: string[];
  createdAt: Date;
}

export interface Attachment {
  id: number;
  uuid: string;
  claimId: number;
  url: string;
  kind: 'photo' | 'signature' | 'receipt' | 'other';
  uploadedBy: string;
  createdAt: Date;
}

export interface Resolution {
  id: number;
  uuid: string;
  claimId: number;
  type: string;
  outcome: 'approval' | 'denial';
  details: string | null;
  paidValueMinor: number | null;
  paidCurrency: string | null;
  includeShipping: boolean;
  shippingAmountMinor: number | null;
  claimStatus: string;
  refundId: number | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoreCredit {
  id: number;
  uuid: string;
  claimId: number;
  type: 'gift_card' | 'discount_code';
  code: string;
  valueMinor: number;
  bonusMinor: number;
  currency: string;
  emailStatus: string;
  emailedAt: Date | null;
  createdAt: Date;
}

export interface ReturnShipment {
  id: number;
  uuid: string;
  claimId: number;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  easyReturnCode: string | null;
  codeValidFrom: Date | null;
  codeValidUntil: Date | null;
  codeMaxUses: number;
  codeUseCount: number;
  status: 'pending' | 'in_transit' | 'received';
  shippedAt: Date | null;
  receivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
