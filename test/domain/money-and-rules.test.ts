import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkLines, claimableQuantity } from '../../src/domain/claim/lines.js';
import { checkReason } from '../../src/domain/claim/reason.js';
import { currencyExponent, toDecimal, toDecimalString, toMinor } from '../../src/domain/money.js';
import { checkRefund, refundableMinor } from '../../src/domain/refund/rules.js';
import { REFUND_STATUSES, checkRefundTransition, promisesMoney } from '../../src/domain/refund/status.js';
import { APPROVAL_RESOLUTIONS, DENIAL_RESOLUTIONS, resolutionOutcome } from '../../src/domain/resolution.js';

describe('money', () => {
  it('knows currencies with 0, 2 and 3 decimals', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it.each([
    [19.99, 'EUR', 1999], ['19.99', 'EUR', 1999], [500.0, 'TRY', 50000], [100, 'USD', 10000], [0.1 + 0.2, 'EUR', undefined],
    [1234, 'JPY', 1234], [12.5, 'JPY', undefined], [1.234, 'KWD', 1234], [1.2345, 'KWD', undefined], ['1.230', 'EUR', 123],
    [-5.5, 'EUR', -550], ['abc', 'EUR', undefined], [Number.NaN, 'EUR', undefined], [Number.POSITIVE_INFINITY, 'EUR', undefined],
    ['1e3', 'EUR', undefined], [1e-7, 'EUR', undefined], ['99999999999999999', 'EUR', undefined],
  ] as const)('toMinor(%s, %s) = %s, exactly', (amount, currency, expected) => {
    expect(toMinor(amount, currency)).toBe(expected);
  });

  it.each([
    [1999, 'EUR', '19.99', 19.99], [5, 'EUR', '0.05', 0.05], [1234, 'JPY', '1234', 1234], [1234, 'KWD', '1.234', 1.234], [0, 'EUR', '0.00', 0], [-550, 'EUR', '-5.50', -5.5],
  ] as const)('toDecimal(%s, %s) = %s', (minor, currency, text, number) => {
    expect(toDecimalString(minor, currency)).toBe(text);
    expect(toDecimal(minor, currency)).toBe(number);
  });

  it('gives the number its decimal text reads as, for every amount and minor unit', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), fc.constantFrom('EUR', 'JPY', 'KWD', 'usd'), (minor, currency) => {
      expect(toDecimal(minor, currency)).toBe(Number(toDecimalString(minor, currency)));
    }), { numRuns: 5000 });
  });

  it('round-trips every amount from 0 to 100.00 through its decimal form', () => {
    for (let minor = 0; minor <= 10_000; minor += 1) expect(toMinor(toDecimal(minor, 'EUR'), 'EUR')).toBe(minor);
  });
});

describe('never over-refund', () => {
  const order = { currency: 'EUR', totalMinor: 10_000, promisedMinor: 7_500 };

  it('allows up to exactly what is left', () => {
    expect(refundableMinor(order)).toBe(2_500);
    expect(checkRefund(order, { amountMinor: 2_500, currency: 'EUR' })).toBeUndefined();
  });

  it('refuses one minor unit more, naming what is available', () => {
    expect(checkRefund(order, { amountMinor: 2_501, currency: 'EUR' })).toEqual({ code: 'refund_exceeds_paid', requestedMinor: 2_501, availableMinor: 2_500, currency: 'EUR' });
  });

  it('refuses zero, negative, fractional and another currency', () => {
    expect(checkRefund(order, { amountMinor: 0, currency: 'EUR' })?.code).toBe('invalid_input');
    expect(checkRefund(order, { amountMinor: -1, currency: 'EUR' })?.code).toBe('invalid_input');
    expect(checkRefund(order, { amountMinor: 1.5, currency: 'EUR' })?.code).toBe('invalid_input');
    expect(checkRefund(order, { amountMinor: 1, currency: 'USD' })).toEqual({ code: 'currency_mismatch', expected: 'EUR', given: 'USD' });
  });

  it('works in currencies without and with three decimals', () => {
    expect(checkRefund({ currency: 'JPY', totalMinor: 3_000, promisedMinor: 0 }, { amountMinor: 3_000, currency: 'JPY' })).toBeUndefined();
    expect(checkRefund({ currency: 'KWD', totalMinor: 1_250, promisedMinor: 1_000 }, { amountMinor: 251, currency: 'KWD' })?.code).toBe('refund_exceeds_paid');
  });

  it('counts requested, approved, processing and issued refunds as promised, and not denied or cancelled ones', () => {
    expect(REFUND_STATUSES.filter(promisesMoney)).toEqual(['requested', 'approved', 'processing', 'issued']);
  });

  it('moves a refund only forwards', () => {
    expect(checkRefundTransition('requested', 'issued')).toBeUndefined();
    expect(checkRefundTransition('processing', 'issued')).toBeUndefined();
    expect(checkRefundTransition('processing', 'cancelled')).toEqual({ code: 'transition_not_allowed', entity: 'refund', from: 'processing', to: 'cancelled' });
    for (const final of ['issued', 'denied', 'cancelled'] as const) {
      for (const to of REFUND_STATUSES) expect(checkRefundTransition(final, to)).toBeDefined();
    }
  });
});

