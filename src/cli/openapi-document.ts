import openapiTS, { astToString } from 'openapi-typescript';
import { createCore } from '../core/core.js';
import { buildApp } from '../http/app.js';
import { openDatabase } from '../store/db.js';

/** The native API's OpenAPI document exactly as `/openapi.json` serves it, built on an empty in-memory database. */
export async function nativeOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    const app = await buildApp({ core: createCore(database.db), database });
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}

/** The document as the JSON file generators read, ending in a newline. */
export function openApiJson(document: Record<string, unknown>): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** TypeScript types of every path and schema of `document` (openapi-typescript), headed by the line `header`. */
export async function openApiTypes(document: Record<string, unknown>, header: string): Promise<string> {
  return `${header}\n${astToString(await openapiTS(JSON.stringify(document)))}`;
}
