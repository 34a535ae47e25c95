import { sql, type Kysely } from 'kysely';

// Frozen once released: who made each credential and each webhook endpoint — the key it was
// made with and, when that key backs a console user, the user. Disabling a user revokes the
// keys and OAuth clients it made and disables its endpoints; rows made before this
// migration, by the admin or by the service itself name nobody.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE api_keys
      ADD COLUMN created_by_key_id bigint REFERENCES api_keys(id),
      ADD COLUMN created_by_user_id bigint REFERENCES users(id);
    CREATE INDEX api_keys_created_by_user ON api_keys (store_id, created_by_user_id) WHERE created_by_user_id IS NOT NULL;

    ALTER TABLE oauth_clients
      ADD COLUMN created_by_key_id bigint REFERENCES api_keys(id),
      ADD COLUMN created_by_user_id bigint REFERENCES users(id);
    CREATE INDEX oauth_clients_created_by_user ON oauth_clients (store_id, created_by_user_id) WHERE created_by_user_id IS NOT NULL;

    ALTER TABLE webhook_endpoints
      ADD COLUMN created_by_key_id bigint REFERENCES api_keys(id),
      ADD COLUMN created_by_user_id bigint REFERENCES users(id);
    CREATE INDEX webhook_endpoints_created_by_user ON webhook_endpoints (store_id, created_by_user_id) WHERE created_by_user_id IS NOT NULL;
  `.execute(db);
}
