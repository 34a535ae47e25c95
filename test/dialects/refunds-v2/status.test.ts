import { describe, expect, it } from 'vitest';
import { REFUND_STATUSES } from '../../../src/domain/refund/status.js';
import {
  fromRefundV2Status, REFUND_V2_STATUS, REFUND_V2_STATUS_INPUTS, REFUND_V2_STATUSES, toRefundV2Status,
} from '../../../src/dialects/refunds-v2/status.js';

describe('Refunds v2 status mapping', () => {
  it.each([
    ['requested', 'REQUESTED'], ['approved', 'WAITING'], ['processing', 'PROCESSING'],
    ['issued', 'ISSUED'], ['denied', 'DENIED'], ['cancelled', 'CANCELLED'],
  ] as const)('shows %s as %s', (canonical, word) => {
    expect(toRefundV2Status(canonical)).toBe(word);
  });

  it('gives every canonical status its own word, and every word of the document a status', () => {
    const words = REFUND_STATUSES.map(toRefundV2Status);
    expect(new Set(words).size).toBe(REFUND_STATUSES.length);
    expect([...words].sort()).toEqual([...REFUND_V2_STATUSES].sort());
  });

  it.each(REFUND_STATUSES)('round-trips %s', (status) => {
    expect(fromRefundV2Status(toRefundV2Status(status))).toBe(status);
  });

  it('reads the stale PENDING as REQUESTED and never writes it', () => {
    expect(REFUND_V2_STATUS_INPUTS).toContain('PENDING');
    expect(fromRefundV2Status('PENDING')).toBe('requested');
    expect(Object.values(REFUND_V2_STATUS)).not.toContain('PENDING');
  });
});
