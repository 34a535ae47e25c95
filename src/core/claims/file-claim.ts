import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { actorRecord, type Actor } from '../../domain/actor.js';
import type { Claim, RefundDestination } from '../../domain/claim/claim.js';
import { checkLines, type ClaimableItem } from '../../domain/claim/lines.js';
import { checkReason, type Reason, type ReasonRef } from '../../domain/claim/reason.js';
import { INCIDENT_TYPES, type ClaimKind, type ClaimSource } from '../../domain/claim/status.js';
import type { OrderRef } from '../../domain/order.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import * as reasons from '../../store/reasons.js';
import type { DB } from '../../store/schema.js';
import { authorize, customerScope, storeOf } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { applyPolicyToNewClaim, judgeFiling } from '../policies/judge.js';
import { inTransaction, type UnitOfWork } from '../unit-of-work.js';
import { detailsFor, newClaimDetails, type ClaimDetails } from './details.js';
import { checkCustomerAttributes } from '../../domain/claim/attributes.js';
import { withdrawalRefundTimer, withdrawalRefusal, type WithdrawalStatement } from '../../domain/claim/withdrawal.js';
import { setClaimTimers } from '../policies/timers.js';
import type { OrderItem } from '../../domain/order.js';
import * as policies from '../../store/policies.js';
import { windowItem } from '../policies/facts.js';

export interface FileClaimLine {
  orderItemId: number;
  /** Omitted: everything of the item that can still be claimed. */
  quantity?: number;
  issueType?: string;
  details?: string;
}

export interface FileClaimInput {
  order: OrderRef;
  kind: ClaimKind;
  incidentType?: string;
  reason?: ReasonRef;
  description?: string;
  author?: { name?: string; email?: string };
  source: ClaimSource;
  lines: FileClaimLine[];
  refundDestination?: RefundDestination;
  resolutionRequested?: string;
  attributes?: Record<string, unknown>;
  policyId?: string;
  evidence?: Array<{ url: string; kind: 'photo' | 'signature' | 'receipt' | 'other' }>;
  /** Refuse when an item is already on a claim in progress (Omnitron: one open request per item). */
  onePerItem?: boolean;
  /** A money-only claim with no lines (a refund asked for on the whole order). */
  withoutLines?: boolean;
  /**
   * The customer's statutory withdrawal from the contract: checked against the 14-day period
   * alone (the store's windows, requirements and rules cannot shorten it), recorded on the claim
   * and in its event, which sends the acknowledgement.
   */
  withdrawal?: WithdrawalStatement;
}

/** Claims that finished their work: an item on one of these may be claimed again (if quantity remains). */
const FINISHED_FOR_ONE_PER_ITEM = ['completed', 'completed_by_merchant', 'closed', 'archived'] as const;

/** Files a claim: lock the order, check eligibility and quantities, write claim, lines, evidence and events. */
export async function fileClaim(core: Core, actor: Actor, input: FileClaimInput): Promise<ClaimDetails> {
  authorize(actor, 'claims.file');
  if (input.kind === 'incident' && input.incidentType !== undefined && !(INCIDENT_TYPES as readonly string[]).includes(input.incidentType)) {
    refuse({ code: 'invalid_input', message: `unknown incident type ${input.incidentType}`, path: '/type' });
  }
  if (input.kind !== 'incident' && input.incidentType !== undefined) {
    refuse({ code: 'invalid_input', message: 'type is only for incident claims', path: '/type' });
  }
  if (actor.role === 'customer' && input.attributes !== undefined) {
    const refusal = checkCustomerAttributes(input.attributes);
    if (refusal !== undefined) refuse(refusal);
  }
  const filed = await inTransaction(core, actor, (uow) => fileInTransaction(uow, input));
  // A policy may have moved the claim on, paid it or written to it: read back what it left.
  // Otherwise the transaction already holds every part of the new claim.
  return filed.details ?? detailsFor(core.db, actor, filed.claim);
}

/** The body of fileClaim, for use cases that file a claim as part of a larger change. */
export async function fileClaimInTransaction(
  uow: UnitOfWork, input: FileClaimInput,
): Promise<Claim> {
  return (await fileInTransaction(uow, input)).claim;
}

