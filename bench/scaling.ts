import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { hashKey } from '../src/core/identity/api-keys.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { analyze, createFreshOrders, createStores, FRESH_ORDER_BASE, growClaims, STORE_COUNT } from './generate.js';
import { ROOT, runWrkOnce, startServer, stopServer, wrkErrors, type Load, type Server } from './load.js';

// `npm run bench:scaling -- --citus-url postgres://…` (docs/scaling.md): the same data set and
// the same scenarios on (a) one service process on one PostgreSQL, (b) three processes on that
// PostgreSQL, (c) one process on a Citus coordinator with its workers, loaded by wrk from this
// machine in one run. Writes bench/results/scaling.{md,json}. On one machine the Citus figures
// show what routing through the coordinator costs, not what more machines give.

const { values: options } = parseArgs({
  options: {
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/recourse_scaling' },
    'citus-url': { type: 'string', description: 'a database with the citus extension on the coordinator and every worker, its workers added' },
    claims: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '48' },
    note: { type: 'string' },
    // Written to bench/results/<out>.{md,json}: a run at another size keeps the earlier one.
    out: { type: 'string', default: 'scaling' },
    // Before each topology's wrk runs, wait (at most quiet-wait seconds) for the 1-minute load
    // average to fall to quiet-load: other work on the machine would be measured too.
    'quiet-load': { type: 'string', default: '1.5' },
    'quiet-wait': { type: 'string', default: '600' },
    // Measures the data an earlier run left (same --claims and BENCH_STORES, stopped before its
    // wrk runs wrote anything): no load, only the inputs are read again.
    reuse: { type: 'boolean', default: false },
  },
});

const CLAIMS = Number(options.claims);
const SECONDS = Number(options.duration);
const CONNECTIONS = Number(options.connections);
const WORK = join(ROOT, 'bench/results/tmp');
const PORTS = [18180, 18181, 18182];
/** Keys of the largest store (1) and the smallest (the generator's last). */
const KEYS = { large: 'rk_m_scaling_store_large_merchant_key_0001', small: 'rk_m_scaling_store_small_merchant_key_0001' };
const FRESH_ORDERS = 60_000;
const OUT = options.out as string;
const QUIET_LOAD = Number(options['quiet-load']);
const QUIET_WAIT_MS = Number(options['quiet-wait']) * 1000;

/** Waits for the machine to be quiet; returns the 1-minute load average it starts at. */
async function quiet(name: string): Promise<number> {
  const deadline = Date.now() + QUIET_WAIT_MS;
  while (loadavg()[0]! > QUIET_LOAD && Date.now() < deadline) {
    log(`${name}: load ${loadavg()[0]!.toFixed(2)} above ${QUIET_LOAD}, waiting`);
    await new Promise((done) => setTimeout(done, 15_000));
  }
  const load = Math.round(loadavg()[0]! * 100) / 100;
  log(`${name}: starting at load ${load}`);
  return load;
}

