import { sql, type Kysely } from 'kysely';

// Frozen once released: the people who use the web pages. Console users sign in with a
// password; portal customers with an order number and email. Each kind of session acts
// through a backing api_keys row, so events, idempotency and revocation work as for keys.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id       bigint NOT NULL REFERENCES stores(id),
      uuid           uuid NOT NULL UNIQUE,
      email          text NOT NULL,
      name           text NOT NULL,
      role           text NOT NULL CHECK (role IN ('owner', 'agent', 'viewer')),
      password_hash  text NOT NULL,
      api_key_id     bigint NOT NULL REFERENCES api_keys(id),
      disabled_at    timestamptz,
      created_at     timestamptz NOT NULL DEFAULT now(),
      updated_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_store_email ON users (store_id, lower(email));
    CREATE INDEX users_store ON users (store_id, id);

    CREATE TABLE web_sessions (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id     bigint NOT NULL REFERENCES stores(id),
      kind         text NOT NULL CHECK (kind IN ('console', 'portal')),
      token_hash   text NOT NULL UNIQUE,
      user_id      bigint REFERENCES users(id),
      customer_id  bigint REFERENCES customers(id),
      order_id     bigint REFERENCES orders(id),
      api_key_id   bigint NOT NULL REFERENCES api_keys(id),
      expires_at   timestamptz NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'console') = (user_id IS NOT NULL)),
      CHECK ((kind = 'portal') = (customer_id IS NOT NULL AND order_id IS NOT NULL))
    );
    CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);
    CREATE INDEX web_sessions_user ON web_sessions (store_id, user_id);

    CREATE TABLE portal_lookups (
      store_id    bigint NOT NULL REFERENCES stores(id),
      client      text NOT NULL,
      failed_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portal_lookups_client ON portal_lookups (store_id, client, failed_at);

    CREATE TABLE uploads (
      id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id      bigint NOT NULL REFERENCES stores(id),
      uuid          uuid NOT NULL UNIQUE,
      customer_id   bigint REFERENCES customers(id),
      content_type  text NOT NULL,
      size_bytes    int NOT NULL CHECK (size_bytes > 0),
      sha256        text NOT NULL,
      path          text NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX uploads_store ON uploads (store_id, id);

    -- The overview's first-response times: the earliest merchant message of each claim.
    CREATE INDEX messages_claim_sender ON messages (store_id, claim_id, sender_type, created_at);
    -- The queue's status tabs: counts per status (and kind) of live claims by an index-only scan.
    CREATE INDEX claims_store_status_live ON claims (store_id, status, kind) WHERE deleted_at IS NULL;
    -- The overview's refund totals over a date range.
    CREATE INDEX refunds_store_created ON refunds (store_id, created_at);
  `.execute(db);
}
