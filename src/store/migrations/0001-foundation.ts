import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports application code and never changes once released.
// SQL stays within PostgreSQL 15 (production) even though PGlite runs 18.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE stores (
      id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      uuid        uuid NOT NULL UNIQUE,
      code        text NOT NULL UNIQUE,
      name        text NOT NULL,
      currency    char(3) NOT NULL,
      languages   jsonb NOT NULL DEFAULT '["en-us"]',
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE customers (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id     bigint NOT NULL REFERENCES stores(id),
      uuid         uuid NOT NULL UNIQUE,
      email        text NOT NULL,
      first_name   text NOT NULL,
      last_name    text NOT NULL,
      phone        text,
      external_id  text,
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX customers_store_email ON customers (store_id, lower(email));

    CREATE TABLE api_keys (
      id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      uuid          uuid NOT NULL UNIQUE,
      store_id      bigint REFERENCES stores(id),
      role          text NOT NULL CHECK (role IN ('admin', 'merchant', 'customer')),
      customer_id   bigint REFERENCES customers(id),
      scopes        jsonb NOT NULL DEFAULT '[]',
      name          text,
      key_hash      text NOT NULL UNIQUE,
      key_prefix    text NOT NULL,
      expires_at    timestamptz,
      revoked_at    timestamptz,
      created_at    timestamptz NOT NULL DEFAULT now(),
      CHECK ((role = 'admin') = (store_id IS NULL)),
      CHECK ((role = 'customer') = (customer_id IS NOT NULL))
    );

    CREATE TABLE orders (
      id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id               bigint NOT NULL REFERENCES stores(id),
      uuid                   uuid NOT NULL UNIQUE,
      number                 text NOT NULL,
      external_id            text,
      currency               char(3) NOT NULL,
      placed_at              timestamptz NOT NULL,
      customer_id            bigint NOT NULL REFERENCES customers(id),
      items_amount_minor     bigint NOT NULL CHECK (items_amount_minor >= 0),
      shipping_amount_minor  bigint NOT NULL CHECK (shipping_amount_minor >= 0),
      total_amount_minor     bigint NOT NULL CHECK (total_amount_minor >= 0),
      created_at             timestamptz NOT NULL DEFAULT now(),
      updated_at             timestamptz NOT NULL DEFAULT now(),
      UNIQUE (store_id, number)
    );
    CREATE INDEX orders_store_created ON orders (store_id, created_at DESC, id DESC);
    CREATE INDEX orders_store_customer ON orders (store_id, customer_id);
    CREATE INDEX orders_store_external ON orders (store_id, external_id);
    CREATE INDEX orders_store_number_ci ON orders (store_id, lower(number));

    CREATE TABLE order_items (
      id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id            bigint NOT NULL REFERENCES stores(id),
      order_id            bigint NOT NULL REFERENCES orders(id),
      uuid                uuid NOT NULL UNIQUE,
      position            int NOT NULL,
      sku                 text NOT NULL,
      name                text NOT NULL,
      quantity            int NOT NULL CHECK (quantity > 0),
      unit_price_minor    bigint NOT NULL CHECK (unit_price_minor >= 0),
      tax_rate            numeric(7,4),
      external_id         text,
      package_item        text,
      fulfillment_status  text NOT NULL DEFAULT 'unfulfilled'
                            CHECK (fulfillment_status IN ('unfulfilled', 'shipped', 'delivered')),
      tracking_number     text,
      shipped_at          timestamptz,
      delivered_at        timestamptz,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX order_items_order ON order_items (store_id, order_id, position);
    CREATE INDEX order_items_sku ON order_items (store_id, lower(sku));

    CREATE TABLE reasons (
      id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id              bigint NOT NULL REFERENCES stores(id),
      uuid                  uuid NOT NULL UNIQUE,
      kind                  text NOT NULL CHECK (kind IN ('cancellation', 'return', 'incident')),
      subject               text NOT NULL,
      translations          jsonb NOT NULL DEFAULT '{}',
      requires_description  boolean NOT NULL DEFAULT false,
      requires_evidence     boolean NOT NULL DEFAULT false,
      active                boolean NOT NULL DEFAULT true,
      position              int NOT NULL DEFAULT 100,
      created_at            timestamptz NOT NULL DEFAULT now(),
      updated_at            timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX reasons_store ON reasons (store_id, kind, id);

    CREATE TABLE idempotency_keys (
      api_key_id    bigint NOT NULL,
      key           text NOT NULL,
      request_hash  text NOT NULL,
      status_code   int NOT NULL,
      headers       jsonb NOT NULL DEFAULT '{}',
      body          text NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      expires_at    timestamptz NOT NULL,
      PRIMARY KEY (api_key_id, key)
    );
    CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
  `.execute(db);
}
