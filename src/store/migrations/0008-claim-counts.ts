import { sql, type Kysely } from 'kysely';

// Frozen once released. The page-number doors (Seller Center, Omnitron) answer every page
// with the DRF `count`; counting a large store's live claims walks hundreds of thousands of
// index entries. This keeps the count by (store, kind, status, decision) instead.
//
// The table is append-only from the write path: every statement that changes claims adds
// its net change as delta rows, so two writers never wait for one counter row (a single
// counter per store would serialise every filing of that store). Readers sum the deltas;
// foldClaimCounts (src/store/claim-counts.ts) folds them back into one row per key.
// Statement-level triggers with transition tables keep this in the same transaction as the
// change, for every writer, bulk inserts included.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE claim_count_deltas (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id bigint NOT NULL,
      kind text NOT NULL,
      status text NOT NULL,
      decision text,
      n bigint NOT NULL
    );
  `.execute(db);
  await sql`CREATE INDEX claim_count_deltas_store ON claim_count_deltas (store_id, kind, status, decision)`.execute(db);

  // One function for every change; each branch reads only the transition tables its
  // operation has (plpgsql plans a branch when it first runs).
  await sql`
    CREATE FUNCTION claim_count_deltas_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM claim_count_deltas;
      ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
        SELECT store_id, kind, status, decision, count(*) FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
        SELECT store_id, kind, status, decision, -count(*) FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
      ELSE
        INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
        SELECT store_id, kind, status, decision, sum(n) FROM (
          SELECT store_id, kind, status, decision, -1 AS n FROM old_rows WHERE deleted_at IS NULL
          UNION ALL
          SELECT store_id, kind, status, decision, 1 AS n FROM new_rows WHERE deleted_at IS NULL
        ) AS changes
        GROUP BY 1, 2, 3, 4
        HAVING sum(n) <> 0;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
  await sql`
    CREATE TRIGGER claims_count_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION claim_count_deltas_keep();
  `.execute(db);
  await sql`
    CREATE TRIGGER claims_count_update AFTER UPDATE ON claims REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION claim_count_deltas_keep();
  `.execute(db);
  await sql`
    CREATE TRIGGER claims_count_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION claim_count_deltas_keep();
  `.execute(db);
  await sql`CREATE TRIGGER claims_count_truncate AFTER TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION claim_count_deltas_keep()`.execute(db);

  // The claims already stored.
  await sql`
    INSERT INTO claim_count_deltas (store_id, kind, status, decision, n)
    SELECT store_id, kind, status, decision, count(*) FROM claims WHERE deleted_at IS NULL
    GROUP BY store_id, kind, status, decision;
  `.execute(db);
}