describe('never over-claim', () => {
  const item = { id: 7, quantity: 3, fulfillmentStatus: 'delivered' as const, claimedQuantity: 1 };

  it('allows what is left and refuses more', () => {
    expect(claimableQuantity(item)).toBe(2);
    expect(checkLines('return', [item], [{ orderItemId: 7, quantity: 2 }])).toBeUndefined();
    expect(checkLines('return', [item], [{ orderItemId: 7, quantity: 3 }])).toEqual({ code: 'quantity_exceeds_claimable', orderItemId: 7, requested: 3, claimableQuantity: 2 });
  });

  it('refuses an unknown item, a repeated item, no lines and non-positive quantities', () => {
    expect(checkLines('return', [item], [{ orderItemId: 8, quantity: 1 }])).toEqual({ code: 'not_found', entity: 'order_item', id: 8 });
    expect(checkLines('return', [item], [{ orderItemId: 7, quantity: 1 }, { orderItemId: 7, quantity: 1 }])?.code).toBe('invalid_input');
    expect(checkLines('return', [item], [])?.code).toBe('invalid_input');
    expect(checkLines('return', [item], [{ orderItemId: 7, quantity: 0 }])?.code).toBe('invalid_input');
  });

  it('allows cancellation only before shipment and return or incident only after', () => {
    const unfulfilled = { ...item, fulfillmentStatus: 'unfulfilled' as const };
    const shipped = { ...item, fulfillmentStatus: 'shipped' as const };
    expect(checkEligibility('cancellation', unfulfilled)).toBeUndefined();
    expect(checkEligibility('cancellation', shipped)?.code).toBe('item_not_eligible');
    expect(checkEligibility('cancellation', item)?.code).toBe('item_not_eligible');
    expect(checkEligibility('return', unfulfilled)?.code).toBe('item_not_eligible');
    expect(checkEligibility('return', shipped)).toBeUndefined();
    expect(checkEligibility('incident', unfulfilled)?.code).toBe('item_not_eligible');
    expect(checkEligibility('incident', item)).toBeUndefined();
  });
});

describe('reasons', () => {
  const reason = { id: 1, kind: 'return' as const, active: true, requiresDescription: true, requiresEvidence: true };
  it('requires an active reason of the same kind and its description and evidence', () => {
    expect(checkReason(reason, { kind: 'return', description: 'torn', evidenceCount: 1 })).toBeUndefined();
    expect(checkReason({ ...reason, active: false }, { kind: 'return', description: 'torn', evidenceCount: 1 })?.code).toBe('reason_not_usable');
    expect(checkReason(reason, { kind: 'cancellation', description: 'torn', evidenceCount: 1 })?.code).toBe('reason_not_usable');
    expect(checkReason(reason, { kind: 'return', description: '  ', evidenceCount: 1 })?.code).toBe('description_required');
    expect(checkReason(reason, { kind: 'return', description: 'torn', evidenceCount: 0 })?.code).toBe('evidence_required');
  });
});

describe('resolutions', () => {
  it('splits the OrderProtection list into approvals and denials', () => {
    for (const type of APPROVAL_RESOLUTIONS) expect(resolutionOutcome(type)).toBe('approval');
    for (const type of DENIAL_RESOLUTIONS) expect(resolutionOutcome(type)).toBe('denial');
    expect(APPROVAL_RESOLUTIONS.length + DENIAL_RESOLUTIONS.length).toBe(25);
  });
});
