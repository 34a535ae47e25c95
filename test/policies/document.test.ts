import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/seed.js';
import { createCore } from '../../src/core/core.js';
import { findCurrentPolicy } from '../../src/store/policies.js';
import { checkPolicy, PolicyDocument } from '../../src/domain/policy/document.js';
import { ELECTRONICS_POLICY, FASHION_POLICY, MARKETPLACE_POLICY } from '../../src/domain/policy/examples.js';
import { openTestDatabase } from '../support/databases.js';

// The documented examples are the ones in code, and they are valid policies.

describe('the policy document', () => {
  const examples = [FASHION_POLICY, ELECTRONICS_POLICY, MARKETPLACE_POLICY];

  it('accepts the three examples, by schema and by the checks a schema cannot make', () => {
    const validate = new Ajv({ strict: false }).compile(PolicyDocument);
    for (const example of examples) {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      expect(checkPolicy(example)).toEqual([]);
    }
  });

  it('documents exactly these examples in docs/policies.md', async () => {
    const doc = await readFile(new URL('../../docs/policies.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/## Three examples[\s\S]*/g)].flatMap((match) => [...match[0].matchAll(/```json\n([\s\S]*?)```/g)].map((block) => JSON.parse(block[1] ?? '')));
    expect(blocks).toEqual(examples);
  });

  it('names what a schema cannot check', () => {
    expect(checkPolicy({
      time_zone: 'Nowhere/City',
      rules: [
        { id: 'a', then: [{ type: 'approve' }, { type: 'reject', reason: 'x' }] },
        { id: 'a', when: { claimed_amount: { min: 10, max: 5 } }, then: [{ type: 'flag', tag: 't' }] },
      ],
      deadlines: { waiting_on_customer: { close_after_days: 2, remind_before_days: 2 } },
    }).map((issue) => issue.path)).toEqual([
      '/time_zone', '/rules/0/then', '/rules/1/id', '/rules/1/when/claimed_amount', '/deadlines/waiting_on_customer/remind_before_days',
    ]);
  });
});

describe('recourse seed --demo', () => {
  it('installs the fashion example as the demo store\'s policy', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const result = await buildDemo(createCore(database.db), 10, () => undefined);
      const policy = await findCurrentPolicy(database.db, result.storeId);
      expect(policy).toMatchObject({ version: 1, document: FASHION_POLICY });
    } finally {
      await database.dispose();
    }
  });
});
