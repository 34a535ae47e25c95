import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.js';
import { KeyCache } from './identity/key-cache.js';
import { PASSWORD_HASHING_DEFAULTS, PasswordGate, type PasswordHashingLimits } from './identity/password-gate.js';

/** What every use case needs, passed explicitly: no container, no globals. */
export interface Core {
  db: Kysely<DB>;
  clock: () => Date;
  newId: () => string;
  config: CoreConfig;
  /** API keys found recently, so most requests skip the lookup (key-cache.ts). */
  keys: KeyCache;
  /** Password hashing, a few at a time (password-gate.ts). */
  passwords: PasswordGate;
}

export interface CoreConfig {
  /** The platform admin key from RECOURSE_ADMIN_KEY, if set. */
  adminKey?: string;
  /** Seals secrets the service must read again (webhook signing secrets); see secret-box.ts. */
  secretKey: Buffer;
  idempotencyTtlMs: number;
  easyReturnValidityDays: number;
  passwordHashing: PasswordHashingLimits;
  /** Bytes of uploads one customer, and one store, may keep. */
  uploadQuotas: { perCustomerBytes: number; perStoreBytes: number };
}

export const DEFAULT_CORE_CONFIG: Omit<CoreConfig, 'secretKey'> = {
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  easyReturnValidityDays: 14,
  passwordHashing: PASSWORD_HASHING_DEFAULTS,
  uploadQuotas: { perCustomerBytes: 50 * 1024 * 1024, perStoreBytes: 10 * 1024 * 1024 * 1024 },
};

export function createCore(db: Kysely<DB>, config: Partial<CoreConfig> = {}, clock: () => Date = () => new Date()): Core {
  // Without a configured key (tests, one-off tools) secrets are sealed under a key of this
  // process only; the service always passes the configured one (serve.ts).
  const settled = { ...DEFAULT_CORE_CONFIG, secretKey: randomBytes(32), ...config };
  return { db, clock, newId: randomUUID, config: settled, keys: new KeyCache(), passwords: new PasswordGate(settled.passwordHashing) };
}
