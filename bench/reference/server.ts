import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { createReference } from './handler.js';
import { postgresRun } from './run-statement.js';

// The reference server: the fastest hand-written server we know for Recourse's read answers,
// byte for byte (bench/reference/README.md). node:http, no framework; PostgreSQL renders each
// body and the text is written as it came. DATABASE_URL: PostgreSQL, a pool of 20 like
// Recourse's. REFERENCE_DATA_DIR instead: the same statements in-process on PGlite (a copy
// of the benchmark's data folder; PGlite keeps one process per folder).

const dataDir = process.env.REFERENCE_DATA_DIR;
const pglite = dataDir === undefined || dataDir === '' ? undefined : await PGlite.create(dataDir);
// On PGlite one connection, as Recourse has there.
const pool = new pg.Pool(pglite === undefined
  ? { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) }
  : createPgConfig(pglite));
const close = async () => {
  await pool.end();
  await pglite?.close();
};
const answer = createReference(postgresRun(pool), Number(process.env.REFERENCE_STORE ?? 1));

const server = createServer((request, response) => {
  answer(request.url ?? '/', request.headers.host ?? 'localhost').then(({ status, body }) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  }, (error: unknown) => {
    const body = JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    response.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 8091), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => void close().then(() => process.exit(0)));
  server.closeAllConnections();
});