function log(message: string): void {
  process.stderr.write(`[scaling ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function database(url: string): Kysely<any> {
  return new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
}

/** The plain PostgreSQL database, made afresh; a Citus database is given ready and emptied here. */
async function freshPostgres(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

async function emptyCitus(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'pg_%'`.execute(db);
  for (const row of rows) await sql.raw(`DROP TABLE IF EXISTS "${row.name}" CASCADE`).execute(db);
}

interface Inputs { getIds: number[]; approvable: number[]; sizes: { large: number; small: number } }

async function prepare(url: string, kind: 'postgres' | 'citus'): Promise<{ inputs: Inputs; steps: Record<string, number> }> {
  const reuse = options.reuse === true;
  if (kind === 'postgres' && !reuse) await freshPostgres(url);
  const db = database(url);
  try {
    if (kind === 'citus' && !reuse) await emptyCitus(db);
    const steps: Record<string, number> = {};
    if (reuse) log(`${kind}: reusing the data already there`);
    else await load(db, kind, steps);
    const ids = async (where: string, limit: number) => (await sql.raw<{ id: number }>(
      `SELECT id FROM claims WHERE store_id = 1 AND deleted_at IS NULL AND ${where} ORDER BY hashint8(id) LIMIT ${limit}`).execute(db)).rows.map((row) => Number(row.id));
    const size = async (store: number) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM claims WHERE store_id = ${store}`.execute(db)).rows[0]?.n);
    return {
      steps,
      inputs: {
        getIds: await ids('true', 5_000),
        approvable: await ids("status IN ('new','open','communicating','waiting_on_customer','waiting_on_merchant','waiting_on_platform')", 60_000),
        sizes: { large: await size(1), small: await size(STORE_COUNT) },
      },
    };
  } finally {
    await db.destroy();
  }
}

/** The data set, the two stores' keys and fresh statistics. */
async function load(db: Kysely<any>, kind: 'postgres' | 'citus', steps: Record<string, number>): Promise<void> {
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    steps[name] = Math.round(performance.now() - started);
    log(`${kind}: ${name} in ${steps[name]} ms`);
  };
  await timed('migrate', () => migrateToLatest(db));
  await timed('stores', () => createStores(db));
  await timed('claims', async () => {
    for (let from = 0; from < CLAIMS; from += 50_000) await growClaims(db, from, Math.min(CLAIMS, from + 50_000));
  });
  await timed('fresh orders', () => createFreshOrders(db, FRESH_ORDERS));
  for (const [store, key] of [[1, KEYS.large], [STORE_COUNT, KEYS.small]] as const) {
    await sql`INSERT INTO api_keys (uuid, store_id, role, name, key_hash, key_prefix)
              VALUES (gen_random_uuid(), ${store}, 'merchant', 'scaling', ${hashKey(key)}, ${key.slice(0, 8)})`.execute(db);
  }
  await timed('analyze', () => analyze(db));
}

interface Row { topology: string; scenario: string; rps: number; p50_ms: number; p99_ms: number; errors: number }

/** Each topology spends fresh orders and approvable claims of its own: a write never meets an earlier one. */
function scenarios(inputs: Inputs, slice: number, slices: number): Array<{ name: string; load: Load }> {
  const fresh = Array.from({ length: Math.floor(FRESH_ORDERS / slices) }, (_, index) => FRESH_ORDER_BASE + 1 + slice * Math.floor(FRESH_ORDERS / slices) + index);
  const share = approvableShare(inputs, slices);
  const approvable = inputs.approvable.slice(slice * share, (slice + 1) * share);
  const half = Math.floor(fresh.length / 2);
  return [
    { name: 'list, page 1 (largest store)', load: { lines: ['/v1/claims?limit=20'], key: KEYS.large } },
    { name: 'list, page 1 (smallest store)', load: { lines: ['/v1/claims?limit=20'], key: KEYS.small } },
    { name: 'get one claim', load: { lines: inputs.getIds.map((id) => `/v1/claims/${id}`), key: KEYS.large } },
    {
      name: 'file a claim',
      load: { lines: fresh.slice(0, half).map((order) => `/v1/claims ${order} ${order * 4}`), method: 'POST', key: KEYS.large, idempotent: true,
        body: '{"order_id":{ORDER},"kind":"return","lines":[{"order_item_id":{ITEM},"quantity":1}]}' },
    },
    // The data set holds a few thousand undecided claims of the largest store: shared by the
    // topologies, they last two seconds each, and a claim is never approved twice.
    { name: 'approve a claim', load: { lines: approvable.map((id) => `/v1/claims/${id}/approve`), method: 'POST', body: '{}', key: KEYS.large, idempotent: true, seconds: Math.min(SECONDS, 2) } },
    {
      name: 'mixed: 50 % list, 30 % get, 20 % file',
      load: {
        mix: true, key: KEYS.large, idempotent: true,
        lines: fresh.slice(half).flatMap((order, index) => [
          ...Array.from({ length: 5 }, () => 'GET /v1/claims?limit=20'),
          ...Array.from({ length: 3 }, (_, offset) => `GET /v1/claims/${inputs.getIds[(index * 3 + offset) % inputs.getIds.length]}`),
          `POST /v1/claims {"order_id":${order},"kind":"return","lines":[{"order_item_id":${order * 4},"quantity":1}]}`,
          'GET /v1/claims?limit=20',
        ]),
      },
    },
  ];
}

async function runTopology(name: string, url: string, processes: number, inputs: Inputs, slice: number, slices: number): Promise<Row[]> {
  const servers: Server[] = [];
  try {
    for (let index = 0; index < processes; index += 1) {
      servers.push(await startServer(`${name}-${index + 1}`, PORTS[index] as number, ['src/cli/main.ts', 'serve'], {
        DATABASE_URL: url, RECOURSE_RATE_LIMIT_PER_MINUTE: '0', RECOURSE_SECRET_KEY: 'scaling-bench-secret-key-0123456789abcdef',
        DATABASE_POOL_MAX: String(Math.max(4, Math.floor(24 / processes))),
      }));
    }
    const [first] = servers as [Server];
    loads.set(name, await quiet(name));
    if (approvableShare(inputs, slices) < 3_000) log(`only ${approvableShare(inputs, slices)} undecided claims for each topology's approvals`);
    const rows: Row[] = [];
    for (const scenario of scenarios(inputs, slice, slices)) {
      // A second unrecorded on a route first: the JIT's, not the topology's.
      if (scenario.load.method !== 'POST' && scenario.load.mix !== true) {
        runWrkOnce(first, { ...scenario.load, seconds: 1, connections: CONNECTIONS, threads: processes * 2, workDir: WORK, ports: servers.map((server) => server.port) });
      }
      const summary = runWrkOnce(first, {
        ...scenario.load, seconds: scenario.load.seconds ?? SECONDS, connections: CONNECTIONS, threads: processes * 2, workDir: WORK, ports: servers.map((server) => server.port),
      });
      const row = { topology: name, scenario: scenario.name, rps: Math.round(summary.rps), p50_ms: round(summary.p50_ms), p99_ms: round(summary.p99_ms), errors: wrkErrors(summary) };
      log(`${name} · ${row.scenario}: ${row.rps} req/s, p99 ${row.p99_ms} ms, ${row.errors} errors`);
      rows.push(row);
    }
    return rows;
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

/** The 1-minute load average each topology's wrk runs started at. */
const loads = new Map<string, number>();

const approvableShare = (inputs: Inputs, slices: number) => Math.floor(inputs.approvable.length / slices);

const round = (value: number) => Math.round(value * 100) / 100;

async function main(): Promise<void> {
  // Before the load, which takes minutes at a million claims.
  if (spawnSync('wrk', ['--version']).error !== undefined) throw new Error('wrk is not installed: apt-get install -y wrk (or brew install wrk)');
  mkdirSync(WORK, { recursive: true });
  const postgresUrl = options['postgres-url'] as string;
  const citusUrl = options['citus-url'];
  const topologies: Array<{ name: string; url: string; processes: number; database: 'postgres' | 'citus' }> = [
    { name: 'one process, PostgreSQL', url: postgresUrl, processes: 1, database: 'postgres' },
    { name: 'three processes, PostgreSQL', url: postgresUrl, processes: 3, database: 'postgres' },
    ...(citusUrl === undefined ? [] : [{ name: 'one process, Citus (2 workers)', url: citusUrl, processes: 1, database: 'citus' as const }]),
  ];
  const prepared = new Map<string, Awaited<ReturnType<typeof prepare>>>();
  for (const kind of new Set(topologies.map((topology) => topology.database))) {
    prepared.set(kind, await prepare(kind === 'postgres' ? postgresUrl : citusUrl as string, kind));
  }
  const rows: Row[] = [];
  for (const [index, topology] of topologies.entries()) {
    const data = prepared.get(topology.database)!;
    rows.push(...await runTopology(topology.name, topology.url, topology.processes, data.inputs, index, topologies.length));
  }
  const sizes = prepared.get('postgres')!.inputs.sizes;
  const scenarioNames = [...new Set(rows.map((row) => row.scenario))];
  const lines = [
    '# Scaling: one process, three processes, Citus',
    '',
    `${new Date().toISOString().slice(0, 10)} · ${CLAIMS.toLocaleString('en')} claims in ${STORE_COUNT} stores (the largest ${sizes.large.toLocaleString('en')}, the smallest ${sizes.small.toLocaleString('en')}, ${round(sizes.large / sizes.small)}× smaller) · wrk, ${CONNECTIONS} connections, ${SECONDS} s per run · all on one 2-core machine${options.note === undefined ? '' : ` · ${options.note}`}`,
    '',
    `| scenario | ${topologies.map((topology) => topology.name).join(' | ')} |`,
    `|---|${topologies.map(() => '---:').join('|')}|`,
    ...scenarioNames.map((scenario) => `| ${scenario} | ${topologies.map((topology) => {
      const row = rows.find((candidate) => candidate.topology === topology.name && candidate.scenario === scenario);
      return row === undefined ? '–' : `${row.rps} req/s · p99 ${row.p99_ms} ms${row.errors > 0 ? ` · ${row.errors} errors` : ''}`;
    }).join(' | ')} |`),
    '',
    `Load average (1 min) as each topology's runs began: ${topologies.map((topology) => `${topology.name} ${loads.get(topology.name) ?? '–'}`).join('; ')}`,
    '',
    'Data preparation (ms): ' + [...prepared].map(([kind, data]) => `${kind} ${JSON.stringify(data.steps)}`).join('; '),
    '',
  ];
  writeFileSync(join(ROOT, `bench/results/${OUT}.md`), lines.join('\n'));
  writeFileSync(join(ROOT, `bench/results/${OUT}.json`), `${JSON.stringify({ claims: CLAIMS, stores: STORE_COUNT, sizes, connections: CONNECTIONS, seconds: SECONDS, rows, loads: Object.fromEntries(loads), preparation: Object.fromEntries([...prepared].map(([kind, data]) => [kind, data.steps])) }, null, 2)}\n`);
  log(`wrote bench/results/${OUT}.md`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
