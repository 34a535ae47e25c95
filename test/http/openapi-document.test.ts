import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientFilesOf, clientFolder } from '../../clients/typescript/scripts/generate.js';
import { nativeOpenApiDocument, openApiJson } from '../../src/cli/openapi-document.js';

// /openapi.json is read by generators other than ours (openapi-generator, Kiota, oapi-codegen):
// it must pass a standard OpenAPI 3.1 validator with Redocly's recommended rules, warnings
// included. Two rules are decided otherwise, each for a reason:
const DECIDED = {
  // No license has been chosen for the project; the document must not invent one.
  'info-license': 'off',
} as const;
// /health answers 200 or nothing: it takes no input, needs no key and is never rate limited.
const WITHOUT_4XX = ['#/paths/~1health/get/responses'];

describe("the native API's OpenAPI document", () => {
  let document: Record<string, unknown>;
  beforeAll(async () => { document = await nativeOpenApiDocument(); });

  it('passes the OpenAPI 3.1 validator with no error and no warning', async () => {
    const config = await createConfig({ extends: ['recommended'], rules: DECIDED });
    const problems = await lintFromString({ source: openApiJson(document), absoluteRef: 'openapi.json', config });
    const found = problems
      .filter((problem) => !(problem.ruleId === 'operation-4xx-response' && WITHOUT_4XX.includes(problem.location[0]?.pointer ?? '')))
      .map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(found).toEqual([]);
  });

  it('is the document the committed TypeScript client was generated from (npm run generate:client)', async () => {
    const files = await clientFilesOf(document);
    for (const [name, text] of Object.entries(files)) {
      const committed = await readFile(resolve(clientFolder, name), 'utf8');
      expect(committed, `clients/typescript/${name} is stale: run npm run generate:client`).toBe(text);
    }
  });

  it('is a validator that speaks up: a repeated operationId and an operation without responses are reported', async () => {
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    const broken = {
      ...document,
      paths: {
        ...paths,
        '/v1/claims': { ...paths['/v1/claims'], get: { ...paths['/v1/claims']?.get, operationId: 'fileClaim' } },
        '/v1/orders': { ...paths['/v1/orders'], get: { ...paths['/v1/orders']?.get, responses: {} } },
      },
    };
    const config = await createConfig({ extends: ['recommended'], rules: DECIDED });
    const problems = await lintFromString({ source: openApiJson(broken), absoluteRef: 'openapi.json', config });
    expect(problems.map((problem) => problem.ruleId)).toEqual(expect.arrayContaining(['operation-operationId-unique', 'operation-2xx-response']));
  });
});
