import { sql, type Kysely } from 'kysely';

// Frozen once released. OAuth 2.0 client credentials (OrderProtection's /v1/oauth/token).
// A client is backed by an api_keys row, so its tokens act as that key (idempotency and
// events keep a real key id). Secrets and tokens are kept only as SHA-256 hashes; the
// client_id and token hash are global lookup keys, like api_keys.key_hash.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE oauth_clients (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      uuid         uuid NOT NULL UNIQUE,
      store_id     bigint NOT NULL REFERENCES stores(id),
      api_key_id   bigint NOT NULL REFERENCES api_keys(id),
      client_id    text NOT NULL UNIQUE,
      secret_hash  text NOT NULL,
      name         text,
      scopes       jsonb NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      revoked_at   timestamptz
    );
    CREATE INDEX oauth_clients_store ON oauth_clients (store_id, id);

    CREATE TABLE oauth_access_tokens (
      id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id    bigint NOT NULL REFERENCES stores(id),
      client_id   bigint NOT NULL REFERENCES oauth_clients(id),
      token_hash  text NOT NULL UNIQUE,
      scopes      jsonb NOT NULL,
      expires_at  timestamptz NOT NULL,
      revoked_at  timestamptz,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX oauth_access_tokens_client ON oauth_access_tokens (store_id, client_id, expires_at);
  `.execute(db);
}
