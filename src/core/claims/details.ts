import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import { customerClaim } from '../../domain/claim/customer-view.js';
import type { Claim, ClaimLine, ClaimRef } from '../../domain/claim/claim.js';
import type { Attachment, Message, Resolution, ReturnShipment, StoreCredit } from '../../domain/claim/parts.js';
import type { ClaimAssignee } from '../../domain/claim/assignee.js';
import type { Reason } from '../../domain/claim/reason.js';
import type { Customer, Order, OrderItem } from '../../domain/order.js';
import type { Refund } from '../../domain/refund/refund.js';
import { refuse } from '../../domain/refusal.js';
import { refundableMinor } from '../../domain/refund/rules.js';
import { promisesMoney } from '../../domain/refund/status.js';
import { loadDetailParts } from '../../store/claim-detail-parts.js';
import * as claims from '../../store/claims.js';
import type { DB } from '../../store/schema.js';
import { customerScope, storeOf } from '../access.js';

/** A claim line with the order item it draws on. */
export interface ClaimLineDetails extends ClaimLine {
  item: OrderItem;
}

/** Everything a door may show about a claim, loaded in a fixed number of queries. */
export interface ClaimDetails extends Claim {
  order: Order;
  customer: Customer;
  reason: Reason | null;
  lines: ClaimLineDetails[];
  messages: Message[];
  attachments: Attachment[];
  resolutions: Resolution[];
  refunds: Refund[];
  storeCredits: StoreCredit[];
  returnShipment: ReturnShipment | null;
  /** Who works on the claim; a customer's view shows nobody. */
  assignee: ClaimAssignee | null;
}

export interface DetailsOptions {
  /** A customer's view (src/domain/claim/customer-view.ts): no internal messages, flags, queue or automatic decision. */
  hideInternal: boolean;
}

export async function loadClaimDetails(
  db: Kysely<DB>, storeId: number, found: readonly Claim[], options: DetailsOptions,
): Promise<ClaimDetails[]> {
  if (found.length === 0) return [];
  const parts = await loadDetailParts(db, storeId, {
    claimIds: found.map((claim) => claim.id),
    orderIds: [...new Set(found.map((claim) => claim.orderId))],
    customerIds: [...new Set(found.map((claim) => claim.customerId))],
    reasonIds: [...new Set(found.flatMap((claim) => (claim.reasonId === null ? [] : [claim.reasonId])))],
    userIds: [...new Set(found.flatMap((claim) => (claim.assigneeUserId === null ? [] : [claim.assigneeUserId])))],
  });
  const details = assembleDetails(found, parts);
  return options.hideInternal ? details.map(customerClaim) : details;
}

/** Everything loaded for some claims, each list in any claim's order. */
interface LoadedParts {
  messages: readonly Message[];
  attachments: readonly Attachment[];
  resolutions: readonly Resolution[];
  storeCredits: readonly StoreCredit[];
  returnShipments: readonly ReturnShipment[];
  orders: readonly Order[];
  customers: readonly Customer[];
  reasons: readonly Reason[];
  items: readonly OrderItem[];
  lines: readonly ClaimLine[];
  refunds: readonly Refund[];
  assignees: readonly ClaimAssignee[];
}

/** Hangs each claim's parts on it. One pass over each list, not one per claim: a page stays linear in its rows. */
function assembleDetails(found: readonly Claim[], loaded: LoadedParts): ClaimDetails[] {
  const ordersById = new Map(loaded.orders.map((order) => [order.id, order]));
  const itemsById = new Map(loaded.items.map((item) => [item.id, item]));
  const customersById = new Map(loaded.customers.map((customer) => [customer.id, customer]));
  const reasonsById = new Map(loaded.reasons.map((reason) => [reason.id, reason]));
  const assigneesById = new Map(loaded.assignees.map((assignee) => [assignee.id, assignee]));
  const linesOf = groupByClaim(loaded.lines);
  const messagesOf = groupByClaim(loaded.messages);
  const attachmentsOf = groupByClaim(loaded.attachments);
  const resolutionsOf = groupByClaim(loaded.resolutions);
  const refundsOf = groupByClaim(loaded.refunds);
  const creditsOf = groupByClaim(loaded.storeCredits);
  const shipmentsOf = groupByClaim(loaded.returnShipments);
  return found.map((claim) => {
    const order = ordersById.get(claim.orderId);
    const customer = customersById.get(claim.customerId);
    if (order === undefined || customer === undefined) throw new Error(`claim ${claim.id} lost its order or customer`);
    // The claim's own fields spread last: V8 builds `{ ...claim, more }` with a new hidden
    // class per object, which cost ~30 µs a claim; `{ more, ...claim }` costs under 1 µs.
    return {
      order,
      customer,
      reason: claim.reasonId === null ? null : reasonsById.get(claim.reasonId) ?? null,
      lines: (linesOf.get(claim.id) ?? []).map((line) => {
        const item = itemsById.get(line.orderItemId);
        if (item === undefined) throw new Error(`claim line ${line.id} lost its order item`);
        return { item, ...line };
      }),
      messages: messagesOf.get(claim.id) ?? [],
      attachments: attachmentsOf.get(claim.id) ?? [],
      resolutions: resolutionsOf.get(claim.id) ?? [],
      refunds: refundsOf.get(claim.id) ?? [],
      storeCredits: creditsOf.get(claim.id) ?? [],
      returnShipment: shipmentsOf.get(claim.id)?.[0] ?? null,
      assignee: claim.assigneeUserId === null ? null : assigneesById.get(claim.assigneeUserId) ?? null,
      ...claim,
    };
  });
}

