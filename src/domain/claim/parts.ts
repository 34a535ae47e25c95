// The parts a claim is made of besides its lines: messages, attachments, resolutions,
// store credits and its return shipment.

export type MessageSender = 'customer' | 'merchant' | 'admin' | 'automatic' | 'system';

export interface Message {
  id: number;
  uuid: string;
  claimId: number;
  senderType: MessageSender;
  authorName: string;
  body: string;
  internal: boolean;
  attachments: string[];
  createdAt: Date;
}

export type AttachmentKind = 'photo' | 'signature' | 'receipt' | 'other';

export interface Attachment {
  id: number;
  uuid: string;
  claimId: number;
  url: string;
  kind: AttachmentKind;
  uploadedBy: string;
  createdAt: Date;
}

export type ResolutionOutcome = 'approval' | 'denial';

export interface Resolution {
  id: number;
  uuid: string;
  claimId: number;
  type: string;
  outcome: ResolutionOutcome;
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

export type StoreCreditType = 'gift_card' | 'discount_code';

export interface StoreCredit {
  id: number;
  uuid: string;
  claimId: number;
  type: StoreCreditType;
  code: string;
  valueMinor: number;
  bonusMinor: number;
  currency: string;
  emailStatus: string;
  emailedAt: Date | null;
  createdAt: Date;
}

export type ReturnShipmentStatus = 'pending' | 'in_transit' | 'received';

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
  status: ReturnShipmentStatus;
  shippedAt: Date | null;
  receivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
