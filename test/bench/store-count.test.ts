import { describe, expect, it } from 'vitest';
import { storeCount } from '../../bench/generate.js';

// How many stores the benchmark's data set spreads its claims over.

describe('the benchmark store count', () => {
  it('is 20 unless BENCH_STORES says otherwise, and refuses what is not a whole number of stores', () => {
    expect([storeCount(undefined), storeCount(''), storeCount('2000')]).toEqual([20, 20, 2000]);
    for (const bad of ['0', '-3', '2.5', 'many', '100001']) expect(() => storeCount(bad)).toThrow(/BENCH_STORES/);
  });
});
