import type { ClaimDetails } from '../../core/claims/details.js';
import type { FileClaimInput, FileClaimLine } from '../../core/claims/file-claim.js';
import type { ResolutionInput, StoreCreditInput } from '../../core/claims/resolutions.js';
import type { Message, Resolution, StoreCredit } from '../../domain/claim/parts.js';
import { isClaimStatus } from '../../domain/claim/status.js';
import { toDecimal, toMinor } from '../../domain/money.js';
import type { OrderItem } from '../../domain/order.js';
import { RefusalError } from '../../domain/refusal.js';
import { isoTime, isoTimeOrNull as iso } from '../../http/iso-time.js';
import { claimIncidentType, INCIDENT_OF_ISSUE, toOpIssueType, type OpIssueType } from './issue-types.js';
import type { OfflineClaimBody, OnlineClaimBody, OP_SENDER_TYPES, ResolutionBody, StoreCreditBody } from './schemas.js';
import { toOpState } from './status.js';

// Canonical claim ↔ OrderProtection shapes. Pure functions: no I/O, no rules.

type OpSenderType = (typeof OP_SENDER_TYPES)[number];

const SENDER_OF_CORE: Record<Message['senderType'], OpSenderType> = {
  customer: 'customer', merchant: 'brand', admin: 'admin', automatic: 'automatic', system: 'system',
};
const CORE_SENDER_OF: Record<OpSenderType, Message['senderType']> = {
  customer: 'customer', brand: 'merchant', admin: 'admin', automatic: 'automatic', system: 'system',
};

export function toOpSenderType(senderType: Message['senderType']): OpSenderType {
  return SENDER_OF_CORE[senderType];
}

export function toCoreSenderType(senderType: OpSenderType): Message['senderType'] {
  return CORE_SENDER_OF[senderType];
}

function stringAttribute(attributes: Record<string, unknown>, name: string): string | null {
  const value = attributes[name];
  return typeof value === 'string' ? value : null;
}

/**
 * One record per resolution with both documented shapes: the list's {resolution,
 * claimState} and the by-order document's detailed fields. Amounts are in the paid
 * currency, else the order's.
 */
export function toOpResolution(resolution: Resolution, claimUuid: string, orderCurrency: string) {
  const currency = resolution.paidCurrency ?? orderCurrency;
  const decimal = (minor: number | null) => (minor === null ? null : toDecimal(minor, currency));
  return {
    id: resolution.uuid,
    claimId: claimUuid,
    resolution: resolution.type,
    claimState: isClaimStatus(resolution.claimStatus) ? toOpState(resolution.claimStatus) : null,
    userId: resolution.createdBy,
    resolutionType: resolution.type,
    resolutionDetails: resolution.details,
    paidValue: decimal(resolution.paidValueMinor),
    paidCurrency: resolution.paidCurrency,
    paidOriginalValue: decimal(resolution.paidValueMinor),
    includeShipping: resolution.includeShipping,
    shippingAmount: decimal(resolution.shippingAmountMinor),
    creditStore: resolution.type === 'STORE_CREDIT' || resolution.type === 'CREDIT',
    createdAt: isoTime(resolution.createdAt),
    updatedAt: isoTime(resolution.updatedAt),
    deletedAt: null,
  };
}

export function toOpMessage(message: Message, claimUuid: string) {
  return {
    senderType: toOpSenderType(message.senderType),
    id: message.uuid,
    claimId: claimUuid,
    message: message.body,
    authorName: message.authorName,
    medias: message.attachments,
    createdAt: isoTime(message.createdAt),
  };
}

export function toOpStoreCredit(credit: StoreCredit, claimUuid: string) {
  return {
    id: credit.uuid,
    code: credit.code,
    creditType: credit.type === 'gift_card' ? 'GIFT_CARD' : 'DISCOUNT_CODE',
    emailStatus: credit.emailStatus === 'NOT_SENT' ? 'PENDING' : credit.emailStatus,
    emailTime: iso(credit.emailedAt),
    creditValue: toDecimal(credit.valueMinor, credit.currency),
    bonusValue: toDecimal(credit.bonusMinor, credit.currency),
    totalValue: toDecimal(credit.valueMinor + credit.bonusMinor, credit.currency),
    bonus: toDecimal(credit.bonusMinor, credit.currency),
    bonusType: credit.bonusMinor > 0 ? 'FIXED' : 'NONE',
    creditCurrency: credit.currency,
    exchangeRate: 1,
    claimId: claimUuid,
    createdAt: isoTime(credit.createdAt),
    updatedAt: isoTime(credit.createdAt),
    deletedAt: null,
  };
}

