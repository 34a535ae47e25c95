import { distributeTables, type Config } from '../config.js';
import { openDatabase } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';

export async function migrate(config: Config): Promise<void> {
  const database = await openDatabase(config.database);
  try {
    const started = Date.now();
    const applied = await migrateToLatest(database.db, { distribute: distributeTables() });
    console.log(applied.length === 0 ? 'database is up to date' : `applied ${applied.join(', ')} in ${Date.now() - started} ms`);
  } finally {
    await database.close();
  }
}
