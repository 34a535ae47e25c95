import { describe, expect, it } from 'vitest';
import { formatMinor, parseToMinor } from '../../web/src/shared/money.js';
import { preferredLanguage, reasonLabel } from '../../web/src/portal/i18n.js';

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

describe('the portal language', () => {
  it("takes the browser's first language it speaks, else English", () => {
    expect(preferredLanguage(['tr-TR', 'en'])).toBe('tr');
    expect(preferredLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(preferredLanguage(['de-DE'])).toBe('en');
  });

  it("shows a reason in the customer's language, or its subject", () => {
    const reason = { subject: 'Too small', translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' } };
    expect(reasonLabel(reason, 'tr')).toBe('Küçük geldi');
    expect(reasonLabel({ subject: 'Too small', translations: {} }, 'tr')).toBe('Too small');
  });
});
