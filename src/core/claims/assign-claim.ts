import type { Actor } from '../../domain/actor.js';
import { assigneeRefusal } from '../../domain/claim/assignee.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import { refuse } from '../../domain/refusal.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import * as users from '../../store/users.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { inTransaction } from '../unit-of-work.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';

export interface AssignClaimInput {
  claim: ClaimRef;
  /** The console user's uuid, or null to leave the claim unassigned. */
  userUuid: string | null;
  expectedVersion?: number;
}

/**
 * Gives a claim to a console user of its store (or takes it back), with a `claim.assigned`
 * event in the same transaction. The event names the assignee by uuid, which is what sends
 * them the "assigned to you" email when they opted in; naming oneself sends none, since
 * nobody needs telling what they just did. Assigning the claim to whom it already has
 * changes nothing and appends nothing.
 */
export async function assignClaim(core: Core, actor: Actor, input: AssignClaimInput): Promise<ClaimDetails> {
  authorize(actor, 'claims.assign');
  const claim = await inTransaction(core, actor, async (uow) => {
    const locked = await findVisibleClaim(uow.trx, actor, input.claim, { lock: true });
    if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) {
      refuse({ code: 'version_mismatch', current: locked.version, given: input.expectedVersion });
    }
    let assignee: { id: number; uuid: string } | null = null;
    if (input.userUuid !== null) {
      const user = await users.findUser(uow.trx, locked.storeId, input.userUuid);
      const refusal = assigneeRefusal(user, input.userUuid);
      if (refusal !== undefined) refuse(refusal);
      assignee = { id: user!.id, uuid: user!.uuid };
    }
    if ((assignee?.id ?? null) === locked.assigneeUserId) return locked;
    const previous = locked.assigneeUserId === null ? undefined : await users.findUserById(uow.trx, locked.storeId, locked.assigneeUserId);
    const updated = await claims.updateClaim(uow.trx, locked.storeId, locked.id, { assigneeUserId: assignee?.id ?? null }, uow.at);
    const selfAssigned = assignee !== null && actor.role === 'merchant' && actor.user?.id === assignee.id;
    await events.appendEvents(uow.trx, [claimEvent(uow, updated, 'claim.assigned', {
      assignee_user_id: selfAssigned ? null : assignee?.uuid ?? null,
      assignee: assignee?.uuid ?? null,
      from: previous?.uuid ?? null,
      version: updated.version,
    })]);
    return updated;
  });
  return detailsFor(core.db, actor, claim);
}
