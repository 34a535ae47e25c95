import { distributeTables, type Config } from '../config.js';
import { createApiKey } from '../core/identity/api-keys.js';
import { createCore } from '../core/core.js';
import { openDatabase } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { findStoreByCode } from '../store/stores.js';

const CLI_ADMIN = { role: 'admin', keyId: 0, name: 'cli', scopes: [] } as const;

export async function createKey(config: Config, options: { storeCode: string; role: string; name?: string }): Promise<void> {
  if (options.role !== 'merchant') throw new Error('the CLI creates merchant keys; create customer keys through POST /v1/api-keys');
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db, { distribute: distributeTables() });
    const core = createCore(database.db);
    const store = await findStoreByCode(database.db, options.storeCode);
    if (store === undefined) throw new Error(`no store with code ${options.storeCode}`);
    const { key } = await createApiKey(core, CLI_ADMIN, { storeId: store.id, role: 'merchant', name: options.name ?? 'cli' });
    console.log(key);
  } finally {
    await database.close();
  }
}
