import { Type, type Static, type TBoolean, type TInteger, type TNumber, type TString, type TUnsafe } from '@sinclair/typebox';

/**
 * A nullable scalar in a response, as `type: [T, 'null']` (JSON Schema 2020-12, OpenAPI 3.1)
 * rather than `anyOf`: fast-json-stringify writes it after a type check, where `anyOf` runs
 * Ajv on every value to pick a branch (and, for a date-time, its format check too).
 * Request bodies keep `Type.Union`, whose validation errors the doors render.
 */
export function NullableOut<T extends TString | TInteger | TNumber | TBoolean>(schema: T): TUnsafe<Static<T> | null> {
  const { type, ...rest } = schema as T & { type: string };
  return Type.Unsafe<Static<T> | null>({ ...rest, type: [type, 'null'] });
}
