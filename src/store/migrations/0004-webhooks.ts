import { sql, type Kysely } from 'kysely';

// Frozen once released: webhook endpoints, their deliveries and every attempt. The events
// table is the outbox: `dispatched_at` marks an event once its deliveries are queued.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE events ADD COLUMN dispatched_at timestamptz;
    -- Facts recorded before webhooks existed are history, not news.
    UPDATE events SET dispatched_at = created_at;
    CREATE INDEX events_undispatched ON events (id) WHERE dispatched_at IS NULL;

    CREATE TABLE webhook_endpoints (
      id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id         bigint NOT NULL REFERENCES stores(id),
      uuid             uuid NOT NULL UNIQUE,
      url              text NOT NULL,
      description      text,
      event_types      jsonb NOT NULL,
      format           text NOT NULL CHECK (format IN ('native', 'orderprotection')),
      secret           text NOT NULL,
      enabled          boolean NOT NULL DEFAULT true,
      disabled_reason  text CHECK (disabled_reason IN ('manual', 'failing')),
      failure_count    int NOT NULL DEFAULT 0,
      failing_since    timestamptz,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      deleted_at       timestamptz
    );
    CREATE INDEX webhook_endpoints_store ON webhook_endpoints (store_id, id) WHERE deleted_at IS NULL;

    CREATE TABLE webhook_deliveries (
      id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id          bigint NOT NULL REFERENCES stores(id),
      uuid              uuid NOT NULL UNIQUE,
      endpoint_id       bigint NOT NULL REFERENCES webhook_endpoints(id),
      event_id          bigint REFERENCES events(id),
      claim_id          bigint,
      message_id        text NOT NULL,
      event_type        text NOT NULL,
      payload           text NOT NULL,
      status            text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
      attempt_count     int NOT NULL DEFAULT 0,
      attempts_max      int NOT NULL,
      next_attempt_at   timestamptz NOT NULL,
      lease_token       uuid,
      last_status_code  int,
      last_error        text,
      delivered_at      timestamptz,
      created_at        timestamptz NOT NULL DEFAULT now(),
      updated_at        timestamptz NOT NULL DEFAULT now(),
      UNIQUE (store_id, endpoint_id, event_id)
    );
    -- What the dispatchers poll, and what keeps one claim's events in order per endpoint.
    CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at, id) WHERE status = 'pending';
    CREATE INDEX webhook_deliveries_claim_pending ON webhook_deliveries (endpoint_id, claim_id, event_id) WHERE status = 'pending';
    CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (store_id, endpoint_id, id DESC);

    CREATE TABLE webhook_attempts (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id     bigint NOT NULL REFERENCES stores(id),
      delivery_id  bigint NOT NULL REFERENCES webhook_deliveries(id),
      number       int NOT NULL,
      started_at   timestamptz NOT NULL,
      duration_ms  int NOT NULL,
      status_code  int,
      error        text,
      succeeded    boolean NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX webhook_attempts_delivery ON webhook_attempts (store_id, delivery_id, id);
  `.execute(db);
}
