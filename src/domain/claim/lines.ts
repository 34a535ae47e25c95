import type { Refusal } from '../refusal.js';
import type { ClaimKind } from './status.js';

export type FulfillmentStatus = 'unfulfilled' | 'shipped' | 'delivered';

/** What the core knows about an order item when a claim asks for some of it. */
export interface ClaimableItem {
  id: number;
  quantity: number;
  fulfillmentStatus: FulfillmentStatus;
  /** Σ quantity on the item's claims that still hold their quantity. */
  claimedQuantity: number;
}

export interface RequestedLine {
  orderItemId: number;
  quantity: number;
}

/** Cancellation only before shipment; return and incident only once it has shipped. */
export function checkEligibility(kind: ClaimKind, item: ClaimableItem): Refusal | undefined {
  const shipped = item.fulfillmentStatus !== 'unfulfilled';
  if (kind === 'cancellation' && shipped) {
    return { code: 'item_not_eligible', orderItemId: item.id, kind, fulfillmentStatus: item.fulfillmentStatus };
  }
  if (kind !== 'cancellation' && !shipped) {
    return { code: 'item_not_eligible', orderItemId: item.id, kind, fulfillmentStatus: item.fulfillmentStatus };
  }
  return undefined;
}

export function claimableQuantity(item: ClaimableItem): number {
  return Math.max(0, item.quantity - item.claimedQuantity);
}

/** Never over-claim: Σ quantity on active claims per order item ≤ ordered quantity. */
export function checkLines(kind: ClaimKind, items: readonly ClaimableItem[], lines: readonly RequestedLine[]): Refusal | undefined {
  if (lines.length === 0) return { code: 'invalid_input', message: 'a claim needs at least one line', path: '/lines' };
  const seen = new Set<number>();
  for (const line of lines) {
    if (seen.has(line.orderItemId)) {
      return { code: 'invalid_input', message: `order item ${line.orderItemId} appears twice`, path: '/lines' };
    }
    seen.add(line.orderItemId);
    const item = items.find((candidate) => candidate.id === line.orderItemId);
    if (item === undefined) return { code: 'not_found', entity: 'order_item', id: line.orderItemId };
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      return { code: 'invalid_input', message: 'quantity must be a positive integer', path: '/lines' };
    }
    const eligibility = checkEligibility(kind, item);
    if (eligibility !== undefined) return eligibility;
    const available = claimableQuantity(item);
    if (line.quantity > available) {
      return { code: 'quantity_exceeds_claimable', orderItemId: item.id, requested: line.quantity, claimableQuantity: available };
    }
  }
  return undefined;
}
