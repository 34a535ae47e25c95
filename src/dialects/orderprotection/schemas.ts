import { Type, type Static } from '@sinclair/typebox';
import { RESOLUTION_TYPES } from '../../domain/resolution.js';
import { OP_ISSUE_TYPES } from './issue-types.js';
import { OP_CLAIM_STATES } from './status.js';
import { StringEnum } from '../../http/string-enum.js';

// Request bodies of the OrderProtection door, as its documents name the fields.
// Extensions (marked so in docs/dialects/orderprotection.md) are optional.

const Email = Type.String({ format: 'email', maxLength: 320 });
const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 });
const UrlOrEmpty = Type.Union([Url, Type.Literal('')]);
const Text = Type.String({ maxLength: 10_000 });
const Id = Type.String({ minLength: 1, maxLength: 255 });
const Images = Type.Array(Url, { maxItems: 20 });
const Currency = Type.String({ pattern: '^[A-Za-z]{3}$' });
const Decimal = Type.Number({ minimum: 0, maximum: 1e12 });

export const SALES_CHANNELS = ['ONLINE', 'IN_STORE'] as const;
export const CLAIM_CATEGORIES = ['SHIPPING', 'WARRANTY'] as const;
export const CLAIM_FILED_FROM = ['EXTERNAL', 'INTERNAL'] as const;
export const DESIRED_METHODS = ['RESHIP', 'REFUND', 'STORE_CREDIT'] as const;
export const OP_SENDER_TYPES = ['customer', 'brand', 'admin', 'automatic', 'system'] as const;
export const OP_STORE_CREDIT_TYPES = ['GIFT_CARD', 'DISCOUNT_CODE'] as const;

const Options = Type.Object({
  fromValet: Type.Optional(Type.Boolean()),
  requireCustomerSignature: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const Address = Type.Record(Type.String({ maxLength: 64 }), Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Null()]));

const Issue = Type.Object({
  issueType: StringEnum(OP_ISSUE_TYPES),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  sourceProductId: Type.Optional(Id),
  sourceVariantId: Type.Optional(Id),
  sourceItemId: Type.Optional(Id),
  details: Type.Optional(Text),
  images: Type.Optional(Images),
}, { additionalProperties: false });

export const OnlineClaimBody = Type.Object({
  email: Email,
  salesChannel: Type.Optional(StringEnum(SALES_CHANNELS)),
  claimCategory: Type.Optional(StringEnum(CLAIM_CATEGORIES)),
  fulfillmentIssues: Type.Array(Type.Object({
    sourceFulfillmentId: Type.Optional(Id),
    // The older document's spelling.
    fulfillmentSourceId: Type.Optional(Id),
    issues: Type.Array(Issue, { minItems: 1, maxItems: 100 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
  resolution: Type.Optional(Type.Object({
    customerSignature: Type.Optional(UrlOrEmpty),
    desiredMethod: Type.Optional(StringEnum(DESIRED_METHODS)),
    warrantyPeriod: Type.Optional(Type.String({ maxLength: 50 })),
    updatedShippingAddress: Type.Optional(Address),
  }, { additionalProperties: false })),
  claimFiledFrom: Type.Optional(StringEnum(CLAIM_FILED_FROM)),
  options: Type.Optional(Options),
  // Extensions.
  claimDescription: Type.Optional(Text),
  policyId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  isOta: Type.Optional(Type.Boolean()),
  otaDescription: Type.Optional(Text),
}, { additionalProperties: false });
export type OnlineClaimBody = Static<typeof OnlineClaimBody>;

export const OfflineClaimBody = Type.Object({
  // Extension: every claim here belongs to an imported order.
  sourceOrderId: Id,
  customer: Type.Object({ email: Email, phoneNumber: Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false }),
  storeId: Type.Optional(Id),
  signature: Type.Optional(UrlOrEmpty),
  salesChannel: Type.Optional(StringEnum(SALES_CHANNELS)),
  claimCategory: Type.Optional(StringEnum(CLAIM_CATEGORIES)),
  issueType: StringEnum(OP_ISSUE_TYPES),
  resolution: Type.Optional(StringEnum(DESIRED_METHODS)),
  claimFiledFrom: Type.Optional(StringEnum(CLAIM_FILED_FROM)),
  options: Type.Optional(Options),
  item: Type.Optional(Type.Object({
    sourceProductId: Type.Optional(Id),
    sourceVariantId: Type.Optional(Id),
    name: Type.Optional(Type.String({ maxLength: 255 })),
    images: Type.Optional(Images),
    sourceItemId: Type.Optional(Id),
    sku: Type.Optional(Type.String({ maxLength: 255 })),
    details: Type.Optional(Text),
    productImage: Type.Optional(UrlOrEmpty),
    price: Type.Optional(Decimal),
    subIssueId: Type.Optional(Id),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  }, { additionalProperties: false })),
  warranty: Type.Optional(Type.Object({
    dateOfPurchase: Type.Optional(Type.String({ maxLength: 50 })),
    receiptRequired: Type.Optional(Type.Boolean()),
    receiptImages: Type.Optional(Images),
    warrantyPeriod: Type.Optional(Type.String({ maxLength: 50 })),
    productDescription: Type.Optional(Text),
  }, { additionalProperties: false })),
  shippingAddress: Type.Optional(Address),
  policyId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
}, { additionalProperties: false });
export type OfflineClaimBody = Static<typeof OfflineClaimBody>;

export const ClaimIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const SourceOrderIdParams = Type.Object({ sourceOrderId: Type.String({ minLength: 1, maxLength: 255 }) });

export const ChangeStateBody = Type.Object({ claimState: StringEnum(OP_CLAIM_STATES) }, { additionalProperties: false });

export const MessageBody = Type.Object({
  message: Type.String({ minLength: 1, maxLength: 10_000 }),
  senderType: Type.Optional(StringEnum(OP_SENDER_TYPES)),
  authorName: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  medias: Type.Optional(Images),
}, { additionalProperties: false });

export const ResolutionBody = Type.Object({
  resolutionType: StringEnum(RESOLUTION_TYPES),
  resolutionDetails: Type.Optional(Text),
  paidValue: Type.Optional(Decimal),
  paidCurrency: Type.Optional(Currency),
  includeShipping: Type.Optional(Type.Boolean()),
  shippingAmount: Type.Optional(Decimal),
}, { additionalProperties: false });
export type ResolutionBody = Static<typeof ResolutionBody>;

export const StoreCreditBody = Type.Object({
  creditType: Type.Optional(StringEnum(OP_STORE_CREDIT_TYPES)),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  creditValue: Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }),
  bonusValue: Type.Optional(Decimal),
  creditCurrency: Type.Optional(Currency),
}, { additionalProperties: false });
export type StoreCreditBody = Static<typeof StoreCreditBody>;
