import { describe, expect, it } from 'vitest';
import { serviceLevelDue } from '../../src/domain/policy/deadlines.js';
import { FASHION_POLICY } from '../../src/domain/policy/examples.js';

// The queue's "due" column: the next service level of an undecided claim, as its timers count it.

const filed = new Date('2026-12-01T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the service level a claim is due for', () => {
  it('is the first response until the merchant answers, then the resolution', () => {
    expect(serviceLevelDue(FASHION_POLICY, { kind: 'return', status: 'new', createdAt: filed, answered: false }, at('2026-12-01T10:00:00Z')))
      .toEqual({ level: 'first_response', dueAt: at('2026-12-02T08:00:00Z'), overdue: false });
    expect(serviceLevelDue(FASHION_POLICY, { kind: 'return', status: 'open', createdAt: filed, answered: true }, at('2026-12-01T10:00:00Z')))
      .toEqual({ level: 'resolution', dueAt: at('2026-12-06T08:00:00Z'), overdue: false });
  });

  it('is overdue from the moment it is due', () => {
    expect(serviceLevelDue(FASHION_POLICY, { kind: 'cancellation', status: 'new', createdAt: filed, answered: false }, at('2026-12-01T12:00:00Z'))?.overdue).toBe(true);
    expect(serviceLevelDue(FASHION_POLICY, { kind: 'cancellation', status: 'new', createdAt: filed, answered: false }, at('2026-12-01T11:59:59Z'))?.overdue).toBe(false);
  });

  it('is nothing for a decided claim or a policy without service levels', () => {
    expect(serviceLevelDue(FASHION_POLICY, { kind: 'return', status: 'approved', createdAt: filed, answered: false }, filed)).toBeUndefined();
    expect(serviceLevelDue({}, { kind: 'return', status: 'new', createdAt: filed, answered: false }, filed)).toBeUndefined();
  });
});
