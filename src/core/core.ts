import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.js';
import { KeyCache } from './identity/key-cache.js';

/** What every use case needs, passed explicitly: no container, no globals. */
export interface Core {
  db: Kysely<DB>;
  clock: () => Date;
  newId: () => string;
  config: CoreConfig;
  /** API keys found recently, so most requests skip the lookup (key-cache.ts). */
  keys: KeyCache;
}

export interface CoreConfig {
  /** The platform admin key from RECOURSE_ADMIN_KEY, if set. */
  adminKey?: string;
  /** Seals secrets the service must read again (webhook signing secrets); see secret-box.ts. */
  secretKey: Buffer;
  idempotencyTtlMs: number;
  easyReturnValidityDays: number;
}

export const DEFAULT_CORE_CONFIG: Omit<CoreConfig, 'secretKey'> = {
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  easyReturnValidityDays: 14,
};

export function createCore(db: Kysely<DB>, config: Partial<CoreConfig> = {}, clock: () => Date = () => new Date()): Core {
  // Without a configured key (tests, one-off tools) secrets are sealed under a key of this
  // process only; the service always passes the configured one (serve.ts).
  return { db, clock, newId: randomUUID, config: { ...DEFAULT_CORE_CONFIG, secretKey: randomBytes(32), ...config }, keys: new KeyCache() };
}
