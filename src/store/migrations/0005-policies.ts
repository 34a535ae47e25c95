import { sql, type Kysely } from 'kysely';

// Frozen once released: each store's policy as versioned JSON documents, what the policy
// decided on each claim, and the durable timers (deadlines) that chase stuck claims.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE policies (
      store_id    bigint NOT NULL REFERENCES stores(id),
      version     int NOT NULL CHECK (version > 0),
      document    jsonb NOT NULL,
      created_by  jsonb NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (store_id, version)
    );

    -- What the store's policy made of the claim: the version it was judged by, risk flags,
    -- the queue it was assigned to and the automatic decision (the "why").
    ALTER TABLE claims
      ADD COLUMN policy_version   int,
      ADD COLUMN risk_flags       jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN queue            text,
      ADD COLUMN policy_decision  jsonb;
    CREATE INDEX claims_store_queue ON claims (store_id, queue, created_at DESC, id DESC) WHERE queue IS NOT NULL;

    CREATE TABLE timers (
      id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      store_id        bigint NOT NULL REFERENCES stores(id),
      claim_id        bigint NOT NULL REFERENCES claims(id),
      refund_id       bigint REFERENCES refunds(id),
      kind            text NOT NULL CHECK (kind IN (
                        'customer_reminder', 'customer_close', 'first_response_sla', 'resolution_sla',
                        'return_code_expiry', 'refund_processing_alert')),
      due_at          timestamptz NOT NULL,
      status          text NOT NULL CHECK (status IN ('pending', 'fired', 'skipped', 'cancelled', 'failed')),
      policy_version  int NOT NULL,
      data            jsonb NOT NULL DEFAULT '{}',
      attempts        int NOT NULL DEFAULT 0,
      last_error      text,
      created_at      timestamptz NOT NULL DEFAULT now(),
      done_at         timestamptz
    );
    -- What the worker polls: due pending timers, oldest first.
    CREATE INDEX timers_due ON timers (due_at, id) WHERE status = 'pending';
    -- What a claim's change cancels.
    CREATE INDEX timers_claim_pending ON timers (store_id, claim_id, kind) WHERE status = 'pending';
    CREATE INDEX timers_claim ON timers (store_id, claim_id, id);
  `.execute(db);
}
