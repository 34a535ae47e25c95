import { PERMISSIONS, permits, standingOf, type Action, type Permission } from '../domain/access/permissions.js';
import type { Actor } from '../domain/actor.js';
import { refuse } from '../domain/refusal.js';

// Authorisation is the first line of each use case: `authorize(actor, action)` asks the one
// permission table (src/domain/access/permissions.ts). Tenancy itself lives in the
// queries: every store function takes the store id and filters on it.

const SCOPE_OF_LEVEL = { read: 'read_claims', write: 'write_claims', manage: 'manage_claims' } as const;

/** Refuses, changing nothing, unless the permission table lets this actor do the action. */
export function authorize(actor: Actor, action: Action): void {
  const standing = standingOf(actor);
  if (permits(standing, action)) return;
  const permission: Permission = PERMISSIONS[action];
  if (standing.kind === 'customer') {
    if (permission.customer === null) refuse({ code: 'forbidden', message: 'this needs a merchant key' });
    refuse({ code: 'scope_missing', scope: SCOPE_OF_LEVEL[permission.customer] });
  }
  if (permission.staff === null) refuse({ code: 'forbidden', message: 'this needs the platform admin key' });
  if (permission.staff === 'owner') {
    refuse({ code: 'forbidden', message: "this needs the store owner's access: an owner, or an unscoped merchant key" });
  }
  refuse({ code: 'scope_missing', scope: SCOPE_OF_LEVEL[permission.staff] });
}

/** The store the actor acts in: its own, or for an admin the one it names. */
export function storeOf(actor: Actor, requestedStoreId?: number): number {
  if (actor.role === 'admin') {
    if (requestedStoreId === undefined) refuse({ code: 'invalid_input', message: 'store_id is required for an admin key', path: '/store_id' });
    return requestedStoreId;
  }
  if (requestedStoreId !== undefined && requestedStoreId !== actor.storeId) refuse({ code: 'not_found', entity: 'store', id: requestedStoreId });
  return actor.storeId;
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
