import { CLAIM_KINDS, CLAIM_STATUSES } from '../../../src/domain/claim/status.js';
import { serviceLevelDue, type ServiceLevelDue } from '../../../src/domain/policy/deadlines.js';
import type { Policy } from '../../../src/domain/policy/document.js';
import type { Claim } from '../api/client.js';

// When a claim as the API renders it is due under the store's service levels: the domain's
// own rule (the one the timers follow), fed from the claim's fields. The store has answered
// once anyone but the customer wrote a message the customer can see.

export function dueOf(claim: Claim, policy: Policy | undefined, now: Date): ServiceLevelDue | undefined {
  const kind = CLAIM_KINDS.find((candidate) => candidate === claim.kind);
  const status = CLAIM_STATUSES.find((candidate) => candidate === claim.status);
  if (policy === undefined || kind === undefined || status === undefined) return undefined;
  const answered = claim.messages.some((message) => message.sender_type !== 'customer' && !message.internal);
  return serviceLevelDue(policy, { kind, status, createdAt: new Date(claim.created_at), answered }, now);
}
