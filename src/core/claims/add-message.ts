import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { Message } from '../../domain/claim/parts.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import { requireScope } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { findVisibleClaim } from './details.js';
import { applyTransition } from './transition-claim.js';

export interface AddMessageInput {
  claim: ClaimRef;
  body: string;
  /** Merchants and admins may relay a message as another sender (an integration posting the customer's words). */
  senderType?: Message['senderType'];
  authorName?: string;
  internal?: boolean;
  attachments?: string[];
}

/** Adds a message to a claim's thread; a customer's reply hands a claim waiting on them back to the merchant. */
export async function addMessage(core: Core, actor: Actor, input: AddMessageInput): Promise<Message> {
  requireScope(actor, 'write_claims');
  if (actor.role === 'customer' && (input.internal === true || (input.senderType !== undefined && input.senderType !== 'customer'))) {
    refuse({ code: 'forbidden', message: 'a customer posts only its own, public messages' });
  }
  const senderType = input.senderType ?? (actor.role === 'customer' ? 'customer' : actor.role);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    const claim = await findVisibleClaim(trx, actor, input.claim, { lock: true });
    const message = await claimParts.insertMessage(trx, claim.storeId, {
      uuid: core.newId(), claimId: claim.id, senderType, authorName: input.authorName ?? actor.name, body: input.body,
      internal: input.internal ?? false, attachments: input.attachments ?? [], createdAt: now,
    });
    await events.appendEvents(trx, [claimEvent(core, actor, claim, 'message.created', {
      message_id: message.uuid, sender_type: senderType, internal: message.internal,
    }, now)]);
    if (senderType === 'customer' && !message.internal && claim.status === 'waiting_on_customer') {
      await applyTransition(trx, core, actor, claim, 'waiting_on_merchant', now, { note: 'the customer replied' });
    }
    return message;
  });
}
