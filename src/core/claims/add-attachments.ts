import { actorRecord, type Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { Attachment } from '../../domain/claim/parts.js';
import { refuse } from '../../domain/refusal.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { inTransaction } from '../unit-of-work.js';
import { findVisibleClaim } from './details.js';

export const ATTACHMENTS_PER_REQUEST_MAX = 20;

/** Adds evidence (photos, signatures, receipts) to a claim. */
export async function addAttachments(
  core: Core, actor: Actor, claimRef: ClaimRef, attachments: Array<{ url: string; kind: Attachment['kind'] }>,
): Promise<Attachment[]> {
  authorize(actor, 'claims.converse');
  if (attachments.length === 0 || attachments.length > ATTACHMENTS_PER_REQUEST_MAX) {
    refuse({ code: 'invalid_input', message: `send 1–${ATTACHMENTS_PER_REQUEST_MAX} attachments`, path: '/attachments' });
  }
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    const inserted = await claimParts.insertAttachments(uow.trx, claim.storeId, attachments.map((attachment) => ({
      uuid: core.newId(), claimId: claim.id, url: attachment.url, kind: attachment.kind, uploadedBy: actorRecord(actor).type, createdAt: uow.at,
    })));
    await events.appendEvents(uow.trx, inserted.map((attachment) => claimEvent(uow, claim, 'attachment.created', {
      attachment_id: attachment.uuid, kind: attachment.kind, url: attachment.url,
    })));
    return inserted;
  });
}
