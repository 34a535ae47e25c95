import pg from 'pg';
import { createCore } from '../src/core/core.js';
import { buildApp } from '../src/http/app.js';
import { openDatabase } from '../src/store/db.js';
import { PreparingClient } from '../src/store/prepared-statements.js';

// Node CPU and statements per request of one route, measured in-process with no network
// and no concurrency, so a change to the request path can be compared in a minute:
//   DATABASE_URL=… npx tsx bench/micro.ts '/v1/claims?limit=20' [requests] [key]
// A write takes its method, body and the ids it consumes (one per request) from the
// environment, e.g. MICRO_METHOD=POST MICRO_BODY='{}' MICRO_IDS="SELECT id FROM claims
// WHERE store_id = 1 AND status = 'waiting_on_merchant'" with '/v1/claims/{id}/approve'.
// Run it against a database prepared with `npm run bench -- --prepare-only`.

const [url = '/v1/claims?limit=20', countText = '2000', key = 'rk_m_bench_store_1_merchant_key_for_load_tests'] = process.argv.slice(2);
const count = Number(countText);
const method = process.env.MICRO_METHOD === 'POST' ? 'POST' : 'GET';
const body = process.env.MICRO_BODY;
const database = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/recourse_bench' });
const ids = process.env.MICRO_IDS === undefined ? [] : (await database.pool.query<{ id: number }>(`${process.env.MICRO_IDS} LIMIT ${Math.ceil(count * 1.25)}`)).rows.map((row) => row.id);
if (url.includes('{id}') && ids.length < count * 1.25) throw new Error(`MICRO_IDS found ${ids.length} ids, ${Math.ceil(count * 1.25)} needed`);
const app = await buildApp({ core: createCore(database.db), database, rateLimitPerMinute: 0, logger: { level: 'error' } });

// Every statement Kysely sends goes through the pool's client class.
let statements = 0;
const query = PreparingClient.prototype.query;
PreparingClient.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

let sent = 0;
const send = async () => {
  const target = url.replace('{id}', String(ids[sent] ?? ''));
  sent += 1;
  const response = await app.inject({
    method, url: target,
    headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'content-type': 'application/json', 'idempotency-key': `micro-${process.pid}-${sent}` } : {}) },
    ...(body === undefined ? {} : { payload: body }),
  });
  if (response.statusCode >= 300) throw new Error(`${response.statusCode}: ${response.body.slice(0, 300)}`);
  return response.body.length;
};
for (let index = 0; index < count / 4; index += 1) await send();
const rounds: number[] = [];
let bytes = 0;
statements = 0;
for (let round = 0; round < 5; round += 1) {
  const started = process.cpuUsage();
  for (let index = 0; index < count / 5; index += 1) bytes = await send();
  const used = process.cpuUsage(started);
  rounds.push((used.user + used.system) / 1000 / (count / 5));
}
rounds.sort((a, b) => a - b);
console.log(`${method} ${url}: ${rounds[2]?.toFixed(3)} ms Node CPU per request (median of 5 rounds; ${rounds.map((ms) => ms.toFixed(2)).join(', ')}), ${(statements / count).toFixed(1)} statements, ${bytes} bytes`);
await app.close();
await database.close();
