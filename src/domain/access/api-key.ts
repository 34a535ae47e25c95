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
}
