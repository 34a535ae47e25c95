import type { Kysely, Transaction } from 'kysely';
import type { Attachment, Message, Resolution, ReturnShipment, StoreCredit } from '../domain/claim/parts.js';
import type { AttachmentRow, DB, MessageRow, ResolutionRow, ReturnShipmentRow, StoreCreditRow } from './schema.js';

// The parts a claim is made of besides its lines: messages, attachments, resolutions,
// store credits and its return shipment. Loaded in batches by claim id, so a page of
// claims costs the same few queries however long it is.

export const toMessage = (row: MessageRow): Message => ({
  id: row.id, uuid: row.uuid, claimId: row.claim_id, senderType: row.sender_type,
  authorName: row.author_name, body: row.body, internal: row.internal, attachments: row.attachments, createdAt: row.created_at,
});

export const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id, uuid: row.uuid, claimId: row.claim_id, url: row.url, kind: row.kind,
  uploadedBy: row.uploaded_by, createdAt: row.created_at,
});

export const toResolution = (row: ResolutionRow): Resolution => ({
  id: row.id, uuid: row.uuid, claimId: row.claim_id, type: row.type, outcome: row.outcome, details: row.details,
  paidValueMinor: row.paid_value_minor, paidCurrency: row.paid_currency, includeShipping: row.include_shipping,
  shippingAmountMinor: row.shipping_amount_minor, claimStatus: row.claim_status, refundId: row.refund_id,
  createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
});

export const toStoreCredit = (row: StoreCreditRow): StoreCredit => ({
  id: row.id, uuid: row.uuid, claimId: row.claim_id, type: row.type, code: row.code, valueMinor: row.value_minor,
  bonusMinor: row.bonus_minor, currency: row.currency, emailStatus: row.email_status, emailedAt: row.emailed_at, createdAt: row.created_at,
});

export const toReturnShipment = (row: ReturnShipmentRow): ReturnShipment => ({
  id: row.id, uuid: row.uuid, claimId: row.claim_id, carrier: row.carrier, trackingNumber: row.tracking_number,
  trackingUrl: row.tracking_url, easyReturnCode: row.easy_return_code, codeValidFrom: row.code_valid_from,
  codeValidUntil: row.code_valid_until, codeMaxUses: row.code_max_uses, codeUseCount: row.code_use_count,
  status: row.status, shippedAt: row.shipped_at, receivedAt: row.received_at, createdAt: row.created_at, updatedAt: row.updated_at,
});

