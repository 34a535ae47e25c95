import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config.js';
import { secretKeyFrom } from '../core/secret-box.js';

/**
 * The service's secret key: RECOURSE_SECRET_KEY when set, else the key file, made with
 * fresh random bytes (mode 0600) on first start so a newcomer needs no setup. Every instance
 * sharing one database must use the same key.
 */
export function loadSecretKey(source: Config['secretKey']): { key: Buffer; created?: string } {
  if (source.kind === 'value') return { key: secretKeyFrom(source.value) };
  try {
    return { key: secretKeyFrom(readFileSync(source.path, 'utf8').trim()) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(source.path), { recursive: true });
  // 'wx': two instances starting at once must not each write their own key; the loser reads the winner's.
  try {
    writeFileSync(source.path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: secretKeyFrom(readFileSync(source.path, 'utf8').trim()) };
  }
  return { key: secretKeyFrom(readFileSync(source.path, 'utf8').trim()), created: source.path };
}
