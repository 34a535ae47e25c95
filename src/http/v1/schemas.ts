import { Type, type Static, type TSchema } from '@sinclair/typebox';

// Shapes shared by several native routes. Each route's own schemas sit beside it.

export const Problem = Type.Object({
  type: Type.String(), title: Type.String(), status: Type.Integer(), detail: Type.String(), code: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
}, { additionalProperties: true, $id: 'Problem' });

export const IdParam = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
export const IdOrUuidParam = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const Currency = Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code' });
export const AmountMinor = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'integer minor units (1999 = 19.99)' });
export const Email = Type.String({ format: 'email', maxLength: 320 });
export const ShortText = Type.String({ minLength: 1, maxLength: 255 });
export const LongText = Type.String({ maxLength: 10_000 });
export const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 });
export const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 20 });
export const Cursor = Type.String({ maxLength: 512 });

/** An error response as it is sent: a problem document (RFC 9457) typed `application/problem+json`. */
export const ProblemResponse = Type.Unsafe<Static<typeof Problem>>({ description: 'A problem (RFC 9457)', content: { 'application/problem+json': { schema: Type.Ref(Problem) } } });

/** Errors a native route may answer with, for the OpenAPI document (429: every /v1 route is rate limited per key). */
export function withErrors<R extends Record<number, TSchema>>(responses: R): R & Record<400 | 401 | 403 | 404 | 409 | 412 | 422 | 429, typeof ProblemResponse> {
  const problem = ProblemResponse;
  return { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 412: problem, 422: problem, 429: problem, ...responses };
}

/** Optimistic concurrency on a write: the ETag as last read, so a write against a newer version gets 412 instead of overwriting it. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412' })),
});

/** A 204's empty body: the OpenAPI document then declares the status with no content (and `send()` takes nothing). */
export const NoContent = Type.Unsafe<void>({ type: 'null', description: 'No content' });

/** A response of raw bytes in one of `contentTypes` (never serialised as JSON). */
export function BinaryContent(contentTypes: readonly string[], description: string) {
  return Type.Unsafe<Buffer>({ description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) });
}

/** A nullable timestamp as the native API writes it. */
export { isoTimeOrNull as iso } from '../iso-time.js';
