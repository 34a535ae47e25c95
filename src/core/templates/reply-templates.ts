import type { Actor } from '../../domain/actor.js';
import { templateBodyRefusal, type ReplyTemplate, type TemplateFields, type TemplateKind } from '../../domain/claim/reply-template.js';
import { refuse } from '../../domain/refusal.js';
import * as templates from '../../store/reply-templates.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

// A store's reply templates: kept, listed and changed here; filled where the agent writes.

/** How many templates a store keeps: enough for any team, few enough to list on one page. */
export const TEMPLATES_MAX = 500;

function checkBody(body: string | undefined): void {
  if (body === undefined) return;
  const refusal = templateBodyRefusal(body);
  if (refusal !== undefined) refuse(refusal);
}

function taken(fields: { kind: string; name: string }): never {
  return refuse({ code: 'conflict', entity: 'reply_template', message: `a ${fields.kind} template named ${fields.name} already exists` });
}

export async function createTemplate(core: Core, actor: Actor, fields: TemplateFields): Promise<ReplyTemplate> {
  authorize(actor, 'templates.edit');
  checkBody(fields.body);
  const storeId = storeOf(actor, undefined);
  if (await templates.countTemplates(core.db, storeId) >= TEMPLATES_MAX) {
    refuse({ code: 'invalid_input', message: `a store keeps at most ${TEMPLATES_MAX} templates`, path: '/body' });
  }
  const created = await templates.insertTemplate(core.db, storeId, core.newId(), fields);
  if (created === undefined) taken(fields);
  return created;
}

export async function listTemplates(core: Core, actor: Actor, kind: TemplateKind | undefined): Promise<ReplyTemplate[]> {
  authorize(actor, 'templates.read');
  return templates.listTemplates(core.db, storeOf(actor, undefined), kind, TEMPLATES_MAX);
}

async function found(core: Core, actor: Actor, uuid: string): Promise<ReplyTemplate> {
  const template = await templates.findTemplate(core.db, storeOf(actor, undefined), uuid);
  if (template === undefined) refuse({ code: 'not_found', entity: 'reply_template', id: uuid });
  return template;
}

export async function updateTemplate(core: Core, actor: Actor, uuid: string, patch: Partial<TemplateFields>): Promise<ReplyTemplate> {
  authorize(actor, 'templates.edit');
  checkBody(patch.body);
  const template = await found(core, actor, uuid);
  const named = { kind: patch.kind ?? template.kind, name: patch.name ?? template.name };
  const other = await templates.findTemplateNamed(core.db, template.storeId, named.kind, named.name);
  if (other !== undefined && other.id !== template.id) taken(named);
  const updated = await templates.updateTemplate(core.db, template.storeId, template.id, patch, core.clock());
  if (updated === undefined) refuse({ code: 'not_found', entity: 'reply_template', id: uuid });
  return updated;
}

export async function deleteTemplate(core: Core, actor: Actor, uuid: string): Promise<void> {
  authorize(actor, 'templates.edit');
  const template = await found(core, actor, uuid);
  if (!await templates.deleteTemplate(core.db, template.storeId, template.id)) refuse({ code: 'not_found', entity: 'reply_template', id: uuid });
}
