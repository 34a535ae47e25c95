import { describe, expect, it } from 'vitest';
import { retryWhileSchemaVanishes } from '../../src/store/migrate.js';

// Kysely finds its bookkeeping tables by listing every schema's tables. When another schema
// is dropped during that listing (parallel test suites, other tenants of the server), the
// listing fails with 3F000 before any migration ran, and the migration tries again.

const failing = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('migrations when another schema vanishes', () => {
  it('try again after a schema vanished during the listing', async () => {
    let calls = 0;
    const result = await retryWhileSchemaVanishes(async () => {
      calls += 1;
      if (calls <= 2) throw failing('3F000');
      return ['0001-foundation'];
    });
    expect(result).toEqual(['0001-foundation']);
    expect(calls).toBe(3);
  });

  it('give up after a few attempts, and at once on any other error', async () => {
    let calls = 0;
    await expect(retryWhileSchemaVanishes(async () => {
      calls += 1;
      throw failing('3F000');
    }, 4)).rejects.toThrow('3F000');
    expect(calls).toBe(4);
    calls = 0;
    await expect(retryWhileSchemaVanishes(async () => {
      calls += 1;
      throw failing('42501');
    })).rejects.toThrow('42501');
    expect(calls).toBe(1);
  });
});
