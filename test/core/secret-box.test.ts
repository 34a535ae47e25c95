import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret, secretKeyFrom } from '../../src/core/secret-box.js';

describe('the secret box', () => {
  const key = randomBytes(32);
  const secret = `whsec_${randomBytes(32).toString('base64')}`;

  it('seals a secret so the stored text does not contain it, and opens it again', () => {
    const sealed = sealSecret(key, secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openSecret(key, sealed)).toBe(secret);
  });

  it('seals the same secret differently each time (a fresh nonce)', () => {
    expect(sealSecret(key, secret)).not.toBe(sealSecret(key, secret));
  });

  it('refuses to open under another key, or when a byte was changed', () => {
    const sealed = sealSecret(key, secret);
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    const packed = Buffer.from(sealed.slice('sealed:v1:'.length), 'base64');
    packed.writeUInt8(packed.readUInt8(packed.length - 1) ^ 1, packed.length - 1);
    expect(() => openSecret(key, `sealed:v1:${packed.toString('base64')}`)).toThrow();
  });

  it('reads a secret written before sealing as it is, so start-up can seal it', () => {
    expect(openSecret(key, secret)).toBe(secret);
    expect(isSealed(secret)).toBe(false);
  });

  it('derives the key from material of at least 32 characters, the same way every time', () => {
    expect(secretKeyFrom('k'.repeat(32))).toEqual(secretKeyFrom('k'.repeat(32)));
    expect(secretKeyFrom('k'.repeat(32))).toHaveLength(32);
    expect(() => secretKeyFrom('short')).toThrow(/at least 32/);
  });
});
