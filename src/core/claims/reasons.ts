import type { Actor } from '../../domain/actor.js';
import type { Reason, ReasonFields, ReasonFilter, ReasonRef } from '../../domain/claim/reason.js';
import { refuse } from '../../domain/refusal.js';
import * as reasons from '../../store/reasons.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

export type CreateReasonInput = Pick<Reason, 'kind' | 'subject'> & Partial<ReasonFields> & { storeId?: number };

export async function createReason(core: Core, actor: Actor, input: CreateReasonInput): Promise<Reason> {
  authorize(actor, 'reasons.edit');
  const storeId = storeOf(actor, input.storeId);
  return reasons.insertReason(core.db, storeId, core.newId(), {
    kind: input.kind,
    subject: input.subject,
    translations: normaliseTranslations(input.translations ?? {}),
    requiresDescription: input.requiresDescription ?? false,
    requiresEvidence: input.requiresEvidence ?? false,
    active: input.active ?? true,
    position: input.position ?? 100,
  });
}

export async function updateReason(core: Core, actor: Actor, reasonId: number, patch: Partial<ReasonFields>): Promise<Reason> {
  authorize(actor, 'reasons.edit');
  const storeId = storeOf(actor, undefined);
  const normalised = patch.translations === undefined ? patch : { ...patch, translations: normaliseTranslations(patch.translations) };
  const updated = await reasons.updateReason(core.db, storeId, reasonId, normalised, core.clock());
  if (updated === undefined) refuse({ code: 'not_found', entity: 'reason', id: reasonId });
  return updated;
}

export async function getReason(core: Core, actor: Actor, ref: ReasonRef): Promise<Reason> {
  authorize(actor, 'reasons.read');
  const found = await reasons.findReason(core.db, storeOf(actor, undefined), ref);
  if (found === undefined) refuse({ code: 'not_found', entity: 'reason', id: 'id' in ref ? ref.id : ref.uuid });
  return found;
}

export const REASONS_PAGE_MAX = 1000;

export async function listReasons(
  core: Core, actor: Actor, filter: ReasonFilter, page: { offset: number; limit: number },
): Promise<{ reasons: Reason[]; total: number }> {
  authorize(actor, 'reasons.read');
  const limit = Math.min(page.limit, REASONS_PAGE_MAX);
  return reasons.listReasons(core.db, storeOf(actor, undefined), filter, { offset: page.offset, limit });
}

/** Language keys as lowercase BCP 47 with a hyphen (`en_US` → `en-us`). */
export function normaliseTranslations(translations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(translations).map(([language, text]) => [language.toLowerCase().replace('_', '-'), text]));
}
