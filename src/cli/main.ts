import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { createKey } from './keys.js';
import { migrate } from './migrate.js';
import { seedDemo } from './seed.js';
import { serve } from './serve.js';

const USAGE = `recourse — claims, cancellations, returns and refunds

  recourse serve                                  start the HTTP service (migrates first)
  recourse migrate                                run database migrations
  recourse keys create --store CODE --role merchant [--name NAME]
                                                  create an API key and print it once
  recourse seed --demo                            build a demo store and print keys to try

Configuration comes from the environment: PORT, HOST, DATABASE_URL, RECOURSE_DATA_DIR,
RECOURSE_ADMIN_KEY, LOG_LEVEL (see README.md).`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = readConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return;
    case 'migrate':
      await migrate(config);
      return;
    case 'keys': {
      const { positionals, values } = parseArgs({
        args: rest, allowPositionals: true,
        options: { store: { type: 'string' }, role: { type: 'string', default: 'merchant' }, name: { type: 'string' } },
      });
      if (positionals[0] !== 'create' || values.store === undefined) throw new UsageError('usage: recourse keys create --store CODE --role merchant');
      await createKey(config, { storeCode: values.store, role: values.role ?? 'merchant', name: values.name });
      return;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false }, orders: { type: 'string', default: '300' } } });
      if (values.demo !== true) throw new UsageError('usage: recourse seed --demo');
      await seedDemo(config, { orders: Number(values.orders) });
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`unknown command ${command}\n\n${USAGE}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
