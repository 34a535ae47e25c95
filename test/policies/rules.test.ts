import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyRule } from '../../src/domain/policy/document.js';
import { customerWindows, evaluateRules, type RuleFacts } from '../../src/domain/policy/rules.js';
import { matchesSku } from '../../src/domain/policy/sku-pattern.js';

// The rule evaluator, pure: each condition on its own, each action, and the order of rules.

const NOW = new Date('2026-12-01T12:00:00Z');

function facts(overrides: Partial<RuleFacts> = {}): RuleFacts {
  return {
    kind: 'return', reason: { id: 7, uuid: '0b6e6f6a-1111-4222-8333-444455556666' }, incidentType: null, currency: 'EUR',
    claimedAmountMinor: 4000, skus: ['TSHIRT-RED-M'], orderPlacedAt: new Date('2026-11-21T12:00:00Z'), now: NOW,
    customerHistory: new Map([[30, { claims: 2, refundedMinor: 15_000 }]]), ...overrides,
  };
}

const approveWhen = (when: PolicyRule['when']): PolicyRule[] => [{ id: 'r', when, then: [{ type: 'approve' }] }];
const decides = (when: PolicyRule['when'], given: Partial<RuleFacts> = {}) => evaluateRules(approveWhen(when), facts(given)).decision !== undefined;

describe('rule conditions', () => {
  it('a rule without conditions always matches', () => expect(decides(undefined)).toBe(true));

  it('matches on kind', () => {
    expect(decides({ kinds: ['return'] })).toBe(true);
    expect(decides({ kinds: ['cancellation', 'incident'] })).toBe(false);
  });

  it('matches on reason by id or uuid, and never for a claim without reason', () => {
    expect(decides({ reasons: [7] })).toBe(true);
    expect(decides({ reasons: ['0B6E6F6A-1111-4222-8333-444455556666'] })).toBe(true);
    expect(decides({ reasons: [8] })).toBe(false);
    expect(decides({ reasons: [7] }, { reason: null })).toBe(false);
  });

  it('matches on incident type', () => {
    expect(decides({ incident_types: ['damaged'] }, { kind: 'incident', incidentType: 'damaged' })).toBe(true);
    expect(decides({ incident_types: ['stolen'] }, { kind: 'incident', incidentType: 'damaged' })).toBe(false);
    expect(decides({ incident_types: ['damaged'] })).toBe(false);
  });

  it('matches on currency', () => {
    expect(decides({ currencies: ['EUR'] })).toBe(true);
    expect(decides({ currencies: ['TRY'] })).toBe(false);
  });

  it('matches the claimed amount with both ends inclusive', () => {
    expect(decides({ claimed_amount: { max: 4000 } })).toBe(true);
    expect(decides({ claimed_amount: { max: 3999 } })).toBe(false);
    expect(decides({ claimed_amount: { min: 4000 } })).toBe(true);
    expect(decides({ claimed_amount: { min: 4001 } })).toBe(false);
  });

  it('matches SKU patterns: every item for sku_all, one item for sku_any', () => {
    const skus = ['TSHIRT-RED-M', 'MUG-1'];
    expect(decides({ sku_all: ['TSHIRT-*'] }, { skus })).toBe(false);
    expect(decides({ sku_all: ['TSHIRT-*', 'MUG-?'] }, { skus })).toBe(true);
    expect(decides({ sku_any: ['MUG-*'] }, { skus })).toBe(true);
    expect(decides({ sku_any: ['LAMP-*'] }, { skus })).toBe(false);
    expect(decides({ sku_all: ['*'] }, { skus: [] })).toBe(false);
  });

  it('reads SKU patterns literally apart from * and ?', () => {
    expect(matchesSku('A.B*', 'A.B-1')).toBe(true);
    expect(matchesSku('A.B*', 'AxB-1')).toBe(false);
    expect(matchesSku('*-RED-?', 'TSHIRT-RED-M')).toBe(true);
    expect(matchesSku('*-RED-?', 'TSHIRT-RED-XL')).toBe(false);
    expect(matchesSku('tshirt*', 'TSHIRT')).toBe(false);
    expect(matchesSku('**a**b', 'xxaYYb')).toBe(true);
  });

  it('matches the order age in days, exactly at its edges', () => {
    expect(decides({ order_age_days: { max: 10 } })).toBe(true); // exactly 10 days old
    expect(decides({ order_age_days: { max: 10 } }, { now: new Date(NOW.getTime() + 1) })).toBe(false);
    expect(decides({ order_age_days: { min: 10 } })).toBe(true);
    expect(decides({ order_age_days: { min: 10 } }, { now: new Date(NOW.getTime() - 1) })).toBe(false);
  });

  it("matches the customer's claims and refunded amount in the window", () => {
    expect(decides({ customer: { within_days: 30, claims: { max: 2 } } })).toBe(true);
    expect(decides({ customer: { within_days: 30, claims: { max: 1 } } })).toBe(false);
    expect(decides({ customer: { within_days: 30, refunded_amount: { min: 15_000 } } })).toBe(true);
    expect(decides({ customer: { within_days: 30, refunded_amount: { min: 15_001 } } })).toBe(false);
  });

  it('needs every condition of a rule', () => {
    expect(decides({ kinds: ['return'], claimed_amount: { max: 100 } })).toBe(false);
  });

  it('names the customer windows a policy needs, once each', () => {
    expect(customerWindows({ rules: [
      { id: 'a', when: { customer: { within_days: 30 } }, then: [{ type: 'approve' }] },
      { id: 'b', when: { customer: { within_days: 30 } }, then: [{ type: 'approve' }] },
      { id: 'c', when: { customer: { within_days: 90 } }, then: [{ type: 'approve' }] },
    ] })).toEqual([30, 90]);
  });
});

