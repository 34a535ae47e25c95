import { readFileSync } from 'node:fs';

// Prints where a V8 CPU profile (node --cpu-prof, or `npm run bench -- --profile`) spent its
// time: self time per function and per package, the top entries first.
//   npx tsx bench/profile-summary.ts bench/results/tmp/profiles/recourse.cpuprofile [top] [last-ms]
// With last-ms, only the profile's last milliseconds count: the load, without the start's
// compiling (TypeScript, schemas, serializers), which otherwise fills seconds of a short run.

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [file, topText, lastText] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topText ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
const span = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
const from = lastText === undefined ? 0 : span - Number(lastText);
let at = 0;
profile.samples.forEach((id, index) => {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  at += ms;
  if (at >= from) selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
});
const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);

function where(node: ProfileNode): string {
  const url = node.callFrame.url;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch !== null) return packageMatch[1] ?? url;
  if (url.includes('/src/')) return `src/${url.split('/src/')[1]?.split('/')[0] ?? ''}`;
  if (url.startsWith('node:')) return 'node';
  return url === '' ? '(native)' : url.split('/').slice(-2).join('/');
}

const functions = new Map<string, number>();
const places = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id);
  if (node === undefined) continue;
  const name = `${node.callFrame.functionName || '(anonymous)'}  ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/src\//, 'src/')}:${node.callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + ms);
  places.set(where(node), (places.get(where(node)) ?? 0) + ms);
}
const show = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(100 * ms / total).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
};
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled`);
show('self time by package / layer', places);
show('self time by function', functions);
