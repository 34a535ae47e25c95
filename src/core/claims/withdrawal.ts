import type { Actor } from '../../domain/actor.js';
import type { Claim } from '../../domain/claim/claim.js';
import { offersWithdrawal, withdrawnItems } from '../../domain/claim/withdrawal.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import { refuse } from '../../domain/refusal.js';
import * as claims from '../../store/claims.js';
import * as orders from '../../store/orders.js';
import * as policies from '../../store/policies.js';
import { authorize, customerScope, storeOf } from '../access.js';
import type { Core } from '../core.js';
import { claimableWindowItem } from '../policies/facts.js';
import { inTransaction } from '../unit-of-work.js';
import { fileClaimInTransaction } from './file-claim.js';

// The withdrawal function: one declaration withdraws from everything of the order that may
// still be withdrawn from — the items not shipped yet are cancelled, those delivered within
// the last 14 days (or on their way) are returned — in one transaction, so the declaration
// is taken whole or not at all. Each claim records the statement, and its `claim.created`
// event sends the customer the acknowledgement with the statement and its date and time.

export interface WithdrawalInput {
  orderId: number;
  /** The consumer's name, as they give it in the statement. */
  name: string;
}

export interface Withdrawal {
  declaredAt: Date;
  claims: Claim[];
}

export async function declareWithdrawal(core: Core, actor: Actor, input: WithdrawalInput): Promise<Withdrawal> {
  authorize(actor, 'claims.file');
  return inTransaction(core, actor, async (uow) => {
    const storeId = storeOf(actor);
    const order = await orders.lockOrderByRef(uow.trx, storeId, { id: input.orderId });
    const own = customerScope(actor);
    if (order === undefined || (own !== undefined && order.customerId !== own)) refuse({ code: 'not_found', entity: 'order', id: input.orderId });
    const policy = (await policies.findCurrentPolicy(uow.trx, storeId))?.document;
    if (!offersWithdrawal(policy)) refuse({ code: 'invalid_input', message: 'this store does not offer the withdrawal function; file a claim instead', path: '/body' });
    const items = await orders.listOrderItems(uow.trx, storeId, [order.id]);
    const held = await claims.sumHeldQuantities(uow.trx, storeId, items.map((item) => item.id));
    const byKind = new Map<ClaimKind, Array<{ orderItemId: number; quantity: number }>>();
    const withdrawn = withdrawnItems(items.map((item) => claimableWindowItem(item, held)), order.placedAt, policy?.time_zone ?? 'UTC', uow.at);
    for (const item of withdrawn) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), { orderItemId: item.orderItemId, quantity: item.quantity }]);
    if (byKind.size === 0) {
      refuse({ code: 'invalid_input', message: 'nothing on this order can be withdrawn from: its items are claimed already or their 14 days have passed', path: '/body/order_id' });
    }
    const statement = { name: input.name, declaredAt: uow.at };
    const filed: Claim[] = [];
    for (const [kind, lines] of byKind) {
      filed.push(await fileClaimInTransaction(uow, {
        order: { id: order.id }, kind, source: 'native', lines,
        description: `Withdrawal from the contract, declared by ${input.name}.`, withdrawal: statement,
      }));
    }
    return { declaredAt: uow.at, claims: filed };
  });
}
