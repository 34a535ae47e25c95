import { describe, expect, it } from 'vitest';
import { buildDemo, pathTo } from '../../src/cli/seed.js';
import { createCore } from '../../src/core/core.js';
import { CLAIM_STATUSES } from '../../src/domain/claim/status.js';
import { checkClaimTransition } from '../../src/domain/claim/transitions.js';
import { openTestDatabase } from '../support/databases.js';

describe('recourse seed --demo', () => {
  it('finds a legal path from new to every status', () => {
    for (const target of CLAIM_STATUSES.filter((status) => status !== 'new')) {
      const path = pathTo(target);
      expect(path.at(-1)).toBe(target);
      ['new', ...path].slice(0, -1).forEach((from, index) => expect(checkClaimTransition(from as never, path[index] as never)).toBeUndefined());
    }
  });

  it('builds a store with orders, bilingual reasons, and claims in every state with messages and refunds', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const result = await buildDemo(createCore(database.db), 80, () => undefined);
      expect(result.claimCount).toBe(40);
      const statuses = await database.db.selectFrom('claims').select('status').distinct().execute();
      expect(statuses.map((row) => row.status).sort()).toEqual([...CLAIM_STATUSES].sort());
      const reasons = await database.db.selectFrom('reasons').select('translations').execute();
      expect(reasons.every((row) => Object.keys(row.translations).sort().join() === 'en-us,tr-tr')).toBe(true);
      const messages = await database.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(messages.n)).toBeGreaterThanOrEqual(40);
      const issued = await database.db.selectFrom('refunds').select('status').where('status', '=', 'issued').execute();
      expect(issued.length).toBeGreaterThan(0);
    } finally {
      await database.dispose();
    }
  });
});
