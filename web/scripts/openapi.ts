import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeOpenApiDocument, openApiJson, openApiTypes } from '../../src/cli/openapi-document.js';

// Writes the native API's OpenAPI document and the TypeScript types the pages' generated
// client is typed against. Run before every web build, so the pages cannot drift from the API.

const here = dirname(fileURLToPath(import.meta.url));
const document = await nativeOpenApiDocument();
const out = resolve(here, '../src/api');
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'openapi.json'), openApiJson(document));
await writeFile(resolve(out, 'schema.d.ts'), await openApiTypes(document, "// Generated from the native API's OpenAPI document by web/scripts/openapi.ts. Do not edit."));
console.log('web/src/api/schema.d.ts written');
