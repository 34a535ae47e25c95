// Money is integer minor units plus an ISO 4217 currency. Decimal amounts exist only
// at the edges (dialects that show 500.0), converted here and nowhere else. The web pages
// bundle this file too (web/src/shared/money.ts), so it imports nothing.

/** Currencies whose minor unit is not 2 digits (ISO 4217). */
const EXPONENT_EXCEPTIONS: Record<string, number> = {
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0,
  RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export interface Money {
  amountMinor: number;
  currency: string;
}

export function currencyExponent(currency: string): number {
  return EXPONENT_EXCEPTIONS[currency.toUpperCase()] ?? 2;
}

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

/**
 * Converts a decimal amount (as a client sent it) to minor units, exactly: through the
 * decimal string, never by multiplying a float. Returns undefined when the amount has
 * more fraction digits than the currency allows or is not a finite number.
 */
export function toMinor(amount: number | string, currency: string): number | undefined {
  const text = typeof amount === 'number' ? numberToPlainString(amount) : amount.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign, whole, fractionRaw = ''] = match;
  const exponent = currencyExponent(currency);
  const fraction = fractionRaw.replace(/0+$/, '');
  if (fraction.length > exponent) return undefined;
  const minor = Number(`${whole}${fraction.padEnd(exponent, '0')}`);
  if (!Number.isSafeInteger(minor)) return undefined;
  return sign === '-' ? -minor : minor;
}

/** Minor units to a decimal number for dialects whose documents show floats. */
export function toDecimal(amountMinor: number, currency: string): number {
  // Division is correctly rounded, so this is the double nearest the exact decimal: the same
  // number as Number(toDecimalString(…)), without building the string.
  return amountMinor / 10 ** currencyExponent(currency);
}

export function toDecimalString(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0;
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) return 'NaN';
  // toString gives exponent notation for tiny/huge numbers; toFixed(20) keeps it plain
  // for the sizes money can have, and the trailing zeros are trimmed by the caller.
  const text = String(value);
  return text.includes('e') ? value.toFixed(20) : text;
}

export function sumMinor(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
