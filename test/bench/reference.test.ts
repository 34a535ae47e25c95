import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference } from '../../bench/reference/compare.js';
import { createReference, type Answer } from '../../bench/reference/handler.js';
import { postgresRun } from '../../bench/reference/run-statement.js';
import { createStores, growClaims } from '../../bench/generate.js';
import { createCore } from '../../src/core/core.js';
import { hashKey } from '../../src/core/identity/api-keys.js';
import { encodeCursor } from '../../src/http/cursor.js';
import { buildApp } from '../../src/http/app.js';
import { updateClaim } from '../../src/store/claims.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// The reference server (bench/reference/) must answer the same bytes as Recourse for every
// read scenario the benchmark times, or its ratio means nothing. Here both answer the same
// requests on a small generated data set, and every body must be equal (Refunds v2's
// responseId and timestamp aside, bench/reference/compare.ts). A correctness test: nothing is timed.

const KEY = 'rk_m_reference_test_store_1_merchant_key';
const HOST = 'bench.example';
const CLAIMS = 400;

/**
 * What the generator leaves empty, on a few claims of store 1: every part a claim can hang on,
 * free-form attributes with spaces, nesting and a key jsonb reorders, a refund destination
 * with an IBAN, a rejection, a policy's decision and risk flags.
 */
