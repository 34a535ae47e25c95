import pg from 'pg';

// A statement sent with parameters is parsed and planned by PostgreSQL every time, unless it
// is a named prepared statement, which a connection parses once and then only binds. The
// claim pages' one-statement details are long (a dozen aggregated parts), so parsing and
// planning them again on every page cost as much as running them. Like pgx and postgres.js,
// this client prepares every parameterised statement under a name given to its text.

/** Statement texts and their names, capped: past the cap a new text runs unnamed, as before. */
export class StatementNames {
  readonly #names = new Map<string, string>();

  constructor(readonly max: number) {}

  /** The name a text is prepared under, or undefined once `max` texts have names. */
  nameOf(text: string): string | undefined {
    const known = this.#names.get(text);
    if (known !== undefined || this.#names.size >= this.max) return known;
    const name = `recourse_${this.#names.size + 1}`;
    this.#names.set(text, name);
    return name;
  }

  get size(): number {
    return this.#names.size;
  }
}

/**
 * One table for the process: the cap bounds what each server connection keeps (a flood of
 * one-off texts, such as IN lists of every length, cannot grow its memory without end), and
 * 300 is several times the texts the whole API and its workers send.
 */
export const statementNames = new StatementNames(300);

/** pg's client, preparing each parameterised statement once per connection. */
export class PreparingClient extends pg.Client {}

type Query = (this: pg.Client, ...args: unknown[]) => Promise<pg.QueryResult>;
const plainQuery = pg.Client.prototype.query as unknown as Query;

// Assigned rather than overridden: pg's many overloads cannot be restated one by one, and
// every call but Kysely's shape, (text, values), passes through unchanged.
PreparingClient.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  const [text, values, callback] = args;
  if (typeof text === 'string' && Array.isArray(values) && callback === undefined) {
    const name = values.length > 0 ? statementNames.nameOf(text) : undefined;
    return name === undefined ? settled(this, { text, values }) : runPrepared(this, text, values, name);
  }
  return plainQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

/**
 * pg's own answer, with a callback, in a promise of ours. When pg makes the promise itself,
 * the rows it resolves with outlive the request: measured under load, every row of every
 * page survived two scavenges and was promoted (18 KB a page of 20 refunds, 40 µs of pauses
 * a request, and an old space filling with garbage); with the callback, 0.3 KB and 16 µs.
 * How it was measured: docs/benchmarks.md.
 */
function settled(client: pg.Client, config: pg.QueryConfig): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    // With a callback pg returns nothing to wait for; its typings still say a promise.
    void plainQuery.call(client, config, (error: Error | undefined, result: pg.QueryResult) => (error === undefined || error === null ? resolve(result) : reject(error)));
  });
}

/** Connections whose prepared statements a migration made stale; cleared at their next chance. */
const stale = new WeakSet<pg.Client>();

async function runPrepared(client: pg.Client, text: string, values: unknown[], name: string): Promise<pg.QueryResult> {
  // A failed transaction refuses every command until its rollback, so the clearing waits for that.
  if (stale.has(client) && client.getTransactionStatus() !== 'E') await forgetPrepared(client);
  try {
    return await settled(client, { text, values, name });
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    // A migration changed the columns of a table a prepared statement reads (a running process
    // during a deploy). Outside a transaction: prepare again and answer. Inside one, the
    // transaction has failed: its use case fails once, and the connection is cleared after.
    stale.add(client);
    if (client.getTransactionStatus() !== 'I') throw error;
    await forgetPrepared(client);
    return settled(client, { text, values, name });
  }
}

async function forgetPrepared(client: pg.Client): Promise<void> {
  await settled(client, { text: 'DEALLOCATE ALL' });
  (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements = {};
  stale.delete(client);
}

function isStalePlan(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(error.message);
}
