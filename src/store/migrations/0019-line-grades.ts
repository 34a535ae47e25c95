import { sql, type Kysely } from 'kysely';

// Frozen once released. Grading on receipt: what the store found of each returned line — put
// back on sale, refurbished, thrown away, missing, the wrong item, damaged — with a note and
// when. One statement per command, as Citus requires.
export async function up(db: Kysely<any>): Promise<void> {
  // The check comes on its own: Citus adds no column with a constraint to a distributed table.
  await sql`ALTER TABLE claim_lines ADD COLUMN disposition text`.execute(db);
  await sql`ALTER TABLE claim_lines ADD CONSTRAINT claim_lines_disposition_check
    CHECK (disposition IN ('restock', 'refurbish', 'dispose', 'missing', 'wrong_item', 'damaged'))`.execute(db);
  await sql`ALTER TABLE claim_lines ADD COLUMN disposition_note text`.execute(db);
  await sql`ALTER TABLE claim_lines ADD COLUMN graded_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE claim_lines DROP COLUMN graded_at`.execute(db);
  await sql`ALTER TABLE claim_lines DROP COLUMN disposition_note`.execute(db);
  await sql`ALTER TABLE claim_lines DROP COLUMN disposition`.execute(db);
}
