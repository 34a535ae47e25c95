import { describe, expect, it } from 'vitest';
import { p99RatioOf, ratioOf, type Measurement } from '../../bench/report.js';

const run = (rps: number, rounds?: number[]): Measurement => ({
  requests: rps * 5, rps, p50_ms: 1, p90_ms: 2, p99_ms: 3, max_ms: 4, errors: 0, non_2xx: 0, bytes_per_response: 100, peak_memory_mib: 50, ...(rounds === undefined ? {} : { rounds }),
});

describe('the benchmark ratio', () => {
  it('is the median of the rounds\' ratios, each round comparing two runs seconds apart', () => {
    // The machine slowed down in the third round: both servers felt it, the ratio did not.
    expect(ratioOf(run(900, [900, 880, 450, 910]), run(1000, [1000, 1100, 500, 1000]))).toBeCloseTo((0.9 + 0.9) / 2, 10);
    expect(ratioOf(run(800, [800, 700, 1200]), run(1000, [1000, 1000, 1000]))).toBeCloseTo(0.8, 10);
  });

  it('falls back to the kept rounds when the two ran different rounds', () => {
    expect(ratioOf(run(800), run(1000))).toBeCloseTo(0.8, 10);
    expect(ratioOf(run(800, [800, 900]), run(1000, [1000]))).toBeCloseTo(0.8, 10);
    expect(ratioOf(run(800), run(0))).toBeUndefined();
  });
});

describe('the p99 ratio', () => {
  const timed = (p99: number, rounds?: number[]): Measurement => ({ ...run(1000), p99_ms: p99, ...(rounds === undefined ? {} : { rounds_p99_ms: rounds }) });

  it("is the median of the rounds' p99 ratios, Recourse's over the other server's", () => {
    // One round's tail was hit by a neighbour: the median keeps the other two.
    expect(p99RatioOf(timed(30, [30, 30, 300]), timed(24, [24, 24, 25]))).toBeCloseTo(1.25, 10);
    expect(p99RatioOf(timed(30, [30, 40]), timed(20, [20, 20]))).toBeCloseTo(1.75, 10);
  });

  it('falls back to the kept rounds when the rounds do not pair up', () => {
    expect(p99RatioOf(timed(30), timed(20))).toBeCloseTo(1.5, 10);
    expect(p99RatioOf(timed(30, [30, 31]), timed(20, [20]))).toBeCloseTo(1.5, 10);
    expect(p99RatioOf(timed(30), timed(0))).toBeUndefined();
  });
});
