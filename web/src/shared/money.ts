import { currencyExponent, toDecimal } from '../../../src/domain/money.js';

// Amounts travel as integer minor units with their currency. A currency's digits are ISO
// 4217's, from the server's own money module (bundled into the pages), so the pages show and
// read amounts as every API door does: Intl's display digits differ for HUF, IDR, IQD and
// others (CLDR shows 12,345 minor units of HUF as "HUF 12,345"; ISO, and the API, as 123.45).

export function formatMinor(amountMinor: number, currency: string, locale?: string): string {
  const digits = currencyExponent(currency);
  // For display only: a double holds every amount below 2^53 minor units to the last digit.
  const formatted = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(toDecimal(Math.abs(amountMinor), currency));
  return amountMinor < 0 ? `-${formatted}` : formatted;
}

/** "12,50" or "12.5" → 1250 for EUR; undefined when it is not an amount of this currency. */
export function parseToMinor(text: string, currency: string): number | undefined {
  const digits = currencyExponent(currency);
  const match = /^\s*(\d{1,15})(?:[.,](\d*))?\s*$/.exec(text);
  if (match === null) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const minor = Number(`${match[1]}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** 1250 EUR → "12.50": an amount as a form field shows it, so parseToMinor reads it back exactly. */
export function toInputAmount(amountMinor: number, currency: string): string {
  const digits = currencyExponent(currency);
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const shown = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return amountMinor < 0 ? `-${shown}` : shown;
}
