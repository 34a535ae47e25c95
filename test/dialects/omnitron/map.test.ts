import { describe, expect, it } from 'vitest';
import type { ClaimDetails } from '../../../src/core/claims/details.js';
import { parseListQuery, toEditClaimInput, toFileClaimInput } from '../../../src/dialects/omnitron/map.js';
import { OmFieldError, OmInvalidPage } from '../../../src/dialects/omnitron/render-error.js';

// The pure translations of the Omnitron door: query strings to a claim filter, bodies to
// core inputs. No database.

const current = {
  id: 7, status: 'new', decision: null, refundDestination: { method: 'iban', iban: 'TR33', holderName: 'Ada' },
  lines: [{ orderItemId: 11, quantity: 1 }],
} as unknown as ClaimDetails;

describe('Omnitron list queries', () => {
  it('always narrows to cancellations and returns, and defaults to page 1 of 10', () => {
    expect(parseListQuery({}, 5)).toEqual({ filter: expect.objectContaining({ kinds: ['cancellation', 'return'] }), page: 1, size: 10 });
  });

  it('caps the page size at 100', () => {
    expect(parseListQuery({ limit: '5000' }, 5).size).toBe(100);
  });

  it('turns date-only bounds into UTC day boundaries and keeps the tighter of two bounds', () => {
    const range = (query: Record<string, string>) => parseListQuery(query, 5).filter?.orderPlacedAt;
    expect(range({ date_placed__date__gt: '2026-03-04' })).toEqual({ gte: new Date('2026-03-05T00:00:00Z') });
    expect(range({ date_placed__date__gte: '2026-03-04' })).toEqual({ gte: new Date('2026-03-04T00:00:00Z') });
    expect(range({ date_placed__date__lt: '2026-03-04' })).toEqual({ lt: new Date('2026-03-04T00:00:00Z') });
    expect(range({ date_placed__date__lte: '2026-03-04' })).toEqual({ lt: new Date('2026-03-05T00:00:00Z') });
    expect(range({ date_placed__gt: '2026-03-04T00:00:00Z', date_placed__date__gte: '2026-03-04' })).toEqual({ gt: new Date('2026-03-04T00:00:00Z') });
    expect(range({ date_placed__gte: '2026-03-06T00:00:00Z', date_placed__date__gt: '2026-03-04' })).toEqual({ gte: new Date('2026-03-06T00:00:00Z') });
    expect(range({ date_placed__lte: '2026-03-04T00:00:00Z', date_placed__date__lt: '2026-03-04' })).toEqual({ lt: new Date('2026-03-04T00:00:00Z') });
    expect(range({})).toBeUndefined();
  });

  it('matches nothing for contradicting status filters or another channel', () => {
    expect(parseListQuery({ status: 'waiting', cancellation_plan_status: 'rejected' }, 5).filter).toBeUndefined();
    expect(parseListQuery({ channel: '6' }, 5).filter).toBeUndefined();
    expect(parseListQuery({ channel: '5' }, 5).filter).toBeDefined();
  });

  it('reports filter errors before a bad page', () => {
    expect(() => parseListQuery({ status: 'x', page: 'y' }, 5)).toThrow(OmFieldError);
    expect(() => parseListQuery({ page: 'y' }, 5)).toThrow(OmInvalidPage);
  });
});

describe('Omnitron bodies', () => {
  it('files one line of the item, the whole remainder when quantity is null, one open request per item', () => {
    const item = { id: 11, orderId: 3 } as ClaimDetails['lines'][number]['item'];
    expect(toFileClaimInput({ order_item: 11, reason: 2, cancellation_type: 'refund', quantity: null, iban: 'TR33', holder_name: 'Ada' }, item)).toEqual({
      order: { id: 3 }, kind: 'return', reason: { id: 2 }, description: undefined, source: 'omnitron', lines: [{ orderItemId: 11 }],
      refundDestination: { method: 'iban', iban: 'TR33', holderName: 'Ada' }, onePerItem: true,
    });
    expect(toFileClaimInput({ order_item: 11, reason: 2, cancellation_type: 'cancel', quantity: 2, fully_refund_as_loyalty_money: true }, item))
      .toMatchObject({ kind: 'cancellation', lines: [{ orderItemId: 11, quantity: 2 }], refundDestination: { method: 'loyalty_money' } });
  });

  it('maps a PATCH to one edit: only the named fields, the status as its canonical target', () => {
    expect(toEditClaimInput({ status: 'waiting_approval' }, 'PATCH', current)).toEqual({ claim: { id: 7 }, to: 'waiting_on_merchant' });
    expect(toEditClaimInput({ status: 'waiting', description: 'x' }, 'PATCH', current)).toEqual({ claim: { id: 7 }, description: 'x' });
    expect(toEditClaimInput({ fully_refund_as_loyalty_money: true }, 'PATCH', current))
      .toEqual({ claim: { id: 7 }, refundDestination: { method: 'loyalty_money', iban: 'TR33', holderName: 'Ada' } });
  });

  it('maps a PUT to a full update of the nullable fields', () => {
    expect(toEditClaimInput({ quantity: 2 }, 'PUT', current))
      .toEqual({ claim: { id: 7 }, description: null, quantity: 2, refundDestination: { method: 'original_payment' } });
  });

  it('refuses another order item, and `waiting` on a request that is no longer waiting', () => {
    expect(() => toEditClaimInput({ order_item: 12 }, 'PATCH', current)).toThrow(OmFieldError);
    const approved = { ...current, status: 'approved', decision: 'approved' } as ClaimDetails;
    expect(() => toEditClaimInput({ status: 'waiting' }, 'PATCH', approved)).toThrow(OmFieldError);
    expect(toEditClaimInput({ status: 'approved' }, 'PATCH', { ...current, status: 'in_return_transit', decision: 'approved' } as ClaimDetails))
      .toEqual({ claim: { id: 7 } });
  });
});
