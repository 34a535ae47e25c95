import { describe, expect, it } from 'vitest';
import { currencyExponent, toDecimalString, toMinor } from '../../src/domain/money.js';
import { formatMinor, parseToMinor } from '../../web/src/shared/money.js';
import { chooseLanguage, fill, offeredLanguages, reasonLabel } from '../../web/src/shared/languages.js';

describe('money in the pages', () => {
  it('reads typed amounts into minor units without floating point', () => {
    expect(parseToMinor('25', 'EUR')).toBe(2500);
    expect(parseToMinor('25,5', 'EUR')).toBe(2550);
    expect(parseToMinor('0.07', 'EUR')).toBe(7);
    expect(parseToMinor('1234.56', 'EUR')).toBe(123456);
    expect(parseToMinor('100', 'JPY')).toBe(100);
    expect(parseToMinor('1.234', 'KWD')).toBe(1234);
  });

  it('refuses what is not an amount of the currency', () => {
    expect(parseToMinor('1.234', 'EUR')).toBeUndefined();
    expect(parseToMinor('1.5', 'JPY')).toBeUndefined();
    expect(parseToMinor('-3', 'EUR')).toBeUndefined();
    expect(parseToMinor('abc', 'EUR')).toBeUndefined();
  });

  it('shows minor units in the currency', () => {
    expect(formatMinor(8949, 'EUR', 'en-GB')).toBe('€89.49');
    expect(formatMinor(5, 'EUR', 'en-GB')).toBe('€0.05');
    expect(formatMinor(1500, 'JPY', 'en-GB')).toBe('JP¥1,500');
  });
});

describe('money in the pages, counted as the API counts it', () => {
  // ISO 4217 (the API's digits) and CLDR (Intl's display digits) disagree on these: 12,345
  // minor units of HUF are 123.45 to every door, and were "HUF 12,345" in the pages.
  const DISAGREEING = { HUF: 2, IDR: 2, COP: 2, MGA: 2, LAK: 2, ALL: 2, IQD: 3 };

  it.each(Object.entries(DISAGREEING))('reads a typed amount of %s with its %i ISO digits', (currency, digits) => {
    expect(parseToMinor('100', currency)).toBe(100 * 10 ** digits);
    expect(parseToMinor('100', currency)).toBe(toMinor('100', currency));
    expect(parseToMinor('1.5', currency)).toBe(toMinor('1.5', currency));
    expect(parseToMinor(`1.${'1'.repeat(digits + 1)}`, currency)).toBeUndefined();
  });

  it('shows HUF and IQD with their ISO digits', () => {
    // Intl puts a no-break space between the code and the number.
    expect(formatMinor(12_345, 'HUF', 'en-GB')).toBe('HUF\u00a0123.45');
    expect(formatMinor(12_345, 'IQD', 'en-GB')).toBe('IQD\u00a012.345');
    expect(formatMinor(-12_345, 'IDR', 'en-GB')).toBe('-IDR\u00a0123.45');
    expect(formatMinor(1_234_500, 'COP', 'de-DE')).toBe('12.345,00\u00a0COP');
  });

  it('shows every currency the browser knows with as many fraction digits as the API', () => {
    for (const currency of Intl.supportedValuesOf('currency')) {
      // The digits after the decimal point (some symbols have a dot of their own: "Cg.").
      const digits = /\d\.(\d+)\D*$/.exec(formatMinor(12_345, currency, 'en'))?.[1] ?? '';
      expect(digits, currency).toBe(toDecimalString(12_345, currency).split('.')[1] ?? '');
      expect(digits.length, currency).toBe(currencyExponent(currency));
    }
  });
});

describe('the language of the portal and the console', () => {
  it("offers the store's declared languages it speaks, in the store's order, and English when there are none", () => {
    expect(offeredLanguages(['de-de', 'en-us', 'fr-fr'])).toEqual(['de', 'en']);
    expect(offeredLanguages(['tr_TR', 'TR', 'en'])).toEqual(['tr', 'en']);
    expect(offeredLanguages(['fr-fr', 'it-it'])).toEqual(['en']);
    // Before the store is known (the portal's order lookup) every language spoken is offered.
    expect(offeredLanguages(undefined)).toEqual(['en', 'tr', 'de']);
  });

  it("takes the one chosen before, else the browser's first offered, else the store's first", () => {
    expect(chooseLanguage(['en', 'tr'], null, ['tr-TR', 'en'])).toBe('tr');
    expect(chooseLanguage(['en', 'tr', 'de'], null, ['de-DE', 'en-US'])).toBe('de');
    // A store selling in English and Turkish offers no German page, whatever the browser asks.
    expect(chooseLanguage(['en', 'tr'], null, ['de-DE', 'en-US'])).toBe('en');
    expect(chooseLanguage(['tr', 'en'], null, ['fr-FR'])).toBe('tr');
    expect(chooseLanguage(['en', 'de'], 'de', ['en-US'])).toBe('de');
    // A choice made for another store is not offered here: the browser decides again.
    expect(chooseLanguage(['en', 'tr'], 'de', ['tr'])).toBe('tr');
    expect(chooseLanguage(['en'], '{"not":"a language"}', [])).toBe('en');
  });

  it('fills the placeholders a message names and leaves the others as written', () => {
    expect(fill('{count} new claims since {time}', { count: 3 })).toBe('3 new claims since {time}');
  });

  it("shows a reason in the customer's language, or its subject", () => {
    const reason = { subject: 'Too small', translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' } };
    expect(reasonLabel(reason, 'tr')).toBe('Küçük geldi');
    expect(reasonLabel({ subject: 'Too small', translations: {} }, 'tr')).toBe('Too small');
  });
});
