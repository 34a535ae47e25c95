import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createCore } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import { openDatabase } from '../../src/store/db.js';

// Writes the native API's OpenAPI document and the TypeScript types the pages' generated
// client is typed against. Run before every web build, so the pages cannot drift from the API.

const here = dirname(fileURLToPath(import.meta.url));
const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
const app = await buildApp({ core: createCore(database.db), database });
await app.ready();
const document = app.swagger();
await app.close();
await database.close();

const out = resolve(here, '../src/api');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
const ast = await openapiTS(JSON.stringify(document));
await writeFile(resolve(out, 'schema.d.ts'), `// Generated from the native API's OpenAPI document by web/scripts/openapi.ts. Do not edit.\n${astToString(ast)}`);
console.log('web/src/api/schema.d.ts written');
