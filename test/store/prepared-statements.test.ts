import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementNames } from '../../src/store/prepared-statements.js';
import { DATABASES, openTestDatabase, type TestDatabase } from '../support/databases.js';

// Every parameterised statement is prepared once per connection under a name for its text;
// the number of names is capped; a migration under a running process costs it nothing
// outside a transaction and one failed transaction inside one.

describe('naming statement texts', () => {
  it('gives each text one name, and none past the cap, while the named keep theirs', () => {
    const names = new StatementNames(2);
    expect(names.nameOf('select $1')).toBe('recourse_1');
    expect(names.nameOf('select $1, $2')).toBe('recourse_2');
    expect(names.nameOf('select $1, $2, $3')).toBeUndefined();
    expect(names.nameOf('select $1')).toBe('recourse_1');
    expect(names.size).toBe(2);
  });
});

describe.each(DATABASES)('prepared statements (%s)', (kind) => {
  let database: TestDatabase;
  let db: Kysely<any>;

  // One connection, so the session-local pg_prepared_statements shows everything prepared.
  beforeAll(async () => {
    database = await openTestDatabase(kind, { poolMax: 1 });
    db = database.db as unknown as Kysely<any>;
  });

  afterAll(async () => {
    await database.dispose();
  });

  const preparedLike = async (marker: string) => Number((await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE ${`%${marker}%`} AND statement NOT LIKE '%pg_prepared_statements%'`.execute(db)).rows[0]?.n);

  it('prepares a statement with parameters once and binds it again on later runs', async () => {
    for (const value of [1, 2, 3]) {
      expect((await sql<{ v: number }>`SELECT ${value}::int AS v /* marker-once */`.execute(db)).rows).toEqual([{ v: value }]);
    }
    expect(await preparedLike('marker-once')).toBe(1);
  });

  it('sends a statement without parameters as it is, unprepared', async () => {
    expect((await sql<{ v: number }>`SELECT 1 AS v /* marker-plain */`.execute(db)).rows).toEqual([{ v: 1 }]);
    expect(await preparedLike('marker-plain')).toBe(0);
  });

  it("rejects with the server's error, code and all, and the connection answers the next statement", async () => {
    await expect(sql`SELECT 1 / ${0}::int AS v`.execute(db)).rejects.toMatchObject({ code: '22012', message: 'division by zero' });
    await expect(sql`SELECT * FROM no_such_table`.execute(db)).rejects.toMatchObject({ code: '42P01' });
    expect((await sql<{ v: number }>`SELECT ${5}::int AS v`.execute(db)).rows).toEqual([{ v: 5 }]);
  });

  it('answers after a migration changes the columns a prepared statement reads', async () => {
    await sql`CREATE TABLE probe (a int)`.execute(db);
    await sql`INSERT INTO probe VALUES (1)`.execute(db);
    const read = () => sql`SELECT * FROM probe WHERE a = ${1}`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1 }]);

    // Outside a transaction, the statement is prepared again and answers at once.
    await sql`ALTER TABLE probe ADD COLUMN b int DEFAULT 7`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1, b: 7 }]);

    // Inside one, the transaction fails (PostgreSQL refuses the stale plan), and only it.
    await sql`ALTER TABLE probe ADD COLUMN c int DEFAULT 8`.execute(db);
    await expect(db.transaction().execute((trx) => sql`SELECT * FROM probe WHERE a = ${1}`.execute(trx))).rejects.toThrow(/cached plan must not change result type/);
    expect((await read()).rows).toEqual([{ a: 1, b: 7, c: 8 }]);
    await expect(db.transaction().execute(async (trx) => (await sql`SELECT * FROM probe WHERE a = ${1}`.execute(trx)).rows)).resolves.toEqual([{ a: 1, b: 7, c: 8 }]);
  });
});
