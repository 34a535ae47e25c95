import { describe, expect, it } from 'vitest';
import { groupOf, QUEUE_GROUP_NAMES, QUEUE_GROUPS } from '../../src/domain/claim/queue-groups.js';
import { CLAIM_STATUSES, isUndecided } from '../../src/domain/claim/status.js';

describe('the queue groups', () => {
  it('put every status in exactly one group', () => {
    const listed = QUEUE_GROUP_NAMES.flatMap((group) => [...QUEUE_GROUPS[group]]);
    expect([...listed].sort()).toEqual([...CLAIM_STATUSES].sort());
    for (const status of CLAIM_STATUSES) expect(QUEUE_GROUPS[groupOf(status)]).toContain(status);
  });

  it('call every undecided claim not waiting on the customer one that needs action', () => {
    for (const status of CLAIM_STATUSES) {
      const waiting = groupOf(status) === 'waiting_on_customer';
      expect(groupOf(status) === 'needs_action', status).toBe(isUndecided(status) && !waiting);
    }
  });
});
