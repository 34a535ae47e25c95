import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { Message } from '../../domain/claim/parts.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { inTransaction } from '../unit-of-work.js';
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
  authorize(actor, 'claims.converse');
  if (actor.role === 'customer' && (input.internal === true || (input.senderType !== undefined && input.senderType !== 'customer'))) {
    refuse({ code: 'forbidden', message: 'a customer posts only its own, public messages' });
  }
  const senderType = input.senderType ?? (actor.role === 'customer' ? 'customer' : actor.role);
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, input.claim, { lock: true });
    const message = await claimParts.insertMessage(uow.trx, claim.storeId, {
      uuid: core.newId(), claimId: claim.id, senderType, authorName: input.authorName ?? actor.name, body: input.body,
      internal: input.internal ?? false, attachments: input.attachments ?? [], createdAt: uow.at,
    });
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'message.created', {
      message_id: message.uuid, sender_type: senderType, internal: message.internal,
    })]);
    if (senderType === 'customer' && !message.internal && claim.status === 'waiting_on_customer') {
      await applyTransition(uow, claim, 'waiting_on_merchant', { note: 'the customer replied' });
    }
    return message;
  });
}
