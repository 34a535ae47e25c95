import type { Kysely } from 'kysely';

// Frozen once released.
export async function up(_db: Kysely<any>): Promise<void> {}
