import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import { tightenDataFolder } from './data-folder-mode.js';
import { lockDataFolder } from './lock-file.js';
import { PreparingClient } from './prepared-statements.js';
import { parseTimestamptz } from './timestamptz.js';
import type { DB } from './schema.js';

// int8 ids and minor-unit amounts fit in a double (2^53), so read them as numbers;
// numeric (tax rates) likewise. Dates stay Date.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, parseTimestamptz(pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ)));

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseTarget['kind'];
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      Client: PreparingClient,
      connectionString: target.url,
      max: target.poolMax ?? 20,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
      // A runaway query or a transaction left open cannot hold rows locked forever (0 = no limit).
      ...(target.statementTimeoutMs === undefined || target.statementTimeoutMs === 0
        ? {}
        : { statement_timeout: target.statementTimeoutMs, idle_in_transaction_session_timeout: target.statementTimeoutMs }),
      ...(target.schema === undefined ? {} : { options: `-c search_path=${target.schema}` }),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }

  const inMemory = target.dataDir.startsWith('memory://');
  const unlock = inMemory ? () => undefined : lockDataFolder(target.dataDir);
  try {
    if (!inMemory) tightenDataFolder(target.dataDir);
    const pglite = await PGlite.create(inMemory ? undefined : target.dataDir);
    if (!inMemory) tightenDataFolder(target.dataDir);
    // One connection: Kysely holds it for a whole transaction, so concurrent requests
    // queue for it and never interleave two transactions' statements.
    const pool = new pg.Pool({ ...createPgConfig(pglite), Client: PreparingClient });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      pool,
      close: async () => {
        await db.destroy();
        await pglite.close();
        if (!inMemory) tightenDataFolder(target.dataDir);
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
