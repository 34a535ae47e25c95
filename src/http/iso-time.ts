// Date.prototype.toISOString goes through a V8 runtime call; writing the fields by hand is
// about 2.5 times faster, and a page of claims writes hundreds of timestamps. Years outside
// 1000–9999 (and invalid dates) take the original, which widens or throws as it always has.

const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`);
const pad3 = (value: number): string => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

/** Exactly `date.toISOString()`. */
export function isoTime(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString();
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}.${pad3(date.getUTCMilliseconds())}Z`;
}

/** isoTime, with null for no date. */
export function isoTimeOrNull(date: Date | null | undefined): string | null {
  return date === null || date === undefined ? null : isoTime(date);
}
