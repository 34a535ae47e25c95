import type { Transaction } from 'kysely';
import type { Actor } from '../../domain/actor.js';
import type { Claim } from '../../domain/claim/claim.js';
import type { Reason } from '../../domain/claim/reason.js';
import { isUndecided } from '../../domain/claim/status.js';
import type { Order } from '../../domain/order.js';
import { timersCancelledByMove, timersOnEntering, timersOnFiling } from '../../domain/policy/deadlines.js';
import type { AutomaticDecision } from '../../domain/policy/decision.js';
import { evaluateRules, type Evaluation } from '../../domain/policy/rules.js';
import type { StoredPolicy } from '../../domain/policy/stored-policy.js';
import { checkRequirements, checkWindow } from '../../domain/policy/windows.js';
import { refuse } from '../../domain/refusal.js';
import { refundableMinor } from '../../domain/refund/rules.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import * as policies from '../../store/policies.js';
import * as refunds from '../../store/refunds.js';
import type { DB } from '../../store/schema.js';
import * as timers from '../../store/timers.js';
import { claimEvent } from '../events.js';
import { lockOrderOfClaim } from '../locks.js';
import { bookRefund, moveRefund } from '../refunds/refunds.js';
import { actingAs, type UnitOfWork } from '../unit-of-work.js';
import { loadClaimPolicyFacts, windowItem } from './facts.js';
import { setClaimTimers } from './timers.js';
import { applyTransition } from '../claims/transition-claim.js';

// Where the store's policy meets a claim: when it is filed (windows, requirements, rules,
// service levels) and when it moves (timers, and the rules again). A store without a
// policy pays one primary-key lookup and nothing else changes.

/** Who acts when the policy decides: recorded on every automatic event. */
export function policyActor(storeId: number, name: 'policy' | 'deadlines' = 'policy'): Actor {
  return { role: 'automatic', name, storeId };
}

export interface FilingFacts {
  kind: Claim['kind'];
  reason: Reason | undefined;
  description: string | null;
  evidence: ReadonlyArray<{ kind: string }>;
  order: Order;
  /** The claimed order items; empty for a claim without lines (then the whole order counts). */
  orderItemIds: readonly number[];
}

/** Refuses a claim outside its window or short of a requirement; returns the policy it was judged by. */
export async function judgeFiling(trx: Transaction<DB>, storeId: number, filing: FilingFacts, now: Date): Promise<StoredPolicy | undefined> {
  const policy = await policies.findCurrentPolicy(trx, storeId);
  if (policy === undefined) return undefined;
  const reason = filing.reason === undefined ? null : { id: filing.reason.id, uuid: filing.reason.uuid };
  const requirement = checkRequirements(policy.document, {
    kind: filing.kind, reason, description: filing.description,
    photos: filing.evidence.filter((evidence) => evidence.kind === 'photo').length,
    receipts: filing.evidence.filter((evidence) => evidence.kind === 'receipt').length,
  });
  if (requirement !== undefined) refuse(requirement);
  if (policy.document.windows !== undefined) {
    const items = await orders.listOrderItems(trx, storeId, [filing.order.id]);
    const claimed = filing.orderItemIds.length === 0 ? items : items.filter((item) => filing.orderItemIds.includes(item.id));
    const outside = checkWindow(policy.document, {
      kind: filing.kind, reason, orderPlacedAt: filing.order.placedAt, items: claimed.map(windowItem), now,
    });
    if (outside !== undefined) refuse(outside);
  }
  return policy;
}

/** After a claim is written, in the same transaction: its service levels, then the rules. */
export async function applyPolicyToNewClaim(
  uow: UnitOfWork, claim: Claim, policy: StoredPolicy,
): Promise<Claim> {
  await setClaimTimers(uow.trx, claim, policy.version, timersOnFiling(policy.document, claim), uow.at);
  return runRules(uow, claim, policy);
}

/**
 * After a status change, in its transaction: cancel the timers the claim moved past, set
 * the ones its new status calls for, and run the rules again. A change the policy made
 * itself does not run the rules again, so an automatic action can never trigger itself.
 */
export async function applyPolicyToMove(
  uow: UnitOfWork, before: Claim, after: Claim,
): Promise<Claim> {
  const policy = await policies.findCurrentPolicy(uow.trx, after.storeId);
  if (policy === undefined) return after;
  const merchant = uow.actor.role === 'merchant' || uow.actor.role === 'admin';
  await timers.cancelTimers(uow.trx, after.storeId, after.id, timersCancelledByMove(before.status, after.status, { merchant }), uow.at);
  const shipment = after.status === 'approved' && after.kind === 'return' ? await claimParts.findReturnShipment(uow.trx, after.storeId, after.id) : undefined;
  await setClaimTimers(uow.trx, after, policy.version, timersOnEntering(policy.document, {
    kind: after.kind, to: after.status, at: uow.at,
    unshippedCodeValidUntil: shipment !== undefined && shipment.status === 'pending' ? shipment.codeValidUntil : null,
  }), uow.at);
  if (uow.actor.role === 'automatic') return after;
  return runRules(uow, after, policy);
}

