import { describe, expect, it } from 'vitest';
import { claimMoney } from '../../src/domain/refund/claim-money.js';

describe("a claim's money", () => {
  const lines = [{ quantity: 2, unitPriceMinor: 5990 }];

  it('owes the lines\' value less what refunds on the claim already promise', () => {
    expect(claimMoney({ lines, refunds: [{ amountMinor: 2000, status: 'issued' }, { amountMinor: 1000, status: 'requested' }], orderRefundableMinor: 50_000 }))
      .toEqual({ claimedMinor: 11_980, refundedMinor: 3000, owedMinor: 8980, orderRefundableMinor: 50_000 });
  });

  it('does not count denied or cancelled refunds', () => {
    expect(claimMoney({ lines, refunds: [{ amountMinor: 11_980, status: 'denied' }, { amountMinor: 500, status: 'cancelled' }], orderRefundableMinor: 50_000 }).owedMinor).toBe(11_980);
  });

  it('never owes more than the order still allows, nor less than nothing', () => {
    expect(claimMoney({ lines, refunds: [], orderRefundableMinor: 4000 }).owedMinor).toBe(4000);
    expect(claimMoney({ lines, refunds: [{ amountMinor: 26_980, status: 'issued' }], orderRefundableMinor: 4000 }).owedMinor).toBe(0);
  });
});
