import { describe, expect, it } from 'vitest';
import { retryWhileCatalogShifts } from '../../src/store/migrate.js';

// Kysely finds its bookkeeping tables by listing every schema's tables. When another schema
// is dropped during that listing (parallel test suites, other tenants of the server), the
// listing fails before any migration ran: with 3F000 (the schema went), or 42P01 and 42703
// (a table went while its columns were read); and the migration tries again.

const failing = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('migrations when the catalog shifts under them', () => {
  it('try again after a schema vanished during the listing', async () => {
    let calls = 0;
    const result = await retryWhileCatalogShifts(async () => {
      calls += 1;
      if (calls <= 2) throw failing('3F000');
      return ['0001-foundation'];
    });
    expect(result).toEqual(['0001-foundation']);
    expect(calls).toBe(3);
  });

  it('try again after a table or its column vanished during the listing', async () => {
    const codes = ['42P01', '42703'];
    const result = await retryWhileCatalogShifts(async () => {
      const code = codes.shift();
      if (code !== undefined) throw failing(code);
      return ['0001-foundation'];
    });
    expect(result).toEqual(['0001-foundation']);
    expect(codes).toEqual([]);
  });

  it('give up after a few attempts, and at once on any other error', async () => {
    let calls = 0;
    await expect(retryWhileCatalogShifts(async () => {
      calls += 1;
      throw failing('3F000');
    }, 4)).rejects.toThrow('3F000');
    expect(calls).toBe(4);
    calls = 0;
    await expect(retryWhileCatalogShifts(async () => {
      calls += 1;
      throw failing('42501');
    })).rejects.toThrow('42501');
    expect(calls).toBe(1);
  });
});
