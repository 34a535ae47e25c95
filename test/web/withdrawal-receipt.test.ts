import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../web/src/portal/i18n.js';
import { recordedWithdrawal, withdrawalReceipt } from '../../web/src/portal/withdrawal-receipt.js';

// The confirmation a customer keeps of a withdrawal: the statement, who made it and when the
// store received it, and the items, in the customer's language.

const CLAIM = { number: 'R-5100001', order: { number: 'D-100297' }, lines: [{ quantity: 1, name: 'Linen shirt', sku: 'SHIRT-M' }] };
const AT = { name: 'Sofia Yılmaz', declared_at: '2026-12-03T09:30:00.000Z' };

describe('the withdrawal receipt', () => {
  it('is written from the statement recorded on the claim, in German with the time in the zone asked for', () => {
    const recorded = recordedWithdrawal({ attributes: { withdrawal: AT } });
    expect(recorded).toEqual({ name: 'Sofia Yılmaz', declaredAt: new Date(AT.declared_at) });
    const { t, locale } = i18nFor('de', () => undefined);
    const text = withdrawalReceipt(CLAIM as never, recorded!, { storeName: 'Demo Store', t, locale, timeZone: 'Europe/Berlin' });
    expect(text.split('\n')).toEqual([
      'Bestätigung des Widerrufs vom Vertrag',
      '',
      'Demo Store bestätigt den Eingang der folgenden Widerrufserklärung.',
      '',
      '“Hiermit widerrufe ich den Vertrag über die unten aufgeführten Artikel der Bestellung D-100297.”',
      '',
      'Erklärt von: Sofia Yılmaz',
      expect.stringMatching(/^Eingegangen am: 3\. Dezember 2026 um 10:30:00 MEZ$/),
      'Vorgangsnummer: R-5100001',
      '',
      '- 1 × Linen shirt (SHIRT-M)',
      '',
    ]);
  });

  it('is not offered for a claim no withdrawal filed, or whose record is not a statement', () => {
    expect(recordedWithdrawal({ attributes: {} })).toBeUndefined();
    expect(recordedWithdrawal({ attributes: { withdrawal: 'yes' } })).toBeUndefined();
    expect(recordedWithdrawal({ attributes: { withdrawal: { name: 'X', declared_at: 'not a date' } } })).toBeUndefined();
  });
});
