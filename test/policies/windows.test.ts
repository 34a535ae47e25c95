import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/domain/policy/document.js';
import { startOfLocalDayAfter } from '../../src/domain/policy/time-zone.js';
import { checkRequirements, checkWindow, type WindowFacts, type WindowItem } from '../../src/domain/policy/windows.js';
import { itemEligibility } from '../../src/domain/policy/eligibility.js';

// Windows at their exact edges, in time zones, and the requirements per kind and reason.

const delivered = (deliveredAt: string, sku = 'SKU-1'): WindowItem => ({
  sku, fulfillmentStatus: 'delivered', shippedAt: null, deliveredAt: new Date(deliveredAt),
});

function facts(overrides: Partial<WindowFacts>): WindowFacts {
  return { kind: 'return', reason: null, orderPlacedAt: new Date('2026-11-01T10:00:00Z'), items: [], now: new Date(), ...overrides };
}

describe('return windows', () => {
  // Delivered on 5 November in Berlin (UTC+1); 14 days → the last day is 19 November, which
  // ends at midnight Berlin time = 23:00 UTC.
  const policy: Policy = { time_zone: 'Europe/Berlin', windows: { return: { days_after_delivery: 14 } } };
  const items = [delivered('2026-11-05T15:00:00Z')];

  it('accepts a return until the last moment of the last local day', () => {
    expect(checkWindow(policy, facts({ items, now: new Date('2026-11-19T22:59:59.999Z') }))).toBeUndefined();
  });

  it('refuses it from local midnight on, naming when the window ended', () => {
    expect(checkWindow(policy, facts({ items, now: new Date('2026-11-19T23:00:00Z') })))
      .toEqual({ code: 'outside_window', kind: 'return', windowEndedAt: '2026-11-19T23:00:00.000Z' });
  });

  it('counts days in the policy time zone, not in UTC', () => {
    // 23:30 UTC on 4 November is already 5 November in Istanbul (UTC+3).
    const istanbul: Policy = { time_zone: 'Europe/Istanbul', windows: { return: { days_after_delivery: 0 } } };
    const late = [delivered('2026-11-04T23:30:00Z')];
    expect(checkWindow(istanbul, facts({ items: late, now: new Date('2026-11-05T20:59:59Z') }))).toBeUndefined();
    expect(checkWindow(istanbul, facts({ items: late, now: new Date('2026-11-05T21:00:00Z') }))?.code).toBe('outside_window');
    const utc: Policy = { windows: { return: { days_after_delivery: 0 } } };
    expect(checkWindow(utc, facts({ items: late, now: new Date('2026-11-05T00:00:00Z') }))?.code).toBe('outside_window');
  });

  it('ends a day at local midnight across a daylight-saving change', () => {
    // Berlin leaves summer time on 25 October 2026: the 25th has 25 hours.
    expect(startOfLocalDayAfter(new Date('2026-10-24T12:00:00Z'), 1, 'Europe/Berlin').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDayAfter(new Date('2026-10-24T12:00:00Z'), 2, 'Europe/Berlin').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfLocalDayAfter(new Date('2026-03-28T12:00:00Z'), 2, 'America/New_York').toISOString()).toBe('2026-03-30T04:00:00.000Z');
  });

  it('uses the first override that matches an item, by SKU or reason', () => {
    const withOverrides: Policy = {
      windows: {
        return: {
          days_after_delivery: 30,
          overrides: [{ sku: ['SALE-*'], days_after_delivery: 0 }, { reasons: [3], days_after_delivery: 365 }],
        },
      },
    };
    const now = new Date('2026-11-10T00:00:00Z');
    expect(checkWindow(withOverrides, facts({ items: [delivered('2026-11-05T10:00:00Z', 'SALE-1')], now }))?.code).toBe('outside_window');
    expect(checkWindow(withOverrides, facts({ items: [delivered('2026-11-05T10:00:00Z', 'REG-1')], now }))).toBeUndefined();
    const muchLater = new Date('2027-06-01T00:00:00Z');
    expect(checkWindow(withOverrides, facts({ items: [delivered('2026-11-05T10:00:00Z')], now: muchLater }))?.code).toBe('outside_window');
    expect(checkWindow(withOverrides, facts({ reason: { id: 3, uuid: 'u' }, items: [delivered('2026-11-05T10:00:00Z')], now: muchLater }))).toBeUndefined();
  });

  it('refuses when any claimed item is out of its window, naming the earliest end', () => {
    const mixed: Policy = { windows: { return: { days_after_delivery: 10 } } };
    const refusal = checkWindow(mixed, facts({ items: [delivered('2026-11-20T10:00:00Z'), delivered('2026-11-01T10:00:00Z')], now: new Date('2026-11-25T00:00:00Z') }));
    expect(refusal).toEqual({ code: 'outside_window', kind: 'return', windowEndedAt: '2026-11-12T00:00:00.000Z' });
  });

  it('keeps the window open for an item not delivered yet', () => {
    const shipped: WindowItem = { sku: 'S', fulfillmentStatus: 'shipped', shippedAt: new Date('2026-01-01T00:00:00Z'), deliveredAt: null };
    expect(checkWindow({ windows: { return: { days_after_delivery: 1 } } }, facts({ items: [shipped], now: new Date('2027-01-01T00:00:00Z') }))).toBeUndefined();
  });
});

