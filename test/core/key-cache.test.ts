import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { KEY_CACHE_TTL_MS, KeyCache } from '../../src/core/identity/key-cache.js';
import type { ApiKey } from '../../src/domain/access/api-key.js';
import { DATABASES } from '../support/databases.js';
import { ADMIN_KEY, useTestApp } from '../support/app.js';

// A found API key is kept for a few seconds so most requests skip its lookup. Revoking it
// through Recourse forgets it at once; a revocation this process did not make (another
// instance, or SQL) takes effect within KEY_CACHE_TTL_MS.

function apiKey(id: number, keyHash: string): ApiKey & { keyHash: string } {
  return {
    id, uuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, storeId: 1, role: 'merchant', customerId: null, scopes: [],
    name: null, keyPrefix: 'rk_m_abc', expiresAt: null, revokedAt: null, createdAt: new Date(0), userId: null, userUuid: null, userRole: null, backsUser: false, keyHash,
  };
}

describe('the key cache', () => {
  it('keeps a key for its time to live, then forgets it', () => {
    const cache = new KeyCache(1000);
    cache.set(apiKey(1, 'a'), 10_000);
    expect(cache.get('a', 10_999)?.id).toBe(1);
    expect(cache.get('a', 11_000)).toBeUndefined();
    expect(cache.get('b', 10_000)).toBeUndefined();
  });

  it('forgets a revoked key by its id, whatever its hash', () => {
    const cache = new KeyCache(1000);
    cache.set(apiKey(1, 'a'), 0);
    cache.set(apiKey(2, 'b'), 0);
    cache.forget(1);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)?.id).toBe(2);
  });

  it('keeps nothing with a time to live of 0', () => {
    const cache = new KeyCache(0);
    cache.set(apiKey(1, 'a'), 0);
    expect(cache.get('a', 0)).toBeUndefined();
  });
});

describe.each(DATABASES)('API keys with the cache (%s)', (kind) => {
  let now = new Date('2026-11-23T12:00:00Z');
  const t = useTestApp(kind, { clock: () => now });
  const claims = (key: string) => t.request({ method: 'GET', url: '/v1/claims?limit=1', key });

  it('refuses a key revoked through the API on the very next request', async () => {
    const store = await t.given.store();
    const made = await t.request({ method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: store.id, role: 'customer', customer_id: (await t.given.order(store)).customer.id } });
    expect(made.statusCode, made.body).toBe(201);
    const customerKey = made.json().key as string;
    expect((await claims(customerKey)).statusCode).toBe(200);
    const revoked = await t.request({ method: 'DELETE', url: `/v1/api-keys/${made.json().id}`, key: store.merchantKey });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await claims(customerKey)).statusCode).toBe(401);
  });

  it('stops accepting a key revoked elsewhere within the time to live', async () => {
    const store = await t.given.store();
    expect((await claims(store.merchantKey)).statusCode).toBe(200);
    await sql`UPDATE api_keys SET revoked_at = now() WHERE store_id = ${store.id}`.execute(t.database.db);
    expect((await claims(store.merchantKey)).statusCode).toBe(200);
    now = new Date(now.getTime() + KEY_CACHE_TTL_MS);
    expect((await claims(store.merchantKey)).statusCode).toBe(401);
  });

  it('checks expiry on every request, cached or not', async () => {
    const store = await t.given.store();
    const expiresAt = new Date(now.getTime() + 1000);
    const made = await t.request({ method: 'POST', url: '/v1/api-keys', key: ADMIN_KEY, body: { store_id: store.id, role: 'merchant', expires_at: expiresAt.toISOString() } });
    expect(made.statusCode, made.body).toBe(201);
    expect((await claims(made.json().key)).statusCode).toBe(200);
    now = new Date(expiresAt.getTime());
    expect((await claims(made.json().key)).statusCode).toBe(401);
  });
});
