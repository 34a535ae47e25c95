import { sql, type Kysely } from 'kysely';

// Frozen once released. A claim may have an assignee: the console user who is to work on it.
// users is a reference table on Citus, so a distributed claims table may point at it. The
// index serves an agent's "Mine" view and the unassigned view newest first, per store.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE claims ADD COLUMN assignee_user_id bigint REFERENCES users(id);
    CREATE INDEX claims_store_assignee ON claims (store_id, assignee_user_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX claims_store_assignee;
    ALTER TABLE claims DROP COLUMN assignee_user_id;
  `.execute(db);
}