describe('cancellation and incident windows', () => {
  it('allows a cancellation until exactly N hours after the order', () => {
    const policy: Policy = { windows: { cancellation: { hours_after_order: 2 } } };
    const placed = new Date('2026-11-01T10:00:00Z');
    expect(checkWindow(policy, facts({ kind: 'cancellation', orderPlacedAt: placed, now: new Date('2026-11-01T11:59:59.999Z') }))).toBeUndefined();
    expect(checkWindow(policy, facts({ kind: 'cancellation', orderPlacedAt: placed, now: new Date('2026-11-01T12:00:00Z') })))
      .toEqual({ code: 'outside_window', kind: 'cancellation', windowEndedAt: '2026-11-01T12:00:00.000Z' });
  });

  it('counts incidents from the expected delivery: the delivery, or the order plus the expected days', () => {
    const policy: Policy = { windows: { incident: { days_after_expected_delivery: 3, expected_delivery_days: 5 } } };
    const notDelivered: WindowItem = { sku: 'S', fulfillmentStatus: 'shipped', shippedAt: null, deliveredAt: null };
    // Ordered 1 Nov 10:00 UTC, expected 6 Nov, window through 9 Nov.
    expect(checkWindow(policy, facts({ kind: 'incident', items: [notDelivered], now: new Date('2026-11-09T23:59:59Z') }))).toBeUndefined();
    expect(checkWindow(policy, facts({ kind: 'incident', items: [notDelivered], now: new Date('2026-11-10T00:00:00Z') }))?.code).toBe('outside_window');
    expect(checkWindow(policy, facts({ kind: 'incident', items: [delivered('2026-11-20T08:00:00Z')], now: new Date('2026-11-23T12:00:00Z') }))).toBeUndefined();
  });

  it('sets no window for a kind the policy does not mention', () => {
    expect(checkWindow({ windows: { return: { days_after_delivery: 1 } } }, facts({ kind: 'cancellation', now: new Date('2030-01-01T00:00:00Z') }))).toBeUndefined();
  });
});

describe('requirements', () => {
  const policy: Policy = {
    requirements: [
      { kinds: ['incident'], description: true, min_photos: 2 },
      { reasons: [9], receipt: true },
    ],
  };
  const base = { kind: 'incident' as const, reason: null, description: 'Box crushed', photos: 2, receipts: 0 };

  it('accepts a claim that brings what its kind and reason need', () => {
    expect(checkRequirements(policy, base)).toBeUndefined();
  });

  it('refuses a missing description, too few photos or a missing receipt, naming the requirement', () => {
    expect(checkRequirements(policy, { ...base, description: '  ' })).toMatchObject({ code: 'requirement_unmet', requirement: 'description' });
    expect(checkRequirements(policy, { ...base, photos: 1 })).toMatchObject({ code: 'requirement_unmet', requirement: 'photos', message: 'this request needs at least 2 photos (1 given)' });
    expect(checkRequirements(policy, { ...base, kind: 'return', reason: { id: 9, uuid: 'u' } })).toMatchObject({ code: 'requirement_unmet', requirement: 'receipt' });
  });

  it('asks nothing of claims the requirement does not name', () => {
    expect(checkRequirements(policy, { ...base, kind: 'return', description: null, photos: 0 })).toBeUndefined();
  });
});

describe('what a customer may still claim of an item, before choosing a reason', () => {
  const item = (overrides: Partial<WindowItem & { quantity: number; claimedQuantity: number }> = {}) => ({
    id: 1, quantity: 2, claimedQuantity: 0, sku: 'REG-1', fulfillmentStatus: 'delivered' as const, shippedAt: null, deliveredAt: new Date('2026-11-05T10:00:00Z'), ...overrides,
  });
  const policy: Policy = { windows: { return: { days_after_delivery: 14, overrides: [{ reasons: [3], days_after_delivery: 30 }] } } };
  const at = (now: string, reasons = [{ id: 3, uuid: 'r3' }]) => ({ orderPlacedAt: new Date('2026-11-01T10:00:00Z'), reasons, now: new Date(now) });

  it('is claimable until the latest end any reason gives it, and says when the window closed for every reason', () => {
    expect(itemEligibility(policy, 'return', item(), at('2026-11-25T00:00:00Z')))
      .toEqual({ claimable: 2, until: new Date('2026-12-06T00:00:00Z'), because: null });
    // Without the reason that lengthens it, the window closed on the 20th.
    expect(itemEligibility(policy, 'return', item(), at('2026-11-25T00:00:00Z', [])))
      .toEqual({ claimable: 0, until: new Date('2026-11-20T00:00:00Z'), because: 'window_closed' });
    // The exact edge: claimable up to the last instant, not from the end on.
    expect(itemEligibility(policy, 'return', item(), at('2026-12-05T23:59:59.999Z')).claimable).toBe(2);
    expect(itemEligibility(policy, 'return', item(), at('2026-12-06T00:00:00Z')).because).toBe('window_closed');
  });

  it('says why not: not shipped, already shipped, already claimed; and sets no end when the policy or the delivery sets none', () => {
    expect(itemEligibility(policy, 'return', item({ fulfillmentStatus: 'unfulfilled', deliveredAt: null }), at('2026-11-06T00:00:00Z')))
      .toEqual({ claimable: 0, until: null, because: 'not_shipped' });
    expect(itemEligibility(policy, 'cancellation', item(), at('2026-11-06T00:00:00Z')).because).toBe('already_shipped');
    expect(itemEligibility(policy, 'return', item({ claimedQuantity: 2 }), at('2026-11-06T00:00:00Z')).because).toBe('all_claimed');
    expect(itemEligibility(policy, 'return', item({ claimedQuantity: 1 }), at('2026-11-06T00:00:00Z')).claimable).toBe(1);
    expect(itemEligibility(undefined, 'return', item(), at('2027-11-06T00:00:00Z'))).toEqual({ claimable: 2, until: null, because: null });
    expect(itemEligibility(policy, 'return', item({ fulfillmentStatus: 'shipped', deliveredAt: null }), at('2027-11-06T00:00:00Z')).until).toBeNull();
  });
});
