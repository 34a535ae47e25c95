import type { ReasonRef } from './document.js';

/** A claim's reason as a policy may name it: by integer id or by uuid. */
export interface ReasonFacts {
  id: number;
  uuid: string;
}

export function namesReason(refs: readonly ReasonRef[], reason: ReasonFacts | null): boolean {
  if (reason === null) return false;
  return refs.some((ref) => (typeof ref === 'number' ? ref === reason.id : ref.toLowerCase() === reason.uuid.toLowerCase()));
}
