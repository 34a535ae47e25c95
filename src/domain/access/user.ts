/** A console user's role: an owner is unrestricted, an agent manages claims, a viewer only reads. */
export type UserRole = 'owner' | 'agent' | 'viewer';

export const USER_ROLES: readonly UserRole[] = ['owner', 'agent', 'viewer'];

export interface User {
  id: number;
  uuid: string;
  storeId: number;
  email: string;
  name: string;
  role: UserRole;
  apiKeyId: number;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Whether a change to a user would leave its store without an active owner — the one person
 * who can manage users, keys and the policy. Such a change is refused, so a store can always
 * be managed from its console.
 */
export function leavesStoreWithoutOwner(user: User, change: { role?: UserRole; disabled?: boolean }, otherActiveOwners: number): boolean {
  const activeOwner = user.role === 'owner' && user.disabledAt === null;
  if (!activeOwner || otherActiveOwners > 0) return false;
  const staysOwner = (change.role ?? user.role) === 'owner' && change.disabled !== true;
  return !staysOwner;
}

/**
 * A login's username: the user's email, or `<store code>:<email>` when the same email is a
 * user of several stores. An email has its `@` after any colon it holds; a store code has none.
 */
export function parseLoginUsername(username: string): { storeCode?: string; email: string } {
  const colon = username.indexOf(':');
  if (colon <= 0 || username.slice(0, colon).includes('@')) return { email: username.trim() };
  return { storeCode: username.slice(0, colon).trim(), email: username.slice(colon + 1).trim() };
}
