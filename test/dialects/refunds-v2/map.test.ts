import { describe, expect, it } from 'vitest';
import { errorEnvelope, envelope, toCommand, toRefundV2 } from '../../../src/dialects/refunds-v2/map.js';
import type { ReturnShipment } from '../../../src/domain/claim/parts.js';
import type { Refund } from '../../../src/domain/refund/refund.js';
import { RefusalError } from '../../../src/domain/refusal.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));

function refund(fields: Partial<Refund> = {}): Refund {
  return {
    id: 7, uuid: 'u', storeId: 1, claimId: 3, orderId: 5, amountMinor: 50_000, currency: 'EUR', status: 'requested',
    method: 'original_payment', reason: 'I hate this product', responseReason: null, requester: 'buyer', needsReturn: true,
    createdAt: at(0), updatedAt: at(1), approvedAt: null, processingAt: null, issuedAt: null, deniedAt: null, cancelledAt: null,
    ...fields,
  };
}

function shipment(fields: Partial<ReturnShipment> = {}): ReturnShipment {
  return {
    id: 1, uuid: 's', claimId: 3, carrier: 'SF-Express', trackingNumber: 'SF1', trackingUrl: null, easyReturnCode: null,
    codeValidFrom: null, codeValidUntil: null, codeMaxUses: 1, codeUseCount: 0, status: 'in_transit', shippedAt: at(2),
    receivedAt: null, createdAt: at(0), updatedAt: at(2), ...fields,
  };
}

describe('Refunds v2 refund mapping', () => {
  it('shows the document\'s fields: decimal amount, ISO dates, requestReason, order id', () => {
    expect(toRefundV2(refund(), null)).toEqual({
      id: 7, order: 5, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:01:00.000Z', requester: 'buyer',
      requestReason: 'I hate this product', responseReason: null, confirmedAt: null, issuedAt: null, amount: 500,
      status: 'REQUESTED', trackingId: null, carrierName: null, refundOnly: false, valid: true,
    });
  });

  it('converts the amount by the currency\'s minor unit', () => {
    expect(toRefundV2(refund({ amountMinor: 1255, currency: 'KWD' }), null).amount).toBe(1.255);
    expect(toRefundV2(refund({ amountMinor: 1200, currency: 'JPY' }), null).amount).toBe(1200);
    expect(toRefundV2(refund({ amountMinor: 1999 }), null).amount).toBe(19.99);
  });

  it('takes confirmedAt from approval, issuedAt from issue, refundOnly from needsReturn', () => {
    const shown = toRefundV2(refund({ status: 'issued', approvedAt: at(3), issuedAt: at(4), needsReturn: false, updatedAt: at(4) }), null);
    expect(shown).toMatchObject({ confirmedAt: '2026-11-01T10:03:00.000Z', issuedAt: '2026-11-01T10:04:00.000Z', refundOnly: true, status: 'ISSUED' });
  });

  it('is valid until cancelled, and only then', () => {
    expect(toRefundV2(refund({ status: 'cancelled' }), null).valid).toBe(false);
    for (const status of ['requested', 'approved', 'processing', 'issued', 'denied'] as const) expect(toRefundV2(refund({ status }), null).valid).toBe(true);
  });

  it('takes trackingId and carrierName from the return shipment, and updatedAt from it when later', () => {
    expect(toRefundV2(refund(), shipment())).toMatchObject({ trackingId: 'SF1', carrierName: 'SF-Express', updatedAt: '2026-11-01T10:02:00.000Z' });
    expect(toRefundV2(refund({ updatedAt: at(9) }), shipment()).updatedAt).toBe('2026-11-01T10:09:00.000Z');
  });

  it('wraps data and errors in the LLZW envelope', () => {
    expect(envelope([1], at(0))).toMatchObject({ timestamp: '2026-11-01T10:00:00.000Z', success: true, data: [1], error: null });
    expect(errorEnvelope('API.INVALID_PARAMETER', 'bad', at(0))).toMatchObject({ success: false, data: null, error: { type: 'API.INVALID_PARAMETER', message: 'bad' } });
  });
});

describe('Refunds v2 PATCH commands', () => {
  it('reads each action with the fields it needs', () => {
    expect(toCommand({ action: 'SHIP_INIT', trackingId: ' T1 ', carrierName: 'SF' })).toEqual({ action: 'SHIP_INIT', trackingId: 'T1', carrierName: 'SF' });
    expect(toCommand({ action: 'DENY', responseReason: 'used' })).toEqual({ action: 'DENY', responseReason: 'used' });
    for (const action of ['CONFIRM', 'RECEIVE', 'ISSUE']) expect(toCommand({ action })).toEqual({ action });
  });

  it.each([
    [{ action: 'SHIP' }, '/action'],
    [{ action: 'SHIP_INIT', carrierName: 'SF' }, '/trackingId'],
    [{ action: 'SHIP_INIT', trackingId: 'T' }, '/carrierName'],
    [{ action: 'DENY' }, '/responseReason'],
  ])('refuses %j as invalid input at %s', (body, path) => {
    try {
      toCommand(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RefusalError);
      expect((error as RefusalError).refusal).toMatchObject({ code: 'invalid_input', path });
    }
  });
});
