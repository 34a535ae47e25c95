import { sql, type Kysely } from 'kysely';

// Frozen once released. A key can belong to a console user: the tokens a door's login route
// issues (Omnitron's `auth/login/`) act as that user, and are revoked when the user is
// disabled, changes password or changes role.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE api_keys ADD COLUMN user_id bigint REFERENCES users(id);
    CREATE INDEX api_keys_user ON api_keys (store_id, user_id) WHERE user_id IS NOT NULL;
  `.execute(db);
}
