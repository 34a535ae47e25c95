import { describe, expect, it } from 'vitest';
import type { ClaimDetails } from '../../../src/core/claims/details.js';
import { pageNumberOf, parseClaimQuery, parseReasonQuery, toScClaim } from '../../../src/dialects/seller-center/map.js';
import { languageOf, localise, ScInvalidPage, ScQueryError, text } from '../../../src/dialects/seller-center/messages.js';

// The pure half of the door: query strings into core filters, claims into the document's shape.

describe('reading a Seller Center claims query', () => {
  it('defaults to page 1 of 10 cancellations and returns', () => {
    expect(parseClaimQuery({})).toEqual({ page: 1, size: 10, filter: { kinds: ['cancellation', 'return'], statusMatches: undefined, filedBy: undefined, createdAt: undefined, updatedAt: undefined } });
  });

  it('caps limit at 100', () => {
    expect(parseClaimQuery({ limit: '1000' }).size).toBe(100);
    expect(parseClaimQuery({ limit: '100' }).size).toBe(100);
    expect(parseReasonQuery({ limit: '101' }).size).toBe(100);
  });

  it('maps type and cancelled_by onto kinds and who filed', () => {
    expect(parseClaimQuery({ type: 'cancel', cancelled_by: '1' }).filter).toMatchObject({ kinds: ['cancellation'], filedBy: ['customer'] });
    expect(parseClaimQuery({ type: 'refund', cancelled_by: '2' }).filter).toMatchObject({ kinds: ['return'], filedBy: ['merchant', 'admin', 'automatic'] });
  });

  it('turns status filters into canonical status matches, and contradictory ones into nothing', () => {
    expect(parseClaimQuery({ status: 'waiting' }).filter?.statusMatches).toEqual([{ status: 'waiting_on_merchant' }]);
    expect(parseClaimQuery({ status__in: 'waiting,approved' }).filter?.statusMatches).toEqual([
      { status: 'waiting_on_merchant' }, { status: 'confirmed' }, { status: 'approved' }, { status: 'in_return_transit' }, { status: 'received' },
    ]);
    expect(parseClaimQuery({ status: 'open', status__in: 'waiting' }).filter).toBeUndefined();
  });

  it('reads the date filters as exact value and inclusive bounds', () => {
    expect(parseClaimQuery({ created_at__gte: '2025-08-29T20:42:54.404Z', updated_at: '2025-08-29T20:42:54+03:00' }).filter).toMatchObject({
      createdAt: { gte: new Date('2025-08-29T20:42:54.404Z') },
      updatedAt: { eq: new Date('2025-08-29T17:42:54Z') },
    });
  });

  it('takes the first of a repeated parameter', () => {
    expect(parseClaimQuery({ type: ['cancel', 'refund'] }).filter?.kinds).toEqual(['cancellation']);
  });

  it('reports malformed filters before a malformed page', () => {
    expect(() => parseClaimQuery({ status: 'nope', page: 'x' })).toThrow(ScQueryError);
    expect(() => parseClaimQuery({ page: 'x' })).toThrow(ScInvalidPage);
    expect(parseClaimQuery({ page: 'last' }).page).toBe('last');
  });
});

describe('choosing the page to serve', () => {
  it('serves page 1 of nothing, the last page on `last`, and refuses past the end', () => {
    expect(pageNumberOf(1, 0, 10)).toBe(1);
    expect(pageNumberOf('last', 0, 10)).toBe(1);
    expect(pageNumberOf('last', 21, 10)).toBe(3);
    expect(pageNumberOf(3, 21, 10)).toBe(3);
    expect(() => pageNumberOf(4, 21, 10)).toThrow(ScInvalidPage);
    expect(() => pageNumberOf(2, 0, 10)).toThrow(ScInvalidPage);
  });
});

describe('showing a claim', () => {
  const at = new Date('2025-08-29T20:42:54.404Z');
  const bare = {
    uuid: 'f3909f53-a535-40cc-8d50-de0cd047aedd', kind: 'return', status: 'closed', decision: 'approved', description: null,
    reason: null, lines: [], returnShipment: null, order: { number: 'O-1' }, createdAt: at, updatedAt: at,
  } as unknown as ClaimDetails;

  it('shows null for what a claim without lines, reason or parcel lacks, and a closed approved claim as completed', () => {
    expect(toScClaim(bare, [])).toEqual({
      id: bare.uuid, package_item: null, product: null, reason: null, detail: null, return_code: null,
      return_tracking_number: null, return_tracking_url: null, type: 'refund', status: 'completed',
      updated_at: '2025-08-29T20:42:54.404Z', created_at: '2025-08-29T20:42:54.404Z',
    });
  });

  it('refuses to show an incident claim: that would be a bug upstream', () => {
    expect(() => toScClaim({ ...bare, kind: 'incident' }, [])).toThrow(/incident/);
  });
});

describe('speaking the client language', () => {
  it('picks the first language it speaks from Accept-Language, else English', () => {
    expect(languageOf('tr-TR,en;q=0.5')).toBe('tr');
    expect(languageOf('de, en-GB;q=0.8, tr;q=0.5')).toBe('en');
    expect(languageOf('de')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('fills placeholders and falls back to English for texts it has no translation of', () => {
    expect(localise(text('Ensure this field has no more than {limit} characters.', { limit: 255 }), 'tr')).toBe('Bu alanın 255 karakterden uzun olmadığından emin olun.');
    expect(localise(text('Something new.'), 'tr')).toBe('Something new.');
  });
});
