import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets the service must use again — a webhook endpoint's signing secret — cannot be kept
// as a hash, so they are sealed with AES-256-GCM under the service's secret key: a copy of
// the database alone does not reveal them. (API keys and OAuth client secrets are only
// ever compared, so those are kept as hashes instead.)

export const SEALED_PREFIX = 'sealed:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The 32-byte key for any key material of at least 32 characters (RECOURSE_SECRET_KEY). */
export function secretKeyFrom(material: string): Buffer {
  if (material.length < 32) throw new Error('the secret key must be at least 32 characters long');
  return createHash('sha256').update(material, 'utf8').digest();
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

export function sealSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens a sealed secret; throws when it was sealed under another key or tampered with. */
export function openSecret(key: Buffer, stored: string): string {
  // Written before secrets were sealed; sealStoredSecrets seals such rows at start.
  if (!isSealed(stored)) return stored;
  const packed = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, IV_BYTES));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