/** The new claim, with its details when nothing but the filing wrote to it. */
async function fileInTransaction(
  uow: UnitOfWork, input: FileClaimInput,
): Promise<{ claim: Claim; details?: ClaimDetails }> {
  const storeId = storeOf(uow.actor);
  const ownCustomer = customerScope(uow.actor);
  // Every claim on an order draws on the same goods: serialise them on the order row.
  const order = await orders.lockOrderByRef(uow.trx, storeId, input.order);
  if (order === undefined || (ownCustomer !== undefined && order.customerId !== ownCustomer)) {
    refuse({ code: 'not_found', entity: 'order', id: 'id' in input.order ? input.order.id : JSON.stringify(input.order) });
  }

  const { lines, items } = input.withoutLines === true ? { lines: [], items: [] } : await checkedLines(uow.trx, storeId, order.id, input);
  const reason = await checkedReason(uow.trx, storeId, input);
  const withdrawal = input.withdrawal;
  const policy = withdrawal === undefined
    ? await judgeFiling(uow.trx, storeId, {
      kind: input.kind, reason, description: input.description ?? null, evidence: input.evidence ?? [], order,
      orderItemIds: lines.map((line) => line.orderItemId),
    }, uow.at)
    : await checkWithdrawal(uow.trx, storeId, order.placedAt, items.filter((item) => lines.some((line) => line.orderItemId === item.id)), uow.at);
  const customer = await orders.findCustomer(uow.trx, storeId, order.customerId);
  if (customer === undefined) throw new Error(`order ${order.id} has no customer`);

  const inserted = await claims.insertClaim(uow.trx, {
    uuid: uow.core.newId(), storeId, orderId: order.id, customerId: order.customerId, kind: input.kind,
    incidentType: input.kind === 'incident' ? input.incidentType ?? null : null, reasonId: reason?.id ?? null,
    description: input.description ?? null,
    authorName: input.author?.name ?? `${customer.firstName} ${customer.lastName}`.trim(),
    authorEmail: input.author?.email ?? customer.email,
    source: input.source, filedBy: uow.actor.role, status: 'new', holdsQuantity: true,
    refundDestination: input.refundDestination ?? { method: 'original_payment' },
    resolutionRequested: input.resolutionRequested ?? null, rejectionReason: null, rejectionImages: [],
    attributes: withdrawal === undefined ? input.attributes ?? {} : { ...input.attributes, withdrawal: withdrawalData(withdrawal) },
    policyId: input.policyId ?? null, at: uow.at,
  }, lines);

  const attachments = await claimParts.insertAttachments(uow.trx, storeId, (input.evidence ?? []).map((evidence) => ({
    uuid: uow.core.newId(), claimId: inserted.claim.id, url: evidence.url, kind: evidence.kind, uploadedBy: actorRecord(uow.actor).type, createdAt: uow.at,
  })));
  // A return gets its easy-return code at once, so the customer can hand the parcel in.
  const returnShipment = input.kind !== 'return' ? null : await claimParts.insertReturnShipment(uow.trx, storeId, {
    uuid: uow.core.newId(), claimId: inserted.claim.id, carrier: null, trackingNumber: null, trackingUrl: null,
    easyReturnCode: easyReturnCode(), codeValidFrom: uow.at,
    codeValidUntil: new Date(uow.at.getTime() + uow.core.config.easyReturnValidityDays * 86_400_000),
    codeMaxUses: 1, codeUseCount: 0, status: 'pending', shippedAt: null, receivedAt: null,
  }, uow.at);
  await events.appendEvents(uow.trx, [claimEvent(uow, inserted.claim, 'claim.created', {
    number: inserted.claim.number, kind: input.kind, status: 'new', source: input.source, order_id: order.id,
    lines: lines.map((line) => ({ order_item_id: line.orderItemId, quantity: line.quantity })),
    ...(withdrawal === undefined ? {} : { withdrawal: withdrawalData(withdrawal) }),
  })]);
  if (withdrawal !== undefined) await setClaimTimers(uow.trx, inserted.claim, 0, [withdrawalRefundTimer(withdrawal.declaredAt)], uow.at);
  if (policy !== undefined) return { claim: await applyPolicyToNewClaim(uow, inserted.claim, policy) };
  return {
    claim: inserted.claim,
    details: newClaimDetails({ claim: inserted.claim, order, customer, reason: reason ?? null, lines: inserted.lines, items, attachments, returnShipment }),
  };
}

async function checkedLines(trx: Transaction<DB>, storeId: number, orderId: number, input: FileClaimInput) {
  const items = await orders.listOrderItems(trx, storeId, [orderId]);
  const requestedIds = input.lines.map((line) => line.orderItemId);
  const held = await claims.sumHeldQuantities(trx, storeId, requestedIds);
  const claimable: ClaimableItem[] = items.map((item) => ({
    id: item.id, quantity: item.quantity, fulfillmentStatus: item.fulfillmentStatus, claimedQuantity: held.get(item.id) ?? 0,
  }));
  if (input.onePerItem === true) {
    const busy = await claims.itemsWithOpenClaims(trx, storeId, requestedIds, FINISHED_FOR_ONE_PER_ITEM);
    const first = busy[0];
    if (first !== undefined) refuse({ code: 'item_has_open_claim', orderItemId: first });
  }
  const lines = input.lines.map((line) => {
    const item = claimable.find((candidate) => candidate.id === line.orderItemId);
    const quantity = line.quantity ?? (item === undefined ? 1 : Math.max(1, item.quantity - item.claimedQuantity));
    return { orderItemId: line.orderItemId, quantity, issueType: line.issueType ?? null, details: line.details ?? null };
  });
  const refusal = checkLines(input.kind, claimable, lines);
  if (refusal !== undefined) refuse(refusal);
  return { lines, items };
}

/**
 * A withdrawal is judged by the statutory period only, in the store's time zone; the store's
 * policy does not apply to it (a rule could otherwise reject what the law grants).
 */
async function checkWithdrawal(trx: Transaction<DB>, storeId: number, placedAt: Date, items: OrderItem[], now: Date): Promise<undefined> {
  const zone = (await policies.findCurrentPolicy(trx, storeId))?.document.time_zone ?? 'UTC';
  const refusal = withdrawalRefusal(items.map(windowItem), placedAt, zone, now);
  if (refusal !== undefined) refuse(refusal);
  return undefined;
}

function withdrawalData(withdrawal: WithdrawalStatement) {
  return { name: withdrawal.name, declared_at: withdrawal.declaredAt.toISOString() };
}

async function checkedReason(trx: Transaction<DB>, storeId: number, input: FileClaimInput): Promise<Reason | undefined> {
  if (input.reason === undefined) return undefined;
  const reason = await reasons.findReason(trx, storeId, input.reason);
  if (reason === undefined) refuse({ code: 'not_found', entity: 'reason', id: 'id' in input.reason ? input.reason.id : input.reason.uuid });
  const refusal = checkReason(reason, { kind: input.kind, description: input.description ?? null, evidenceCount: input.evidence?.length ?? 0 });
  if (refusal !== undefined) refuse(refusal);
  return reason;
}

/** A short code a customer reads out at a carrier's counter: no 0/O or 1/I to confuse. */
function easyReturnCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(10);
  return `ER${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}
