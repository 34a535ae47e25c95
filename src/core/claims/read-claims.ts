import type { Actor } from '../../domain/actor.js';
import type { ClaimFilter, ClaimKeyset, ClaimPageRequest, ClaimScope } from '../../domain/claim/claim-filter.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import { customerEvent, isCustomerEvent, STAFF_ONLY_EVENT_TYPES } from '../../domain/claim/customer-view.js';
import type { ClaimEvent } from '../../domain/claim/event.js';
import type { OrderItem } from '../../domain/order.js';
import { dueClockOf } from '../../domain/policy/deadlines.js';
import { refuse } from '../../domain/refusal.js';
import * as claimDocuments from '../../store/claim-documents.js';
import * as claimList from '../../store/claim-list.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import * as policies from '../../store/policies.js';
import { authorize, customerScope, storeOf } from '../access.js';
import type { Core } from '../core.js';
import { claimBalances, detailsFor, findVisibleClaim, loadClaimDetails, type ClaimBalances, type ClaimDetails } from './details.js';

export const CLAIMS_PAGE_MAX = 100;

export async function getClaim(core: Core, actor: Actor, ref: ClaimRef): Promise<ClaimDetails> {
  authorize(actor, 'claims.read');
  return detailsFor(core.db, actor, await findVisibleClaim(core.db, actor, ref));
}

/** A claim with what may still be claimed and refunded on its order. */
export async function getClaimWithBalances(core: Core, actor: Actor, ref: ClaimRef): Promise<{ claim: ClaimDetails; balances: ClaimBalances; orderItems: OrderItem[] }> {
  const claim = await getClaim(core, actor, ref);
  const orderItems = await orders.listOrderItems(core.db, claim.storeId, [claim.orderId]);
  return { claim, balances: await claimBalances(core.db, claim, orderItems), orderItems };
}

export interface ClaimListOptions {
  includeDeleted?: boolean;
}

function scopeOf(actor: Actor, options: ClaimListOptions): ClaimScope {
  return { storeId: storeOf(actor), customerId: customerScope(actor), includeDeleted: options.includeDeleted };
}

/**
 * The page a door asked for, its size capped whatever the door asks; a due-first page sorts
 * by the store's current service levels, as the console's due column counts them.
 */
async function capped(core: Core, storeId: number, page: ClaimPageRequest): Promise<ClaimPageRequest> {
  const limited = { ...page, limit: Math.min(page.limit, CLAIMS_PAGE_MAX + 1) } as ClaimPageRequest;
  if (limited.order !== 'due') return limited;
  return { ...limited, dueClock: dueClockOf((await policies.findCurrentPolicy(core.db, storeId))?.document) };
}

/** A page of claims with their details. */
export async function listClaims(
  core: Core, actor: Actor, filter: ClaimFilter, page: ClaimPageRequest, options: ClaimListOptions = {},
): Promise<ClaimDetails[]> {
  authorize(actor, 'claims.read');
  const scope = scopeOf(actor, options);
  const found = await claimList.listClaims(core.db, scope, filter, await capped(core, scope.storeId, page));
  return loadClaimDetails(core.db, scope.storeId, found, { hideInternal: actor.role === 'customer' });
}

/**
 * A page of claims as their native documents, rendered by the database in one statement: what
 * listClaims returns, in the native door's shape and the actor's view. A document is null where
 * the claim must be rendered from its details (getClaim); `rendered` caps the documents made.
 */
export async function listClaimDocuments(
  core: Core, actor: Actor, filter: ClaimFilter, page: ClaimPageRequest, options: ClaimListOptions & { rendered?: number } = {},
): Promise<claimList.ClaimDocumentRow[]> {
  authorize(actor, 'claims.read');
  const scope = scopeOf(actor, options);
  return claimList.listClaimDocuments(core.db, scope, filter, await capped(core, scope.storeId, page), {
    view: viewOf(actor), ...(options.rendered === undefined ? {} : { rendered: options.rendered }),
  });
}

/** One claim as its native document (null: render it from getClaim), with its version for the ETag; 404 as getClaim. */
export async function getClaimDocument(core: Core, actor: Actor, ref: ClaimRef): Promise<{ id: number; version: number; document: string | null }> {
  authorize(actor, 'claims.read');
  const found = await claimDocuments.findClaimDocument(core.db, storeOf(actor), ref, { customerId: customerScope(actor), view: viewOf(actor) });
  if (found === undefined) refuse({ code: 'not_found', entity: 'claim', id: 'id' in ref ? ref.id : 'uuid' in ref ? ref.uuid : ref.number });
  return found;
}

const viewOf = (actor: Actor): claimDocuments.DocumentView => (actor.role === 'customer' ? 'customer' : 'staff');

export async function countClaims(core: Core, actor: Actor, filter: ClaimFilter, options: ClaimListOptions = {}): Promise<number> {
  authorize(actor, 'claims.read');
  return claimList.countClaims(core.db, scopeOf(actor, options), filter);
}

export async function countClaimsByStatus(core: Core, actor: Actor, filter: ClaimFilter): Promise<Record<string, number>> {
  authorize(actor, 'claims.read');
  return claimList.countClaimsByStatus(core.db, scopeOf(actor, {}), filter);
}

/** Where a claim sits in the list order (for a cursor that names a claim), without its details. */
export async function findClaimKeyset(
  core: Core, actor: Actor, filter: ClaimFilter, options: ClaimListOptions = {},
): Promise<ClaimKeyset | undefined> {
  authorize(actor, 'claims.read');
  const [claim] = await claimList.listClaims(core.db, scopeOf(actor, options), filter, { limit: 1 });
  return claim === undefined ? undefined : { createdAt: claim.createdAt, id: claim.id };
}

export async function claimsExistBeyond(
  core: Core, actor: Actor, filter: ClaimFilter, edge: ClaimKeyset, direction: 'newer' | 'older', options: ClaimListOptions = {},
): Promise<boolean> {
  return claimList.existsBeyond(core.db, scopeOf(actor, options), filter, edge, direction);
}

export const EVENTS_PAGE_MAX = 500;

/** The claim's audit history, oldest first. */
export async function listClaimEvents(core: Core, actor: Actor, ref: ClaimRef, page: { afterId: number; limit: number }): Promise<ClaimEvent[]> {
  authorize(actor, 'claims.read');
  const claim = await findVisibleClaim(core.db, actor, ref);
  const limit = Math.min(page.limit, EVENTS_PAGE_MAX);
  if (actor.role !== 'customer') return events.listClaimEvents(core.db, claim.storeId, claim.id, { afterId: page.afterId, limit });
  const found = await events.listClaimEvents(core.db, claim.storeId, claim.id, { afterId: page.afterId, limit, customerView: { hiddenTypes: STAFF_ONLY_EVENT_TYPES } });
  return found.filter(isCustomerEvent).map(customerEvent);
}
