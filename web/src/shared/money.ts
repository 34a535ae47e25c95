// Amounts travel as integer minor units with their currency. The pages show them in the
// reader's locale and read typed amounts back without floating-point arithmetic.

export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMinor(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const negative = amountMinor < 0;
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  // For display only: a double holds every amount below 2^53 minor units to the last digit.
  const formatted = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits }).format(Number(decimal));
  return negative ? `-${formatted}` : formatted;
}

/** "12,50" or "12.5" → 1250 for EUR; undefined when it is not an amount of this currency. */
export function parseToMinor(text: string, currency: string): number | undefined {
  const digits = minorDigits(currency);
  const match = /^\s*(\d{1,15})(?:[.,](\d*))?\s*$/.exec(text);
  if (match === null) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const minor = Number(`${match[1]}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : undefined;
}
