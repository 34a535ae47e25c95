import { Type } from '@sinclair/typebox';
import type { ClaimDetails } from '../../core/claims/details.js';
import type { ClaimEvent } from '../../domain/claim/event.js';
import type { Attachment, Message, Resolution, ReturnShipment, StoreCredit } from '../../domain/claim/parts.js';
import { nextStatuses } from '../../domain/claim/transitions.js';
import type { Refund } from '../../domain/refund/refund.js';
import { isoTime } from '../iso-time.js';
import { NullableOut } from '../nullable.js';
import { iso } from './schemas.js';

// The native claim as every /v1 route shows it: snake_case, amounts in minor units.

const NullableInt = NullableOut(Type.Integer());
const NullableString = NullableOut(Type.String());

export const MessageSchema = Type.Object({
  id: Type.String(), sender_type: Type.String(), author_name: Type.String(), body: Type.String(), internal: Type.Boolean(),
  attachments: Type.Array(Type.String()), created_at: Type.String(),
}, { $id: 'Message' });

export const AttachmentSchema = Type.Object({
  id: Type.String(), url: Type.String(), kind: Type.String(), uploaded_by: Type.String(), created_at: Type.String(),
}, { $id: 'Attachment' });

export const ResolutionSchema = Type.Object({
  id: Type.String(), type: Type.String(), outcome: Type.String(), details: NullableString, paid_value: NullableInt,
  paid_currency: NullableString, include_shipping: Type.Boolean(), shipping_amount: NullableInt, claim_status: Type.String(),
  refund_id: NullableInt, created_by: Type.String(), created_at: Type.String(),
}, { $id: 'Resolution' });

export const RefundSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), claim_id: Type.Integer(), order_id: Type.Integer(), amount: Type.Integer(),
  currency: Type.String(), status: Type.String(), method: Type.String(), reason: NullableString, response_reason: NullableString,
  requester: Type.String(), needs_return: Type.Boolean(), created_at: Type.String(), updated_at: Type.String(),
  approved_at: NullableString, processing_at: NullableString, issued_at: NullableString, denied_at: NullableString, cancelled_at: NullableString,
}, { $id: 'Refund' });

export const StoreCreditSchema = Type.Object({
  id: Type.String(), type: Type.String(), code: Type.String(), value: Type.Integer(), bonus: Type.Integer(), currency: Type.String(),
  email_status: Type.String(), created_at: Type.String(),
}, { $id: 'StoreCredit' });

export const ReturnShipmentSchema = Type.Object({
  carrier: NullableString, tracking_number: NullableString, tracking_url: NullableString, easy_return_code: NullableString,
  code_valid_from: NullableString, code_valid_until: NullableString, status: Type.String(), shipped_at: NullableString,
  received_at: NullableString,
}, { $id: 'ReturnShipment' });

export const ClaimSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), number: Type.String(), store_id: Type.Integer(),
  order: Type.Object({
    id: Type.Integer(), uuid: Type.String(), number: Type.String(), external_id: NullableString, currency: Type.String(),
    placed_at: Type.String(), total_amount: Type.Integer(),
  }),
  customer: Type.Object({ id: Type.Integer(), email: Type.String(), first_name: Type.String(), last_name: Type.String() }),
  kind: Type.String(), type: NullableString, status: Type.String(), decision: NullableString,
  allowed_transitions: Type.Array(Type.String()),
  reason: Type.Union([Type.Object({ id: Type.Integer(), uuid: Type.String(), subject: Type.String(), translations: Type.Record(Type.String(), Type.String()) }), Type.Null()]),
  description: NullableString,
  author: Type.Object({ name: Type.String(), email: Type.String() }),
  source: Type.String(), filed_by: Type.String(),
  refund_destination: Type.Object({ method: Type.String(), iban: Type.Optional(Type.String()), holder_name: Type.Optional(Type.String()) }),
  resolution_requested: NullableString,
  rejection: Type.Union([Type.Object({ reason: NullableString, images: Type.Array(Type.String()) }), Type.Null()]),
  attributes: Type.Record(Type.String(), Type.Unknown()),
  policy_id: NullableString,
  policy_version: Type.Union([Type.Integer(), Type.Null()], { description: "the version of the store's policy the claim was last judged by" }),
  risk_flags: Type.Array(Type.String()),
  queue: NullableString,
  assignee: Type.Union([Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }, { description: 'the console user working on the claim' }), Type.Null()]),
  automatic_decision: Type.Union([Type.Object({
    rule_id: Type.String(), action: Type.String(), policy_version: Type.Integer(), reason: Type.Optional(Type.String()),
    refund_amount: Type.Optional(Type.Integer()), decided_at: Type.String(),
  }, { description: 'why the policy decided the claim' }), Type.Null()]),
  lines: Type.Array(Type.Object({
    id: Type.Integer(), order_item_id: Type.Integer(), sku: Type.String(), name: Type.String(), quantity: Type.Integer(),
    unit_price: Type.Integer(), issue_type: NullableString, details: NullableString,
    disposition: NullableString, disposition_note: NullableString, graded_at: NullableString,
  })),
  messages: Type.Array(MessageSchema),
  attachments: Type.Array(AttachmentSchema),
  resolutions: Type.Array(ResolutionSchema),
  refunds: Type.Array(RefundSchema),
  store_credits: Type.Array(StoreCreditSchema),
  return_shipment: Type.Union([ReturnShipmentSchema, Type.Null()]),
  version: Type.Integer(),
  created_at: Type.String(), updated_at: Type.String(), deleted_at: NullableString,
}, { $id: 'Claim' });

