import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { hashKey } from '../src/core/identity/api-keys.js';
import { encodeCursor } from '../src/http/cursor.js';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { analyze, createFreshOrders, createStores, FRESH_ORDER_BASE, growClaims } from './generate.js';
import { firstDifference } from './reference/compare.js';
import { ROOT, runWrkOnce, startServer as startChild, stopServer, wrkErrors, type Load, type Server } from './load.js';
import { writeReport, type Measurement, type Report, type ScenarioResult, type StepTimings } from './report.js';

// `npm run bench` (full, about an hour) or `npm run bench -- --quick` (a few minutes): builds the data
// set, starts Recourse and the hand-written baseline as child processes, loads each with wrk
// from this process (127.0.0.1 only, bounded time), alternating the two, and writes
// bench/RESULTS.md and bench/results/results.json. See docs/benchmarks.md.

const WORK = join(ROOT, 'bench/results/tmp');
const MERCHANT_KEY = 'rk_m_bench_store_1_merchant_key_for_load_tests';
const RECOURSE_PORT = 18080;
const BASELINE_PORT = 18090;
const REFERENCE_PORT = 18091;
const PGLITE_PORT = 18081;
const PGLITE_REFERENCE_PORT = 18082;
const WRK_THREADS = 2;

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'admin-url': { type: 'string', default: process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    database: { type: 'string', default: 'recourse_bench' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '50' },
    'pglite-connections': { type: 'string', default: '10' },
    rounds: { type: 'string' },
    sizes: { type: 'string', description: 'comma list of claim counts, e.g. 10000,100000,1000000' },
    'pglite-size': { type: 'string' },
    'skip-pglite': { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'keep-database': { type: 'boolean', default: false },
    'prepare-only': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    note: { type: 'string', description: 'a line printed under the report\'s title, e.g. that the machine was busy' },
    scenarios: { type: 'string', default: 'all', description: 'all, reads or writes' },
    report: { type: 'string', description: 'write bench/results/<name>.{md,json} instead of RESULTS.md' },
  },
});

const quick = options.quick === true;
// Four short rounds rather than two long ones, for the same 20 s per server: each round's
// ratio compares two runs a few seconds apart, and the median of four ignores one bad pair.
const durationS = Number(options.duration ?? (quick ? 2 : 5));
const connections = Number(options.connections);
const rounds = Number(options.rounds ?? (quick ? 1 : 4));
const sizes = (options.sizes ?? (quick ? '10000,50000' : '10000,100000,1000000')).split(',').map(Number);
const pgliteSize = Number(options['pglite-size'] ?? (quick ? 10_000 : 100_000));
const scenarioSet = options.scenarios ?? 'all';
if (!['all', 'reads', 'writes'].includes(scenarioSet)) {
  console.error('--scenarios is all, reads or writes');
  process.exit(2);
}
const checkOnly = options['check-only'] === true;
const runReads = scenarioSet !== 'writes' || checkOnly;
const runWrites = scenarioSet !== 'reads' && !checkOnly;
const reportName = options.report;
if (reportName !== undefined && !/^[a-z0-9-]+$/.test(reportName)) {
  console.error('--report is a name of lowercase letters, digits and dashes');
  process.exit(2);
}
const benchUrl = (() => {
  const url = new URL(options['admin-url'] ?? '');
  url.pathname = `/${options.database}`;
  return url.toString();
})();

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function checkTools(): void {
  if (checkOnly) return;
  const wrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (wrk.error !== undefined) {
    console.error('wrk is not installed. Install it (Debian/Ubuntu: `apt-get install -y wrk`, macOS: `brew install wrk`) and run again.');
    process.exit(2);
  }
}

// ── Processes ──────────────────────────────────────────────────────────────────────────

