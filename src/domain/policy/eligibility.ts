import { checkEligibility, claimableQuantity, type ClaimableItem } from '../claim/lines.js';
import type { ClaimKind } from '../claim/status.js';
import type { Policy } from './document.js';
import type { ReasonFacts } from './reason-ref.js';
import { windowEnd, type WindowItem } from './windows.js';

// What a customer may still claim of one item, before they fill the form: how many, until
// when, and if nothing, why. The same rules filing enforces — the item's fulfilment, the
// quantities other claims hold, and the policy's window. The customer has not picked a
// reason yet and a reason may lengthen the window (an override), so the item is claimable
// until the latest end any of the kind's reasons (or none) gives it; filing then checks the
// window of the reason chosen.

export type NotClaimableBecause = 'not_shipped' | 'already_shipped' | 'all_claimed' | 'window_closed';

export interface ItemEligibility {
  /** How many may still be claimed: 0 when `because` says why not. */
  claimable: number;
  /** The end of the window (exclusive), or null when the policy sets none or it has not started (not yet delivered). */
  until: Date | null;
  because: NotClaimableBecause | null;
}

export interface EligibilityFacts {
  orderPlacedAt: Date;
  /** The store's active reasons of this kind. */
  reasons: readonly ReasonFacts[];
  now: Date;
}

export function itemEligibility(
  policy: Policy | undefined, kind: ClaimKind, item: ClaimableItem & WindowItem, facts: EligibilityFacts,
): ItemEligibility {
  if (checkEligibility(kind, item) !== undefined) {
    return { claimable: 0, until: null, because: kind === 'cancellation' ? 'already_shipped' : 'not_shipped' };
  }
  const until = policy === undefined ? null : latestWindowEnd(policy, kind, item, facts);
  if (until !== null && facts.now.getTime() >= until.getTime()) return { claimable: 0, until, because: 'window_closed' };
  const claimable = claimableQuantity(item);
  return { claimable, until, because: claimable === 0 ? 'all_claimed' : null };
}

/** The latest window end over "no reason" and each reason; null as soon as one of them sets no end. */
function latestWindowEnd(policy: Policy, kind: ClaimKind, item: WindowItem, facts: EligibilityFacts): Date | null {
  let latest: Date | null = null;
  for (const reason of [null, ...facts.reasons]) {
    const end = windowEnd(policy, { kind, reason, orderPlacedAt: facts.orderPlacedAt, items: [item], now: facts.now });
    if (end === undefined) return null;
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}
