import { sql, type Kysely } from 'kysely';

// On a database with the Citus extension, the schema is spread over the cluster by store:
// every tenant table is distributed by store_id and colocated with the others, so one
// store's claim, lines, refunds and events sit on one shard and every statement about one
// store runs there whole. What must be found before the store is known — the stores
// themselves and the credentials (a key's hash, a session's or a token's hash, a client id)
// — is a reference table, copied to every node. On plain PostgreSQL and PGlite nothing
// happens. docs/scaling.md tells how to run it.

/** Found before the store is known, or read with every request: copied to every node. */
export const REFERENCE_TABLES = ['stores', 'api_keys', 'users', 'oauth_clients', 'oauth_access_tokens', 'web_sessions'] as const;

/** A store's data, distributed by store_id; listed so that a table comes after those it references. */
export const TENANT_TABLES = [
  'customers', 'orders', 'order_items', 'reasons', 'claims', 'claim_lines', 'attachments', 'events', 'messages',
  'refunds', 'resolutions', 'return_shipments', 'store_credits', 'timers', 'uploads', 'webhook_endpoints',
  'webhook_deliveries', 'webhook_attempts', 'claim_count_deltas', 'claim_number_counters', 'policies', 'email_messages',
  'reply_templates', 'products', 'product_variants',
] as const;

/**
 * Distributed by their own column, not by store: an Idempotency-Key belongs to the
 * credential that sent it, and the platform's admin key has no store.
 */
export const KEYED_ELSEWHERE: ReadonlyArray<readonly [table: string, column: string]> = [['idempotency_keys', 'api_key_id']];

/**
 * Stays on the coordinator: the sign-in budget is kept per client address across stores,
 * and the migration bookkeeping belongs to the coordinator.
 */
export const COORDINATOR_TABLES = ['attempts', 'kysely_migration', 'kysely_migration_lock'] as const;

async function hasCitus(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AS present`.execute(db);
  return rows[0]?.present === true;
}

/**
 * Makes the tables distributed and reference tables where Citus is installed; does nothing
 * elsewhere, and nothing to a table that already is one (safe to run at every start).
 * Returns the tables it changed.
 */
export async function distributeByStore(db: Kysely<any>): Promise<string[]> {
  if (!await hasCitus(db)) return [];
  return db.transaction().execute(async (trx) => {
    // One connection per node for the whole change: Citus needs it once reference tables
    // and distributed ones are changed in one transaction.
    await sql`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`.execute(trx);
    // Making a table referenced by a local table a reference table would turn that local
    // table into a "Citus local table", which cannot then be distributed (its identity
    // column cannot be carried over). So the references to the reference tables are taken
    // off first and put back once every table is what it should be.
    const references = await referencesToReferenceTables(trx);
    for (const reference of references) await sql`ALTER TABLE ${sql.table(reference.table)} DROP CONSTRAINT ${sql.ref(reference.name)}`.execute(trx);
    const changed: string[] = [];
    const unlessDone = async (table: string, make: () => Promise<unknown>) => {
      if (await isDistributed(trx, table)) return;
      await make();
      changed.push(table);
    };
    for (const table of REFERENCE_TABLES) {
      await unlessDone(table, () => sql`SELECT create_reference_table(${table})`.execute(trx));
    }
    // Citus colocates every table distributed by a bigint with the same shard count.
    for (const table of TENANT_TABLES) {
      await unlessDone(table, () => sql`SELECT create_distributed_table(${table}, 'store_id')`.execute(trx));
    }
    for (const [table, column] of KEYED_ELSEWHERE) {
      await unlessDone(table, () => sql`SELECT create_distributed_table(${table}, ${column}, colocate_with => 'none')`.execute(trx));
    }
    for (const reference of references) {
      await sql`ALTER TABLE ${sql.table(reference.table)} ADD CONSTRAINT ${sql.ref(reference.name)} ${sql.raw(reference.definition)}`.execute(trx);
    }
    return changed;
  });
}

/**
 * Gives a tenant table a later migration creates its foreign keys (to `stores` and to the
 * store's other tables). On a cluster already spread, `stores` is a reference table by then:
 * a local table referencing it would be taken in by Citus as a "Citus local table", which can
 * never be distributed afterwards (its identity column cannot be carried over). So there the
 * new table is distributed by store first, and referenced after; everywhere else the keys are
 * simply added (and a first distribution takes the table along with the others).
 */
export async function addTenantReferences(db: Kysely<any>, table: (typeof TENANT_TABLES)[number], references: readonly string[]): Promise<void> {
  if (await hasCitus(db) && await isDistributed(db, 'stores')) {
    await sql`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`.execute(db);
    await sql`SELECT create_distributed_table(${table}, 'store_id')`.execute(db);
  }
  for (const reference of references) await sql`ALTER TABLE ${sql.table(table)} ADD ${sql.raw(reference)}`.execute(db);
}

/** Whether a table already is a reference table or distributed by hash (to_regclass reads the search path). */
async function isDistributed(db: Kysely<any>, table: string): Promise<boolean> {
  // A local table that references a reference table is known to Citus too (method 'n',
  // not replicated): only hash and replicated count.
  const { rows } = await sql<{ present: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass(${table}) AND (partmethod = 'h' OR repmodel = 't')
    ) AS present`.execute(db);
  return rows[0]?.present === true;
}

/** The foreign keys from a table still local to one of the tables that become reference tables. */
async function referencesToReferenceTables(db: Kysely<any>): Promise<Array<{ table: string; name: string; definition: string }>> {
  const names = [...REFERENCE_TABLES, ...TENANT_TABLES];
  const { rows } = await sql<{ table: string; name: string; definition: string }>`
    SELECT source.relname AS table, constraint_.conname AS name, pg_get_constraintdef(constraint_.oid) AS definition
    FROM pg_constraint constraint_
    JOIN pg_class source ON source.oid = constraint_.conrelid
    JOIN pg_class target ON target.oid = constraint_.confrelid
    WHERE constraint_.contype = 'f'
      AND source.oid = ANY (SELECT to_regclass(name) FROM unnest(${names}::text[]) AS name)
      AND target.oid = ANY (SELECT to_regclass(name) FROM unnest(${[...REFERENCE_TABLES]}::text[]) AS name)
      AND NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = source.oid AND (partmethod = 'h' OR repmodel = 't'))
    ORDER BY 1, 2`.execute(db);
  return rows;
}