export async function insertMessage(trx: Transaction<DB>, storeId: number, message: Omit<Message, 'id'>): Promise<Message> {
  const row = await trx.insertInto('messages').values({
    store_id: storeId, uuid: message.uuid, claim_id: message.claimId, sender_type: message.senderType,
    author_name: message.authorName, body: message.body, internal: message.internal,
    attachments: JSON.stringify(message.attachments), created_at: message.createdAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toMessage(row);
}

export async function insertAttachments(trx: Transaction<DB>, storeId: number, attachments: ReadonlyArray<Omit<Attachment, 'id'>>): Promise<Attachment[]> {
  if (attachments.length === 0) return [];
  const rows = await trx.insertInto('attachments').values(attachments.map((attachment) => ({
    store_id: storeId, uuid: attachment.uuid, claim_id: attachment.claimId, url: attachment.url, kind: attachment.kind,
    uploaded_by: attachment.uploadedBy, created_at: attachment.createdAt,
  }))).returningAll().execute();
  return rows.map(toAttachment);
}

export async function insertResolution(trx: Transaction<DB>, storeId: number, resolution: Omit<Resolution, 'id' | 'updatedAt'>): Promise<Resolution> {
  const row = await trx.insertInto('resolutions').values({
    store_id: storeId, uuid: resolution.uuid, claim_id: resolution.claimId, type: resolution.type, outcome: resolution.outcome,
    details: resolution.details, paid_value_minor: resolution.paidValueMinor, paid_currency: resolution.paidCurrency,
    include_shipping: resolution.includeShipping, shipping_amount_minor: resolution.shippingAmountMinor,
    claim_status: resolution.claimStatus, refund_id: resolution.refundId, created_by: resolution.createdBy,
    created_at: resolution.createdAt, updated_at: resolution.createdAt,
  }).returningAll().executeTakeFirstOrThrow();
  return toResolution(row);
}

export async function insertStoreCredit(trx: Transaction<DB>, storeId: number, credit: Omit<StoreCredit, 'id'>): Promise<StoreCredit | undefined> {
  const row = await trx.insertInto('store_credits').values({
    store_id: storeId, uuid: credit.uuid, claim_id: credit.claimId, type: credit.type, code: credit.code,
    value_minor: credit.valueMinor, bonus_minor: credit.bonusMinor, currency: credit.currency,
    email_status: credit.emailStatus, emailed_at: credit.emailedAt, created_at: credit.createdAt,
  }).onConflict((conflict) => conflict.columns(['store_id', 'code']).doNothing()).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toStoreCredit(row);
}

export async function insertReturnShipment(trx: Transaction<DB>, storeId: number, shipment: Omit<ReturnShipment, 'id' | 'createdAt' | 'updatedAt'>, at: Date): Promise<ReturnShipment> {
  const row = await trx.insertInto('return_shipments').values({
    store_id: storeId, uuid: shipment.uuid, claim_id: shipment.claimId, carrier: shipment.carrier,
    tracking_number: shipment.trackingNumber, tracking_url: shipment.trackingUrl, easy_return_code: shipment.easyReturnCode,
    code_valid_from: shipment.codeValidFrom, code_valid_until: shipment.codeValidUntil, code_max_uses: shipment.codeMaxUses,
    code_use_count: shipment.codeUseCount, status: shipment.status, shipped_at: shipment.shippedAt,
    received_at: shipment.receivedAt, created_at: at, updated_at: at,
  }).returningAll().executeTakeFirstOrThrow();
  return toReturnShipment(row);
}

export async function updateReturnShipment(
  trx: Transaction<DB>, storeId: number, shipmentId: number,
  patch: Partial<Pick<ReturnShipment, 'carrier' | 'trackingNumber' | 'trackingUrl' | 'status' | 'shippedAt' | 'receivedAt' | 'codeUseCount'>>, at: Date,
): Promise<ReturnShipment> {
  const row = await trx.updateTable('return_shipments').set({
    ...(patch.carrier === undefined ? {} : { carrier: patch.carrier }),
    ...(patch.trackingNumber === undefined ? {} : { tracking_number: patch.trackingNumber }),
    ...(patch.trackingUrl === undefined ? {} : { tracking_url: patch.trackingUrl }),
    ...(patch.status === undefined ? {} : { status: patch.status }),
    ...(patch.shippedAt === undefined ? {} : { shipped_at: patch.shippedAt }),
    ...(patch.receivedAt === undefined ? {} : { received_at: patch.receivedAt }),
    ...(patch.codeUseCount === undefined ? {} : { code_use_count: patch.codeUseCount }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', shipmentId).returningAll().executeTakeFirstOrThrow();
  return toReturnShipment(row);
}

export interface ClaimParts {
  messages: Message[];
  attachments: Attachment[];
  resolutions: Resolution[];
  storeCredits: StoreCredit[];
  returnShipments: ReturnShipment[];
}

export async function loadClaimParts(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<ClaimParts> {
  if (claimIds.length === 0) return { messages: [], attachments: [], resolutions: [], storeCredits: [], returnShipments: [] };
  const ids = [...claimIds];
  const [messages, attachments, resolutions, storeCredits, returnShipments] = await Promise.all([
    db.selectFrom('messages').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('attachments').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('resolutions').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('store_credits').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', ids).orderBy('id').execute(),
    listReturnShipments(db, storeId, ids),
  ]);
  return {
    messages: messages.map(toMessage), attachments: attachments.map(toAttachment), resolutions: resolutions.map(toResolution),
    storeCredits: storeCredits.map(toStoreCredit), returnShipments,
  };
}

async function listReturnShipments(db: Kysely<DB>, storeId: number, claimIds: readonly number[]): Promise<ReturnShipment[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('return_shipments').selectAll().where('store_id', '=', storeId).where('claim_id', 'in', [...claimIds]).execute();
  return rows.map(toReturnShipment);
}

export async function findReturnShipment(db: Kysely<DB>, storeId: number, claimId: number): Promise<ReturnShipment | undefined> {
  const row = await db.selectFrom('return_shipments').selectAll().where('store_id', '=', storeId).where('claim_id', '=', claimId).executeTakeFirst();
  return row === undefined ? undefined : toReturnShipment(row);
}

export async function hasResolutionOutcome(db: Kysely<DB>, storeId: number, claimId: number, outcome: 'approval' | 'denial'): Promise<boolean> {
  const row = await db.selectFrom('resolutions').select('id')
    .where('store_id', '=', storeId).where('claim_id', '=', claimId).where('outcome', '=', outcome).limit(1).executeTakeFirst();
  return row !== undefined;
}
