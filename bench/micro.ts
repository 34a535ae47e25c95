import { createCore } from '../src/core/core.js';
import { buildApp } from '../src/http/app.js';
import { openDatabase } from '../src/store/db.js';

// Node CPU per request of one route, measured in-process with no network and no
// concurrency, so a change to the request path can be compared in a minute:
//   DATABASE_URL=… npx tsx bench/micro.ts '/v1/claims?limit=20' [requests] [key]
// Run it against a database prepared with `npm run bench -- --prepare-only`.

const [url = '/v1/claims?limit=20', countText = '2000', key = 'rk_m_bench_store_1_merchant_key_for_load_tests'] = process.argv.slice(2);
const count = Number(countText);
const database = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/recourse_bench' });
const app = await buildApp({ core: createCore(database.db), database, rateLimitPerMinute: 0, logger: { level: 'error' } });
const send = async () => {
  const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
  if (response.statusCode !== 200) throw new Error(`${response.statusCode}: ${response.body.slice(0, 300)}`);
  return response.body.length;
};
for (let index = 0; index < count / 4; index += 1) await send();
const rounds: number[] = [];
let bytes = 0;
for (let round = 0; round < 5; round += 1) {
  const started = process.cpuUsage();
  for (let index = 0; index < count / 5; index += 1) bytes = await send();
  const used = process.cpuUsage(started);
  rounds.push((used.user + used.system) / 1000 / (count / 5));
}
rounds.sort((a, b) => a - b);
console.log(`${url}: ${rounds[2]?.toFixed(3)} ms Node CPU per request (median of 5 rounds; ${rounds.map((ms) => ms.toFixed(2)).join(', ')}), ${bytes} bytes`);
await app.close();
await database.close();