function startServer(name: string, port: number, entry: string[], env: Record<string, string>): Promise<Server> {
  // One profile file per thread (tsx's loader runs in a worker); the main thread's is the largest.
  const profileFlags = options.profile === true ? ['--cpu-prof', `--cpu-prof-dir=${join(WORK, 'profiles', name)}`] : [];
  return startChild(name, port, entry, env, profileFlags);
}

/** Peak resident memory since the last reset (VmHWM), in MiB; Linux only. */
function resetPeakMemory(server: Server): void {
  try {
    writeFileSync(`/proc/${server.child.pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole process lifetime.
  }
}

/** CPU time the server's process has used (user + system, all its threads), in ms; Linux only. */
function cpuMs(server: Server): number | null {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function peakMemoryMiB(server: Server): number | null {
  try {
    const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match === null ? null : Math.round(Number(match[1]) / 1024);
  } catch {
    return null;
  }
}

// ── wrk ────────────────────────────────────────────────────────────────────────────────

function runWrk(server: Server, load: Load): Measurement {
  resetPeakMemory(server);
  const cpuBefore = cpuMs(server);
  const parsed = runWrkOnce(server, {
    ...load, seconds: load.seconds ?? durationS, connections: load.connections ?? server.connections ?? connections, threads: WRK_THREADS, workDir: WORK,
  });
  const cpuAfter = cpuMs(server);
  settle(server);
  return {
    requests: parsed.requests, rps: Math.round(parsed.rps), p50_ms: round(parsed.p50_ms), p90_ms: round(parsed.p90_ms), p99_ms: round(parsed.p99_ms),
    max_ms: round(parsed.max_ms), errors: wrkErrors(parsed), non_2xx: parsed.non_2xx, bytes_per_response: parsed.requests === 0 ? 0 : Math.round(parsed.bytes / parsed.requests),
    peak_memory_mib: peakMemoryMiB(server),
    ...(cpuBefore === null || cpuAfter === null || parsed.requests === 0 ? {} : { node_cpu_ms_per_request: round((cpuAfter - cpuBefore) / parsed.requests) }),
  };
}

/**
 * Waits until the server has worked off what wrk left queued (a request that reads the
 * database answers only after the backlog), so one run's tail never lands in the next run.
 */
function settle(server: Server): void {
  const path = server.name === 'baseline' ? '/claims?store=1&limit=1' : '/v1/claims?limit=1';
  spawnSync('curl', ['-s', '-o', '/dev/null', '--max-time', '120', '-H', `Authorization: Bearer ${MERCHANT_KEY}`, `http://127.0.0.1:${server.port}${path}`]);
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Alternates the targets round by round, in the reverse order every other round (A B, B A, …)
 * so neither always runs first, and keeps the median round of each (by req/s). The report's
 * ratio is the median of the rounds' ratios: two runs seconds apart share the machine's state.
 */
function measure(name: string, targets: Array<{ server: Server; load: (round: number) => Load; warmUp?: boolean }>): ScenarioResult {
  const runs = new Map<string, Measurement[]>();
  // The first second on a route a server has not served yet is the JIT's: a read gets one
  // unrecorded second on each server first. Writes are not (each round spends its own ids).
  for (const target of targets) if (target.warmUp === true) runWrk(target.server, { ...target.load(0), seconds: 1 });
  for (let index = 0; index < rounds; index += 1) {
    for (const target of index % 2 === 0 ? targets : [...targets].reverse()) {
      const measurement = runWrk(target.server, target.load(index));
      runs.set(target.server.name, [...(runs.get(target.server.name) ?? []), measurement]);
      log(`${name} · ${target.server.name}: ${measurement.rps} req/s, p99 ${measurement.p99_ms} ms, ${measurement.errors} errors, ${measurement.peak_memory_mib} MiB`);
    }
  }
  const median = (list: Measurement[]) => [...list].sort((a, b) => a.rps - b.rps)[Math.floor((list.length - 1) / 2)] as Measurement;
  const result: ScenarioResult = { name, targets: {} };
  for (const [target, list] of runs) result.targets[target] = { ...median(list), rounds: list.map((run) => run.rps), rounds_p99_ms: list.map((run) => run.p99_ms) };
  return result;
}

// ── Data ───────────────────────────────────────────────────────────────────────────────

function pgDatabase(url: string): Kysely<any> {
  return new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
}

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: options['admin-url'] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${options.database}`);
  await admin.end();
}

async function dropDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: options['admin-url'] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.end();
}

async function insertMerchantKey(db: Kysely<any>): Promise<void> {
  await sql`INSERT INTO api_keys (uuid, store_id, role, name, key_hash, key_prefix)
            VALUES (gen_random_uuid(), 1, 'merchant', 'bench', ${hashKey(MERCHANT_KEY)}, ${MERCHANT_KEY.slice(0, 8)})`.execute(db);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

/** Claim ids of store 1 in a stable shuffled order. */
async function claimIds(db: Kysely<any>, where: string, limit: number, salt: number): Promise<number[]> {
  const { rows } = await sql.raw<{ id: number }>(`SELECT id FROM claims c WHERE store_id = 1 AND deleted_at IS NULL AND ${where} ORDER BY hashint8(id + ${salt}) LIMIT ${limit}`).execute(db);
  return rows.map((row) => Number(row.id));
}

interface Edge { createdAt: Date; createdAtText: string; id: number; uuid: string }

/** The claim at a 0-based position of store 1's list (newest first) under a filter. */
async function edgeAt(db: Kysely<any>, where: string, position: number): Promise<Edge | undefined> {
  const { rows } = await sql.raw<{ created_at: Date; created_at_text: string; id: number; uuid: string }>(
    `SELECT created_at, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at_text, id, uuid
     FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND ${where} ORDER BY created_at DESC, id DESC OFFSET ${position} LIMIT 1`).execute(db);
  const row = rows[0];
  return row === undefined ? undefined : { createdAt: row.created_at, createdAtText: row.created_at_text, id: Number(row.id), uuid: row.uuid };
}

async function countWhere(db: Kysely<any>, table: string, where: string): Promise<number> {
  const { rows } = await sql.raw<{ n: number }>(`SELECT count(*)::int8 AS n FROM ${table} WHERE store_id = 1 AND ${where}`).execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Median of five timings of a query, in ms, measured in the database (EXPLAIN ANALYZE). */
async function queryMs(db: Kysely<any>, query: string): Promise<number> {
  const timings: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    const { rows } = await sql.raw<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`).execute(db);
    timings.push(rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? Number.NaN);
  }
  return round([...timings].sort((a, b) => a - b)[2] ?? Number.NaN);
}

