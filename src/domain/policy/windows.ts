import type { ClaimKind } from '../claim/status.js';
import type { Refusal } from '../refusal.js';
import type { Policy, PolicyRequirement } from './document.js';
import { namesReason, type ReasonFacts } from './reason-ref.js';
import { matchesAnySku } from './sku-pattern.js';
import { startOfLocalDayAfter } from './time-zone.js';

// Windows and requirements: whether a claim may be filed at all. Pure: the caller gives
// the facts and the time; a refusal names the window's end so every door can show it.

const HOUR_MS = 3_600_000;
const DEFAULT_EXPECTED_DELIVERY_DAYS = 7;

export interface WindowItem {
  sku: string;
  fulfillmentStatus: 'unfulfilled' | 'shipped' | 'delivered';
  shippedAt: Date | null;
  deliveredAt: Date | null;
}

export interface WindowFacts {
  kind: ClaimKind;
  reason: ReasonFacts | null;
  orderPlacedAt: Date;
  /** The claimed items (every item of the order for a claim without lines). */
  items: readonly WindowItem[];
  now: Date;
}

/** When the claim's window ends (exclusive), or undefined when the policy sets none. */
export function windowEnd(policy: Policy, facts: WindowFacts): Date | undefined {
  const zone = policy.time_zone ?? 'UTC';
  const windows = policy.windows;
  if (facts.kind === 'cancellation') {
    const hours = windows?.cancellation?.hours_after_order;
    return hours === undefined ? undefined : new Date(facts.orderPlacedAt.getTime() + hours * HOUR_MS);
  }
  if (facts.kind === 'return') {
    const returns = windows?.return;
    if (returns === undefined) return undefined;
    // Each item has its own window; the claim is late as soon as one of them has closed. A
    // window's end only grows with the delivery, so per length of window only the earliest
    // delivery counts: the local calendar is read once per length, not once per item.
    const firstDelivery = new Map<number, Date>();
    for (const item of facts.items) {
      const deliveredAt = deliveryOf(item, facts.orderPlacedAt);
      if (deliveredAt === undefined) continue;
      const override = returns.overrides?.find((candidate) =>
        (candidate.reasons === undefined || namesReason(candidate.reasons, facts.reason))
        && (candidate.sku === undefined || matchesAnySku(candidate.sku, item.sku)));
      const days = override?.days_after_delivery ?? returns.days_after_delivery;
      const known = firstDelivery.get(days);
      if (known === undefined || deliveredAt < known) firstDelivery.set(days, deliveredAt);
    }
    return earliest([...firstDelivery].map(([days, deliveredAt]) => startOfLocalDayAfter(deliveredAt, days + 1, zone)));
  }
  const incidents = windows?.incident;
  if (incidents === undefined) return undefined;
  const delivered = facts.items.map((item) => item.deliveredAt).filter((date): date is Date => date !== null);
  const expected = delivered.length > 0 && delivered.length === facts.items.length
    ? latest(delivered)
    : new Date(facts.orderPlacedAt.getTime() + (incidents.expected_delivery_days ?? DEFAULT_EXPECTED_DELIVERY_DAYS) * 24 * HOUR_MS);
  return startOfLocalDayAfter(expected ?? facts.orderPlacedAt, incidents.days_after_expected_delivery + 1, zone);
}

/** Refuses a claim filed at or after the end of its window. */
export function checkWindow(policy: Policy, facts: WindowFacts): Refusal | undefined {
  const end = windowEnd(policy, facts);
  if (end === undefined || facts.now.getTime() < end.getTime()) return undefined;
  return { code: 'outside_window', kind: facts.kind, windowEndedAt: end.toISOString() };
}

/**
 * When the return window of an item starts: its delivery. An item marked delivered without
 * a date counts from its shipment (or the order); one not yet delivered has an open window.
 */
function deliveryOf(item: WindowItem, orderPlacedAt: Date): Date | undefined {
  if (item.deliveredAt !== null) return item.deliveredAt;
  if (item.fulfillmentStatus === 'delivered') return item.shippedAt ?? orderPlacedAt;
  return undefined;
}

function earliest(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((found, date) => (found === undefined || date < found ? date : found), undefined);
}

function latest(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((found, date) => (found === undefined || date > found ? date : found), undefined);
}

export interface RequirementFacts {
  kind: ClaimKind;
  reason: ReasonFacts | null;
  description: string | null;
  photos: number;
  receipts: number;
}

function appliesTo(requirement: PolicyRequirement, facts: RequirementFacts): boolean {
  return (requirement.kinds === undefined || requirement.kinds.includes(facts.kind))
    && (requirement.reasons === undefined || namesReason(requirement.reasons, facts.reason));
}

/** Refuses a claim that lacks what the policy asks for its kind or reason. */
export function checkRequirements(policy: Policy, facts: RequirementFacts): Refusal | undefined {
  for (const requirement of policy.requirements ?? []) {
    if (!appliesTo(requirement, facts)) continue;
    if (requirement.description === true && (facts.description ?? '').trim() === '') {
      return { code: 'requirement_unmet', requirement: 'description', message: 'this request needs a description' };
    }
    if (requirement.min_photos !== undefined && facts.photos < requirement.min_photos) {
      return {
        code: 'requirement_unmet', requirement: 'photos',
        message: `this request needs at least ${requirement.min_photos} photo${requirement.min_photos === 1 ? '' : 's'} (${facts.photos} given)`,
      };
    }
    if (requirement.receipt === true && facts.receipts === 0) {
      return { code: 'requirement_unmet', requirement: 'receipt', message: 'this request needs a receipt' };
    }
  }
  return undefined;
}
