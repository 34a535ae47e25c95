import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { Resolution, StoreCredit } from '../../domain/claim/parts.js';
import { refuse } from '../../domain/refusal.js';
import { isResolutionType, resolutionOutcome } from '../../domain/resolution.js';
import * as claimParts from '../../store/claim-parts.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { bookRefund } from '../refunds/refunds.js';
import { inTransaction } from '../unit-of-work.js';
import { findVisibleClaim } from './details.js';

export interface ResolutionInput {
  type: string;
  details?: string;
  paidValueMinor?: number;
  paidCurrency?: string;
  includeShipping?: boolean;
  shippingAmountMinor?: number;
}

/**
 * Records what was decided. A REFUND with a paid value books that money in the ledger
 * (as issued), under the same never-over-refund rule as every other refund.
 */
export async function addResolution(core: Core, actor: Actor, claimRef: ClaimRef, input: ResolutionInput): Promise<Resolution> {
  authorize(actor, 'claims.manage');
  const type = input.type;
  if (!isResolutionType(type)) refuse({ code: 'invalid_input', message: `unknown resolution type ${type}`, path: '/type' });
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    const paidMinor = input.paidValueMinor ?? 0;
    const refund = type === 'REFUND' && paidMinor > 0
      ? await bookRefund(uow, claim, { amountMinor: paidMinor, currency: input.paidCurrency, status: 'issued', reason: input.details })
      : undefined;
    const resolution = await claimParts.insertResolution(uow.trx, claim.storeId, {
      uuid: core.newId(), claimId: claim.id, type, outcome: resolutionOutcome(type), details: input.details ?? null,
      paidValueMinor: input.paidValueMinor ?? null, paidCurrency: input.paidCurrency?.toUpperCase() ?? null,
      includeShipping: input.includeShipping ?? false, shippingAmountMinor: input.shippingAmountMinor ?? null,
      claimStatus: claim.status, refundId: refund?.id ?? null, createdBy: actor.name, createdAt: uow.at,
    });
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'resolution.created', {
      resolution_id: resolution.uuid, type: resolution.type, outcome: resolution.outcome, paid_value_minor: resolution.paidValueMinor,
      ...(refund === undefined ? {} : { refund_id: refund.id }),
    })]);
    return resolution;
  });
}

export interface StoreCreditInput {
  type: 'gift_card' | 'discount_code';
  code?: string;
  valueMinor: number;
  bonusMinor?: number;
  currency?: string;
}

/** Issues a gift card or discount code on a claim; the code is generated when not given. */
export async function addStoreCredit(core: Core, actor: Actor, claimRef: ClaimRef, input: StoreCreditInput): Promise<StoreCredit> {
  authorize(actor, 'claims.manage');
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, claimRef, { lock: true });
    const order = await orders.findOrder(uow.trx, claim.storeId, { id: claim.orderId });
    if (order === undefined) throw new Error(`claim ${claim.id} lost its order`);
    const credit = await claimParts.insertStoreCredit(uow.trx, claim.storeId, {
      uuid: core.newId(), claimId: claim.id, type: input.type, code: input.code ?? `SC-${randomBytes(6).toString('hex').toUpperCase()}`,
      valueMinor: input.valueMinor, bonusMinor: input.bonusMinor ?? 0, currency: input.currency?.toUpperCase() ?? order.currency,
      emailStatus: 'NOT_SENT', emailedAt: null, createdAt: uow.at,
    });
    if (credit === undefined) refuse({ code: 'conflict', entity: 'claim', message: `store credit code ${input.code} is already in use` });
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'store_credit.created', {
      store_credit_id: credit.uuid, type: credit.type, value_minor: credit.valueMinor, currency: credit.currency,
    })]);
    return credit;
  });
}
