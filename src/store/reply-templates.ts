import type { Kysely, Selectable } from 'kysely';
import type { ReplyTemplate, TemplateFields, TemplateKind } from '../domain/claim/reply-template.js';
import type { DB } from './schema.js';

function toTemplate(row: Selectable<DB['reply_templates']>): ReplyTemplate {
  return { id: row.id, uuid: row.uuid, storeId: row.store_id, kind: row.kind, name: row.name, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Inserts a template; undefined when the store has one of that kind and name. */
export async function insertTemplate(db: Kysely<DB>, storeId: number, uuid: string, fields: TemplateFields): Promise<ReplyTemplate | undefined> {
  const row = await db.insertInto('reply_templates').values({ store_id: storeId, uuid, kind: fields.kind, name: fields.name, body: fields.body })
    .onConflict((conflict) => conflict.columns(['store_id', 'kind', 'name']).doNothing()).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toTemplate(row);
}

export async function findTemplate(db: Kysely<DB>, storeId: number, uuid: string): Promise<ReplyTemplate | undefined> {
  const row = await db.selectFrom('reply_templates').selectAll().where('store_id', '=', storeId).where('uuid', '=', uuid).executeTakeFirst();
  return row === undefined ? undefined : toTemplate(row);
}

/** A store's templates, by kind and name; a store keeps few, within a hard cap. */
export async function listTemplates(db: Kysely<DB>, storeId: number, kind: TemplateKind | undefined, limit: number): Promise<ReplyTemplate[]> {
  let query = db.selectFrom('reply_templates').selectAll().where('store_id', '=', storeId);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return (await query.orderBy('kind').orderBy('name').orderBy('id').limit(limit).execute()).map(toTemplate);
}

export async function countTemplates(db: Kysely<DB>, storeId: number): Promise<number> {
  const row = await db.selectFrom('reply_templates').select((eb) => eb.fn.countAll<string>().as('n')).where('store_id', '=', storeId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findTemplateNamed(db: Kysely<DB>, storeId: number, kind: TemplateKind, name: string): Promise<ReplyTemplate | undefined> {
  const row = await db.selectFrom('reply_templates').selectAll().where('store_id', '=', storeId).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : toTemplate(row);
}

/** Updates a template; undefined when it is gone. */
export async function updateTemplate(db: Kysely<DB>, storeId: number, id: number, patch: Partial<TemplateFields>, at: Date): Promise<ReplyTemplate | undefined> {
  const row = await db.updateTable('reply_templates').set({
    ...(patch.kind === undefined ? {} : { kind: patch.kind }),
    ...(patch.name === undefined ? {} : { name: patch.name }),
    ...(patch.body === undefined ? {} : { body: patch.body }),
    updated_at: at,
  }).where('store_id', '=', storeId).where('id', '=', id).returningAll().executeTakeFirst();
  return row === undefined ? undefined : toTemplate(row);
}

export async function deleteTemplate(db: Kysely<DB>, storeId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('reply_templates').where('store_id', '=', storeId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
