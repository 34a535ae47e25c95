import { sql, type Kysely } from 'kysely';
import { addTenantReferences } from '../distribution.js';

// Frozen once released. A store's catalogue, for exchanges to draw from: products with their
// options (size, colour) and variants, each with its SKU, price in the store's minor units and
// the quantity on hand. `reserved` is what open exchanges hold; a check keeps it within what is
// available, so no concurrency can promise a unit twice. Keyed by (store_id, id), references
// through the store, so it fits tables distributed by store.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE products (
      id           bigint GENERATED ALWAYS AS IDENTITY,
      store_id     bigint NOT NULL,
      uuid         uuid NOT NULL,
      external_id  text,
      title        text NOT NULL,
      options      jsonb NOT NULL DEFAULT '[]',
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (store_id, id),
      UNIQUE (store_id, uuid),
      UNIQUE (store_id, external_id)
    )
  `.execute(db);
  // One statement each: Citus refuses several commands in one statement string.
  await sql`
    CREATE TABLE product_variants (
      id             bigint GENERATED ALWAYS AS IDENTITY,
      store_id       bigint NOT NULL,
      uuid           uuid NOT NULL,
      product_id     bigint NOT NULL,
      sku            text NOT NULL,
      option_values  jsonb NOT NULL DEFAULT '{}',
      price_minor    bigint NOT NULL CHECK (price_minor >= 0),
      available      integer NOT NULL CHECK (available >= 0),
      reserved       integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= available),
      created_at     timestamptz NOT NULL DEFAULT now(),
      updated_at     timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (store_id, id),
      UNIQUE (store_id, uuid),
      UNIQUE (store_id, sku)
    )
  `.execute(db);
  // The keys come once the tables are where they belong (distribution.ts says why).
  await addTenantReferences(db, 'products', ['FOREIGN KEY (store_id) REFERENCES stores (id)']);
  await addTenantReferences(db, 'product_variants', [
    'FOREIGN KEY (store_id) REFERENCES stores (id)', 'FOREIGN KEY (store_id, product_id) REFERENCES products (store_id, id)',
  ]);
  await sql`CREATE INDEX product_variants_product ON product_variants (store_id, product_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE product_variants`.execute(db);
  await sql`DROP TABLE products`.execute(db);
}
