// The worst policy the budget accepts (src/domain/policy/document.ts, POLICY_BUDGET),
// evaluated for the worst claim: 500 lines with distinct 100-character SKUs that no rule
// matches, so every rule runs every condition over every line. Reports the time one claim's
// evaluation takes (rules and return window, as filing a claim runs them). Not a test: run
// `npx tsx bench/policy.ts`; docs/benchmarks.md records the figure (target: under 10 ms).
import { performance } from 'node:perf_hooks';
import { checkPolicy, POLICY_BUDGET, type Policy, type PolicyRule } from '../src/domain/policy/document.js';
import { evaluateRules, type RuleFacts } from '../src/domain/policy/rules.js';
import { windowEnd, type WindowItem } from '../src/domain/policy/windows.js';

const RULES = 200;
const LINES = 500;
const perRule = (total: number, index: number) => Math.floor(total / RULES) + (index < total % RULES ? 1 : 0);

// The costliest patterns of each kind: a complex one of 100 characters (a leading `*` keeps
// the automaton alive over the whole SKU, 98 `?` fill four words of state, the last literal
// never matches); `*…*` searches of 98 characters that never match; 100-character plain SKUs.
const complexPattern = (index: number) => `*${'?'.repeat(98)}${String.fromCharCode(0x100 + index)}`;
const containsPattern = (index: number) => `*${`NOWHERE-${index}-`.padEnd(98, 'q')}*`;
const plainPattern = (index: number) => `PLAIN-${index}-`.padEnd(100, 'p');

let complexLeft = POLICY_BUDGET.complexPatterns;
const rules: PolicyRule[] = Array.from({ length: RULES }, (_, index) => {
  const complex = complexLeft > 0 ? 1 : 0;
  complexLeft -= complex;
  const searches = perRule(POLICY_BUDGET.wildcardPatterns - POLICY_BUDGET.complexPatterns, index);
  const plain = perRule(POLICY_BUDGET.skuPatterns - POLICY_BUDGET.wildcardPatterns, index);
  return {
    id: `rule-${index}`,
    when: {
      kinds: ['return'],
      currencies: ['EUR'],
      claimed_amount: { min: 0 },
      sku_any: [
        ...Array.from({ length: plain }, (_, sku) => plainPattern(index * 100 + sku)),
        ...Array.from({ length: searches }, (_, sku) => containsPattern(index * 100 + sku)),
        ...Array.from({ length: complex }, () => complexPattern(index)),
      ],
    },
    then: [{ type: 'flag', tag: `tag-${index}` }],
  };
});
const refsPerRule = Math.floor(POLICY_BUDGET.reasonRefs / RULES);
// The claim's reason (id 1) comes last in every rule's references, so each rule reads them all
// and then goes on to its SKU patterns.
const policy: Policy = {
  windows: { return: { days_after_delivery: 30 } },
  rules: rules.map((rule, index) => ({
    ...rule,
    when: { ...rule.when, reasons: [...Array.from({ length: refsPerRule - 1 }, (_, ref) => 100_000 + index * refsPerRule + ref), 1] },
  })),
};
const issues = checkPolicy(policy);
if (issues.length > 0) throw new Error(`the benchmark's policy is not accepted: ${JSON.stringify(issues[0])}`);

const now = new Date('2026-12-01T12:00:00Z');
const skus = Array.from({ length: LINES }, (_, index) => `SKU-${index}-`.padEnd(100, 'abcdefghij'[index % 10]));
const items: WindowItem[] = skus.map((sku) => ({ sku, fulfillmentStatus: 'delivered', shippedAt: now, deliveredAt: now }));
const facts: RuleFacts = {
  kind: 'return', reason: { id: 1, uuid: '00000000-0000-4000-8000-000000000001' } as RuleFacts['reason'], incidentType: null, currency: 'EUR',
  claimedAmountMinor: 100_000, skus, orderPlacedAt: new Date('2026-11-20T12:00:00Z'), now, customerHistory: new Map(),
};

function evaluateOnce(): number {
  const started = performance.now();
  const evaluation = evaluateRules(policy.rules ?? [], facts);
  windowEnd(policy, { kind: 'return', reason: facts.reason, orderPlacedAt: facts.orderPlacedAt, items, now });
  const elapsed = performance.now() - started;
  if (evaluation.matched.length > 0) throw new Error('the benchmark claim must match no rule');
  return elapsed;
}

for (let run = 0; run < 20; run += 1) evaluateOnce();
const RUNS = 200;
const cpuBefore = process.cpuUsage();
const times = Array.from({ length: RUNS }, evaluateOnce).sort((a, b) => a - b);
const cpu = process.cpuUsage(cpuBefore);
// On a busy machine wall time counts the time other processes held the core; CPU time does not.
const cpuPerClaimMs = (cpu.user + cpu.system) / 1000 / RUNS;
const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!.toFixed(2);
const bytes = new TextEncoder().encode(JSON.stringify(policy)).length;
console.log(`worst accepted policy: ${RULES} rules, ${POLICY_BUDGET.skuPatterns} SKU patterns of 100 characters (${POLICY_BUDGET.wildcardPatterns} with wildcards, ${POLICY_BUDGET.complexPatterns} of them complex), ${RULES * refsPerRule} reason references, ${bytes} bytes`);
console.log(`claim: ${LINES} lines with distinct 100-character SKUs, matching no rule`);
console.log(`evaluation per claim: ${cpuPerClaimMs.toFixed(2)} ms of CPU on average; wall time median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${times[times.length - 1]!.toFixed(2)} ms (${RUNS} runs)`);
