import { sql, type Kysely } from 'kysely';

// Frozen once released. A store's reply templates: the messages and rejection reasons its
// agents send again and again, picked on the claim page and filled with the claim's facts.
// Keyed by (store_id, id), so it fits a table distributed by store.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE reply_templates (
      id          bigint GENERATED ALWAYS AS IDENTITY,
      store_id    bigint NOT NULL REFERENCES stores(id),
      uuid        uuid NOT NULL,
      kind        text NOT NULL CHECK (kind IN ('message', 'rejection')),
      name        text NOT NULL,
      body        text NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (store_id, id),
      UNIQUE (store_id, uuid),
      UNIQUE (store_id, kind, name)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE reply_templates`.execute(db);
}
