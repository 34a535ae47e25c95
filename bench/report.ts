import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Turns a run into bench/results/results.json (everything) and bench/RESULTS.md (the tables
// a reader compares). Written after every step, so an interrupted run still leaves numbers.

export interface Measurement {
  requests: number;
  rps: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  max_ms: number;
  errors: number;
  non_2xx: number;
  bytes_per_response: number;
  peak_memory_mib: number | null;
  /** The server process's CPU time (user + system) during the run, per request: Node's share, not PostgreSQL's. */
  node_cpu_ms_per_request?: number;
  rounds?: number[];
  /** Each round's p99, in the order of `rounds`. */
  rounds_p99_ms?: number[];
}

export interface ScenarioResult {
  name: string;
  page?: number;
  targets: Record<string, Measurement>;
  /** Reads: 'equal' when Recourse and the reference answered the same bytes before the load, else where they differ. */
  bodies?: string;
}

export interface StepTimings {
  claims: number;
  store_1_claims?: number;
  generate_ms?: number;
  generate_by_table_ms?: Record<string, number>;
  fresh_orders_ms?: number;
  analyze_ms?: number;
  sql_ms?: Record<string, number>;
  scenarios?: ScenarioResult[];
  notes?: string[];
}

export interface Report {
  kind: 'quick' | 'full';
  started_at: string;
  finished_at?: string;
  command: string;
  /** Said under the title: how the run differs from a full one on a quiet machine. */
  note?: string;
  machine: string;
  settings: { duration_s: number; connections: number; pglite_connections: number; rounds: number; wrk_threads: number; sizes: number[]; pglite_size: number };
  dialects: { available: string[]; missing: string[] };
  postgres: { migration_ms?: number; steps: StepTimings[] };
  pglite: { migration_ms?: number; steps: StepTimings[] };
}

const count = (value: number) => value.toLocaleString('en-US');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)] as number : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Recourse ÷ the other server's req/s: the median of the rounds' ratios when both ran the
 * same rounds (each round's two runs are seconds apart, so a slow minute on a shared machine
 * slows both), else the ratio of the kept rounds.
 */
export function ratioOf(recourse: Measurement, other: Measurement): number | undefined {
  const ours = recourse.rounds ?? [];
  const theirs = other.rounds ?? [];
  if (ours.length >= 2 && ours.length === theirs.length && theirs.every((rps) => rps > 0)) {
    return median(ours.map((rps, index) => rps / (theirs[index] as number)));
  }
  return other.rps === 0 ? undefined : recourse.rps / other.rps;
}

/** Recourse's p99 ÷ the other server's, the same way: the median of the rounds' ratios, else the kept rounds'. */
export function p99RatioOf(recourse: Measurement, other: Measurement): number | undefined {
  const ours = recourse.rounds_p99_ms ?? [];
  const theirs = other.rounds_p99_ms ?? [];
  if (ours.length >= 2 && ours.length === theirs.length && theirs.every((p99) => p99 > 0)) {
    return median(ours.map((p99, index) => p99 / (theirs[index] as number)));
  }
  return other.p99_ms === 0 ? undefined : recourse.p99_ms / other.p99_ms;
}

/** What a scenario's Recourse figures are compared with: the reference for reads, the baseline for writes. */
function otherOf(scenario: ScenarioResult, reference: string): { name: string; measurement: Measurement } | undefined {
  const found = scenario.targets[reference];
  if (found !== undefined) return { name: 'reference', measurement: found };
  const baseline = scenario.targets.baseline;
  return baseline === undefined ? undefined : { name: 'baseline', measurement: baseline };
}

const times = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);

function scenarioTable(scenarios: readonly ScenarioResult[], target: string, reference: string): string[] {
  const header = ['| scenario | req/s | p50 ms | p99 ms | errors | peak MiB | Node CPU ms/req | bytes/resp | against | its req/s | its p99 ms | its Node CPU ms/req | its bytes/resp | req/s ratio | p99 ratio |', '|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|'];
  const rows = scenarios.flatMap((scenario) => {
    const own = scenario.targets[target];
    if (own === undefined) return [];
    const cells: Array<string | number> = [scenario.name, count(own.rps), own.p50_ms, own.p99_ms, count(own.errors), own.peak_memory_mib ?? '?', own.node_cpu_ms_per_request ?? '–', count(own.bytes_per_response)];
    const other = otherOf(scenario, reference);
    if (other === undefined) cells.push('–', '–', '–', '–', '–', '–', '–');
    else {
      const { measurement } = other;
      cells.push(other.name, count(measurement.rps), measurement.p99_ms, measurement.node_cpu_ms_per_request ?? '–', count(measurement.bytes_per_response));
      if (scenario.bodies !== undefined && scenario.bodies !== 'equal') cells.push('bodies differ', 'bodies differ');
      else cells.push(times(ratioOf(own, measurement)), times(p99RatioOf(own, measurement)));
    }
    return [`| ${cells.join(' | ')} |`];
  });
  return [...header, ...rows];
}

