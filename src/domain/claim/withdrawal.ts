import { claimableQuantity, type ClaimableItem } from './lines.js';
import type { ClaimKind } from './status.js';
import { startOfLocalDayAfter } from '../policy/time-zone.js';
import type { WindowItem } from '../policy/windows.js';
import type { Refusal } from '../refusal.js';
import type { TimerPlan } from '../policy/deadlines.js';

// The EU right of withdrawal (Directive 2011/83/EU, with the withdrawal function of
// Directive (EU) 2023/2673): a consumer may withdraw from a distance contract within 14 days
// of receiving the goods, without giving a reason, and the trader acknowledges the statement
// on a durable medium with its content and the date and time it was made. The store's own
// windows and rules may be more generous, never shorter: a withdrawal is checked against this
// period alone. Before an item ships, withdrawing is cancelling it.

export const WITHDRAWAL_DAYS = 14;

/** Whether the store offers the withdrawal function: unless its policy switches it off. */
export function offersWithdrawal(policy: { eu_withdrawal?: boolean } | undefined): boolean {
  return policy?.eu_withdrawal !== false;
}

/** What a withdrawal declaration records: who made it, and when. */
export interface WithdrawalStatement {
  name: string;
  declaredAt: Date;
}

/**
 * When the period of an item ends (exclusive): the end of the 14th day after its delivery in
 * the store's time zone. Null while the item has not arrived: the period has not started.
 */
export function withdrawalEnd(item: WindowItem, orderPlacedAt: Date, zone: string): Date | null {
  const delivered = item.deliveredAt ?? (item.fulfillmentStatus === 'delivered' ? item.shippedAt ?? orderPlacedAt : null);
  return delivered === null ? null : startOfLocalDayAfter(delivered, WITHDRAWAL_DAYS + 1, zone);
}

/** One item a declaration withdraws from: cancelled before it ships, returned after. */
export interface WithdrawnItem {
  orderItemId: number;
  kind: Extract<ClaimKind, 'cancellation' | 'return'>;
  quantity: number;
  /** The end of its period; null while it has not arrived. */
  end: Date | null;
}

/** What a declaration made now withdraws from: every item with quantity left whose period has not ended. */
export function withdrawnItems(items: ReadonlyArray<ClaimableItem & WindowItem>, orderPlacedAt: Date, zone: string, now: Date): WithdrawnItem[] {
  return items.flatMap((item) => {
    const quantity = claimableQuantity(item);
    const end = withdrawalEnd(item, orderPlacedAt, zone);
    if (quantity === 0 || (end !== null && now.getTime() >= end.getTime())) return [];
    return [{ orderItemId: item.id, kind: item.fulfillmentStatus === 'unfulfilled' ? 'cancellation' : 'return', quantity, end }];
  });
}

/** Refuses withdrawing from an item whose period has ended. */
export function withdrawalRefusal(items: readonly WindowItem[], orderPlacedAt: Date, zone: string, now: Date): Refusal | undefined {
  for (const item of items) {
    const end = withdrawalEnd(item, orderPlacedAt, zone);
    if (end !== null && now.getTime() >= end.getTime()) return { code: 'outside_window', kind: 'return', windowEndedAt: end.toISOString() };
  }
  return undefined;
}

/**
 * The refund clock a withdrawal starts: the trader refunds within 14 days of the declaration
 * (it may wait for the goods, or proof they were sent). When the timer fires on a claim with
 * no refund issued, the claim is flagged for a person to look at; it never refunds by itself.
 */
export function withdrawalRefundTimer(declaredAt: Date): TimerPlan {
  return { kind: 'withdrawal_refund_due', dueAt: new Date(declaredAt.getTime() + WITHDRAWAL_DAYS * 86_400_000), data: { declared_at: declaredAt.toISOString() } };
}

/** The flag a claim gets when its withdrawal's refund is late. */
export const WITHDRAWAL_REFUND_LATE = 'withdrawal_refund_overdue';
