import { randomBytes } from 'node:crypto';
import { PORTAL_KEY_PREFIX } from '../../domain/access/api-key.js';
import type { Actor } from '../../domain/actor.js';
import type { Reason } from '../../domain/claim/reason.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import { orderNumberCandidates, type Customer, type Order, type OrderItem, type OrderWithItems } from '../../domain/order.js';
import type { Policy } from '../../domain/policy/document.js';
import { itemEligibility, type ItemEligibility } from '../../domain/policy/eligibility.js';
import { offersWithdrawal, withdrawnItems } from '../../domain/claim/withdrawal.js';
import { refuse } from '../../domain/refusal.js';
import type { Store } from '../../domain/store.js';
import * as apiKeys from '../../store/api-keys.js';
import * as claims from '../../store/claims.js';
import * as orders from '../../store/orders.js';
import * as policies from '../../store/policies.js';
import * as reasons from '../../store/reasons.js';
import * as stores from '../../store/stores.js';
import * as webSessions from '../../store/web-sessions.js';
import { storeOf } from '../access.js';
import { hashKey } from '../identity/api-keys.js';
import { reserveAttempt } from '../identity/attempts.js';
import type { Core } from '../core.js';
import { csrfTokenOf, hashSessionToken, newSessionToken, PORTAL_SESSION_TTL_MS } from '../identity/sessions.js';
import { getOrder } from '../orders/orders.js';
import { claimableWindowItem } from '../policies/facts.js';

// The customer portal: a customer proves who they are with an order number and the email
// on the order, and gets a short-lived session that acts as a customer key of the store.
// Every lookup is reserved before it is checked, per client address (across stores) and per
// store code and order number, in the database so every process shares the count
// (identity/attempts.ts): at most LOOKUP_FAILURES_MAX failures per window, however many
// arrive at once. The answer never says which of the two was wrong.

export const PORTAL_KEY_NAME = 'customer portal';
export const LOOKUP_WINDOW_MS = 15 * 60 * 1000;
export const LOOKUP_FAILURES_MAX = 10;

export type PortalLookup =
  | { outcome: 'opened'; token: string; csrfToken: string; expiresAt: Date; store: Store; orderId: number; customer: Customer }
  | { outcome: 'not_found' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export async function openPortalSession(
  core: Core, input: { storeCode: string; orderNumber: string; email: string; client: string },
): Promise<PortalLookup> {
  const candidates = orderNumberCandidates(input.orderNumber);
  // One budget per order, however its number was typed.
  const buckets = [`portal-ip:${input.client}`, `portal-order:${input.storeCode.toLowerCase()}:${(candidates.at(-1) ?? '').toLowerCase()}`];
  const reservation = await reserveAttempt(core, buckets, { windowMs: LOOKUP_WINDOW_MS, max: LOOKUP_FAILURES_MAX });
  if (reservation.outcome === 'throttled') return reservation;
  const store = await stores.findStoreByCode(core.db, input.storeCode);
  let order: Order | undefined;
  for (const number of candidates) {
    if (store === undefined) break;
    order = await orders.findOrder(core.db, store.id, { number });
    if (order !== undefined) break;
  }
  const customer = store === undefined || order === undefined ? undefined : await orders.findCustomer(core.db, store.id, order.customerId);
  if (store === undefined || order === undefined || customer === undefined || customer.email.toLowerCase() !== input.email.trim().toLowerCase()) {
    return { outcome: 'not_found' };
  }
  await reservation.release();
  const now = core.clock();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_TTL_MS);
  await core.db.transaction().execute(async (trx) => {
    const apiKeyId = await webSessions.findPortalKey(trx, store.id, customer.id, PORTAL_KEY_NAME) ?? (await apiKeys.insertApiKey(trx, {
      uuid: core.newId(), storeId: store.id, role: 'customer', customerId: customer.id, scopes: ['read_claims', 'write_claims'],
      name: PORTAL_KEY_NAME, keyHash: hashKey(`rk_portal_${randomBytes(32).toString('base64url')}`), keyPrefix: PORTAL_KEY_PREFIX, expiresAt: null,
    })).id;
    await webSessions.insertSession(trx, {
      storeId: store.id, kind: 'portal', tokenHash: hashSessionToken(token), userId: null, customerId: customer.id,
      orderId: order.id, apiKeyId, expiresAt,
    });
  });
  return { outcome: 'opened', token, csrfToken: csrfTokenOf(token), expiresAt, store, orderId: order.id, customer };
}

export interface ClaimableOrderItem {
  item: OrderItem;
  /** Per kind: how many may still be claimed, 0 when the engine's eligibility rules or the policy's window refuse the kind. */
  claimable: Record<ClaimKind, number>;
  /** Per kind: the same, with until when and, when nothing may be claimed, why not. */
  eligibility: Record<ClaimKind, ItemEligibility>;
}

/** The policy's service levels a customer is told of: how soon the store answers and decides, per kind. */
export type ServiceLevels = NonNullable<NonNullable<Policy['deadlines']>['sla']>;

export interface ClaimableOrder {
  order: OrderWithItems;
  store: Store;
  items: ClaimableOrderItem[];
  reasons: Reason[];
  serviceLevels: ServiceLevels;
  /** Whether the withdrawal function is open for this order, and until when at least one delivered item may be withdrawn from. */
  withdrawal: { open: boolean; until: Date | null };
}

/** An order with what each item may still claim, by the same rules fileClaim enforces, and the store's active reasons. */
export async function getClaimableOrder(core: Core, actor: Actor, orderId: number): Promise<ClaimableOrder> {
  const order = await getOrder(core, actor, { id: orderId });
  const storeId = storeOf(actor);
  const store = await stores.findStore(core.db, storeId);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });
  const [held, active, policy] = await Promise.all([
    claims.sumHeldQuantities(core.db, storeId, order.items.map((item) => item.id)),
    reasons.listReasons(core.db, storeId, { active: true }, { offset: 0, limit: 1000 }),
    policies.findCurrentPolicy(core.db, storeId),
  ]);
  const now = core.clock();
  const items = order.items.map((item) => {
    const facts = claimableWindowItem(item, held);
    const of = (kind: ClaimKind) => itemEligibility(policy?.document, kind, facts, {
      orderPlacedAt: order.placedAt, reasons: active.reasons.filter((reason) => reason.kind === kind), now,
    });
    const eligibility = { cancellation: of('cancellation'), return: of('return'), incident: of('incident') };
    return {
      item, eligibility,
      claimable: { cancellation: eligibility.cancellation.claimable, return: eligibility.return.claimable, incident: eligibility.incident.claimable },
    };
  });
  const withdrawable = withdrawnItems(order.items.map((item) => claimableWindowItem(item, held)), order.placedAt, policy?.document.time_zone ?? 'UTC', now);
  const ends = withdrawable.flatMap((item) => (item.end === null ? [] : [item.end]));
  return {
    order, store, items, reasons: [...active.reasons].sort((a, b) => a.position - b.position || a.id - b.id),
    serviceLevels: policy?.document.deadlines?.sla ?? {},
    withdrawal: !offersWithdrawal(policy?.document) || withdrawable.length === 0 ? { open: false, until: null }
      : { open: true, until: ends.length === 0 ? null : new Date(Math.max(...ends.map((end) => end.getTime()))) },
  };
}
