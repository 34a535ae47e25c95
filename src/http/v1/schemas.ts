import { Type, type TSchema } from '@sinclair/typebox';

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

/** Errors a native route may answer with, for the OpenAPI document. */
export function withErrors<R extends Record<number, TSchema>>(responses: R): R & Record<400 | 401 | 403 | 404 | 409 | 412 | 422, typeof Problem> {
  return { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 412: Problem, 422: Problem, ...responses };
}

/** A nullable timestamp as the native API writes it. */
export { isoTimeOrNull as iso } from '../iso-time.js';
