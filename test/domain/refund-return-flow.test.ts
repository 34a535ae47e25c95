import { describe, expect, it } from 'vitest';
import { refundAfterReturn } from '../../src/domain/refund/return-flow.js';
import { REFUND_STATUSES, type RefundStatus } from '../../src/domain/refund/status.js';

// What a return parcel does to the refund that waits for it, for every refund status.
const EXPECTED: Record<'shipped' | 'received', Record<RefundStatus, RefundStatus | 'refused'>> = {
  shipped: { requested: 'requested', approved: 'processing', processing: 'refused', issued: 'refused', denied: 'refused', cancelled: 'refused' },
  received: { requested: 'requested', approved: 'processing', processing: 'processing', issued: 'issued', denied: 'refused', cancelled: 'refused' },
};

describe('a refund and its return parcel', () => {
  for (const step of ['shipped', 'received'] as const) {
    it.each(REFUND_STATUSES)(`when ${step}, a %s refund follows the table`, (status) => {
      const outcome = refundAfterReturn({ id: 1, status, needsReturn: true }, step);
      const expected = EXPECTED[step][status];
      if (expected === 'refused') expect(outcome).toEqual({ refusal: { code: 'transition_not_allowed', entity: 'refund', from: status, to: `return_${step}` } });
      else expect(outcome).toEqual({ to: expected });
    });

    it.each(REFUND_STATUSES)(`when ${step}, a %s refund that needs no return refuses`, (status) => {
      expect(refundAfterReturn({ id: 9, status, needsReturn: false }, step)).toEqual({ refusal: { code: 'return_not_needed', refundId: 9 } });
    });
  }
});
