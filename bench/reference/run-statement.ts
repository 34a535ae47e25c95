import type pg from 'pg';
import type { Run } from './handler.js';
import { STATEMENTS, type StatementName } from './sql.js';

// How the reference sends its statements: each a named prepared statement, parsed and planned
// once per connection (on PostgreSQL, and on PGlite through the same pg protocol Recourse uses
// there); its columns come back as text.

export function postgresRun(pool: pg.Pool): Run {
  return async (name: StatementName, values: unknown[]) => {
    const result = await pool.query<Array<string | null>>({ name: `reference_${name}`, text: STATEMENTS[name], values, rowMode: 'array' });
    return result.rows[0];
  };
}
