import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime, isoTimeOrNull } from '../../src/http/iso-time.js';

describe('writing a date as ISO 8601', () => {
  it('is exactly toISOString for every instant', () => {
    fc.assert(fc.property(fc.date({ noInvalidDate: true }), (date) => {
      expect(isoTime(date)).toBe(date.toISOString());
    }), { numRuns: 5000 });
  });

  it('is exactly toISOString at the edges of the fast path', () => {
    for (const text of ['1000-01-01T00:00:00.000Z', '0999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z', '-000001-06-15T12:30:45.007Z', '2026-02-09T01:08:07.010Z']) {
      expect(isoTime(new Date(text))).toBe(text);
    }
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('writes null for no date', () => {
    expect(isoTimeOrNull(null)).toBeNull();
    expect(isoTimeOrNull(undefined)).toBeNull();
    expect(isoTimeOrNull(new Date('2026-11-23T17:00:00.000Z'))).toBe('2026-11-23T17:00:00.000Z');
  });
});