/** The claim node: the list's documented fields plus the richer ones of the by-order document. */
export function toOpClaim(claim: ClaimDetails, storeCode: string) {
  const currency = claim.order.currency;
  const lastResolution = claim.resolutions.at(-1);
  return {
    id: claim.uuid,
    storeId: storeCode,
    orderId: claim.order.uuid,
    sourceOrderId: claim.order.externalId ?? claim.order.number,
    sourceOrderNumber: claim.order.number,
    customerId: claim.customer.uuid,
    authorName: claim.authorName,
    authorEmail: claim.authorEmail,
    claimDescription: claim.description,
    claimState: toOpState(claim.status),
    isOta: claim.attributes.isOta === true,
    otaDescription: stringAttribute(claim.attributes, 'otaDescription'),
    externalSource: claim.source === 'orderprotection' ? 'api' : claim.source,
    claimType: claim.kind === 'incident' ? toOpIssueType(claim.incidentType) : null,
    claimFiledFrom: stringAttribute(claim.attributes, 'claimFiledFrom') ?? (claim.filedBy === 'customer' ? 'EXTERNAL' : 'INTERNAL'),
    resolutionRequested: claim.resolutionRequested,
    resolutionDate: lastResolution === undefined ? null : isoTime(lastResolution.createdAt),
    createdAt: isoTime(claim.createdAt),
    updatedAt: isoTime(claim.updatedAt),
    deletedAt: iso(claim.deletedAt),
    policyId: claim.policyId,
    claimResolutions: claim.resolutions.map((resolution) => toOpResolution(resolution, claim.uuid, currency)),
    claimItems: claim.lines.map((line) => ({
      id: String(line.id),
      claimId: claim.uuid,
      itemId: line.item.externalId ?? line.item.uuid,
      quantity: line.quantity,
      issueType: toOpIssueType(line.issueType),
      details: line.details,
      createdAt: isoTime(line.createdAt),
      updatedAt: isoTime(line.createdAt),
      deletedAt: null,
    })),
    // Internal notes have no place in OrderProtection's thread: they stay in the native API.
    claimMessages: claim.messages.filter((message) => !message.internal).map((message) => toOpMessage(message, claim.uuid)),
    storeCredits: claim.storeCredits.map((credit) => toOpStoreCredit(credit, claim.uuid)),
    documents: claim.attachments.map((attachment) => ({
      id: attachment.uuid,
      claimId: claim.uuid,
      url: attachment.url,
      documentType: attachment.kind.toUpperCase(),
      createdAt: isoTime(attachment.createdAt),
      updatedAt: isoTime(attachment.createdAt),
      deletedAt: null,
    })),
  };
}
export type OpClaim = ReturnType<typeof toOpClaim>;

/** An order item named by OrderProtection's sourceItemId: its external id, else its uuid, else its numeric id. */
export function findItem(items: readonly OrderItem[], sourceItemId: string): OrderItem | undefined {
  return items.find((item) => item.externalId === sourceItemId)
    ?? items.find((item) => item.uuid === sourceItemId)
    ?? items.find((item) => String(item.id) === sourceItemId);
}

interface IssueLine {
  issueType: OpIssueType;
  sourceItemId?: string;
  quantity?: number;
  details?: string;
}

