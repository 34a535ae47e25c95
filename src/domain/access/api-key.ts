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
}
