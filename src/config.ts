import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';

// The one place that reads the environment. Most settings are read once at start
// (readConfig); the few below are read where they are used, each by its own function here,
// so a test or an operator changing one sees it take effect as before.

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
  /** Password hashes computed at once, and sign-ins that may wait for a turn (RECOURSE_PASSWORD_HASH_*). */
  passwordHashing: { concurrency: number; queueMax: number };
  /** Bytes of uploads one customer, and one store, may keep (RECOURSE_UPLOAD_QUOTA_*_BYTES). */
  uploadQuotas: { perCustomerBytes: number; perStoreBytes: number };
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); none by default. */
  trustProxy: string[];
  /** /metrics: a bearer token to read it on the main port, and/or a listener of its own; neither set, it is off. */
  metrics: { token?: string; port?: number; host: string };
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

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * RECOURSE_TRUST_PROXY: comma-separated proxy addresses or CIDRs (and the names loopback,
 * linklocal, uniquelocal) whose X-Forwarded-For gives the client's address. Unset: none, and
 * every request's address is the socket's peer.
 */
function trustedProxies(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry) => {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const prefixFits = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (family === 0 || !prefixFits || rest.length > 0)) {
      throw new Error(`RECOURSE_TRUST_PROXY must list proxy addresses or CIDRs separated by commas, not ${entry}`);
    }
    return entry;
  });
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = count(env, 'PORT', 8080, 65535);
  const url = env.DATABASE_URL;
  const dataDir = resolve(env.RECOURSE_DATA_DIR ?? DATA_DIR_DEFAULT);
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
    passwordHashing: {
      concurrency: Math.max(1, count(env, 'RECOURSE_PASSWORD_HASH_CONCURRENCY', 2, 64)),
      queueMax: count(env, 'RECOURSE_PASSWORD_HASH_QUEUE', 32, 10_000),
    },
    trustProxy: trustedProxies(env.RECOURSE_TRUST_PROXY),
    uploadQuotas: {
      perCustomerBytes: count(env, 'RECOURSE_UPLOAD_QUOTA_CUSTOMER_BYTES', 50 * 1024 * 1024),
      perStoreBytes: count(env, 'RECOURSE_UPLOAD_QUOTA_STORE_BYTES', 10 * 1024 * 1024 * 1024),
    },
    metrics: metricsSettings(env),
    // Beside the data folder, never inside it: a copy of the database must not carry its key.
    secretKey: env.RECOURSE_SECRET_KEY !== undefined && env.RECOURSE_SECRET_KEY !== ''
      ? { kind: 'value', value: env.RECOURSE_SECRET_KEY }
      : { kind: 'file', path: resolve(env.RECOURSE_SECRET_KEY_FILE ?? resolve(dirname(dataDir), 'secret.key')) },
  };
}

function metricsSettings(env: NodeJS.ProcessEnv): Config['metrics'] {
  const token = env.RECOURSE_METRICS_TOKEN;
  if (token !== undefined && token !== '' && token.length < 16) throw new Error('RECOURSE_METRICS_TOKEN must be at least 16 characters');
  const port = env.RECOURSE_METRICS_PORT === undefined || env.RECOURSE_METRICS_PORT === '' ? undefined : count(env, 'RECOURSE_METRICS_PORT', 0, 65535);
  return {
    ...(token === undefined || token === '' ? {} : { token }),
    ...(port === undefined ? {} : { port }),
    host: env.RECOURSE_METRICS_HOST ?? '127.0.0.1',
  };
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; schema?: string; poolMax?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string } // 'memory://' for an in-memory database
  ;

const DATA_DIR_DEFAULT = './.recourse/data';

/** RECOURSE_UPLOADS_DIR, or an `uploads` folder beside the PGlite data folder. */
export function uploadsFolder(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.RECOURSE_UPLOADS_DIR;
  if (given !== undefined && given !== '') return resolve(given);
  return join(dirname(resolve(env.RECOURSE_DATA_DIR ?? DATA_DIR_DEFAULT)), 'uploads');
}