describe('rule actions and order', () => {
  it('reports each decisive action with its rule', () => {
    expect(evaluateRules([{ id: 'a', then: [{ type: 'approve' }] }], facts()).decision).toEqual({ ruleId: 'a', action: 'approve' });
    expect(evaluateRules([{ id: 'b', then: [{ type: 'approve_and_refund' }] }], facts()).decision).toEqual({ ruleId: 'b', action: 'approve_and_refund' });
    expect(evaluateRules([{ id: 'c', then: [{ type: 'reject', reason: 'final sale' }] }], facts()).decision)
      .toEqual({ ruleId: 'c', action: 'reject', reason: 'final sale' });
  });

  it('the first deciding rule wins and stops the evaluation', () => {
    const evaluation = evaluateRules([
      { id: 'no-match', when: { kinds: ['incident'] }, then: [{ type: 'reject', reason: 'x' }] },
      { id: 'first', when: { kinds: ['return'] }, then: [{ type: 'approve' }] },
      { id: 'later', then: [{ type: 'reject', reason: 'never reached' }, { type: 'flag', tag: 'never' }] },
    ], facts());
    expect(evaluation.decision?.ruleId).toBe('first');
    expect(evaluation.matched).toEqual(['first']);
    expect(evaluation.flags).toEqual([]);
  });

  it('flags and assignments before the decision accumulate; the first queue wins', () => {
    const evaluation = evaluateRules([
      { id: 'risk', then: [{ type: 'flag', tag: 'risky' }, { type: 'assign', queue: 'risk' }] },
      { id: 'big', then: [{ type: 'flag', tag: 'big' }, { type: 'assign', queue: 'senior' }] },
      { id: 'decide', then: [{ type: 'approve' }] },
    ], facts());
    expect(evaluation.flags).toEqual([{ tag: 'risky', ruleId: 'risk' }, { tag: 'big', ruleId: 'big' }]);
    expect(evaluation.queue).toEqual({ queue: 'risk', ruleId: 'risk' });
    expect(evaluation.decision?.ruleId).toBe('decide');
    expect(evaluation.matched).toEqual(['risk', 'big', 'decide']);
  });

  it('decides nothing when no deciding rule matches', () => {
    const evaluation = evaluateRules([{ id: 'f', then: [{ type: 'flag', tag: 't' }] }], facts());
    expect(evaluation.decision).toBeUndefined();
    expect(evaluation.flags).toHaveLength(1);
  });
});

describe('SKU patterns', () => {
  // The reference: the pattern as an anchored regular expression (slow on hostile input, fine here).
  const reference = (pattern: string, sku: string) => new RegExp(`^${[...pattern].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's').test(sku);
  const word = (alphabet: string[], max: number) => fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((chars) => chars.join(''));

  it('match exactly what the glob means, with any mix of * and ? and patterns longer than one word of state', () => {
    fc.assert(fc.property(word(['a', 'b', '*', '?'], 40), word(['a', 'b'], 40), (pattern, sku) => matchesSku(pattern, sku) === reference(pattern, sku)), { numRuns: 5000 });
    fc.assert(fc.property(word(['a', 'é', '-', '*', '?'], 100), word(['a', 'é', '-'], 100), (pattern, sku) => matchesSku(pattern, sku) === reference(pattern, sku)), { numRuns: 2000 });
  });
});
