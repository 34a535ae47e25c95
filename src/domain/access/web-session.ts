import type { UserRole } from './user.js';

// A signed-in session of the web pages (console or portal), as the core hands it out.

export interface WebSession {
  id: number;
  storeId: number;
  kind: 'console' | 'portal';
  userId: number | null;
  customerId: number | null;
  orderId: number | null;
  apiKeyId: number;
  expiresAt: Date;
}

/** A live session with what its actor needs: the user (console) and the backing key's state. */
export interface SessionGrant extends WebSession {
  user: { uuid: string; email: string; name: string; role: UserRole; disabledAt: Date | null } | null;
  keyScopes: string[];
  keyRevokedAt: Date | null;
  keyName: string | null;
}