export const EventSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), type: Type.String(),
  actor: Type.Object({ type: Type.String(), name: Type.String(), key_id: Type.Optional(Type.Integer()) }),
  data: Type.Record(Type.String(), Type.Unknown()), created_at: Type.String(),
}, { $id: 'Event' });

export function renderMessage(message: Message) {
  return {
    id: message.uuid, sender_type: message.senderType, author_name: message.authorName, body: message.body,
    internal: message.internal, attachments: message.attachments, created_at: isoTime(message.createdAt),
  };
}

export function renderAttachment(attachment: Attachment) {
  return { id: attachment.uuid, url: attachment.url, kind: attachment.kind, uploaded_by: attachment.uploadedBy, created_at: isoTime(attachment.createdAt) };
}

export function renderResolution(resolution: Resolution) {
  return {
    id: resolution.uuid, type: resolution.type, outcome: resolution.outcome, details: resolution.details,
    paid_value: resolution.paidValueMinor, paid_currency: resolution.paidCurrency, include_shipping: resolution.includeShipping,
    shipping_amount: resolution.shippingAmountMinor, claim_status: resolution.claimStatus, refund_id: resolution.refundId,
    created_by: resolution.createdBy, created_at: isoTime(resolution.createdAt),
  };
}

export function renderRefund(refund: Refund) {
  return {
    id: refund.id, uuid: refund.uuid, claim_id: refund.claimId, order_id: refund.orderId, amount: refund.amountMinor,
    currency: refund.currency, status: refund.status, method: refund.method, reason: refund.reason,
    response_reason: refund.responseReason, requester: refund.requester, needs_return: refund.needsReturn,
    created_at: isoTime(refund.createdAt), updated_at: isoTime(refund.updatedAt), approved_at: iso(refund.approvedAt),
    processing_at: iso(refund.processingAt), issued_at: iso(refund.issuedAt), denied_at: iso(refund.deniedAt), cancelled_at: iso(refund.cancelledAt),
  };
}

export function renderStoreCredit(credit: StoreCredit) {
  return {
    id: credit.uuid, type: credit.type, code: credit.code, value: credit.valueMinor, bonus: credit.bonusMinor,
    currency: credit.currency, email_status: credit.emailStatus, created_at: isoTime(credit.createdAt),
  };
}

export function renderReturnShipment(shipment: ReturnShipment) {
  return {
    carrier: shipment.carrier, tracking_number: shipment.trackingNumber, tracking_url: shipment.trackingUrl,
    easy_return_code: shipment.easyReturnCode, code_valid_from: iso(shipment.codeValidFrom), code_valid_until: iso(shipment.codeValidUntil),
    status: shipment.status, shipped_at: iso(shipment.shippedAt), received_at: iso(shipment.receivedAt),
  };
}

export function renderClaim(claim: ClaimDetails) {
  const destination = claim.refundDestination;
  return {
    id: claim.id, uuid: claim.uuid, number: claim.number, store_id: claim.storeId,
    order: {
      id: claim.order.id, uuid: claim.order.uuid, number: claim.order.number, external_id: claim.order.externalId,
      currency: claim.order.currency, placed_at: isoTime(claim.order.placedAt), total_amount: claim.order.totalAmountMinor,
    },
    customer: { id: claim.customer.id, email: claim.customer.email, first_name: claim.customer.firstName, last_name: claim.customer.lastName },
    kind: claim.kind, type: claim.incidentType, status: claim.status, decision: claim.decision,
    allowed_transitions: [...nextStatuses(claim.status)],
    reason: claim.reason === null ? null : { id: claim.reason.id, uuid: claim.reason.uuid, subject: claim.reason.subject, translations: claim.reason.translations },
    description: claim.description,
    author: { name: claim.authorName, email: claim.authorEmail },
    source: claim.source, filed_by: claim.filedBy,
    refund_destination: {
      method: destination.method,
      ...(destination.iban === undefined ? {} : { iban: destination.iban }),
      ...(destination.holderName === undefined ? {} : { holder_name: destination.holderName }),
    },
    resolution_requested: claim.resolutionRequested,
    rejection: claim.rejectionReason === null && claim.rejectionImages.length === 0 ? null : { reason: claim.rejectionReason, images: claim.rejectionImages },
    attributes: claim.attributes,
    policy_id: claim.policyId,
    policy_version: claim.policyVersion,
    risk_flags: claim.riskFlags,
    queue: claim.queue,
    assignee: claim.assignee === null ? null : { id: claim.assignee.uuid, name: claim.assignee.name },
    automatic_decision: claim.policyDecision,
    lines: claim.lines.map((line) => ({
      id: line.id, order_item_id: line.orderItemId, sku: line.item.sku, name: line.item.name, quantity: line.quantity,
      unit_price: line.item.unitPriceMinor, issue_type: line.issueType, details: line.details,
      disposition: line.disposition, disposition_note: line.dispositionNote, graded_at: line.gradedAt?.toISOString() ?? null,
    })),
    messages: claim.messages.map(renderMessage),
    attachments: claim.attachments.map(renderAttachment),
    resolutions: claim.resolutions.map(renderResolution),
    refunds: claim.refunds.map(renderRefund),
    store_credits: claim.storeCredits.map(renderStoreCredit),
    return_shipment: claim.returnShipment === null ? null : renderReturnShipment(claim.returnShipment),
    version: claim.version,
    created_at: isoTime(claim.createdAt), updated_at: isoTime(claim.updatedAt), deleted_at: iso(claim.deletedAt),
  };
}

export function renderEvent(event: ClaimEvent) {
  return { id: event.id, uuid: event.uuid, type: event.type, actor: event.actor, data: event.data, created_at: isoTime(event.createdAt) };
}
