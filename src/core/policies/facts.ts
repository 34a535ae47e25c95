import type { Kysely } from 'kysely';
import type { Claim } from '../../domain/claim/claim.js';
import type { ClaimableItem } from '../../domain/claim/lines.js';
import type { OrderItem } from '../../domain/order.js';
import type { Policy } from '../../domain/policy/document.js';
import { customerWindows, type CustomerHistory, type RuleFacts } from '../../domain/policy/rules.js';
import type { RequirementFacts, WindowFacts } from '../../domain/policy/windows.js';
import * as claimParts from '../../store/claim-parts.js';
import * as claims from '../../store/claims.js';
import * as orders from '../../store/orders.js';
import * as policies from '../../store/policies.js';
import * as reasons from '../../store/reasons.js';
import type { DB } from '../../store/schema.js';

// The facts a policy judges a stored claim by, read in a fixed number of queries. The
// judging itself is pure (src/domain/policy); this file only gathers.

const DAY_MS = 86_400_000;

export interface ClaimPolicyFacts {
  rule: RuleFacts;
  window: WindowFacts;
  requirement: RequirementFacts;
}

/** The customer's history over every window the policy's rules look at, up to `until` when given. */
export async function loadCustomerHistory(
  db: Kysely<DB>, policy: Policy, claim: { storeId: number; customerId: number; id?: number }, currency: string, now: Date, until?: Date,
): Promise<Map<number, CustomerHistory>> {
  const windows = customerWindows(policy);
  const histories = await Promise.all(windows.map((days) => policies.customerHistory(db, claim.storeId, {
    customerId: claim.customerId, excludeClaimId: claim.id, since: new Date(now.getTime() - days * DAY_MS), until, currency,
  })));
  return new Map(windows.map((days, index) => [days, histories[index] ?? { claims: 0, refundedMinor: 0 }]));
}

/**
 * Everything the policy needs about a claim, as of `now`. For a replay, `now` is when the
 * claim was filed and the customer's history stops there.
 */
export async function loadClaimPolicyFacts(
  db: Kysely<DB>, policy: Policy, claim: Claim, now: Date, options: { historyUntil?: Date } = {},
): Promise<ClaimPolicyFacts> {
  const [order, lines, items, reasonRows, parts] = await Promise.all([
    orders.findOrder(db, claim.storeId, { id: claim.orderId }),
    claims.listClaimLines(db, claim.storeId, [claim.id]),
    orders.listOrderItems(db, claim.storeId, [claim.orderId]),
    claim.reasonId === null ? Promise.resolve([]) : reasons.findReasons(db, claim.storeId, [claim.reasonId]),
    claimParts.loadClaimParts(db, claim.storeId, [claim.id]),
  ]);
  if (order === undefined) throw new Error(`claim ${claim.id} lost its order`);
  const reasonRow = reasonRows[0];
  const reason = reasonRow === undefined ? null : { id: reasonRow.id, uuid: reasonRow.uuid };
  const claimed = lines.flatMap((line) => {
    const item = items.find((candidate) => candidate.id === line.orderItemId);
    return item === undefined ? [] : [{ item, quantity: line.quantity }];
  });
  const customerHistory = await loadCustomerHistory(db, policy, claim, order.currency, now, options.historyUntil);
  return {
    rule: {
      kind: claim.kind, reason, incidentType: claim.incidentType, currency: order.currency,
      claimedAmountMinor: claimed.reduce((total, line) => total + line.quantity * line.item.unitPriceMinor, 0),
      skus: claimed.map((line) => line.item.sku), orderPlacedAt: order.placedAt, now, customerHistory,
    },
    window: {
      kind: claim.kind, reason, orderPlacedAt: order.placedAt, now,
      items: (claimed.length === 0 ? items : claimed.map((line) => line.item)).map(windowItem),
    },
    requirement: {
      kind: claim.kind, reason, description: claim.description,
      photos: parts.attachments.filter((attachment) => attachment.kind === 'photo').length,
      receipts: parts.attachments.filter((attachment) => attachment.kind === 'receipt').length,
    },
  };
}

export function windowItem(item: OrderItem): WindowFacts['items'][number] {
  return { sku: item.sku, fulfillmentStatus: item.fulfillmentStatus, shippedAt: item.shippedAt, deliveredAt: item.deliveredAt };
}

/** An order item as the eligibility and withdrawal rules read it: its fulfilment dates and what other claims hold of it. */
export function claimableWindowItem(item: OrderItem, held: ReadonlyMap<number, number>): ClaimableItem & WindowFacts['items'][number] {
  return { ...windowItem(item), id: item.id, quantity: item.quantity, claimedQuantity: held.get(item.id) ?? 0 };
}
