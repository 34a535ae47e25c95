import { describe, expect, it } from 'vitest';
import { FASHION_POLICY } from '../../src/domain/policy/examples.js';
import { policySentences } from '../../src/domain/policy/sentences.js';

// The policy read aloud, as the console's Policy settings show it.

describe('a policy in plain sentences', () => {
  it('says when claims may be filed, what they need, how soon the store answers, and each rule in order', () => {
    const sentences = policySentences(FASHION_POLICY);
    expect(sentences).toContain('Items can be cancelled until they ship, and at most 24 hours after the order.');
    expect(sentences).toContain('Items can be returned for 30 days after delivery (each day ends at midnight, Europe/Berlin).');
    expect(sentences).toContain('Items of SKUs SALE-* cannot be returned after the day of delivery.');
    expect(sentences).toContain('An incident claim needs a description and 1 photo.');
    expect(sentences).toContain('A return gets a first answer within 24 hours and a decision within 120 hours of filing.');
    expect(sentences).toContain('A claim waiting on the customer closes after 7 days, with a reminder 2 days before.');
    const rules = sentences.filter((sentence) => sentence.includes('(rule '));
    expect(rules.map((sentence) => /\(rule ([^ )]+)/.exec(sentence)?.[1])).toEqual(FASHION_POLICY.rules?.map((rule) => rule.id));
    expect(rules[0]).toBe("When the number of the customer's other claims is at least 5 in the last 90 days: flag it serial_returner, then put it in the risk queue (rule serial-returner — Five or more claims in 90 days: a person looks first).");
    expect(sentences.at(-1)).toBe('Rules are tried in this order; a claim no rule decides waits for an agent.');
  });

  it('says when the store switches the withdrawal function off', () => {
    expect(policySentences({ eu_withdrawal: false })).toContain("The portal offers no EU withdrawal function (the store is outside the EU's consumer law).");
    expect(policySentences({ eu_withdrawal: true }).join(' ')).not.toContain('withdrawal');
  });

  it('says what an empty policy means rather than nothing', () => {
    expect(policySentences({})).toEqual(['Claims can be filed at any time: the policy sets no windows.', 'No rules: every claim waits for an agent.']);
  });

  it('reads every action and condition', () => {
    const [sentence] = policySentences({
      rules: [{
        id: 'r', when: { kinds: ['incident'], reasons: [3, 'abc'], incident_types: ['missing_item'], currencies: ['EUR', 'TRY'], claimed_amount: { min: 100, max: 900 }, sku_any: ['A-*'], order_age_days: { max: 30 } },
        then: [{ type: 'reject', reason: 'Too late' }, { type: 'approve' }],
      }],
    }).filter((line) => line.includes('(rule'));
    expect(sentence).toBe('When the claim is an incident and its reason is 3 or abc and the incident is missing item and the order is in EUR or TRY and the claimed amount is between 100 (minor units) and 900 (minor units) and a claimed SKU matches A-* and the order\'s age is at most 30 days: reject it ("Too late"), then approve it (rule r).');
  });
});
