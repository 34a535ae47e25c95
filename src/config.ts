import { resolve } from 'node:path';
import type { DatabaseTarget } from './store/db.js';

/** Service configuration, read once from the environment (see the README's table). */
export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  adminKey?: string;
  logLevel: string;
  rateLimitPerMinute: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const url = env.DATABASE_URL;
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    database: url !== undefined && url !== ''
      ? { kind: 'postgres', url, poolMax: Number(env.DATABASE_POOL_MAX ?? 20) }
      : { kind: 'pglite', dataDir: resolve(env.RECOURSE_DATA_DIR ?? './.recourse/data') },
    adminKey: env.RECOURSE_ADMIN_KEY === '' ? undefined : env.RECOURSE_ADMIN_KEY,
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimitPerMinute: Number(env.RECOURSE_RATE_LIMIT_PER_MINUTE ?? 60_000),
  };
}
