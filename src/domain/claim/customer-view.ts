import type { ClaimEvent } from './event.js';
import type { Message } from './parts.js';

// What a customer (a customer key or a portal session) sees of a claim and its history. The
// merchant's working state stays with the merchant: risk flags, queues, which policy rule
// decided and by which version, internal messages and the notes on status changes, and the
// key ids of whoever acted. One view, applied in the core, so every door a customer can use
// shows the same.

/** History a customer never sees at all: the policy's flags and queues, the merchant's deadlines. */
export const STAFF_ONLY_EVENT_TYPES: readonly string[] = ['claim.flagged', 'claim.assigned', 'claim.graded', 'sla.breached', 'refund.processing_overdue'];

/** Facts of an event that are the merchant's: notes, the rule and policy version behind a move, timers, queues, tags. */
export const STAFF_ONLY_EVENT_DATA: readonly string[] = ['note', 'rule_id', 'policy_version', 'timer', 'queue', 'tag'];

/** Whether a customer may see this event at all (internal messages are the merchant's). */
export function isCustomerEvent(event: Pick<ClaimEvent, 'type' | 'data'>): boolean {
  if (STAFF_ONLY_EVENT_TYPES.includes(event.type)) return false;
  return !(event.type === 'message.created' && event.data.internal === true);
}

/** An event as a customer sees it: without the merchant's facts, and naming no key. */
export function customerEvent(event: ClaimEvent): ClaimEvent {
  const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => !STAFF_ONLY_EVENT_DATA.includes(key)));
  return { ...event, actor: { type: event.actor.type, name: event.actor.name }, data };
}

interface CustomerVisibleClaim {
  riskFlags: string[];
  queue: string | null;
  policyDecision: unknown;
  policyVersion: number | null;
  messages: Message[];
  assignee?: unknown;
}

/** A claim as a customer sees it: no flags, queue or automatic decision, no internal messages. */
export function customerClaim<C extends CustomerVisibleClaim>(claim: C): C {
  return {
    ...claim, riskFlags: [], queue: null, policyDecision: null, policyVersion: null, ...('assignee' in claim ? { assignee: null } : {}),
    messages: claim.messages.filter((message) => !message.internal),
  };
}
