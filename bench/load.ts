import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// What every benchmark runner shares: a server as a child process, and one wrk run of
// bench/wrk/scenario.lua against it (127.0.0.1 only, bounded in time).

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = join(ROOT, 'bench/wrk/scenario.lua');

export interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  /** wrk connections for this server when not the default (PGlite: one database connection). */
  connections?: number;
}

/** Starts `node --import tsx <entry>` with PORT set; resolves once /health answers. */
export async function startServer(name: string, port: number, entry: string[], env: Record<string, string>, nodeFlags: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', ...entry], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return { name, port, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${name} did not answer /health within 120 s`);
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

export interface Load {
  lines: string[];
  method?: 'GET' | 'POST';
  body?: string;
  key?: string;
  idempotent?: boolean;
  mix?: boolean;
  seconds?: number;
  connections?: number;
}

export interface WrkSummary {
  requests: number; rps: number; bytes: number; p50_ms: number; p90_ms: number; p99_ms: number; max_ms: number;
  errors_connect: number; errors_read: number; errors_write: number; errors_timeout: number; non_2xx: number;
}

/**
 * One wrk run; its request lines go to a file in `workDir` named after the server. With
 * `ports`, thread N connects to the Nth port instead of the server's (threads: a multiple of them).
 */
export function runWrkOnce(
  server: Server, load: Load & { seconds: number; connections: number; threads: number; workDir: string; ports?: number[] },
): WrkSummary {
  const file = join(load.workDir, `paths-${server.name}.txt`);
  writeFileSync(file, `${load.lines.join('\n')}\n`);
  const result = spawnSync('wrk', [
    `-t${load.threads}`, `-c${load.connections}`, `-d${load.seconds}s`, '--timeout', '10s', '--latency', '-s', SCRIPT, `http://127.0.0.1:${server.port}`,
  ], {
    encoding: 'utf8',
    timeout: (load.seconds + 30) * 1000,
    env: {
      ...process.env, BENCH_PATHS: file, BENCH_THREADS: String(load.threads), BENCH_METHOD: load.method ?? 'GET', BENCH_BODY: load.body ?? '',
      BENCH_KEY: load.key ?? '', BENCH_IDEMPOTENT: load.idempotent === true ? '1' : '0', BENCH_MIX: load.mix === true ? '1' : '0',
      BENCH_PORTS: (load.ports ?? []).join(','),
    },
  });
  const line = result.stdout.split('\n').find((candidate) => candidate.startsWith('BENCH_JSON '));
  if (line === undefined) throw new Error(`wrk gave no summary for ${server.name}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice('BENCH_JSON '.length)) as WrkSummary;
}

/** The failures wrk counted: refused, read, write and timed-out connections, and non-2xx answers. */
export const wrkErrors = (summary: WrkSummary) =>
  summary.errors_connect + summary.errors_read + summary.errors_write + summary.errors_timeout + summary.non_2xx;
