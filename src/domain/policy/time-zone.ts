// Day windows end at midnight in the store's time zone, not after a multiple of 24 hours:
// "30 days after delivery" means until the end of the 30th local day.

const DAY_MS = 86_400_000;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone, read back as if they were UTC. */
function wallClockAsUtc(instant: Date, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(instant: Date, zone: string): number {
  const wholeSeconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return wallClockAsUtc(wholeSeconds, zone) - wholeSeconds.getTime();
}

/**
 * The first instant of the local day that comes `days` days after the local day of
 * `instant`. Where a zone skips midnight (a daylight-saving jump), the day starts at the
 * first instant that exists.
 */
export function startOfLocalDayAfter(instant: Date, days: number, zone: string): Date {
  const wall = wallClockAsUtc(instant, zone);
  const localMidnight = Math.floor(wall / DAY_MS) * DAY_MS + days * DAY_MS;
  // Two passes settle the offset that holds at the target instant itself.
  let guess = localMidnight - offsetAt(new Date(localMidnight), zone);
  guess = localMidnight - offsetAt(new Date(guess), zone);
  const back = wallClockAsUtc(new Date(guess), zone);
  if (back < localMidnight) guess += localMidnight - back; // midnight did not exist that day
  return new Date(guess);
}
