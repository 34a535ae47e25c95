import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Middleware } from 'openapi-fetch';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

// Holds every answer a typed client receives to the OpenAPI document it was generated from:
// the operation exists, its status is declared, its content type is one the document names
// (none for a 204), and its body validates against the declared schema. A disagreement throws,
// so the client call that met it fails with what differed.

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** `document` is an OpenAPI 3.1 document as parsed from JSON. */
export function conformsToDocument(document: { paths: object }): Middleware {
  const paths = document.paths as Record<string, Record<string, Operation> | undefined>;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addFormat('binary', true);
  ajv.addSchema(document as object, 'openapi.json');
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let validate = validators.get(pointer);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `openapi.json#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  return {
    async onResponse({ request, response, schemaPath }) {
      const method = request.method.toLowerCase();
      const where = `${request.method} ${schemaPath} → ${response.status}`;
      const operation = paths[schemaPath]?.[method];
      if (operation === undefined) throw new Error(`${where}: the document has no such operation`);
      const declared = operation.responses?.[String(response.status)];
      if (declared === undefined) throw new Error(`${where}: the document does not declare this status (it declares ${Object.keys(operation.responses ?? {}).join(', ')})`);
      const body = await response.clone().text();
      if (declared.content === undefined) {
        if (body !== '') throw new Error(`${where}: the document declares no content, the service sent ${body.slice(0, 200)}`);
        return undefined;
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const media = declared.content[contentType];
      if (media === undefined) throw new Error(`${where}: content type ${contentType || '(none)'} is not one the document declares (${Object.keys(declared.content).join(', ')})`);
      if (!contentType.endsWith('json') || media.schema === undefined) return undefined;
      const pointer = ['/paths', schemaPath, method, 'responses', String(response.status), 'content', contentType, 'schema']
        .map((part, index) => (index === 0 ? part : `/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`)).join('');
      const validate = validatorAt(pointer);
      if (!validate(JSON.parse(body))) throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}`);
      return undefined;
    },
  };
}
