import { sql, type Kysely } from 'kysely';

// Frozen once released. Sign-in and portal-lookup attempts, reserved before any password is
// checked: one row per attempt and bucket (a client address, an email or an order number of
// a store). A bucket names no store row, so attempts at unknown store codes count too. The
// failures of portal_lookups move here; that table goes.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE attempts (
      id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      bucket      text NOT NULL,
      at          timestamptz NOT NULL
    );
  `.execute(db);
  await sql`CREATE INDEX attempts_bucket ON attempts (bucket, at)`.execute(db);
  await sql`CREATE INDEX attempts_at ON attempts (at)`.execute(db);
  await sql`DROP TABLE portal_lookups`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE attempts`.execute(db);
  await sql`
    CREATE TABLE portal_lookups (
      store_id    bigint NOT NULL REFERENCES stores(id),
      client      text NOT NULL,
      failed_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX portal_lookups_client ON portal_lookups (store_id, client, failed_at);
  `.execute(db);
}
