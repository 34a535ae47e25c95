import { actorRecord } from '../domain/actor.js';
import type { EventType, NewEvent } from '../domain/claim/event.js';
import type { UnitOfWork } from './unit-of-work.js';

/** An event of the unit's actor on a claim, at the unit's time, to append in its transaction. */
export function claimEvent(uow: UnitOfWork, claim: { id: number; storeId: number }, type: EventType, data: Record<string, unknown>): NewEvent {
  return { uuid: uow.core.newId(), storeId: claim.storeId, claimId: claim.id, type, actor: actorRecord(uow.actor), data, createdAt: uow.at };
}