/** list/get scenarios across sizes: how cost grows. */
function growthTable(steps: readonly StepTimings[], target: string): string[] {
  const names = [...new Set(steps.flatMap((step) => (step.scenarios ?? []).filter((scenario) => !/file|approve|refund a|refund$|mixed/.test(scenario.name)).map((scenario) => scenario.name.replace(/page \d+/, 'deep page'))))];
  const lines = [`| scenario | ${steps.map((step) => `${count(step.claims)} claims`).join(' | ')} |`, `|---|${steps.map(() => '--:|').join('')}`];
  for (const name of names) {
    const cells = steps.map((step) => {
      const found = (step.scenarios ?? []).find((scenario) => scenario.name.replace(/page \d+/, 'deep page') === name);
      const own = found?.targets[target];
      return own === undefined ? '–' : `${count(own.rps)} req/s, p99 ${own.p99_ms} ms`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** Recourse ÷ reference per read scenario across sizes. */
function ratioGrowthTable(steps: readonly StepTimings[], target: string, reference: string): string[] {
  const key = (scenario: ScenarioResult) => scenario.name.replace(/page \d+/, 'deep page');
  const names = [...new Set(steps.flatMap((step) => (step.scenarios ?? []).filter((scenario) => scenario.targets[reference] !== undefined).map(key)))];
  const lines = [`| scenario | ${steps.map((step) => `${count(step.claims)} claims`).join(' | ')} |`, `|---|${steps.map(() => '--:|').join('')}`];
  for (const name of names) {
    const cells = steps.map((step) => {
      const found = (step.scenarios ?? []).find((scenario) => key(scenario) === name);
      const own = found?.targets[target];
      const other = found?.targets[reference];
      if (found === undefined || own === undefined || other === undefined) return '–';
      if (found.bodies !== undefined && found.bodies !== 'equal') return 'bodies differ';
      return `${times(ratioOf(own, other))} req/s, ${times(p99RatioOf(own, other))} p99`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function timingTable(steps: readonly StepTimings[]): string[] {
  const lines = ['| step | store 1 claims | generate | fresh orders | vacuum analyze |', '|---|--:|--:|--:|--:|'];
  for (const step of steps) {
    const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
    lines.push(`| → ${count(step.claims)} claims | ${count(step.store_1_claims ?? 0)} | ${seconds(step.generate_ms)} | ${seconds(step.fresh_orders_ms)} | ${seconds(step.analyze_ms)} |`);
  }
  return lines;
}

function sqlTable(steps: readonly StepTimings[]): string[] {
  const names = [...new Set(steps.flatMap((step) => Object.keys(step.sql_ms ?? {})))];
  if (names.length === 0) return [];
  const lines = [`| query (in the database, median of 5) | ${steps.map((step) => `${count(step.claims)} claims`).join(' | ')} |`, `|---|${steps.map(() => '--:|').join('')}`];
  for (const name of names) lines.push(`| ${name} | ${steps.map((step) => (step.sql_ms?.[name] === undefined ? '–' : `${step.sql_ms[name]} ms`)).join(' | ')} |`);
  return lines;
}

/** `findings` is bench/findings.md: what limits each scenario and what was fixed, written by hand. */
export function renderMarkdown(report: Report, findings = '', rawFile = 'bench/results/results.json'): string {
  const pgSteps = report.postgres.steps;
  const largest = pgSteps.at(-1);
  const pglite = report.pglite.steps.at(-1);
  const lines: string[] = [
    '# Benchmark results',
    '',
    report.kind === 'quick'
      ? `> **Quick run** (\`${report.command}\`): short runs (${report.settings.duration_s} s each, ${report.settings.rounds} round) at small sizes, taken on ${report.started_at.slice(0, 10)} on a machine shared with other work. The numbers show the shape, not the ceiling: rerun the full benchmark for figures to quote.`
      : `> Full run (\`${report.command}\`), ${report.started_at.slice(0, 10)}.`,
    '',
    ...(report.note === undefined ? [] : [`> ${report.note}`, '']),
    `Machine: ${report.machine}. Load: wrk, ${report.settings.wrk_threads} threads, ${report.settings.connections} connections, ${report.settings.duration_s} s per run; Recourse and the server it is compared with alternate (A B, then B A), ${report.settings.rounds} round(s) each; the median round is shown, and each ratio is the median of the rounds' ratios. Reads use a merchant key of the largest store (store 1); writes send an Idempotency-Key each.`,
    '',
    'How to read it: reads are compared with the **reference** (`bench/reference/`: the fastest server we could write for the same response bytes, PostgreSQL rendering each whole page as JSON text in one prepared statement that Node writes out as it came; no auth, validation, tenancy or mapping; its bodies are checked equal to Recourse\'s before each read scenario), writes with the **baseline** (`bench/baseline/server.ts`: plain Fastify + pg, the same invariant checks in one transaction, no idempotency). **req/s ratio** is Recourse ÷ the other server\'s req/s, **p99 ratio** Recourse\'s p99 ÷ the other\'s, both in the same run. Targets (issue 25): reads ≥ 0.9× the reference\'s req/s and ≤ 1.25× its p99; deep pages as fast as page 1; writes ≥ 1,000/s on PostgreSQL.',
    '',
  ];
  if (report.dialects.missing.length > 0) lines.push(`Dialects not measured (no routes yet when this ran): ${report.dialects.missing.join(', ')}.`, '');
  if (largest !== undefined) {
    lines.push(`## PostgreSQL at ${count(largest.claims)} claims (store 1: ${count(largest.store_1_claims ?? 0)})`, '', ...scenarioTable(largest.scenarios ?? [], 'recourse', 'reference'), '');
    for (const note of largest.notes ?? []) lines.push(`- ${note}`);
    lines.push('', '## How cost grows (PostgreSQL, Recourse)', '', ...growthTable(pgSteps, 'recourse'), '', '### The reference at the same sizes', '', ...growthTable(pgSteps, 'reference'), '',
      '### Recourse ÷ reference at each size (req/s ratio, p99 ratio)', '', ...ratioGrowthTable(pgSteps, 'recourse', 'reference'), '');
    lines.push('### Queries the page-number doors depend on', '', ...sqlTable(pgSteps), '');
    lines.push('### Data generation and migration', '', `Migrations (empty database): ${report.postgres.migration_ms ?? '–'} ms.`, '', ...timingTable(pgSteps), '');
  }
  if (pglite !== undefined) {
    lines.push(`## PGlite at ${count(pglite.claims)} claims (embedded, one database connection each; ${report.settings.pglite_connections} wrk connections; the reference runs the same statements on a copy of the data folder)`, '', ...scenarioTable(pglite.scenarios ?? [], 'recourse-pglite', 'reference-pglite'), '');
    lines.push(`Migrations ${report.pglite.migration_ms ?? '–'} ms; generation ${((pglite.generate_ms ?? 0) / 1000).toFixed(1)} s; vacuum analyze ${((pglite.analyze_ms ?? 0) / 1000).toFixed(1)} s.`, '');
    lines.push(...sqlTable(report.pglite.steps), '');
  }
  if (findings.trim() !== '') lines.push(findings.trim(), '');
  lines.push(`Raw numbers (every round, every size): \`${rawFile}\`. How to rerun: \`docs/benchmarks.md\`.`, '');
  return lines.join('\n');
}

/**
 * The full report goes to bench/RESULTS.md (with findings.md appended) and results.json; a
 * named one (a partial run, `--report NAME`) to bench/results/NAME.md and NAME.json.
 */
export function writeReport(root: string, report: Report, name?: string): void {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  if (name !== undefined) {
    writeFileSync(join(root, `bench/results/${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(root, `bench/results/${name}.md`), renderMarkdown(report, '', `bench/results/${name}.json`));
    return;
  }
  writeFileSync(join(root, 'bench/results/results.json'), `${JSON.stringify(report, null, 2)}\n`);
  const findingsFile = join(root, 'bench/findings.md');
  writeFileSync(join(root, 'bench/RESULTS.md'), renderMarkdown(report, existsSync(findingsFile) ? readFileSync(findingsFile, 'utf8') : ''));
}
