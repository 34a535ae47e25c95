import { sql, type Kysely } from 'kysely';

// Frozen once released. Claim numbers count per store (R-5100000, R-5100001, … in every
// store), not from one sequence shared by all stores: a store's numbers say nothing about
// how many claims other stores have, and a store's data can move between databases (or
// Citus shards) without its numbers colliding with anyone's.
//
// A filing takes the store's next number with one upsert on this row (see insertClaim), so
// filings of one store wait on each other for the rest of their transaction; other stores'
// filings do not (docs/decisions.md). Existing stores continue after their highest number.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE claim_number_counters (
      store_id    bigint PRIMARY KEY REFERENCES stores(id),
      next_number bigint NOT NULL CHECK (next_number > 0)
    );
    INSERT INTO claim_number_counters (store_id, next_number)
    SELECT store_id, max(substring(number FROM 3)::bigint) + 1
    FROM claims
    WHERE number ~ '^R-[0-9]{1,18}$'
    GROUP BY store_id;
    DROP SEQUENCE claim_numbers;
  `.execute(db);
}