/**
 * RECOURSE_DISTRIBUTE: `off` keeps every table local on a database with the Citus extension;
 * otherwise migrating distributes the tables by store there (docs/scaling.md).
 */
export function distributeTables(env: NodeJS.ProcessEnv = process.env): boolean {
  const given = (env.RECOURSE_DISTRIBUTE ?? '').trim().toLowerCase();
  if (given === '' || given === 'auto' || given === 'on') return true;
  if (given === 'off') return false;
  throw new Error(`RECOURSE_DISTRIBUTE must be auto, on or off, not ${JSON.stringify(env.RECOURSE_DISTRIBUTE)}`);
}

/** RECOURSE_PUBLIC_URL: the origin links to this service are built on, when set. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.RECOURSE_PUBLIC_URL;
  return given === undefined || given === '' ? undefined : given.replace(/\/+$/, '');
}

/** The listen address as an origin (HOST and PORT): where links point when no public URL is set. */
export function listenOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const host = env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST;
  const port = env.PORT === undefined || env.PORT === '' ? '8080' : env.PORT;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Where a person's browser should open the pages: RECOURSE_PUBLIC_URL, else localhost on PORT (browsers keep Secure cookies there). */
export function browserOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const port = env.PORT === undefined || env.PORT === '' ? '8080' : env.PORT;
  return publicUrl(env) ?? `http://localhost:${port}`;
}

/** RECOURSE_TRUST_HOST_HEADER=1: build links from the request's Host (a proxy that sets it for this service only). */
export function hostHeaderTrusted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOURSE_TRUST_HOST_HEADER === '1';
}

/** Session cookies are Secure unless RECOURSE_COOKIE_SECURE=false (plain-http hosts). */
export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOURSE_COOKIE_SECURE !== 'false';
}

/** RECOURSE_ALLOW_PRIVATE_WEBHOOKS=1 lets webhooks call private and loopback addresses (tests, single-host setups). */
export function privateWebhooksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS === '1';
}

/** How the SMTP connection is secured: STARTTLS after connecting, TLS from the first byte, or none (a local relay). */
export type SmtpTls = 'starttls' | 'implicit' | 'none';

export interface EmailSettings {
  smtp: { host: string; port: number; tls: SmtpTls; user?: string; password?: string };
  from: string;
  /** Where links in emails point: RECOURSE_PUBLIC_URL, else localhost on PORT. */
  publicOrigin: string;
}

const SMTP_PORT_OF: Record<SmtpTls, number> = { starttls: 587, implicit: 465, none: 25 };

/**
 * RECOURSE_SMTP_HOST, _PORT, _TLS, _USER, _PASSWORD and RECOURSE_EMAIL_FROM. Email is off
 * (undefined) unless a host and a sender are both set.
 */
export function emailSettings(env: NodeJS.ProcessEnv = process.env): EmailSettings | undefined {
  const host = env.RECOURSE_SMTP_HOST;
  const from = env.RECOURSE_EMAIL_FROM;
  if (host === undefined || host === '' || from === undefined || from === '') return undefined;
  const rawTls = env.RECOURSE_SMTP_TLS === undefined || env.RECOURSE_SMTP_TLS === '' ? 'starttls' : env.RECOURSE_SMTP_TLS;
  if (rawTls !== 'starttls' && rawTls !== 'implicit' && rawTls !== 'none') throw new Error(`RECOURSE_SMTP_TLS must be starttls, implicit or none, not ${rawTls}`);
  const port = count(env, 'RECOURSE_SMTP_PORT', SMTP_PORT_OF[rawTls], 65535);
  const user = env.RECOURSE_SMTP_USER;
  const password = env.RECOURSE_SMTP_PASSWORD;
  return {
    smtp: {
      host, port, tls: rawTls,
      ...(user === undefined || user === '' ? {} : { user }),
      ...(password === undefined || password === '' ? {} : { password }),
    },
    from, publicOrigin: browserOrigin(env),
  };
}
