import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { distributeByStore } from './distribution.js';
import * as foundation from './migrations/0001-foundation.js';
import * as claims from './migrations/0002-claims.js';
import * as oauthClients from './migrations/0003-oauth-clients.js';
import * as webhooks from './migrations/0004-webhooks.js';
import * as policies from './migrations/0005-policies.js';
import * as users from './migrations/0006-users.js';
import * as benchIndexes from './migrations/0007-bench-indexes.js';
import * as claimCounts from './migrations/0008-claim-counts.js';
import * as creators from './migrations/0009-creators.js';
import * as attempts from './migrations/0010-attempts.js';
import * as loginTokens from './migrations/0011-login-tokens.js';
import * as claimNumbers from './migrations/0012-claim-numbers.js';
import * as emailNotifications from './migrations/0013-email-notifications.js';
import * as storeKeys from './migrations/0014-store-keys.js';
import * as claimAssignees from './migrations/0015-claim-assignees.js';
import * as replyTemplates from './migrations/0016-reply-templates.js';
import * as withdrawalTimers from './migrations/0017-withdrawal-timers.js';
import * as products from './migrations/0018-products.js';
import * as lineGrades from './migrations/0019-line-grades.js';

// Listed explicitly rather than read from disk, so migrations ship inside any bundle.
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-claims': claims,
  '0003-oauth-clients': oauthClients,
  '0004-webhooks': webhooks,
  '0005-policies': policies,
  '0006-users': users,
  '0007-bench-indexes': benchIndexes,
  '0008-claim-counts': claimCounts,
  '0009-creators': creators,
  '0010-attempts': attempts,
  '0011-login-tokens': loginTokens,
  '0012-claim-numbers': claimNumbers,
  '0013-email-notifications': emailNotifications,
  '0014-store-keys': storeKeys,
  '0015-claim-assignees': claimAssignees,
  '0016-reply-templates': replyTemplates,
  '0017-withdrawal-timers': withdrawalTimers,
  '0018-products': products,
  '0019-line-grades': lineGrades,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Runs every migration not yet applied. `schema` names the schema that holds the
 * migration bookkeeping when the connection's search_path is not `public` (tests); `until`
 * stops after the named migration (tests of a migration on data of the version before it).
 */
export async function migrateToLatest(db: Kysely<any>, options: { schema?: string; until?: string; distribute?: boolean } = {}): Promise<string[]> {
  // One connection with no statement timeout: building an index on a large table may take
  // longer than any request should.
  return db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      const migrator = new Migrator({ db: connection, provider, ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }) });
      const applied = await retryWhileCatalogShifts(async () => {
        const { error, results } = options.until === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(options.until);
        if (error !== undefined) throw error;
        return (results ?? []).map((result) => result.migrationName);
      });
      // A schema left at an earlier migration (a test of the next one) stays local.
      if (options.until === undefined && options.distribute !== false) await distributeByStore(connection);
      return applied;
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

/**
 * What PostgreSQL says when an object vanishes while the catalog is read: no such schema,
 * table or column (`pg_get_serial_sequence` names the column of a table being dropped).
 */
const VANISHED = new Set(['3F000', '42P01', '42703']);

/**
 * Runs `work` again while it fails because the catalog shifted under it, at most `attempts`
 * times. Kysely finds its bookkeeping tables by listing every schema's tables, and another
 * schema dropped during that listing (parallel test suites, other tenants of the server)
 * fails it before any migration ran. A migration's own failure with one of these codes is
 * tried again too, harmlessly: on PostgreSQL the whole run is one transaction, rolled back
 * whole, so it fails the same way and its error is the one thrown.
 */
export async function retryWhileCatalogShifts<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
      if (typeof code !== 'string' || !VANISHED.has(code) || attempt >= attempts) throw error;
    }
  }
}
