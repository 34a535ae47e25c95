import { RefusalError } from '../domain/refusal.js';

// Opaque keyset cursors over (created_at, id): base64url of a small JSON tuple.

export interface Keyset {
  createdAt: Date;
  id: number;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.createdAt.toISOString(), keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && Number.isSafeInteger(parsed[1])) {
      const createdAt = new Date(parsed[0]);
      // Only instants this API could have written: a forged year outside 1–9999 (which the
      // database's range may not hold) is as foreign as any other forged cursor.
      const year = createdAt.getUTCFullYear();
      if (!Number.isNaN(createdAt.getTime()) && year >= 1 && year <= 9999) return { createdAt, id: parsed[1] as number };
    }
  } catch {
    // Falls through to the refusal below: a cursor we did not make is bad input, not a crash.
  }
  throw new RefusalError({ code: 'invalid_input', message: 'cursor is not one this API returned', path: '/query/cursor' });
}
