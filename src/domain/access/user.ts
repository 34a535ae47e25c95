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
