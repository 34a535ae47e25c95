import type { User } from '../access/user.js';
import type { Refusal } from '../refusal.js';

// Who may be a claim's assignee: a console user of the claim's store who can work on claims
// (an owner or an agent; a viewer only reads) and is not disabled. Unassigning is always
// allowed. The store finds the user in the claim's own store, so another store's user is
// not found at all.

/** The assignee a claim shows: the user's uuid (the id the users API shows) and name. */
export interface ClaimAssignee {
  id: number;
  uuid: string;
  name: string;
}

/** Why this user cannot be given the claim, or undefined when they can. */
export function assigneeRefusal(user: User | undefined, uuid: string): Refusal | undefined {
  if (user === undefined) return { code: 'not_found', entity: 'user', id: uuid };
  if (user.disabledAt !== null) return { code: 'invalid_input', message: `user ${uuid} is disabled`, path: '/body/user_id' };
  if (user.role === 'viewer') return { code: 'invalid_input', message: `user ${uuid} is a viewer, who cannot work on claims`, path: '/body/user_id' };
  return undefined;
}
