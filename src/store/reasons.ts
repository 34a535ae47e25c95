import type { Kysely } from 'kysely';
import type { Reason, ReasonFields, ReasonFilter, ReasonRef } from '../domain/claim/reason.js';
import type { DB, ReasonRow } from './schema.js';

export function toReason(row: ReasonRow): Reason {
  return {
    id: row.id, uuid: row.uuid, storeId: row.store_id, kind: row.kind, subject: row.subject,
    translations: row.translations, requiresDescription: row.requires_description,
    requiresEvidence: row.requires_evidence, active: row.active, position: row.position,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export async function insertReason(db: Kysely<DB>, storeId: number, uuid: string, fields: ReasonFields): Promise<Reason> {
  const row = await db.insertInto('reasons').values({
    store_id: storeId, uuid, kind: fields.kind, subject: fields.subject, translations: JSON.stringify(fields.translations),
    requires_description: fields.requiresDescription, requires_evidence: fields.requiresEvidence,
    active: fields.active, position: fields.position,
  }).returningAll().executeTakeFirstOrThrow();
  return toReason(row);
}

export async function updateReason(db: Kysely<DB>, storeId: number, reasonId: number, patch: Partial<ReasonFields>, at: Date): Promise<Reason | undefined> {
  const row = await db.updateTable('reasons').set({
    ...(patch.kind === undefined ? {} : { kind: patch.kind }),
    ...(patch.subject === undefined ? {} : { subject: patch.subject }),
    ...(patch.translations === undefined ? {} : { translations: JSON.stringify(patch.translations) }),
    ...(patch.requiresDescription === undefined ? {} : { requires_description: patch.requiresDescription }),
    ...(patch.requiresEvidence === undefined ? {} : { requires_evidence: patch.requiresEvidence }),
    ...(patch.active === undefined ? {} : { active: patch.active }),
    ...(patch.position === undefined ? {} : { position: patch.position }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', reasonId).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toReason(row);
}

export async function findReason(db: Kysely<DB>, storeId: number, ref: ReasonRef): Promise<Reason | undefined> {
  let query = db.selectFrom('reasons').selectAll().where('store_id', '=', storeId);
  query = 'id' in ref ? query.where('id', '=', ref.id) : query.where('uuid', '=', ref.uuid);
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toReason(row);
}

export async function findReasons(db: Kysely<DB>, storeId: number, ids: readonly number[]): Promise<Reason[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('reasons').selectAll().where('store_id', '=', storeId).where('id', 'in', ids).execute();
  return rows.map(toReason);
}

/** Reasons are few per store; ordered by id, paged by offset within a hard cap. */
export async function listReasons(
  db: Kysely<DB>, storeId: number, filter: ReasonFilter, page: { offset: number; limit: number },
): Promise<{ reasons: Reason[]; total: number }> {
  let query = db.selectFrom('reasons').where('store_id', '=', storeId);
  if (filter.kinds !== undefined && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.ids !== undefined) query = filter.ids.length === 0 ? query.where('id', '=', -1) : query.where('id', 'in', filter.ids);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id').offset(page.offset).limit(page.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { reasons: rows.map(toReason), total: Number(count.total) };
}