// ── Scenarios ──────────────────────────────────────────────────────────────────────────

const PAGE = 20;
const DEEP_PAGE = 1000;
const OPEN_STATUSES = ['new', 'open', 'waiting_on_customer', 'waiting_on_merchant'];
const SC_OPEN = ['new', 'open', 'communicating', 'waiting_on_customer', 'waiting_on_platform'];
const APPROVABLE = "status IN ('new','open','communicating','waiting_on_customer','waiting_on_merchant','waiting_on_platform')";

/** Reads compare Recourse with the reference (bench/reference/), writes with the baseline (bench/baseline/). */
interface Servers { recourse: Server; reference?: Server; baseline?: Server }

/** What the scenarios need from the data set, read before the servers hold the database. */
interface Inputs {
  total: number;
  deepPage: number;
  edge: Edge | undefined;
  getIds: number[];
  scPage: number;
  r2Page: number;
  approvable: number[];
  refundable: number[];
}

async function readInputs(db: Kysely<any>): Promise<Inputs> {
  const total = await countWhere(db, 'claims', 'deleted_at IS NULL');
  const deepPage = Math.min(DEEP_PAGE, Math.floor(total / PAGE));
  const scTotal = await countWhere(db, 'claims', "deleted_at IS NULL AND kind IN ('cancellation','return')");
  const refunds = await countWhere(db, 'refunds', 'true');
  return {
    total,
    deepPage,
    edge: await edgeAt(db, 'true', (deepPage - 1) * PAGE - 1),
    getIds: await claimIds(db, 'true', 5000, 0),
    scPage: Math.min(DEEP_PAGE, Math.floor(scTotal / PAGE)),
    r2Page: Math.min(DEEP_PAGE, Math.floor(refunds / PAGE)) - 1,
    approvable: await claimIds(db, APPROVABLE, 1_000_000, 1),
    refundable: await claimIds(db, 'NOT EXISTS (SELECT 1 FROM refunds r WHERE r.store_id = 1 AND r.claim_id = c.id)', 20_000, 2),
  };
}

