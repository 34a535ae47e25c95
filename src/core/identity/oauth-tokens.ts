import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hasScope, SCOPES, type Actor, type Scope } from '../../domain/actor.js';
import * as oauth from '../../store/oauth.js';
import { hashKey } from './api-keys.js';
import type { Core } from '../core.js';

// The OAuth 2.0 client-credentials grant (RFC 6749 §4.4) and token revocation (RFC 7009).
// Failures are results, not refusals: the token endpoint answers them in OAuth's own words.

export const ACCESS_TOKEN_TTL_SECONDS = 3600;
export const ACCESS_TOKEN_PREFIX = 'op_at_';

export type OAuthFailure = { ok: false; error: 'invalid_client' | 'invalid_scope'; description: string };

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export type TokenGrant = { ok: true; accessToken: string; expiresInSeconds: number; scopes: Scope[] } | OAuthFailure;

const INVALID_CLIENT: OAuthFailure = { ok: false, error: 'invalid_client', description: 'client authentication failed' };

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The client these credentials prove, if it and the key behind it are still live. */
async function authenticateClient(core: Core, credentials: ClientCredentials) {
  const client = await oauth.findOAuthClientByClientId(core.db, credentials.clientId);
  if (client === undefined || !sameHash(client.secretHash, hashKey(credentials.clientSecret))) return undefined;
  const now = core.clock();
  if (client.revokedAt !== null || client.keyRevoked || (client.keyUsableUntil !== null && client.keyUsableUntil <= now)) return undefined;
  return client;
}

/** Issues an access token for the requested scopes (all of the client's when none are named). */
export async function issueAccessToken(core: Core, input: ClientCredentials & { scopes?: readonly string[] }): Promise<TokenGrant> {
  const client = await authenticateClient(core, input);
  if (client === undefined) return INVALID_CLIENT;
  const granted = client.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
  const asClient: Actor = { role: 'merchant', keyId: client.apiKeyId, name: client.name ?? client.clientId, storeId: client.storeId, scopes: granted };
  const requested = input.scopes === undefined || input.scopes.length === 0 ? granted : [...new Set(input.scopes)];
  const refused = requested.find((scope) => !(SCOPES as readonly string[]).includes(scope) || !hasScope(asClient, scope as Scope));
  if (refused !== undefined) return { ok: false, error: 'invalid_scope', description: `scope ${refused} is not granted to this client` };
  const scopes = requested.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));

  const now = core.clock();
  const accessToken = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await oauth.deleteExpiredTokens(core.db, client.storeId, client.id, now);
  await oauth.insertAccessToken(core.db, {
    storeId: client.storeId, clientId: client.id, tokenHash: hashKey(accessToken), scopes,
    expiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000), createdAt: now,
  });
  return { ok: true, accessToken, expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS, scopes };
}

/** Revokes a token of the authenticated client; an unknown token is not an error (RFC 7009 §2.2). */
export async function revokeAccessToken(core: Core, input: ClientCredentials & { token: string }): Promise<{ ok: true } | OAuthFailure> {
  const client = await authenticateClient(core, input);
  if (client === undefined) return INVALID_CLIENT;
  await oauth.revokeAccessToken(core.db, client.storeId, client.id, hashKey(input.token), core.clock());
  return { ok: true };
}

/** The actor an access token stands for: its client's key, limited to the token's scopes. */
export async function authenticateAccessToken(core: Core, token: string): Promise<Actor | undefined> {
  const grant = await oauth.findAccessTokenByHash(core.db, hashKey(token));
  if (grant === undefined) return undefined;
  const now = core.clock();
  const dead = grant.revokedAt !== null || grant.expiresAt <= now || grant.client.revokedAt !== null
    || grant.apiKey.revokedAt !== null || (grant.apiKey.expiresAt !== null && grant.apiKey.expiresAt <= now);
  if (dead) return undefined;
  const scopes = grant.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope));
  // A token always names its scopes; an empty list would read as an unrestricted key.
  if (scopes.length === 0) return undefined;
  return { role: 'merchant', keyId: grant.client.apiKeyId, name: grant.client.name ?? 'oauth client', storeId: grant.storeId, scopes };
}
