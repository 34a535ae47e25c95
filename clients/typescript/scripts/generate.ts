import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeOpenApiDocument, openApiJson, openApiTypes } from '../../../src/cli/openapi-document.js';

// Regenerates the client's committed files from the server's code: the OpenAPI document the
// service serves at /openapi.json, and the TypeScript types generated from it. A test in the
// repository's suite fails when these files differ from what this script would write.

export const GENERATED_HEADER = "// Generated from the Recourse native API's OpenAPI document by clients/typescript/scripts/generate.ts. Do not edit.";

export interface ClientFiles {
  'openapi.json': string;
  'src/schema.ts': string;
}

/** The files generated from `document`, by their path in the client's folder. */
export async function clientFilesOf(document: Record<string, unknown>): Promise<ClientFiles> {
  return { 'openapi.json': openApiJson(document), 'src/schema.ts': await openApiTypes(document, GENERATED_HEADER) };
}

export const clientFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await clientFilesOf(await nativeOpenApiDocument());
  for (const [name, text] of Object.entries(files)) {
    await writeFile(resolve(clientFolder, name), text);
    console.log(`clients/typescript/${name} written`);
  }
}