/**
 * Before a read scenario is timed, Recourse and the reference answer its requests once each,
 * with the same Host header (the page-number doors' links name it), and the bodies must be
 * the same bytes (bench/reference/compare.ts says what is set aside). A scenario whose bodies
 * differ is still run, and the report shows the difference instead of a ratio.
 */
async function checkBodies(recourse: Server, reference: Server, paths: readonly string[]): Promise<string> {
  for (const path of paths) {
    const [ours, theirs] = await Promise.all([recourse, reference].map((server) => getText(server.port, path))) as [{ status: number; body: string }, { status: number; body: string }];
    if (ours.status !== 200 || theirs.status !== 200) return `${path}: status ${ours.status} and ${theirs.status}`;
    const difference = firstDifference(ours.body, theirs.body);
    if (difference !== undefined) return `${path}: ${difference}`;
  }
  return 'equal';
}

/** A GET with the merchant key and a fixed Host header (fetch may not set Host). */
function getText(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const request = httpGet({ host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${MERCHANT_KEY}`, host: 'bench.example' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', fail);
    });
    request.on('error', fail);
  });
}

/** The list and get scenarios: run at every size, Recourse against the reference. */
async function readScenarios(inputs: Inputs, servers: Servers, dialects: string[], notes: string[]): Promise<ScenarioResult[]> {
  const key = MERCHANT_KEY;
  const results: ScenarioResult[] = [];
  const { edge, deepPage } = inputs;
  // Both serve Recourse's paths; the reference ignores the key. Reads repeat the same requests,
  // so both servers may warm up on them first.
  const read = async (name: string, lines: string[], page?: number) => {
    const load = () => ({ lines, key });
    const targets = [servers.recourse, ...(servers.reference === undefined ? [] : [servers.reference])].map((server) => ({ server, load, warmUp: true }));
    const bodies = servers.reference === undefined ? undefined : await checkBodies(servers.recourse, servers.reference, lines.slice(0, 20));
    if (bodies !== undefined && bodies !== 'equal') log(`${name}: the bodies differ, ${bodies}`);
    if (checkOnly) {
      log(`${name}: bodies ${bodies === 'equal' ? 'equal' : 'differ'}`);
      results.push({ name, targets: {}, ...(page === undefined ? {} : { page }), ...(bodies === undefined ? {} : { bodies }) });
      return;
    }
    results.push({ ...measure(name, targets), ...(page === undefined ? {} : { page }), ...(bodies === undefined ? {} : { bodies }) });
  };

  await read('list first page', [`/v1/claims?limit=${PAGE}`]);
  await read('list first page, status filter', [`/v1/claims?limit=${PAGE}&status=${OPEN_STATUSES.join(',')}`]);
  if (edge !== undefined) await read(`list page ${deepPage} (keyset cursor)`, [`/v1/claims?limit=${PAGE}&cursor=${encodeCursor(edge)}`], deepPage);
  await read('get one claim with everything', inputs.getIds.map((id) => `/v1/claims/${id}`));

  if (dialects.includes('seller-center')) {
    await read('Seller Center list, status=open', [`/compat/seller-center/api/i2/claims/?limit=${PAGE}&status=open`]);
    await read(`Seller Center list page ${inputs.scPage} (count + page number, revisited)`, [`/compat/seller-center/api/i2/claims/?limit=${PAGE}&page=${inputs.scPage}`], inputs.scPage);
  }
  if (dialects.includes('omnitron')) {
    const requests = '/compat/omnitron/api/channel/1/cancellation_requests/';
    // Omnitron shows cancellations and returns, like Seller Center: the same last page.
    await read('Omnitron list, status=waiting', [`${requests}?limit=${PAGE}&status=waiting`]);
    await read(`Omnitron list page ${inputs.scPage} (count + page number, revisited)`, [`${requests}?limit=${PAGE}&page=${inputs.scPage}`], inputs.scPage);
  }
  if (dialects.includes('orderprotection')) {
    await read('OrderProtection list, claimState=OPEN', [`/compat/orderprotection/v1/claims?size=${PAGE}&claimState=OPEN`]);
    if (edge !== undefined) await read(`OrderProtection list page ${deepPage} (cursor)`, [`/compat/orderprotection/v1/claims?size=${PAGE}&cursor=${edge.uuid}`], deepPage);
  }
  if (dialects.includes('refunds-v2')) {
    await read('Refunds v2 list, status=ISSUED', [`/compat/refunds-v2/api/v2/refunds?page=0&size=${PAGE}&status=ISSUED`]);
    if (inputs.r2Page > 0) await read(`Refunds v2 list page ${inputs.r2Page} (0-based page/size)`, [`/compat/refunds-v2/api/v2/refunds?page=${inputs.r2Page}&size=${PAGE}`], inputs.r2Page + 1);
  }
  if (deepPage < DEEP_PAGE) notes.push(`With ${inputs.total} claims in store 1 the deep page is ${deepPage}, the last full page.`);
  return results;
}

/** Writes and the mixed workload: run once, at the largest size, after the reads. */
function writeScenarios(inputs: Inputs, servers: Servers, freshOrders: number): ScenarioResult[] {
  const key = MERCHANT_KEY;
  const results: ScenarioResult[] = [];
  const targets = [servers.recourse, ...(servers.baseline === undefined ? [] : [servers.baseline])];
  const native = (server: Server) => server === servers.recourse;
  // Every run gets orders and claims of its own: a write never meets one of an earlier run.
  let nextFresh = 1;
  const freshSlice = () => {
    const budget = Math.floor(freshOrders / (rounds * targets.length * 2));
    const slice = Array.from({ length: budget }, (_, index) => FRESH_ORDER_BASE + nextFresh + index);
    nextFresh += budget;
    return slice;
  };
  const post = (server: Server, lines: string[], body: string): Load => ({
    lines, method: 'POST', body, key: native(server) ? key : undefined, idempotent: native(server),
  });

  const fileBody = '{"order_id":{ORDER},"kind":"return","lines":[{"order_item_id":{ITEM},"quantity":1}]}';
  results.push(measure('file a claim', targets.map((server) => ({
    server,
    load: () => post(server, freshSlice().map((order) => `${native(server) ? '/v1/claims' : '/claims'} ${order} ${order * 4}`), fileBody),
  }))));

  const share = Math.floor(inputs.approvable.length / (rounds * targets.length));
  let nextApprove = 0;
  results.push(measure('approve a claim', targets.map((server) => ({
    server,
    load: () => {
      const slice = inputs.approvable.slice(nextApprove, nextApprove + share);
      nextApprove += share;
      return post(server, slice.map((id) => (native(server) ? `/v1/claims/${id}/approve` : `/claims/${id}/approve`)), '{}');
    },
  }))));

  results.push(measure('create + issue a refund', targets.map((server) => ({
    server,
    load: () => post(server, inputs.refundable.map((id) => (native(server) ? `/v1/claims/${id}/refunds` : `/claims/${id}/refunds`)), '{"amount":100,"status":"issued"}'),
  }))));

  // 50 % list pages (plain and filtered), 30 % single claims, 10 % new claims, 10 % refunds.
  const gets = inputs.getIds;
  results.push(measure('mixed: 50 % list, 30 % get, 10 % file, 10 % refund', targets.map((server) => ({
    server,
    load: () => {
      const prefix = native(server) ? '/v1/claims' : '/claims';
      const lines = freshSlice().flatMap((order, index) => {
        const filter = index % 2 === 0 ? '' : `&status=${OPEN_STATUSES.join(',')}`;
        const refundClaim = inputs.refundable[index % inputs.refundable.length];
        return [
          ...Array.from({ length: 5 }, () => (native(server) ? `GET /v1/claims?limit=${PAGE}${filter}` : `GET /claims?store=1&limit=${PAGE}${filter}`)),
          ...Array.from({ length: 3 }, (_, offset) => `GET ${prefix}/${gets[(index * 3 + offset) % gets.length]}`),
          `POST ${prefix} {"order_id":${order},"kind":"return","lines":[{"order_item_id":${order * 4},"quantity":1}]}`,
          `POST ${prefix}/${refundClaim}/refunds {"amount":100,"status":"issued"}`,
        ];
      });
      return { lines, mix: true, key: native(server) ? key : undefined, idempotent: native(server) };
    },
  }))));
  return results;
}

/** Which dialects have more than an empty plugin behind /compat/<name>. */
function availableDialects(): { available: string[]; missing: string[] } {
  const names = ['seller-center', 'omnitron', 'orderprotection', 'refunds-v2'];
  const available = names.filter((name) => {
    const file = join(ROOT, 'src/dialects', name, 'routes.ts');
    return existsSync(file) && /app\.(get|post)\(/.test(readFileSync(file, 'utf8'));
  });
  return { available, missing: names.filter((name) => !available.includes(name)) };
}

async function sqlChecks(db: Kysely<any>): Promise<Record<string, number>> {
  return {
    'count, store 1, all claims (native total)': await queryMs(db, 'SELECT count(*) FROM claims WHERE store_id = 1 AND deleted_at IS NULL'),
    'count, store 1, Seller Center kinds (DRF count)': await queryMs(db, "SELECT count(*) FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND kind IN ('cancellation','return')"),
    'count, store 1, Seller Center status=open (DRF count)': await queryMs(db,
      `SELECT count(*) FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND kind IN ('cancellation','return') AND status IN (${SC_OPEN.map((s) => `'${s}'`).join(',')})`),
    // What the page-number doors run instead of the two counts above (src/store/claim-counts.ts).
    'kept count, store 1, Seller Center kinds (DRF count)': await queryMs(db,
      "SELECT coalesce(sum(n), 0) FROM claim_count_deltas WHERE store_id = 1 AND kind IN ('cancellation','return')"),
    'page 1000 by OFFSET 19980 (claims, newest first)': await queryMs(db, 'SELECT * FROM claims WHERE store_id = 1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 19980'),
    // The page-number doors' scenarios ask for the same page again and again, so after the first
    // request they read it from its remembered edge (src/store/page-edges.ts). A page's first
    // visit adds this: the index-only walk to its first row.
    "page 1000's first row by index-only walk (a first visit, Seller Center kinds)": await queryMs(db,
      "SELECT created_at, id FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND kind IN ('cancellation','return') ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 19980"),
  };
}

/**
 * Before the writes: building the data set leaves gigabytes of dirty pages that the
 * checkpointer and the kernel write back for minutes, and a commit's WAL flush then waits
 * behind them. A checkpoint and a sync first, so the writes measure commits, not the
 * generator's leftovers.
 */
async function settleDisk(db: Kysely<any>): Promise<void> {
  const started = performance.now();
  await sql`CHECKPOINT`.execute(db);
  spawnSync('sync');
  log(`checkpoint and sync before the writes: ${Math.round(performance.now() - started)} ms`);
}

// ── Main ───────────────────────────────────────────────────────────────────────────────

async function benchPostgres(report: Report): Promise<void> {
  log(`PostgreSQL: ${benchUrl}, sizes ${sizes.join(' → ')}`);
  await recreateDatabase();
  const db = pgDatabase(benchUrl);
  const migration = await timed(() => migrateToLatest(db));
  report.postgres.migration_ms = migration.ms;
  await createStores(db);
  await insertMerchantKey(db);
  const dialects = availableDialects();
  report.dialects = dialects;

  let servers: Servers | undefined;
  let from = 0;
  try {
    for (const [index, size] of sizes.entries()) {
      const step: StepTimings = { claims: size };
      const grown = await timed(() => growClaims(db, from, size));
      step.generate_ms = grown.ms;
      step.generate_by_table_ms = Object.fromEntries(Object.entries(grown.value).map(([table, ms]) => [table, Math.round(ms)]));
      from = size;
      const last = index === sizes.length - 1;
      const freshOrders = quick ? 20_000 : 100_000;
      if (last) step.fresh_orders_ms = (await timed(() => createFreshOrders(db, freshOrders))).ms;
      step.analyze_ms = (await timed(() => analyze(db))).ms;
      step.store_1_claims = await countWhere(db, 'claims', 'true');
      log(`${size} claims (store 1: ${step.store_1_claims}): generated in ${step.generate_ms} ms, vacuum analyze ${step.analyze_ms} ms`);
      if (options['prepare-only'] === true) {
        if (last) log(`database ${benchUrl} kept; merchant key of store 1: ${MERCHANT_KEY}`);
        continue;
      }
      servers ??= {
        recourse: await startServer('recourse', RECOURSE_PORT, ['src/cli/main.ts', 'serve'], { DATABASE_URL: benchUrl, RECOURSE_RATE_LIMIT_PER_MINUTE: '1000000000', RECOURSE_TRUST_HOST_HEADER: '1' }),
        reference: await startServer('reference', REFERENCE_PORT, ['bench/reference/server.ts'], { DATABASE_URL: benchUrl }),
        ...(runWrites ? { baseline: await startServer('baseline', BASELINE_PORT, ['bench/baseline/server.ts'], { DATABASE_URL: benchUrl }) } : {}),
      };
      step.sql_ms = await sqlChecks(db);
      const inputs = await readInputs(db);
      const notes: string[] = [];
      step.scenarios = runReads ? await readScenarios(inputs, servers, dialects.available, notes) : [];
      if (last && runWrites) {
        await settleDisk(db);
        step.scenarios.push(...writeScenarios(inputs, servers, freshOrders));
      }
      step.notes = notes;
      report.postgres.steps.push(step);
      writeReport(ROOT, report, reportName);
    }
  } finally {
    if (servers !== undefined) {
      await stopServer(servers.recourse);
      if (servers.reference !== undefined) await stopServer(servers.reference);
      if (servers.baseline !== undefined) await stopServer(servers.baseline);
    }
    await db.destroy();
    if (options['keep-database'] !== true && options['prepare-only'] !== true) await dropDatabase();
  }
}

async function benchPglite(report: Report): Promise<void> {
  const dataDir = join(WORK, 'pglite');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  log(`PGlite: ${dataDir}, ${pgliteSize} claims`);
  const freshOrders = quick ? 5_000 : 20_000;
  const step: StepTimings = { claims: pgliteSize };
  // The data folder is locked by whoever opens it: build it and read the scenario inputs
  // first, close it, then let the service open it.
  const database = await openDatabase({ kind: 'pglite', dataDir });
  const db = database.db as unknown as Kysely<any>;
  let inputs: Inputs;
  try {
    report.pglite.migration_ms = (await timed(() => migrateToLatest(db))).ms;
    await createStores(db);
    await insertMerchantKey(db);
    let from = 0;
    let generateMs = 0;
    for (const size of sizes.filter((candidate) => candidate < pgliteSize).concat(pgliteSize)) {
      generateMs += (await timed(() => growClaims(db, from, size))).ms;
      from = size;
    }
    step.generate_ms = generateMs;
    step.fresh_orders_ms = (await timed(() => createFreshOrders(db, freshOrders))).ms;
    step.analyze_ms = (await timed(() => analyze(db))).ms;
    step.store_1_claims = await countWhere(db, 'claims', 'true');
    step.sql_ms = await sqlChecks(db);
    inputs = await readInputs(db);
  } finally {
    await database.close();
  }
  log(`PGlite data ready: generated in ${step.generate_ms} ms`);
  // PGlite keeps one process per data folder: the reference reads a copy of it, made before
  // any write scenario, so its reads see the same rows.
  const referenceDir = `${dataDir}-reference`;
  rmSync(referenceDir, { recursive: true, force: true });
  if (runReads) cpSync(dataDir, referenceDir, { recursive: true });
  const pgliteConnections = Number(options['pglite-connections']);
  const recourse = {
    ...await startServer('recourse-pglite', PGLITE_PORT, ['src/cli/main.ts', 'serve'], {
      RECOURSE_DATA_DIR: dataDir, DATABASE_URL: '', RECOURSE_RATE_LIMIT_PER_MINUTE: '1000000000', RECOURSE_TRUST_HOST_HEADER: '1',
    }),
    connections: pgliteConnections,
  };
  let reference: Server | undefined;
  try {
    if (runReads) reference = { ...await startServer('reference-pglite', PGLITE_REFERENCE_PORT, ['bench/reference/server.ts'], { REFERENCE_DATA_DIR: referenceDir, DATABASE_URL: '' }), connections: pgliteConnections };
    const notes: string[] = [];
    step.scenarios = runReads ? await readScenarios(inputs, { recourse, reference }, report.dialects.available, notes) : [];
    if (runWrites) step.scenarios.push(...writeScenarios(inputs, { recourse }, freshOrders));
    step.notes = notes;
  } finally {
    await stopServer(recourse);
    if (reference !== undefined) await stopServer(reference);
    rmSync(referenceDir, { recursive: true, force: true });
  }
  report.pglite.steps.push(step);
  writeReport(ROOT, report, reportName);
}

async function main(): Promise<void> {
  checkTools();
  mkdirSync(WORK, { recursive: true });
  const report: Report = {
    kind: quick ? 'quick' : 'full',
    started_at: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    ...(options.note === undefined ? {} : { note: options.note }),
    machine: machineDescription(),
    settings: { duration_s: durationS, connections, pglite_connections: Number(options['pglite-connections']), rounds, wrk_threads: WRK_THREADS, sizes, pglite_size: pgliteSize },
    dialects: availableDialects(),
    postgres: { steps: [] },
    pglite: { steps: [] },
  };
  if (options['skip-postgres'] !== true) await benchPostgres(report);
  if (options['prepare-only'] === true) return;
  if (options['skip-pglite'] !== true) await benchPglite(report);
  report.finished_at = new Date().toISOString();
  writeReport(ROOT, report, reportName);
  log(reportName === undefined ? 'wrote bench/RESULTS.md and bench/results/results.json' : `wrote bench/results/${reportName}.md and .json`);
}

function machineDescription(): string {
  const cpus = spawnSync('nproc', [], { encoding: 'utf8' }).stdout.trim();
  const model = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? 'unknown CPU';
  const pgVersion = spawnSync('psql', [options['admin-url'] ?? '', '-Atc', 'SHOW server_version'], { encoding: 'utf8' }).stdout.trim();
  return `${cpus} cores (${model}), Node ${process.version}, PostgreSQL ${pgVersion || '?'}, wrk on the same machine over 127.0.0.1`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
