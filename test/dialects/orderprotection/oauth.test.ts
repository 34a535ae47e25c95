import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASES } from '../../support/databases.js';
import { useTestApp, type StoreFixture } from '../../support/app.js';
import { expectStatus, fileOpClaim, givenOAuthClient, op, tokenFor } from './support.js';

describe.each(DATABASES)('OrderProtection OAuth and scopes (%s)', (kind) => {
  const t = useTestApp(kind);
  const realClock = () => new Date();
  afterEach(() => { t.core.clock = realClock; });
  let store: StoreFixture;
  let orderNumber: string;

  it('sets up a store and an order', async () => {
    store = await t.given.store();
    orderNumber = (await t.given.order(store, { items: [{ quantity: 20, external_id: 'item-1' }] })).number;
  });

  describe('the client-credentials grant', () => {
    it('issues a one-hour bearer token for the client scopes', async () => {
      const client = await givenOAuthClient(t, store, ['read_claims', 'write_claims']);
      expect(client.client_secret).toMatch(/^op_cs_/);
      const response = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret });
      const body = expectStatus(response, 200);
      expect(body).toEqual({ access_token: expect.stringMatching(/^op_at_/), token_type: 'Bearer', expires_in: 3600, scope: 'read_claims write_claims' });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(expectStatus(await op(t, 'GET', '/v1/claims', body.access_token), 200).edges).toEqual([]);
    });

    it('takes a form body, narrower scopes and HTTP Basic client authentication', async () => {
      const client = await givenOAuthClient(t, store, ['manage_claims']);
      const basic = Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64');
      const response = await t.request({
        method: 'POST', url: '/compat/orderprotection/v1/oauth/token', body: 'grant_type=client_credentials&scopes=read_claims',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      });
      expect(expectStatus(response, 200).scope).toBe('read_claims');
    });

    it('refuses a wrong secret (401), an unknown grant (400) and a scope the client lacks (400)', async () => {
      const client = await givenOAuthClient(t, store, ['read_claims']);
      const wrong = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: 'op_cs_nope' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ statusCode: 401, error: 'invalid_client' });
      const grant = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'authorization_code', client_id: client.client_id, client_secret: client.client_secret });
      expect(grant.statusCode).toBe(400);
      expect(grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
      const scope = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret, scopes: ['manage_claims'] });
      expect(scope.statusCode).toBe(400);
      expect(scope.json()).toMatchObject({ error: 'invalid_scope' });
    });

    it('keeps only hashes of client secrets and access tokens', async () => {
      const client = await givenOAuthClient(t, store, ['read_claims']);
      const token = (await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret })).json().access_token;
      const stored = await sql<{ found: number }>`
        SELECT (SELECT count(*) FROM oauth_clients WHERE secret_hash = ${client.client_secret})
             + (SELECT count(*) FROM oauth_access_tokens WHERE token_hash = ${token}) AS found`.execute(t.database.db);
      expect(Number(stored.rows[0]?.found)).toBe(0);
      const listed = expectStatus(await t.request({ method: 'GET', url: '/v1/oauth-clients', key: store.merchantKey }), 200);
      expect(listed.data.find((row: any) => row.client_id === client.client_id)).not.toHaveProperty('client_secret');
    });

    it('answers 401 once a token expires', async () => {
      const token = await tokenFor(t, store, ['read_claims']);
      t.core.clock = () => new Date(Date.now() + 3599_000);
      expect((await op(t, 'GET', '/v1/claims', token)).statusCode).toBe(200);
      t.core.clock = () => new Date(Date.now() + 3600_000);
      const expired = await op(t, 'GET', '/v1/claims', token);
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toEqual({ statusCode: 401, message: expect.any(String), error: 'Unauthorized' });
    });

    it('answers 401 for a revoked token, and only its own client may revoke it', async () => {
      const client = await givenOAuthClient(t, store, ['read_claims']);
      const other = await givenOAuthClient(t, store, ['read_claims']);
      const token = (await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret })).json().access_token;
      expect((await op(t, 'POST', '/v1/oauth/revoke', undefined, { token, client_id: client.client_id, client_secret: 'wrong' })).statusCode).toBe(401);
      expectStatus(await op(t, 'POST', '/v1/oauth/revoke', undefined, { token, client_id: other.client_id, client_secret: other.client_secret }), 200);
      expect((await op(t, 'GET', '/v1/claims', token)).statusCode).toBe(200);
      expectStatus(await op(t, 'POST', '/v1/oauth/revoke', undefined, { token, client_id: client.client_id, client_secret: client.client_secret, token_type_hint: 'access_token' }), 200);
      expect((await op(t, 'GET', '/v1/claims', token)).statusCode).toBe(401);
    });

    it('answers 401 for every token of a client deleted through the native API', async () => {
      const client = await givenOAuthClient(t, store, ['read_claims']);
      const token = (await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret })).json().access_token;
      expectStatus(await t.request({ method: 'DELETE', url: `/v1/oauth-clients/${client.id}`, key: store.merchantKey }), 200);
      expect((await op(t, 'GET', '/v1/claims', token)).statusCode).toBe(401);
      const again = await op(t, 'POST', '/v1/oauth/token', undefined, { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret });
      expect(again.statusCode).toBe(401);
    });

    it('lets no key mint a client stronger than itself', async () => {
      const readOnly = expectStatus(await t.request({ method: 'POST', url: '/v1/api-keys', key: 'test-admin-key-0123456789', body: { store_id: store.id, role: 'merchant', scopes: ['read_claims'] } }), 201);
      const response = await t.request({ method: 'POST', url: '/v1/oauth-clients', key: readOnly.key, body: { scopes: ['manage_claims'] } });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('scopes', () => {
    it('answers 401 without a token or with an unknown one', async () => {
      for (const key of [undefined, 'op_at_unknown', 'rk_m_unknown']) {
        const response = await op(t, 'GET', '/v1/claims', key);
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({ statusCode: 401, message: expect.any(String), error: 'Unauthorized' });
      }
    });

    it('reads with read_claims but creates nothing', async () => {
      const token = await tokenFor(t, store, ['read_claims']);
      expect((await op(t, 'GET', '/v1/claims', token)).statusCode).toBe(200);
      const create = await op(t, 'POST', `/v1/claims/${orderNumber}`, token, { email: 'b@example.com', fulfillmentIssues: [{ issues: [{ issueType: 'STOLEN', sourceItemId: 'item-1', quantity: 1 }] }] });
      expect(create.statusCode).toBe(403);
      expect(create.json()).toEqual({ statusCode: 403, message: 'this credential lacks the write_claims scope', error: 'Forbidden' });
    });

    it('creates with write_claims but neither changes state nor resolves', async () => {
      const token = await tokenFor(t, store, ['write_claims']);
      const id = await fileOpClaim(t, token, orderNumber, { sourceItemId: 'item-1', quantity: 1 });
      expect((await op(t, 'GET', `/v1/claims/${id}`, token)).statusCode).toBe(200);
      expect((await op(t, 'POST', `/v1/claims/${id}/messages`, token, { message: 'hello', senderType: 'brand', authorName: 'Sarah' })).statusCode).toBe(201);
      expect((await op(t, 'PATCH', `/v1/claims/${id}`, token, { claimState: 'OPEN' })).statusCode).toBe(403);
      expect((await op(t, 'POST', `/v1/claims/${id}/resolutions`, token, { resolutionType: 'RESHIP' })).statusCode).toBe(403);
    });

    it('changes state and resolves with manage_claims', async () => {
      const token = await tokenFor(t, store, ['manage_claims']);
      const id = await fileOpClaim(t, token, orderNumber, { sourceItemId: 'item-1', quantity: 1 });
      expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, token, { resolutionType: 'RESHIP' }), 201);
      expect(expectStatus(await op(t, 'PATCH', `/v1/claims/${id}`, token, { claimState: 'APPROVED' }), 200).claimState).toBe('APPROVED');
    });

    it('refuses the platform admin key: a token here belongs to one store', async () => {
      const response = await op(t, 'GET', '/v1/claims', 'test-admin-key-0123456789');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    });
  });
});