/** An issue naming an item claims that item; one naming none claims every item of the order. */
function linesOf(issues: readonly IssueLine[], items: readonly OrderItem[]): FileClaimLine[] {
  return issues.flatMap((issue, index): FileClaimLine[] => {
    const issueType = INCIDENT_OF_ISSUE[issue.issueType];
    if (issue.sourceItemId === undefined) {
      return items.map((item) => ({ orderItemId: item.id, issueType, details: issue.details }));
    }
    const item = findItem(items, issue.sourceItemId);
    if (item === undefined) {
      throw new RefusalError({ code: 'invalid_input', message: `no item ${issue.sourceItemId} on this order`, path: `/issues/${index}/sourceItemId` });
    }
    return [{ orderItemId: item.id, quantity: issue.quantity, issueType, details: issue.details }];
  });
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function toOnlineClaimInput(sourceOrderId: string, body: OnlineClaimBody, items: readonly OrderItem[]): FileClaimInput {
  const issues = body.fulfillmentIssues.flatMap((fulfillment) => fulfillment.issues);
  const details = issues.flatMap((issue) => (issue.details === undefined ? [] : [issue.details]));
  const signature = body.resolution?.customerSignature;
  return {
    order: { externalIdOrNumber: sourceOrderId },
    kind: 'incident',
    incidentType: claimIncidentType(issues.map((issue) => issue.issueType)),
    description: body.claimDescription ?? (details.length === 0 ? undefined : details.join('\n\n')),
    author: { email: body.email },
    source: 'orderprotection',
    lines: linesOf(issues, items),
    resolutionRequested: body.resolution?.desiredMethod,
    policyId: body.policyId,
    evidence: [
      ...issues.flatMap((issue) => (issue.images ?? []).map((url) => ({ url, kind: 'photo' as const }))),
      ...(signature === undefined || signature === '' ? [] : [{ url: signature, kind: 'signature' as const }]),
    ],
    attributes: withoutUndefined({
      salesChannel: body.salesChannel ?? 'ONLINE',
      claimCategory: body.claimCategory ?? 'SHIPPING',
      claimFiledFrom: body.claimFiledFrom,
      options: body.options,
      isOta: body.isOta,
      otaDescription: body.otaDescription,
      warrantyPeriod: body.resolution?.warrantyPeriod,
      updatedShippingAddress: body.resolution?.updatedShippingAddress,
      fulfillmentIssues: body.fulfillmentIssues.map((fulfillment) => withoutUndefined({
        sourceFulfillmentId: fulfillment.sourceFulfillmentId ?? fulfillment.fulfillmentSourceId,
        issues: fulfillment.issues.map((issue) => withoutUndefined({
          issueType: issue.issueType, sourceItemId: issue.sourceItemId, sourceProductId: issue.sourceProductId, sourceVariantId: issue.sourceVariantId,
        })),
      })),
    }),
  };
}

export function toOfflineClaimInput(body: OfflineClaimBody, items: readonly OrderItem[]): FileClaimInput {
  const item = body.item;
  const signature = body.signature;
  return {
    order: { externalIdOrNumber: body.sourceOrderId },
    kind: 'incident',
    incidentType: INCIDENT_OF_ISSUE[body.issueType],
    description: item?.details ?? body.warranty?.productDescription,
    author: { email: body.customer.email },
    source: 'orderprotection',
    lines: linesOf([{ issueType: body.issueType, sourceItemId: item?.sourceItemId, quantity: item?.quantity, details: item?.details }], items),
    resolutionRequested: body.resolution,
    policyId: body.policyId,
    evidence: [
      ...(item?.images ?? []).map((url) => ({ url, kind: 'photo' as const })),
      ...(body.warranty?.receiptImages ?? []).map((url) => ({ url, kind: 'receipt' as const })),
      ...(signature === undefined || signature === '' ? [] : [{ url: signature, kind: 'signature' as const }]),
    ],
    attributes: withoutUndefined({
      offline: true,
      salesChannel: body.salesChannel ?? 'IN_STORE',
      claimCategory: body.claimCategory ?? 'WARRANTY',
      claimFiledFrom: body.claimFiledFrom,
      options: body.options,
      customerPhoneNumber: body.customer.phoneNumber,
      item: item === undefined ? undefined : withoutUndefined({ ...item, images: undefined, details: undefined }),
      warranty: body.warranty === undefined ? undefined : withoutUndefined({ ...body.warranty, receiptImages: undefined }),
      shippingAddress: body.shippingAddress,
    }),
  };
}

function minorOf(value: number, currency: string, path: string): number {
  const minor = toMinor(value, currency);
  if (minor === undefined) throw new RefusalError({ code: 'invalid_input', message: `${path.slice(1)}: ${value} is not an amount in ${currency}`, path });
  return minor;
}

/** Decimal amounts in, minor units out; a paid value is in its paid currency, else the order's. */
export function toResolutionInput(body: ResolutionBody, orderCurrency: string): ResolutionInput {
  const currency = (body.paidCurrency ?? orderCurrency).toUpperCase();
  return {
    type: body.resolutionType,
    details: body.resolutionDetails,
    paidValueMinor: body.paidValue === undefined ? undefined : minorOf(body.paidValue, currency, '/paidValue'),
    paidCurrency: body.paidValue === undefined && body.paidCurrency === undefined ? undefined : currency,
    includeShipping: body.includeShipping,
    shippingAmountMinor: body.shippingAmount === undefined ? undefined : minorOf(body.shippingAmount, currency, '/shippingAmount'),
  };
}

export function toStoreCreditInput(body: StoreCreditBody, orderCurrency: string): StoreCreditInput {
  const currency = (body.creditCurrency ?? orderCurrency).toUpperCase();
  return {
    type: body.creditType === 'DISCOUNT_CODE' ? 'discount_code' : 'gift_card',
    code: body.code,
    valueMinor: minorOf(body.creditValue, currency, '/creditValue'),
    bonusMinor: body.bonusValue === undefined ? undefined : minorOf(body.bonusValue, currency, '/bonusValue'),
    currency,
  };
}
