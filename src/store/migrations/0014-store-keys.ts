import { sql, type Kysely } from 'kysely';

// Frozen once released. Every key of a store's data starts with store_id, so the schema can
// be distributed by store (Citus, src/store/distribution.ts) and every statement about one
// store finds its rows through an index that names the store:
//
// - each tenant table's primary key becomes (store_id, id) and each unique key gains
//   store_id in front ((store_id, uuid), (store_id, claim_id, order_item_id), …);
// - each foreign key between tenant tables names the store on both sides
//   (FOREIGN KEY (store_id, claim_id) REFERENCES claims (store_id, id)), so a claim's lines,
//   messages and refunds can only ever belong to the claim's own store;
// - the credential tables (api_keys, users, oauth_clients, oauth_access_tokens,
//   web_sessions) are found before the store is known, by a hash or a token, and keep their
//   global keys: on Citus they are reference tables, copied to every node. A reference table
//   may not point at a distributed one, so their references to customers and orders go;
//   the writers check those (a customer key is minted for a customer found in its store);
// - the kept claim counts are written by the claim writers themselves (claims.ts), in the
//   writing transaction, instead of by statement triggers, which Citus cannot run on a
//   distributed table.
//
// Rewrites in place: existing rows keep their ids and uuids, which were already unique.

/** Tenant tables whose primary key was (id). */
const KEYED_BY_ID = [
  'customers', 'orders', 'order_items', 'reasons', 'claims', 'claim_lines', 'attachments', 'events', 'messages',
  'refunds', 'resolutions', 'return_shipments', 'store_credits', 'timers', 'uploads', 'webhook_endpoints',
  'webhook_deliveries', 'webhook_attempts', 'claim_count_deltas',
] as const;

/** Tenant tables with a unique uuid (the id the API shows). */
const WITH_UUID = [
  'customers', 'orders', 'order_items', 'reasons', 'claims', 'attachments', 'events', 'messages', 'refunds',
  'resolutions', 'return_shipments', 'store_credits', 'uploads', 'webhook_endpoints', 'webhook_deliveries',
] as const;

/** Foreign keys between tenant tables: [table, column, referenced table]. */
const TENANT_REFERENCES: ReadonlyArray<readonly [string, string, string]> = [
  ['orders', 'customer_id', 'customers'],
  ['order_items', 'order_id', 'orders'],
  ['claims', 'customer_id', 'customers'],
  ['claims', 'order_id', 'orders'],
  ['claims', 'reason_id', 'reasons'],
  ['claim_lines', 'claim_id', 'claims'],
  ['claim_lines', 'order_item_id', 'order_items'],
  ['attachments', 'claim_id', 'claims'],
  ['events', 'claim_id', 'claims'],
  ['messages', 'claim_id', 'claims'],
  ['refunds', 'claim_id', 'claims'],
  ['refunds', 'order_id', 'orders'],
  ['resolutions', 'claim_id', 'claims'],
  ['resolutions', 'refund_id', 'refunds'],
  ['return_shipments', 'claim_id', 'claims'],
  ['store_credits', 'claim_id', 'claims'],
  ['timers', 'claim_id', 'claims'],
  ['timers', 'refund_id', 'refunds'],
  ['uploads', 'customer_id', 'customers'],
  ['webhook_deliveries', 'endpoint_id', 'webhook_endpoints'],
  ['webhook_deliveries', 'event_id', 'events'],
  ['webhook_attempts', 'delivery_id', 'webhook_deliveries'],
];

/** References from credential tables (reference tables on Citus) to tenant tables. */
const CREDENTIAL_REFERENCES: ReadonlyArray<readonly [string, string]> = [
  ['api_keys', 'customer_id'],
  ['web_sessions', 'customer_id'],
  ['web_sessions', 'order_id'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const statements: string[] = [];
  for (const [table, column] of [...TENANT_REFERENCES, ...CREDENTIAL_REFERENCES]) {
    statements.push(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_fkey`);
  }
  for (const table of KEYED_BY_ID) {
    statements.push(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD CONSTRAINT ${table}_pkey PRIMARY KEY (store_id, id)`);
  }
  for (const table of WITH_UUID) {
    statements.push(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_uuid_key, ADD CONSTRAINT ${table}_uuid_key UNIQUE (store_id, uuid)`);
  }
  statements.push(
    'ALTER TABLE claim_lines DROP CONSTRAINT claim_lines_claim_id_order_item_id_key, ADD CONSTRAINT claim_lines_claim_id_order_item_id_key UNIQUE (store_id, claim_id, order_item_id)',
    'ALTER TABLE return_shipments DROP CONSTRAINT return_shipments_claim_id_key, ADD CONSTRAINT return_shipments_claim_id_key UNIQUE (store_id, claim_id)',
  );
  for (const [table, column, referenced] of TENANT_REFERENCES) {
    statements.push(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (store_id, ${column}) REFERENCES ${referenced} (store_id, id)`);
  }
  // The spans of work that were found across stores by id or time alone now lead with the store.
  statements.push(
    'DROP INDEX events_undispatched',
    'CREATE INDEX events_undispatched ON events (store_id, id) WHERE dispatched_at IS NULL',
    'DROP INDEX timers_due',
    'CREATE INDEX timers_due ON timers (store_id, due_at, id) WHERE status = \'pending\'',
    'DROP INDEX webhook_deliveries_due',
    'CREATE INDEX webhook_deliveries_due ON webhook_deliveries (store_id, next_attempt_at, id) WHERE status = \'pending\'',
    'DROP INDEX email_messages_due',
    'CREATE INDEX email_messages_due ON email_messages (store_id, next_attempt_at, id) WHERE status = \'pending\'',
    'DROP INDEX webhook_deliveries_claim_pending',
    'CREATE INDEX webhook_deliveries_claim_pending ON webhook_deliveries (store_id, endpoint_id, claim_id, event_id) WHERE status = \'pending\'',
    'DROP TRIGGER claims_count_insert ON claims',
    'DROP TRIGGER claims_count_update ON claims',
    'DROP TRIGGER claims_count_delete ON claims',
    'DROP TRIGGER claims_count_truncate ON claims',
    'DROP FUNCTION claim_count_deltas_keep()',
  );
  for (const statement of statements) await sql.raw(statement).execute(db);
}