async function runRules(uow: UnitOfWork, claim: Claim, policy: StoredPolicy): Promise<Claim> {
  const rules = policy.document.rules ?? [];
  if (rules.length === 0) {
    return claim.policyVersion === policy.version ? claim : policies.updateClaimPolicyState(uow.trx, claim.storeId, claim.id, { policyVersion: policy.version }, uow.at);
  }
  const facts = await loadClaimPolicyFacts(uow.trx, policy.document, claim, uow.at);
  return applyEvaluation(uow, claim, policy.version, evaluateRules(rules, facts.rule), facts.rule.claimedAmountMinor);
}

async function applyEvaluation(
  uow: UnitOfWork, claim: Claim, policyVersion: number, evaluation: Evaluation, claimedAmountMinor: number,
): Promise<Claim> {
  // The policy acts here, whoever's change ran the rules.
  const byPolicy = actingAs(uow, policyActor(claim.storeId));
  const newFlags = evaluation.flags.filter((flag, index) =>
    !claim.riskFlags.includes(flag.tag) && evaluation.flags.findIndex((other) => other.tag === flag.tag) === index);
  const assignment = evaluation.queue !== undefined && evaluation.queue.queue !== claim.queue ? evaluation.queue : undefined;
  let current = claim;
  if (newFlags.length > 0 || assignment !== undefined || claim.policyVersion !== policyVersion) {
    current = await policies.updateClaimPolicyState(uow.trx, claim.storeId, claim.id, {
      policyVersion,
      ...(newFlags.length === 0 ? {} : { riskFlags: [...claim.riskFlags, ...newFlags.map((flag) => flag.tag)] }),
      ...(assignment === undefined ? {} : { queue: assignment.queue }),
    }, uow.at);
  }
  await events.appendEvents(uow.trx, [
    ...newFlags.map((flag) => claimEvent(byPolicy, current, 'claim.flagged', { tag: flag.tag, rule_id: flag.ruleId, policy_version: policyVersion })),
    ...(assignment === undefined ? [] : [claimEvent(byPolicy, current, 'claim.assigned', {
      queue: assignment.queue, from: claim.queue, rule_id: assignment.ruleId, policy_version: policyVersion,
    })]),
  ]);

  const decision = evaluation.decision;
  // A rule decides only a claim nobody has decided yet; afterwards it may still flag and assign.
  if (decision === undefined || !isUndecided(current.status)) return current;
  const why = { rule_id: decision.ruleId, policy_version: policyVersion };
  current = decision.action === 'reject'
    ? await applyTransition(byPolicy, current, 'rejected', { rejection: { reason: decision.reason ?? '', images: [] }, why })
    : await applyTransition(byPolicy, current, 'approved', { why });
  const refundAmount = decision.action === 'approve_and_refund' ? await refundClaimed(byPolicy, current, claimedAmountMinor, why) : undefined;
  const recorded: AutomaticDecision = {
    rule_id: decision.ruleId, action: decision.action, policy_version: policyVersion, decided_at: uow.at.toISOString(),
    ...(decision.reason === undefined ? {} : { reason: decision.reason }),
    ...(refundAmount === undefined ? {} : { refund_amount: refundAmount }),
  };
  return policies.updateClaimPolicyState(uow.trx, current.storeId, current.id, { policyDecision: recorded }, uow.at);
}

/**
 * Books and approves the refund of what was claimed, through the same ledger check as
 * every other refund (the order's row lock): never more than what is still refundable.
 */
async function refundClaimed(
  uow: UnitOfWork, claim: Claim, claimedAmountMinor: number, why: Record<string, unknown>,
): Promise<number> {
  const order = await lockOrderOfClaim(uow, claim);
  const promisedMinor = await refunds.sumPromisedMinor(uow.trx, claim.storeId, order.id);
  const amountMinor = Math.min(claimedAmountMinor, refundableMinor({ currency: order.currency, totalMinor: order.totalAmountMinor, promisedMinor }));
  if (amountMinor <= 0) return 0;
  // The reason is shown to the customer too; which rule decided stays on the merchant's side (the event, automatic_decision).
  const refund = await bookRefund(uow, claim, { amountMinor, reason: "refunded automatically by the store's policy", why });
  await moveRefund(uow, refund, 'approved');
  return amountMinor;
}