/**
 * A claim just filed, from what its filing wrote and read under the order lock: the same
 * details a read would load, without reading it back. Only for a filing nothing else wrote
 * to (no policy ran), so it has no messages, resolutions, refunds or store credits yet.
 */
export function newClaimDetails(filed: {
  claim: Claim; order: Order; customer: Customer; reason: Reason | null;
  lines: readonly ClaimLine[]; items: readonly OrderItem[];
  attachments: readonly Attachment[]; returnShipment: ReturnShipment | null;
}): ClaimDetails {
  const [details] = assembleDetails([filed.claim], {
    orders: [filed.order], customers: [filed.customer], reasons: filed.reason === null ? [] : [filed.reason],
    items: filed.items, lines: filed.lines, refunds: [], messages: [], attachments: filed.attachments, resolutions: [],
    storeCredits: [], returnShipments: filed.returnShipment === null ? [] : [filed.returnShipment], assignees: [],
  });
  if (details === undefined) throw new Error(`claim ${filed.claim.id} vanished`);
  return details;
}

/** Rows grouped by their claim, each group in the rows' order. */
function groupByClaim<T extends { claimId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.claimId);
    if (group === undefined) groups.set(row.claimId, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * Finds a claim the actor may see, or refuses with 404 (never 403: existence must not leak).
 * With `lock`, inside a transaction, it also takes the claim's row lock for a change.
 */
export async function findVisibleClaim(db: Kysely<DB>, actor: Actor, ref: ClaimRef, options: { lock?: boolean } = {}): Promise<Claim> {
  const claim = await claims.findClaim(db, storeOf(actor), ref, { customerId: customerScope(actor), lock: options.lock });
  if (claim === undefined) refuse({ code: 'not_found', entity: 'claim', id: 'id' in ref ? ref.id : 'uuid' in ref ? ref.uuid : ref.number });
  return claim;
}

export async function detailsFor(db: Kysely<DB>, actor: Actor, claim: Claim): Promise<ClaimDetails> {
  const [details] = await loadClaimDetails(db, claim.storeId, [claim], { hideInternal: actor.role === 'customer' });
  if (details === undefined) throw new Error(`claim ${claim.id} vanished`);
  return details;
}

/** What may still be claimed and refunded on the claim's order: what a console shows beside the actions. */
export interface ClaimBalances {
  refundableMinor: number;
  claimableQuantity: Record<number, number>;
}

export async function claimBalances(db: Kysely<DB>, details: ClaimDetails, allItems: readonly OrderItem[]): Promise<ClaimBalances> {
  const [held, orderRefunds] = await Promise.all([
    claims.sumHeldQuantities(db, details.storeId, allItems.map((item) => item.id)),
    db.selectFrom('refunds').select(['amount_minor', 'status']).where('store_id', '=', details.storeId).where('order_id', '=', details.orderId).execute(),
  ]);
  const promisedMinor = orderRefunds.filter((refund) => promisesMoney(refund.status as never)).reduce((total, refund) => total + refund.amount_minor, 0);
  return {
    refundableMinor: refundableMinor({ currency: details.order.currency, totalMinor: details.order.totalAmountMinor, promisedMinor }),
    claimableQuantity: Object.fromEntries(allItems.map((item) => [item.id, Math.max(0, item.quantity - (held.get(item.id) ?? 0))])),
  };
}
