import { sql, type Kysely } from 'kysely';

// Frozen: the claims engine's tables. Every tenant row carries store_id and every
// unique key includes it, so the schema can be sharded by store later.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE SEQUENCE claim_numbers START WITH 5100000;

    CREATE TABLE claims (
      id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id              bigint NOT NULL REFERENCES stores(id),
      uuid                  uuid NOT NULL UNIQUE,
      number                text NOT NULL,
      order_id              bigint NOT NULL REFERENCES orders(id),
      customer_id           bigint NOT NULL REFERENCES customers(id),
      kind                  text NOT NULL CHECK (kind IN ('cancellation', 'return', 'incident')),
      incident_type         text,
      reason_id             bigint REFERENCES reasons(id),
      description           text,
      author_name           text NOT NULL,
      author_email          text NOT NULL,
      source                text NOT NULL,
      filed_by              text NOT NULL CHECK (filed_by IN ('customer', 'merchant', 'admin', 'automatic')),
      status                text NOT NULL,
      decision              text CHECK (decision IN ('approved', 'rejected')),
      holds_quantity        boolean NOT NULL DEFAULT true,
      refund_destination    jsonb NOT NULL DEFAULT '{"method":"original_payment"}',
      resolution_requested  text,
      rejection_reason      text,
      rejection_images      jsonb NOT NULL DEFAULT '[]',
      attributes            jsonb NOT NULL DEFAULT '{}',
      policy_id             text,
      version               int NOT NULL DEFAULT 1,
      created_at            timestamptz NOT NULL DEFAULT now(),
      updated_at            timestamptz NOT NULL DEFAULT now(),
      status_changed_at     timestamptz NOT NULL DEFAULT now(),
      deleted_at            timestamptz,
      UNIQUE (store_id, number)
    );
    -- One index per common list shape: newest first, optionally by status or kind.
    CREATE INDEX claims_store_created ON claims (store_id, created_at DESC, id DESC);
    CREATE INDEX claims_store_status_created ON claims (store_id, status, created_at DESC, id DESC);
    CREATE INDEX claims_store_kind_created ON claims (store_id, kind, created_at DESC, id DESC);
    CREATE INDEX claims_store_updated ON claims (store_id, updated_at DESC, id DESC);
    CREATE INDEX claims_store_order ON claims (store_id, order_id);
    CREATE INDEX claims_store_customer ON claims (store_id, customer_id, created_at DESC, id DESC);
    CREATE INDEX claims_store_author_email ON claims (store_id, lower(author_email));

    CREATE TABLE claim_lines (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id       bigint NOT NULL REFERENCES stores(id),
      claim_id       bigint NOT NULL REFERENCES claims(id),
      order_item_id  bigint NOT NULL REFERENCES order_items(id),
      quantity       int NOT NULL CHECK (quantity > 0),
      issue_type     text,
      details        text,
      created_at     timestamptz NOT NULL DEFAULT now(),
      UNIQUE (claim_id, order_item_id)
    );
    CREATE INDEX claim_lines_item ON claim_lines (store_id, order_item_id);

    CREATE TABLE messages (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id     bigint NOT NULL REFERENCES stores(id),
      uuid         uuid NOT NULL UNIQUE,
      claim_id     bigint NOT NULL REFERENCES claims(id),
      sender_type  text NOT NULL CHECK (sender_type IN ('customer', 'merchant', 'admin', 'automatic', 'system')),
      author_name  text NOT NULL,
      body         text NOT NULL,
      internal     boolean NOT NULL DEFAULT false,
      attachments  jsonb NOT NULL DEFAULT '[]',
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX messages_claim ON messages (store_id, claim_id, id);

    CREATE TABLE attachments (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id     bigint NOT NULL REFERENCES stores(id),
      uuid         uuid NOT NULL UNIQUE,
      claim_id     bigint NOT NULL REFERENCES claims(id),
      url          text NOT NULL,
      kind         text NOT NULL CHECK (kind IN ('photo', 'signature', 'receipt', 'other')),
      uploaded_by  text NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX attachments_claim ON attachments (store_id, claim_id, id);

    CREATE TABLE refunds (
      id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id         bigint NOT NULL REFERENCES stores(id),
      uuid             uuid NOT NULL UNIQUE,
      claim_id         bigint NOT NULL REFERENCES claims(id),
      order_id         bigint NOT NULL REFERENCES orders(id),
      amount_minor     bigint NOT NULL CHECK (amount_minor > 0),
      currency         char(3) NOT NULL,
      status           text NOT NULL CHECK (status IN ('requested', 'approved', 'processing', 'issued', 'denied', 'cancelled')),
      method           text NOT NULL,
      reason           text,
      response_reason  text,
      requester        text NOT NULL,
      needs_return     boolean NOT NULL DEFAULT false,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      approved_at      timestamptz,
      processing_at    timestamptz,
      issued_at        timestamptz,
      denied_at        timestamptz,
      cancelled_at     timestamptz
    );
    CREATE INDEX refunds_order ON refunds (store_id, order_id, status);
    CREATE INDEX refunds_claim ON refunds (store_id, claim_id, id);
    CREATE INDEX refunds_store_id ON refunds (store_id, id);

    CREATE TABLE resolutions (
      id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id               bigint NOT NULL REFERENCES stores(id),
      uuid                   uuid NOT NULL UNIQUE,
      claim_id               bigint NOT NULL REFERENCES claims(id),
      type                   text NOT NULL,
      outcome                text NOT NULL CHECK (outcome IN ('approval', 'denial')),
      details                text,
      paid_value_minor       bigint,
      paid_currency          char(3),
      include_shipping       boolean NOT NULL DEFAULT false,
      shipping_amount_minor  bigint,
      claim_status           text NOT NULL,
      refund_id              bigint REFERENCES refunds(id),
      created_by             text NOT NULL,
      created_at             timestamptz NOT NULL DEFAULT now(),
      updated_at             timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX resolutions_claim ON resolutions (store_id, claim_id, id);

    CREATE TABLE store_credits (
      id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id      bigint NOT NULL REFERENCES stores(id),
      uuid          uuid NOT NULL UNIQUE,
      claim_id      bigint NOT NULL REFERENCES claims(id),
      type          text NOT NULL CHECK (type IN ('gift_card', 'discount_code')),
      code          text NOT NULL,
      value_minor   bigint NOT NULL CHECK (value_minor > 0),
      bonus_minor   bigint NOT NULL DEFAULT 0 CHECK (bonus_minor >= 0),
      currency      char(3) NOT NULL,
      email_status  text NOT NULL DEFAULT 'NOT_SENT',
      emailed_at    timestamptz,
      created_at    timestamptz NOT NULL DEFAULT now(),
      UNIQUE (store_id, code)
    );
    CREATE INDEX store_credits_claim ON store_credits (store_id, claim_id, id);

    CREATE TABLE return_shipments (
      id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id          bigint NOT NULL REFERENCES stores(id),
      uuid              uuid NOT NULL UNIQUE,
      claim_id          bigint NOT NULL UNIQUE REFERENCES claims(id),
      carrier           text,
      tracking_number   text,
      tracking_url      text,
      easy_return_code  text,
      code_valid_from   timestamptz,
      code_valid_until  timestamptz,
      code_max_uses     int NOT NULL DEFAULT 1,
      code_use_count    int NOT NULL DEFAULT 0,
      status            text NOT NULL CHECK (status IN ('pending', 'in_transit', 'received')),
      shipped_at        timestamptz,
      received_at       timestamptz,
      created_at        timestamptz NOT NULL DEFAULT now(),
      updated_at        timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX return_shipments_code ON return_shipments (store_id, easy_return_code);
    CREATE INDEX return_shipments_tracking ON return_shipments (store_id, lower(tracking_number));

    CREATE TABLE events (
      id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id    bigint NOT NULL REFERENCES stores(id),
      uuid        uuid NOT NULL UNIQUE,
      claim_id    bigint REFERENCES claims(id),
      type        text NOT NULL,
      actor       jsonb NOT NULL,
      data        jsonb NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX events_claim ON events (store_id, claim_id, id);
  `.execute(db);
}
