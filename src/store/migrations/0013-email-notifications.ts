import { sql, type Kysely } from 'kysely';

// Frozen once released. Emails to customers and console users, queued from the outbox in
// the transaction that fans an event out (one row per event and recipient, so a second
// fan-out or a restart never queues the same email twice) and sent by the mail loop under
// a lease, like webhook deliveries. Keyed by (store_id, id) with no reference to claims or
// events, so it fits a table distributed by store; subject and bodies are rendered once,
// when queued, so every retry sends the same words. Users opt in to the emails about claims
// assigned to them.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE email_messages (
      id               bigint GENERATED ALWAYS AS IDENTITY,
      store_id         bigint NOT NULL REFERENCES stores(id),
      uuid             uuid NOT NULL,
      event_id         bigint NOT NULL,
      claim_id         bigint,
      recipient        text NOT NULL,
      recipient_kind   text NOT NULL CHECK (recipient_kind IN ('customer', 'agent')),
      notice           text NOT NULL,
      language         text NOT NULL,
      subject          text NOT NULL,
      text_body        text NOT NULL,
      html_body        text NOT NULL,
      status           text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
      attempt_count    int NOT NULL DEFAULT 0,
      attempts_max     int NOT NULL,
      next_attempt_at  timestamptz NOT NULL,
      lease_token      uuid,
      last_error       text,
      sent_at          timestamptz,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (store_id, id),
      UNIQUE (store_id, uuid),
      UNIQUE (store_id, event_id, recipient)
    );
    -- What the mail loop polls, and a claim's emails newest first.
    CREATE INDEX email_messages_due ON email_messages (next_attempt_at, store_id, id) WHERE status = 'pending';
    CREATE INDEX email_messages_claim ON email_messages (store_id, claim_id, id DESC);

    ALTER TABLE users ADD COLUMN notify_assigned boolean NOT NULL DEFAULT false;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE email_messages;
    ALTER TABLE users DROP COLUMN notify_assigned;
  `.execute(db);
}
