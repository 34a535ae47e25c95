import { actorRecord, type Actor } from '../domain/actor.js';
import type { EventType, NewEvent } from '../domain/claim/event.js';
import type { Core } from './core.js';

export function claimEvent(
  core: Core, actor: Actor, claim: { id: number; storeId: number }, type: EventType, data: Record<string, unknown>, at: Date,
): NewEvent {
  return { uuid: core.newId(), storeId: claim.storeId, claimId: claim.id, type, actor: actorRecord(actor), data, createdAt: at };
}
