import type { UserRole } from './access/user.js';

// Who is acting. The key's role decides what it may see; the actor is recorded on every event.
export type Scope = 'read_claims' | 'write_claims' | 'manage_claims';
export const SCOPES: readonly Scope[] = ['read_claims', 'write_claims', 'manage_claims'];

export type Actor =
  | { role: 'admin'; keyId: number; name: string; scopes: readonly Scope[] }
  | { role: 'merchant'; keyId: number; name: string; storeId: number; scopes: readonly Scope[]; user?: ConsoleUserRef }
  | { role: 'customer'; keyId: number; name: string; storeId: number; customerId: number; scopes: readonly Scope[] }
  | { role: 'automatic'; name: string; storeId: number };

/** The console user a merchant actor signed in as: its role decides its standing in the permission table. */
export interface ConsoleUserRef {
  id: number;
  role: UserRole;
}

/** How an actor is written into an event or a message. */
export interface ActorRecord {
  type: 'admin' | 'merchant' | 'customer' | 'automatic' | 'system';
  key_id?: number;
  name: string;
}

export function actorRecord(actor: Actor): ActorRecord {
  if (actor.role === 'automatic') return { type: 'automatic', name: actor.name };
  return { type: actor.role, key_id: actor.keyId, name: actor.name };
}

/** Who made a credential or an endpoint: the key it was made with and the console user behind it, if any. */
export interface Creator {
  keyId: number | null;
  userId: number | null;
}

/** The platform's own admin key (from the environment) is no row, so it names no key. */
export function creatorOf(actor: Actor): Creator {
  if (actor.role === 'automatic') return { keyId: null, userId: null };
  return { keyId: actor.keyId > 0 ? actor.keyId : null, userId: actor.role === 'merchant' ? actor.user?.id ?? null : null };
}

/** No scopes on a key means an unrestricted key of its role. */
export function hasScope(actor: Actor, scope: Scope): boolean {
  if (actor.role === 'automatic') return true;
  if (actor.scopes.length === 0) return true;
  if (actor.scopes.includes('manage_claims')) return true;
  if (scope === 'read_claims') return actor.scopes.length > 0;
  return actor.scopes.includes(scope);
}
