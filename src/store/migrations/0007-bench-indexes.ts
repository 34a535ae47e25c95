import { sql, type Kysely } from 'kysely';

// Frozen once released. Page-number doors (Seller Center, Refunds v2) ask for page N: the
// store finds the page's first row by an index-only walk over the live claims, newest first,
// with kind, status and decision at hand for their filters, then reads 20 rows by keyset
// (see listClaims in src/store/claim-list.ts). Measured in bench/RESULTS.md.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX claims_store_live_created ON claims (store_id, created_at DESC, id DESC) INCLUDE (kind, status, decision)
      WHERE deleted_at IS NULL;
  `.execute(db);
}
