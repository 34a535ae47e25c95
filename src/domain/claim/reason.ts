import type { Refusal } from '../refusal.js';
import type { ClaimKind } from './status.js';

export interface ReasonFacts {
  id: number;
  kind: ClaimKind;
  active: boolean;
  requiresDescription: boolean;
  requiresEvidence: boolean;
}

/** A reason must be active and of the claim's kind, and its requirements met. */
export function checkReason(
  reason: ReasonFacts,
  claim: { kind: ClaimKind; description: string | null; evidenceCount: number },
): Refusal | undefined {
  if (!reason.active) return { code: 'reason_not_usable', reasonId: reason.id, message: 'this reason is no longer active' };
  if (reason.kind !== claim.kind) {
    return { code: 'reason_not_usable', reasonId: reason.id, message: `this reason is for ${reason.kind} claims, not ${claim.kind}` };
  }
  if (reason.requiresDescription && (claim.description ?? '').trim() === '') {
    return { code: 'description_required', reasonId: reason.id };
  }
  if (reason.requiresEvidence && claim.evidenceCount === 0) return { code: 'evidence_required', reasonId: reason.id };
  return undefined;
}

export interface Reason {
  id: number;
  uuid: string;
  storeId: number;
  kind: ClaimKind;
  subject: string;
  translations: Record<string, string>;
  requiresDescription: boolean;
  requiresEvidence: boolean;
  active: boolean;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ReasonFields = Pick<Reason, 'kind' | 'subject' | 'translations' | 'requiresDescription' | 'requiresEvidence' | 'active' | 'position'>;

export type ReasonRef = { id: number } | { uuid: string };

export interface ReasonFilter {
  kinds?: readonly ClaimKind[];
  active?: boolean;
  ids?: readonly number[];
}
