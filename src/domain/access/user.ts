import { refuse } from '../refusal.js';
export type UserRole = 'owner' | 'agent' | 'viewer';

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

// Console users of a store. Each user acts through a backing merchant api_keys row whose
// scopes follow the role: an owner is unrestricted, an agent manages claims, a viewer
// only reads. The core's scope checks then refuse a viewer's writes like any key's.

export const USER_ROLES: readonly UserRole[] = ['owner', 'agent', 'viewer'];
