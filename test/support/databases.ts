import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Every integration suite runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. */
export const DATABASES: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  /** The schema the test's tables live in, on PostgreSQL. */
  schema?: string;
  /** Drops what the test created (a schema on PostgreSQL) and closes the connections. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new schema on the test PostgreSQL.
 * `until` leaves it at the named migration (tests of the migrations after it).
 */
export async function openTestDatabase(kind: DatabaseKind, options: { poolMax?: number; until?: string } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrateToLatest(database.db, { until: options.until });
    return { ...database, dispose: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url, schema, poolMax: options.poolMax ?? 10 });
  await migrateToLatest(database.db, { schema, until: options.until });
  return {
    ...database,
    schema,
    dispose: async () => {
      await database.close();
      const cleaner = new pg.Client({ connectionString: url });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}
