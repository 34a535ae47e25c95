// Parsing of query-string filter values for the dialects: a malformed value of a known
// filter is the caller's error (400), never a crash and never silently ignored.

export class QueryValueError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(message);
  }
}

/** ISO 8601 date-time; a value without a zone is UTC. */
export function parseDateTime(parameter: string, value: string): Date {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(trimmed)) {
    throw new QueryValueError(parameter, 'Enter a valid date/time.');
  }
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const date = new Date(dateOnly ? `${trimmed}T00:00:00Z` : hasZone ? trimmed.replace(' ', 'T') : `${trimmed.replace(' ', 'T')}Z`);
  if (Number.isNaN(date.getTime())) throw new QueryValueError(parameter, 'Enter a valid date/time.');
  return date;
}

/** A calendar date (YYYY-MM-DD), as the start of that day in UTC. */
export function parseDate(parameter: string, value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) throw new QueryValueError(parameter, 'Enter a valid date.');
  const date = new Date(`${value.trim()}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new QueryValueError(parameter, 'Enter a valid date.');
  return date;
}

export function parsePositiveInteger(parameter: string, value: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d{1,16}$/.test(value.trim())) throw new QueryValueError(parameter, 'A valid integer is required.');
  const number = Number(value.trim());
  if (number < 1 || number > max) throw new QueryValueError(parameter, `Ensure this value is between 1 and ${max}.`);
  return number;
}

export function parseCommaList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

export function parseEnum<T extends string>(parameter: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new QueryValueError(parameter, `Select a valid choice. ${value} is not one of the available choices.`);
  }
  return value as T;
}

export function parseBoolean(parameter: string, value: string): boolean {
  const lowered = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(lowered)) return true;
  if (['false', '0', 'no'].includes(lowered)) return false;
  throw new QueryValueError(parameter, 'Enter a valid boolean.');
}

/** The first value of a query parameter that may have been repeated. */
export function single(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? undefined : String(value[0]);
  return value === undefined ? undefined : String(value);
}
