import { Type } from '@sinclair/typebox';

/** A string that must be one of `values`; typed as their union (a JSON Schema `enum`). */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
