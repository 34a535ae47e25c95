import type { SwaggerTransform } from '@fastify/swagger';

// How a route appears in /openapi.json: only the native API is documented (each dialect
// follows its own published document), and the headers the HTTP layer reads for every route
// are declared on each operation, so generated clients can send them by name.

const IDEMPOTENCY_KEY = {
  type: 'string', minLength: 1, maxLength: 255,
  description: 'a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422',
};

export const documentRoute: SwaggerTransform = ({ schema, url, route }) => {
  const documented = url.startsWith('/v1/') || url === '/health';
  if (!documented) return { schema: { ...schema, hide: true }, url };
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  // Every keyed POST takes Idempotency-Key (src/http/idempotency.ts); sign-in and portal lookups carry no key.
  if (methods.includes('POST') && url.startsWith('/v1/') && schema.security?.length !== 0) {
    return { schema: { ...schema, headers: withHeader(schema.headers, 'idempotency-key', IDEMPOTENCY_KEY) }, url };
  }
  return { schema, url };
};

function withHeader(headers: unknown, name: string, property: object): object {
  const given = (headers ?? {}) as { properties?: Record<string, unknown> };
  return { type: 'object', ...given, properties: { ...given.properties, [name]: property } };
}
