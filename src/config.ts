import { dirname, resolve } from 'node:path';

/** Service configuration, read once from the environment (see the README's table). */
export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  adminKey?: string;
  logLevel: string;
  rateLimitPerMinute: number;
  /** Longest a client may take to send one whole request. */
  requestTimeoutMs: number;
  /** Key material for sealing webhook secrets: RECOURSE_SECRET_KEY, else the key file (made on first start). */
  secretKey: { kind: 'value'; value: string } | { kind: 'file'; path: string };
}

/** A whole number of at least 0 from the environment; a typo stops the start instead of turning a limit off. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value > max) throw new Error(`${name} must be a whole number from 0 to ${max}, not ${raw}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = count(env, 'PORT', 8080, 65535);
  const url = env.DATABASE_URL;
  const dataDir = resolve(env.RECOURSE_DATA_DIR ?? './.recourse/data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    database: url !== undefined && url !== ''
      ? { kind: 'postgres', url, poolMax: count(env, 'DATABASE_POOL_MAX', 20), statementTimeoutMs: count(env, 'RECOURSE_STATEMENT_TIMEOUT_MS', 30_000) }
      : { kind: 'pglite', dataDir },
    adminKey: env.RECOURSE_ADMIN_KEY === '' ? undefined : env.RECOURSE_ADMIN_KEY,
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimitPerMinute: count(env, 'RECOURSE_RATE_LIMIT_PER_MINUTE', 60_000),
    requestTimeoutMs: count(env, 'RECOURSE_REQUEST_TIMEOUT_MS', 30_000, 2 ** 31 - 1),
    // Beside the data folder, never inside it: a copy of the database must not carry its key.
    secretKey: env.RECOURSE_SECRET_KEY !== undefined && env.RECOURSE_SECRET_KEY !== ''
      ? { kind: 'value', value: env.RECOURSE_SECRET_KEY }
      : { kind: 'file', path: resolve(env.RECOURSE_SECRET_KEY_FILE ?? resolve(dirname(dataDir), 'secret.key')) },
  };
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; schema?: string; poolMax?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string } // 'memory://' for an in-memory database
  ;
