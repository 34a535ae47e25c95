import { hasScope, type Actor, type Scope } from '../domain/actor.js';
import { refuse } from '../domain/refusal.js';

// Authorisation is the first line of each use case. Tenancy itself lives in the
// queries: every store function takes the store id and filters on it.

/** The store the actor acts in: its own, or for an admin the one it names. */
export function storeOf(actor: Actor, requestedStoreId?: number): number {
  if (actor.role === 'admin') {
    if (requestedStoreId === undefined) refuse({ code: 'invalid_input', message: 'store_id is required for an admin key', path: '/store_id' });
    return requestedStoreId;
  }
  if (requestedStoreId !== undefined && requestedStoreId !== actor.storeId) refuse({ code: 'not_found', entity: 'store', id: requestedStoreId });
  return actor.storeId;
}

export function requireScope(actor: Actor, scope: Scope): void {
  if (!hasScope(actor, scope)) refuse({ code: 'scope_missing', scope });
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') refuse({ code: 'forbidden', message: 'this needs the platform admin key' });
}

/** Merchants (and admins) manage a store; customers only act on their own claims. */
export function requireMerchant(actor: Actor): void {
  if (actor.role === 'customer') refuse({ code: 'forbidden', message: 'this needs a merchant key' });
}

/** The customer an actor is limited to, if any. */
export function customerScope(actor: Actor): number | undefined {
  return actor.role === 'customer' ? actor.customerId : undefined;
}

/**
 * A platform admin acting through a door that names the store in its path (Omnitron's
 * channel_id) acts as that store's merchant; everyone else stays who they are.
 */
export function actingFor(actor: Actor, storeId: number): Actor {
  if (actor.role !== 'admin') return actor;
  return { role: 'merchant', keyId: actor.keyId, name: actor.name, storeId, scopes: actor.scopes };
}
