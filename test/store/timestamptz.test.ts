import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseTimestamptz } from '../../src/store/timestamptz.js';

// The fast path must read every timestamp exactly as pg's own parser does.
const general = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date | number | null;
const parse = parseTimestamptz(general);
const time = (value: Date | number | null) => (value instanceof Date ? value.getTime() : value);

/** A timestamp as PostgreSQL writes it in UTC, with 0–6 fraction digits (trailing zeros dropped, as it does). */
function asPostgresWrites(at: Date, micros: number): string {
  const base = at.toISOString().slice(0, 19).replace('T', ' ');
  const fraction = String(at.getUTCMilliseconds() * 1000 + micros).padStart(6, '0').replace(/0+$/, '');
  return `${base}${fraction === '' ? '' : `.${fraction}`}+00`;
}

describe('reading timestamptz text', () => {
  it('agrees with the general parser on every UTC timestamp, to the millisecond', () => {
    fc.assert(fc.property(
      fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }),
      (at, micros) => {
        const text = asPostgresWrites(at, micros);
        expect(time(parse(text))).toBe(time(general(text)));
        expect(time(parse(text))).toBe(at.getTime());
      },
    ), { numRuns: 2000 });
  });

  it('leaves every other shape to the general parser', () => {
    for (const text of [
      '2026-11-23 16:38:28.123456+05:30', '2026-11-23 16:38:28-03', '2026-11-23 16:38:28+01',
      '0099-01-01 00:00:00+00', '0999-12-31 23:59:59.5+00', '2000-01-01 00:00:00+00 BC',
      '12026-01-01 00:00:00+00', 'infinity', '-infinity',
      // A character out of place is not read by position: the general parser decides.
      '2026-1x-23 16:38:28+00', '2026-11-23T16:38:28+00', '2026-11-23 16:38:28.+00', '2026-11-23 16:38:28.1234567+00', '2026-11-23 16:38:28.12x+00',
    ]) expect(time(parse(text))).toEqual(time(general(text)));
  });

  it('reads a fraction of any length as part of a second, truncated to milliseconds', () => {
    const texts = ['2026-11-23 16:38:28+00', '2026-11-23 16:38:28.1+00', '2026-11-23 16:38:28.000999+00', '1999-12-31 23:59:59.999999+00'];
    expect(texts.map((text) => parse(text)).map(time)).toEqual([
      Date.UTC(2026, 10, 23, 16, 38, 28), Date.UTC(2026, 10, 23, 16, 38, 28, 100), Date.UTC(2026, 10, 23, 16, 38, 28, 0), Date.UTC(1999, 11, 31, 23, 59, 59, 999),
    ]);
  });
});