async function enrich(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    WITH chosen AS (SELECT id FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6)
    UPDATE claims SET
      attributes = '{"isOta": true, "otaDescription": "sent, twice", "claimFiledFrom": "EXTERNAL", "nested": {"b": [1, "x y", null], "a": 2.5}, "zz": "a \\" quote"}',
      refund_destination = '{"method": "bank_transfer", "iban": "DE89 3704 0044 0532 0130 00", "holderName": "Ada Lovelace"}',
      rejection_reason = 'Worn, not new', rejection_images = '["https://img.example.com/a.jpg", "https://img.example.com/b c.jpg"]',
      policy_id = 'default', policy_version = 3, risk_flags = '["high_value", "repeat customer"]', queue = 'review',
      policy_decision = '{"decided_at": "2026-01-02T03:04:05.678Z", "action": "approve", "rule_id": "small-returns", "policy_version": 3, "refund_amount": 1999, "reason": "under the limit"}'
    WHERE id IN (SELECT id FROM chosen);
    INSERT INTO messages (store_id, uuid, claim_id, sender_type, author_name, body, internal, attachments)
    SELECT 1, gen_random_uuid(), id, 'merchant', 'Support', 'An internal note, with "quotes"', true, '["https://img.example.com/m 1.jpg"]'
    FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO attachments (store_id, uuid, claim_id, url, kind, uploaded_by)
    SELECT 1, gen_random_uuid(), id, 'https://img.example.com/evidence.jpg', 'photo', 'customer' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO resolutions (store_id, uuid, claim_id, type, outcome, details, paid_value_minor, paid_currency, include_shipping, shipping_amount_minor, claim_status, created_by)
    SELECT 1, gen_random_uuid(), id, 'REFUND', 'approval', 'Paid back', 2498, 'EUR', true, 499, 'completed', 'merchant' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
    INSERT INTO resolutions (store_id, uuid, claim_id, type, outcome, include_shipping, claim_status, created_by)
    SELECT 1, gen_random_uuid(), id, 'STORE_CREDIT', 'denial', false, 'not-a-status', 'merchant' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 3;
    INSERT INTO store_credits (store_id, uuid, claim_id, type, code, value_minor, bonus_minor, currency, email_status)
    SELECT 1, gen_random_uuid(), id, 'gift_card', 'GIFT-' || id, 5000, 250, 'EUR', 'NOT_SENT' FROM claims WHERE store_id = 1 ORDER BY id LIMIT 6;
  `).execute(db);
}

for (const kind of DATABASES) {
  describe(`the reference answers Recourse's bytes (${kind})`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let reference: (path: string, host: string) => Promise<Answer>;
    let db: Kysely<any>;

    beforeAll(async () => {
      // Both servers build page links on the Host they are asked with: Recourse does so only
      // when told to trust it (RECOURSE_TRUST_HOST_HEADER), as the benchmark runner tells it.
      process.env.RECOURSE_TRUST_HOST_HEADER = '1';
      database = await openTestDatabase(kind);
      db = database.db as unknown as Kysely<any>;
      await createStores(db);
      await growClaims(db, 0, CLAIMS);
      await sql`INSERT INTO api_keys (uuid, store_id, role, name, key_hash, key_prefix)
                VALUES (gen_random_uuid(), 1, 'merchant', 'reference test', ${hashKey(KEY)}, ${KEY.slice(0, 8)})`.execute(db);
      await enrich(db);
      app = await buildApp({ core: createCore(database.db, { adminKey: 'reference-test-admin-key-0123' }), database, rateLimitPerMinute: 0, logger: false });
      await app.ready();
      reference = createReference(postgresRun(database.pool));
    }, 120_000);

    afterAll(async () => {
      delete process.env.RECOURSE_TRUST_HOST_HEADER;
      await app?.close();
      await database?.dispose();
    });

    async function same(path: string): Promise<string> {
      const ours = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${KEY}`, host: HOST } });
      expect(ours.statusCode, `${path}: ${ours.body}`).toBe(200);
      const theirs = await reference(path, HOST);
      expect(theirs.status, `${path}: ${theirs.body}`).toBe(200);
      expect(firstDifference(ours.body, theirs.body), path).toBeUndefined();
      return ours.body;
    }

    const ids = async (where: string, order = 'created_at DESC, id DESC') =>
      (await sql.raw<{ id: number; uuid: string }>(`SELECT id, uuid FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND ${where} ORDER BY ${order}`).execute(db)).rows;

    it('native list: first page, status filter, and every page by the cursor', async () => {
      await same('/v1/claims?limit=20');
      await same('/v1/claims?limit=20&status=new,open,waiting_on_customer,waiting_on_merchant');
      let cursor: string | null = null;
      let pages = 0;
      do {
        const body = await same(`/v1/claims?limit=20${cursor === null ? '' : `&cursor=${cursor}`}`);
        cursor = (JSON.parse(body) as { next_cursor: string | null }).next_cursor;
        pages += 1;
      } while (cursor !== null);
      expect(pages).toBeGreaterThan(3);
      // A cursor built from a claim's keyset, as the runner builds the deep page's.
      const [edge] = (await sql.raw<{ id: number; created_at: Date }>('SELECT id, created_at FROM claims WHERE store_id = 1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET 59 LIMIT 1').execute(db)).rows;
      await same(`/v1/claims?limit=20&cursor=${encodeCursor({ createdAt: new Date(edge!.created_at), id: Number(edge!.id) })}`);
    });

    it('get one claim, for every claim of the store', async () => {
      const claims = await ids('true');
      expect(claims.length).toBeGreaterThan(50);
      for (const claim of claims) await same(`/v1/claims/${claim.id}`);
    });

    it('Seller Center and Omnitron: a status filter and numbered pages', async () => {
      await same('/compat/seller-center/api/i2/claims/?limit=20&status=open');
      await same('/compat/omnitron/api/channel/1/cancellation_requests/?limit=20&status=waiting');
      const count = (await ids("kind IN ('cancellation','return')")).length;
      const last = Math.floor(count / 20);
      expect(last).toBeGreaterThan(2);
      // Each page twice: a revisit starts from the first row both remember.
      const pages = async () => {
        for (const page of [1, 2, last, last + 1, last, 2]) {
          await same(`/compat/seller-center/api/i2/claims/?limit=20&page=${page}`);
          await same(`/compat/omnitron/api/channel/1/cancellation_requests/?limit=20&page=${page}`);
        }
      };
      await pages();
      // A claim leaves the list's newest pages (deleted) and another changes status: what both
      // remembered no longer holds, and a revisit must read the pages as they are now.
      const deleted = await sql<{ id: number }>`SELECT id FROM claims WHERE store_id = 1 AND kind IN ('cancellation','return') AND deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET 3 LIMIT 1`.execute(db);
      const reopened = await sql<{ id: number }>`SELECT id FROM claims WHERE store_id = 1 AND kind IN ('cancellation','return') AND status = 'new' AND deleted_at IS NULL ORDER BY id LIMIT 1`.execute(db);
      await db.transaction().execute(async (trx) => {
        await updateClaim(trx, 1, Number(deleted.rows[0]!.id), { deletedAt: new Date() }, new Date());
        await updateClaim(trx, 1, Number(reopened.rows[0]!.id), { status: 'open' }, new Date());
      });
      await pages();
    });

    it('OrderProtection: a claimState filter and pages by its cursor', async () => {
      await same('/compat/orderprotection/v1/claims?size=20&claimState=OPEN');
      const claims = await ids('true');
      for (const position of [19, 59, claims.length - 5]) await same(`/compat/orderprotection/v1/claims?size=20&cursor=${claims[position]!.uuid}`);
    });

    it('Refunds v2: a status filter and 0-based pages', async () => {
      await same('/compat/refunds-v2/api/v2/refunds?page=0&size=20&status=ISSUED');
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM refunds WHERE store_id = 1`.execute(db);
      const pages = Math.floor(Number(rows[0]!.n) / 20);
      expect(pages).toBeGreaterThan(0);
      for (const page of [0, pages - 1, pages]) await same(`/compat/refunds-v2/api/v2/refunds?page=${page}&size=20`);
    });
  });
}
