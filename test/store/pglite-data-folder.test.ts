import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { DataFolderLockedError } from '../../src/store/lock-file.js';
import { migrateToLatest } from '../../src/store/migrate.js';

// The embedded default keeps its data in a folder: it must survive a restart, and two
// processes must never open the same folder at once.
describe('the PGlite data folder', () => {
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'recourse-data-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps its data across a restart', async () => {
    const dataDir = tempFolder();
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await migrateToLatest(first.db);
    await first.db.insertInto('stores').values({ uuid: crypto.randomUUID(), code: 'kept', name: 'Kept', currency: 'EUR', languages: '["en-us"]' }).execute();
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir });
    expect(await migrateToLatest(second.db)).toEqual([]);
    const rows = await second.db.selectFrom('stores').select('code').execute();
    expect(rows).toEqual([{ code: 'kept' }]);
    await second.close();
  });

  it('refuses a second opener while the first holds the folder, in this or another process', async () => {
    const dataDir = tempFolder();
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(DataFolderLockedError);
    await first.close();

    // Another process holds it: a child that opens the folder and waits.
    const script = `
      import { openDatabase } from './src/store/db.ts';
      const database = await openDatabase({ kind: 'pglite', dataDir: ${JSON.stringify(dataDir)} });
      console.log('ready');
      process.stdin.on('data', async () => { await database.close(); process.exit(0); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) resolve(); }));
    const refused = await openDatabase({ kind: 'pglite', dataDir }).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(DataFolderLockedError);
    expect((refused as DataFolderLockedError).holderPid).toBe(child.pid);
    child.stdin.write('stop\n');
    await new Promise((resolve) => child.on('exit', resolve));

    const after = await openDatabase({ kind: 'pglite', dataDir });
    await after.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = tempFolder();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(join(dataDir, 'recourse.lock'), String(dead.pid));
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await database.close();
  });

  it('keeps the folder and its files to the service user (0700 and 0600) on every start', async () => {
    const dataDir = tempFolder();
    const modes = () => {
      const found = new Map<string, number>([['.', lstatSync(dataDir).mode & 0o777]]);
      for (const entry of readdirSync(dataDir, { withFileTypes: true, recursive: true })) {
        const path = join(entry.parentPath, entry.name);
        found.set(path.slice(dataDir.length + 1), lstatSync(path).mode & 0o777);
      }
      return found;
    };
    const loose = (found: Map<string, number>) => [...found].filter(([path, mode]) => mode !== (path === '.' || lstatSync(join(dataDir, path)).isDirectory() ? 0o700 : 0o600));

    const first = await openDatabase({ kind: 'pglite', dataDir });
    await migrateToLatest(first.db);
    await first.db.insertInto('stores').values({ uuid: crypto.randomUUID(), code: 'private', name: 'Private', currency: 'EUR', languages: '["en-us"]' }).execute();
    const whileOpen = modes();
    expect(whileOpen.size).toBeGreaterThan(100);
    expect(loose(whileOpen)).toEqual([]);
    await first.close();
    expect(loose(modes())).toEqual([]);

    // Someone loosened them while the service was down: the next start tightens them again.
    chmodSync(dataDir, 0o777);
    for (const path of ['PG_VERSION', 'global', 'base']) chmodSync(join(dataDir, path), path === 'PG_VERSION' ? 0o666 : 0o777);
    const second = await openDatabase({ kind: 'pglite', dataDir });
    expect(loose(modes())).toEqual([]);
    await second.close();
  });
});
