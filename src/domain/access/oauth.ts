export interface OAuthClient {
  id: number;
  uuid: string;
  storeId: number;
  apiKeyId: number;
  clientId: string;
  name: string | null;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
}

export interface AccessTokenGrant {
  storeId: number;
  scopes: string[];
  expiresAt: Date;
  revokedAt: Date | null;
  client: { id: number; name: string | null; revokedAt: Date | null; apiKeyId: number };
  apiKey: { revokedAt: Date | null; expiresAt: Date | null };
}
