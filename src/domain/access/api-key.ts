import type { UserRole } from './user.js';

export interface ApiKey {
  id: number;
  uuid: string;
  storeId: number | null;
  role: 'admin' | 'merchant' | 'customer';
  customerId: number | null;
  scopes: string[];
  name: string | null;
  keyPrefix: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  /** The console user a login token acts as (its id, uuid and role); null for every other key. */
  userId: number | null;
  userUuid: string | null;
  userRole: UserRole | null;
  /** Whether the key is a console user's backing key (the user signs in; nobody holds its secret). */
  backsUser: boolean;
}

/**
 * What a key is for, as a store's settings list it: an integration someone created, the
 * portal's key of one customer, a console user's backing key, or a login token (Omnitron's
 * SDK login). Only integrations are a person's to manage in the key list; the others come and
 * go with their customer, user or sign-in.
 */
export type KeyPurpose = 'integration' | 'portal' | 'console_user' | 'login_token';

/** The prefix of the portal's per-customer keys (core/portal). */
export const PORTAL_KEY_PREFIX = 'rk_portal';

export function purposeOf(key: Pick<ApiKey, 'keyPrefix' | 'userId' | 'backsUser'>): KeyPurpose {
  if (key.backsUser) return 'console_user';
  if (key.userId !== null) return 'login_token';
  if (key.keyPrefix === PORTAL_KEY_PREFIX) return 'portal';
  return 'integration';
}
