import type { Actor } from '../../domain/actor.js';
import type { Claim } from '../../domain/claim/claim.js';
import type { ReasonRef } from '../../domain/claim/reason.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import type { Policy } from '../../domain/policy/document.js';
import { evaluateRules, type CustomerHistory, type Evaluation } from '../../domain/policy/rules.js';
import { checkRequirements, checkWindow, type WindowItem } from '../../domain/policy/windows.js';
import { describeRefusal, type Refusal } from '../../domain/refusal.js';
import * as policies from '../../store/policies.js';
import * as reasons from '../../store/reasons.js';
import { refuse } from '../../domain/refusal.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';
import { requireRunnablePolicy } from './documents.js';
import { loadClaimPolicyFacts, type ClaimPolicyFacts } from './facts.js';

// Runs a draft policy without changing anything: only reads, then the pure judges. A
// stored claim is replayed as of the moment it was filed.

export const SIMULATION_CLAIMS_MAX = 500;

export interface Verdict {
  /** refused: outside a window or short of a requirement; decided: a rule decided; undecided: left to a person. */
  outcome: 'refused' | 'decided' | 'undecided';
  refusal?: Refusal & { message: string };
  decision?: { ruleId: string; action: string; reason?: string; refundAmountMinor?: number };
  flags: Array<{ tag: string; ruleId: string }>;
  queue?: { queue: string; ruleId: string };
  matched: string[];
}

export interface ReplayedClaim {
  claim: Pick<Claim, 'id' | 'uuid' | 'number' | 'kind' | 'status' | 'decision' | 'policyVersion' | 'createdAt'>;
  verdict: Verdict;
}

export interface HypotheticalClaim {
  kind: ClaimKind;
  reason?: ReasonRef;
  incidentType?: string;
  description?: string;
  photos: number;
  receipts: number;
  currency: string;
  orderPlacedAt: Date;
  items: Array<WindowItem & { quantity: number; unitPriceMinor: number }>;
  /** The customer's history, the same over every window the rules name. */
  customer: CustomerHistory;
  filedAt?: Date;
}

function verdictOf(policy: Policy, facts: ClaimPolicyFacts): Verdict {
  const refusal = checkRequirements(policy, facts.requirement) ?? checkWindow(policy, facts.window);
  if (refusal !== undefined) return { outcome: 'refused', refusal: { ...refusal, message: describeRefusal(refusal) }, flags: [], matched: [] };
  const evaluation: Evaluation = evaluateRules(policy.rules ?? [], facts.rule);
  const decision = evaluation.decision;
  return {
    outcome: decision === undefined ? 'undecided' : 'decided',
    ...(decision === undefined ? {} : {
      decision: {
        ruleId: decision.ruleId, action: decision.action, ...(decision.reason === undefined ? {} : { reason: decision.reason }),
        // What the rule would ask for; the ledger still caps it at what remains refundable.
        ...(decision.action === 'approve_and_refund' ? { refundAmountMinor: facts.rule.claimedAmountMinor } : {}),
      },
    }),
    flags: evaluation.flags,
    ...(evaluation.queue === undefined ? {} : { queue: evaluation.queue }),
    matched: evaluation.matched,
  };
}

/** What the draft would have made of the store's claims filed in the last `sinceDays` days. */
export async function simulateOnStoredClaims(
  core: Core, actor: Actor, input: { storeId?: number; policy: Policy; sinceDays: number; limit: number },
): Promise<ReplayedClaim[]> {
  authorize(actor, 'policy.simulate');
  const storeId = storeOf(actor, input.storeId);
  requireRunnablePolicy(input.policy, '/policy');
  const now = core.clock();
  const found = await policies.listClaimsSince(core.db, storeId, new Date(now.getTime() - input.sinceDays * 86_400_000), Math.min(input.limit, SIMULATION_CLAIMS_MAX));
  const replayed: ReplayedClaim[] = [];
  // One claim at a time: each needs a handful of queries, and the list is bounded.
  for (const claim of found) {
    const facts = await loadClaimPolicyFacts(core.db, input.policy, claim, claim.createdAt, { historyUntil: claim.createdAt });
    replayed.push({
      claim: {
        id: claim.id, uuid: claim.uuid, number: claim.number, kind: claim.kind, status: claim.status, decision: claim.decision,
        policyVersion: claim.policyVersion, createdAt: claim.createdAt,
      },
      verdict: verdictOf(input.policy, facts),
    });
  }
  return replayed;
}

/** What the draft would make of a claim described in full by the caller; reads only its reason. */
export async function simulateHypothetical(core: Core, actor: Actor, input: { storeId?: number; policy: Policy; claim: HypotheticalClaim }): Promise<Verdict> {
  authorize(actor, 'policy.simulate');
  const storeId = storeOf(actor, input.storeId);
  requireRunnablePolicy(input.policy, '/policy');
  const claim = input.claim;
  const now = claim.filedAt ?? core.clock();
  const reasonRef = claim.reason;
  const found = reasonRef === undefined ? undefined : await reasons.findReason(core.db, storeId, reasonRef);
  if (reasonRef !== undefined && found === undefined) refuse({ code: 'not_found', entity: 'reason', id: 'id' in reasonRef ? reasonRef.id : reasonRef.uuid });
  const reason = found === undefined ? null : { id: found.id, uuid: found.uuid };
  const windowDays = (input.policy.rules ?? []).flatMap((rule) => (rule.when?.customer === undefined ? [] : [rule.when.customer.within_days]));
  return verdictOf(input.policy, {
    rule: {
      kind: claim.kind, reason, incidentType: claim.incidentType ?? null, currency: claim.currency,
      claimedAmountMinor: claim.items.reduce((total, item) => total + item.quantity * item.unitPriceMinor, 0),
      skus: claim.items.map((item) => item.sku), orderPlacedAt: claim.orderPlacedAt, now,
      customerHistory: new Map(windowDays.map((days) => [days, claim.customer])),
    },
    window: { kind: claim.kind, reason, orderPlacedAt: claim.orderPlacedAt, items: claim.items, now },
    requirement: { kind: claim.kind, reason, description: claim.description ?? null, photos: claim.photos, receipts: claim.receipts },
  });
}
