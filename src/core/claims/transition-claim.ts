import type { Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import type { Claim, ClaimRef } from '../../domain/claim/claim.js';
import type { EventType } from '../../domain/claim/event.js';
import { decisionOf, holdsQuantity, type ClaimStatus } from '../../domain/claim/status.js';
import { checkClaimTransition } from '../../domain/claim/transitions.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import type { DB } from '../../store/schema.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { applyPolicyToMove } from '../policies/judge.js';
import { inTransaction, type UnitOfWork } from '../unit-of-work.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';

export interface TransitionInput {
  claim: ClaimRef;
  to: ClaimStatus;
  /** From If-Match: refuse (412) when the claim changed since the caller read it. */
  expectedVersion?: number;
  /** Entering approved/rejected needs a resolution of that outcome first (OrderProtection's rule). */
  requireResolution?: boolean;
  rejection?: { reason: string; images: string[] };
  note?: string;
}

/** The extra event a status announces besides claim.status_changed. */
const ANNOUNCED: Partial<Record<ClaimStatus, EventType>> = {
  approved: 'claim.approved',
  rejected: 'claim.rejected',
  completed: 'claim.completed',
  completed_by_merchant: 'claim.completed',
  cancelled: 'claim.cancelled',
  closed: 'claim.closed',
};

/** Moves a claim to another status, if the transition table allows it. */
export async function transitionClaim(core: Core, actor: Actor, input: TransitionInput): Promise<ClaimDetails> {
  // A customer may only withdraw its own claim; every other move is the merchant's.
  authorize(actor, input.to === 'cancelled' ? 'claims.withdraw' : 'claims.manage');
  const claim = await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, input.claim, { lock: true });
    if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) {
      refuse({ code: 'version_mismatch', current: locked.version, given: input.expectedVersion });
    }
    if (input.requireResolution === true) await checkResolutionFor(uow.trx, locked, input.to);
    return applyTransition(uow, locked, input.to, { rejection: input.rejection, note: input.note });
  });
  return detailsFor(core.db, actor, claim);
}

async function checkResolutionFor(trx: Transaction<DB>, claim: Claim, to: ClaimStatus): Promise<void> {
  const outcome = to === 'approved' ? 'approval' : to === 'rejected' ? 'denial' : undefined;
  if (outcome === undefined) return;
  if (!(await claimParts.hasResolutionOutcome(trx, claim.storeId, claim.id, outcome))) refuse({ code: 'resolution_required', to, outcome });
}

/**
 * The one place a claim's status changes: checks the table, records the decision and
 * whether the claim still holds its quantities, and appends the events. The caller holds
 * the claim's row lock.
 */
export async function applyTransition(
  uow: UnitOfWork, claim: Claim, to: ClaimStatus,
  extra: {
    rejection?: { reason: string; images: string[] };
    note?: string;
    /** Why an automatic change happened (the rule or timer, and the policy version), kept in its events. */
    why?: Record<string, unknown>;
  } = {},
): Promise<Claim> {
  const refusal = checkClaimTransition(claim.status, to);
  if (refusal !== undefined) refuse(refusal);
  const decision = decisionOf(to) ?? claim.decision;
  const updated = await claims.updateClaim(uow.trx, claim.storeId, claim.id, {
    status: to,
    decision,
    holdsQuantity: holdsQuantity(to, decision),
    ...(extra.rejection === undefined ? {} : { rejectionReason: extra.rejection.reason, rejectionImages: extra.rejection.images }),
  }, uow.at);
  const data = {
    from: claim.status, to, version: updated.version,
    ...(extra.note === undefined ? {} : { note: extra.note }),
    ...(extra.rejection === undefined ? {} : { rejection_reason: extra.rejection.reason, rejection_images: extra.rejection.images }),
    ...extra.why,
  };
  const announced = ANNOUNCED[to];
  await events.appendEvents(uow.trx, [
    claimEvent(uow, updated, 'claim.status_changed', data),
    ...(announced === undefined ? [] : [claimEvent(uow, updated, announced, data)]),
  ]);
  return applyPolicyToMove(uow, claim, updated);
}
