// Dates as the portal writes them to a customer: "14 December 2026", in their calendar.

export function longDate(date: Date, locale: string): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The last day a period ending at `until` (exclusive, at midnight) allows. */
export function lastDay(until: string, locale: string): string {
  return longDate(new Date(new Date(until).getTime() - 1), locale);
}
