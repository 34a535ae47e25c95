import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { EmailMessage } from '../../domain/notifications/email.js';
import { refuse } from '../../domain/refusal.js';
import * as emails from '../../store/emails.js';
import { authorize } from '../access.js';
import { findVisibleClaim } from '../claims/details.js';
import type { Core } from '../core.js';

export const CLAIM_EMAILS_MAX = 200;

/** The emails queued and sent about a claim, newest first: the merchant's staff only. */
export async function listClaimEmails(core: Core, actor: Actor, ref: ClaimRef): Promise<EmailMessage[]> {
  authorize(actor, 'claims.read_emails');
  const claim = await findVisibleClaim(core.db, actor, ref);
  return emails.listClaimEmails(core.db, claim.storeId, claim.id, CLAIM_EMAILS_MAX);
}

export interface NotificationSettings {
  notifyAssigned: boolean;
}

/** The console user behind an actor; a key or token is no user, so "me" names nobody (404). */
function consoleUserOf(actor: Actor): { storeId: number; userId: number } {
  authorize(actor, 'notifications.own');
  if (actor.role !== 'merchant' || actor.user === undefined) refuse({ code: 'not_found', entity: 'user', id: 'me' });
  return { storeId: actor.storeId, userId: actor.user.id };
}

export async function readNotificationSettings(core: Core, actor: Actor): Promise<NotificationSettings> {
  const { storeId, userId } = consoleUserOf(actor);
  const notifyAssigned = await emails.findNotifyAssigned(core.db, storeId, userId);
  if (notifyAssigned === undefined) refuse({ code: 'not_found', entity: 'user', id: 'me' });
  return { notifyAssigned };
}

export async function updateNotificationSettings(core: Core, actor: Actor, input: NotificationSettings): Promise<NotificationSettings> {
  const { storeId, userId } = consoleUserOf(actor);
  const notifyAssigned = await emails.updateNotifyAssigned(core.db, storeId, userId, input.notifyAssigned, core.clock());
  if (notifyAssigned === undefined) refuse({ code: 'not_found', entity: 'user', id: 'me' });
  return { notifyAssigned };
}
