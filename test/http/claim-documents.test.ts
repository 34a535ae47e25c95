import Fastify, { type FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores, growClaims } from '../../bench/generate.js';
import { createCore, type Core } from '../../src/core/core.js';
import { authenticate, hashKey } from '../../src/core/identity/api-keys.js';
import { getClaim, listClaims } from '../../src/core/claims/read-claims.js';
import type { Actor } from '../../src/domain/actor.js';
import { buildApp } from '../../src/http/app.js';
import { decodeCursor, encodeCursor } from '../../src/http/cursor.js';
import { ClaimSchema, renderClaim } from '../../src/http/v1/claim-render.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// The native door reads claims as the database renders them (src/store/claim-documents.ts).
// Those bytes must be the bytes the door's serializer writes for renderClaim, which every write
// still answers with: here both render every claim of a data set that has every part a claim
// can hang on, for a merchant and for a customer, one by one and page by page. Attributes
// JavaScript prints differently from jsonb (fractions, exponents, index-like keys) are left to
// the door, and must come out as JavaScript prints them.

const MERCHANT = 'rk_m_documents_test_store_1_merchant_key';
const CUSTOMER = 'rk_c_documents_test_store_1_customer_key';

async function enrich(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    WITH chosen AS (SELECT id FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6)
    UPDATE claims SET
      attributes = '{"isOta": true, "otaDescription": "sent, twice", "claimFiledFrom": "EXTERNAL", "nested": {"b": [1, "x y", null, -3], "a": "2.5"}, "zz": "a \\" quote \\\\ ü ✓", "n": 0}',
      refund_destination = '{"method": "bank_transfer", "iban": "DE89 3704 0044 0532 0130 00", "holderName": "Ada Lovelace"}',
      rejection_reason = 'Worn, not new', rejection_images = '["https://img.example.com/a.jpg", "https://img.example.com/b c.jpg"]',
      policy_id = 'default', policy_version = 3, risk_flags = '["high_value", "repeat customer"]', queue = 'review',
      policy_decision = '{"decided_at": "2026-01-02T03:04:05.678Z", "action": "approve", "rule_id": "small-returns", "policy_version": 3, "refund_amount": 1999, "reason": "under the limit"}'
    WHERE id IN (SELECT id FROM chosen);
    UPDATE claims SET attributes = '{"price": 2.50, "ratio": 1e-7, "big": 1.0}' WHERE store_id = 1 AND id = (SELECT id FROM claims WHERE store_id = 1 ORDER BY id OFFSET 7 LIMIT 1);
    UPDATE claims SET attributes = '{"b": "x", "10": "ten", "2": "two"}' WHERE store_id = 1 AND id = (SELECT id FROM claims WHERE store_id = 1 ORDER BY id OFFSET 8 LIMIT 1);
    UPDATE claims SET description = E'line one\\nline\\ttwo \\u0001 "quoted" \\\\ back' WHERE store_id = 1 AND id = (SELECT id FROM claims WHERE store_id = 1 ORDER BY id OFFSET 9 LIMIT 1);
    INSERT INTO messages (store_id, uuid, claim_id, sender_type, author_name, body, internal, attachments)
    SELECT 1, gen_random_uuid(), id, 'merchant', 'Support', 'An internal note, with "quotes"', true, '["https://img.example.com/m 1.jpg"]'
    FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO messages (store_id, uuid, claim_id, sender_type, author_name, body, internal, attachments)
    SELECT 1, gen_random_uuid(), id, 'customer', 'Ada', 'Where is my refund?', false, '[]' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 4;
    INSERT INTO attachments (store_id, uuid, claim_id, url, kind, uploaded_by)
    SELECT 1, gen_random_uuid(), id, 'https://img.example.com/evidence.jpg', 'photo', 'customer' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO resolutions (store_id, uuid, claim_id, type, outcome, details, paid_value_minor, paid_currency, include_shipping, shipping_amount_minor, claim_status, created_by)
    SELECT 1, gen_random_uuid(), id, 'REFUND', 'approval', 'Paid back', 2498, 'EUR', true, 499, 'completed', 'merchant' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO store_credits (store_id, uuid, claim_id, type, code, value_minor, bonus_minor, currency, email_status)
    SELECT 1, gen_random_uuid(), id, 'gift_card', 'GIFT-' || id, 5000, 250, 'EUR', 'NOT_SENT' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
  `).execute(db);
}

/** What the door answered before reads were rendered by the database: renderClaim through the route's serializer. */
async function javascriptRenderer(core: Core): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/claim', { schema: { response: { 200: ClaimSchema } } }, async (request) => renderClaim(await getClaim(core, (request as any).actor, { id: Number((request.query as any).id) })) as never);
  app.addHook('onRequest', async (request) => {
    (request as any).actor = await authenticate(core, String(request.headers.authorization));
  });
  await app.ready();
  return app;
}

for (const kind of DATABASES) {
  describe(`native reads rendered by the database are renderClaim's bytes (${kind})`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let javascript: FastifyInstance;
    let core: Core;
    let db: Kysely<any>;
    let customerId: number;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      db = database.db as unknown as Kysely<any>;
      await createStores(db);
      await growClaims(db, 0, 300);
      await enrich(db);
      // The customer of the claims with internal messages, so their view differs from a merchant's.
      const { rows } = await sql<{ customer_id: number }>`SELECT customer_id FROM claims WHERE store_id = 1 ORDER BY id LIMIT 1`.execute(db);
      customerId = Number(rows[0]!.customer_id);
      await sql`UPDATE claims SET customer_id = ${customerId} WHERE store_id = 1 AND id IN (SELECT id FROM claims WHERE store_id = 1 ORDER BY id LIMIT 12)`.execute(db);
      await sql`INSERT INTO api_keys (uuid, store_id, role, name, key_hash, key_prefix)
                VALUES (gen_random_uuid(), 1, 'merchant', 'documents test', ${hashKey(MERCHANT)}, ${MERCHANT.slice(0, 8)})`.execute(db);
      await sql`INSERT INTO api_keys (uuid, store_id, role, customer_id, name, key_hash, key_prefix)
                VALUES (gen_random_uuid(), 1, 'customer', ${customerId}, 'documents test', ${hashKey(CUSTOMER)}, ${CUSTOMER.slice(0, 8)})`.execute(db);
      core = createCore(database.db, { adminKey: 'documents-test-admin-key-0123' });
      app = await buildApp({ core, database, rateLimitPerMinute: 0, logger: false });
      await app.ready();
      javascript = await javascriptRenderer(core);
    }, 120_000);

    afterAll(async () => {
      await javascript?.close();
      await app?.close();
      await database?.dispose();
    });

    const get = (url: string, key: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    const rendered = async (id: number, key: string) => (await javascript.inject({ method: 'GET', url: `/claim?id=${id}`, headers: { authorization: key } })).body;
    const claimIds = async (where: string) =>
      (await sql.raw<{ id: number }>(`SELECT id FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND ${where} ORDER BY created_at DESC, id DESC`).execute(db)).rows.map((row) => Number(row.id));

    it('one claim: every claim of the store, as a merchant sees it, with its ETag', async () => {
      const ids = await claimIds('true');
      expect(ids.length).toBeGreaterThan(100);
      for (const id of ids) {
        const response = await get(`/v1/claims/${id}`, MERCHANT);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.body, `claim ${id}`).toBe(await rendered(id, MERCHANT));
        expect(response.headers.etag).toBe(`"${(JSON.parse(response.body) as { version: number }).version}"`);
      }
    });

    it('one claim as its customer sees it: no internal messages, flags, queue or automatic decision', async () => {
      const ids = await claimIds(`customer_id = ${customerId}`);
      expect(ids.length).toBeGreaterThanOrEqual(12);
      for (const id of ids) {
        const response = await get(`/v1/claims/${id}`, CUSTOMER);
        expect(response.statusCode).toBe(200);
        expect(response.body, `claim ${id}`).toBe(await rendered(id, CUSTOMER));
        expect(response.body).not.toContain('An internal note');
        expect(response.body).not.toContain('high_value');
      }
      // Another customer's claim stays a 404, as before.
      const [other] = await claimIds(`customer_id <> ${customerId}`);
      expect((await get(`/v1/claims/${other}`, CUSTOMER)).statusCode).toBe(404);
    });

    it('attributes JavaScript prints otherwise than jsonb are printed as JavaScript prints them', async () => {
      const ids = await claimIds(`attributes ? 'price' OR attributes ? '10'`);
      expect(ids).toHaveLength(2);
      for (const id of ids) {
        const body = (await get(`/v1/claims/${id}`, MERCHANT)).body;
        expect(body).toBe(await rendered(id, MERCHANT));
        expect(body).toMatch(/"attributes":\{("big":1,"price":2\.5,"ratio":1e-7|"2":"two","10":"ten","b":"x")\}/);
      }
    });

    it('every page by the cursor, for the merchant and the customer, is the claims rendered one by one', async () => {
      for (const key of [MERCHANT, CUSTOMER]) {
        const actor = await authenticate(core, key) as Actor;
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await get(`/v1/claims?limit=25${cursor === null ? '' : `&cursor=${cursor}`}`, key);
          expect(response.statusCode).toBe(200);
          const found = await listClaims(core, actor, {}, { limit: 26, ...(cursor === null ? {} : { after: decodeCursor(cursor)! }) });
          const page = found.slice(0, 25);
          const next = found.length > 25 ? encodeCursor(page.at(-1)!) : null;
          const claims = await Promise.all(page.map((claim) => rendered(claim.id, key)));
          expect(response.body).toBe(`{"data":[${claims.join(',')}],"next_cursor":${JSON.stringify(next)}}`);
          cursor = next;
          pages += 1;
        } while (cursor !== null);
        expect(pages).toBeGreaterThan(key === MERCHANT ? 3 : 0);
      }
    });

    it('a filtered page and an empty one', async () => {
      const response = await get('/v1/claims?limit=5&status=new,open', MERCHANT);
      const ids = (await claimIds("status IN ('new','open')")).slice(0, 5);
      const claims = await Promise.all(ids.map((id) => rendered(id, MERCHANT)));
      const parsed = JSON.parse(response.body) as { next_cursor: string | null };
      expect(response.body).toBe(`{"data":[${claims.join(',')}],"next_cursor":${JSON.stringify(parsed.next_cursor)}}`);
      expect((await get('/v1/claims?limit=5&q=nothing-matches-this', MERCHANT)).body).toBe('{"data":[],"next_cursor":null}');
    });
  });
}
