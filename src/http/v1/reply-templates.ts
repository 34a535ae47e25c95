import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../../core/templates/reply-templates.js';
import { PLACEHOLDERS, TEMPLATE_KINDS, type ReplyTemplate } from '../../domain/claim/reply-template.js';
import { StringEnum } from '../string-enum.js';
import { NoContent, withErrors } from './schemas.js';

// The store's reply templates: messages and rejection reasons agents pick on the claim page.

const Kind = StringEnum(TEMPLATE_KINDS, { description: 'message: a message to the customer; rejection: the reason given when rejecting' });
const Name = Type.String({ minLength: 1, maxLength: 100 });
const Body = Type.String({ minLength: 1, maxLength: 10_000, description: `placeholders: ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}` });
const UuidParam = Type.Object({ id: Type.String({ format: 'uuid' }) });

const TemplateSchema = Type.Object({
  id: Type.String(), kind: Type.String(), name: Type.String(), body: Type.String(), created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'ReplyTemplate' });

function renderTemplate(template: ReplyTemplate) {
  return {
    id: template.uuid, kind: template.kind, name: template.name, body: template.body,
    created_at: template.createdAt.toISOString(), updated_at: template.updatedAt.toISOString(),
  };
}

export const replyTemplateRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/reply-templates', {
    schema: {
      operationId: 'listReplyTemplates', tags: ['templates'], summary: "The store's reply templates, by kind and name",
      querystring: Type.Object({ kind: Type.Optional(Kind) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(TemplateSchema) }) }),
    },
  }, async (request) => ({ data: (await listTemplates(core, request.actor, request.query.kind)).map(renderTemplate) }));

  app.post('/reply-templates', {
    schema: {
      operationId: 'createReplyTemplate', tags: ['templates'], summary: 'Create a reply template',
      body: Type.Object({ kind: Kind, name: Name, body: Body }, {
        additionalProperties: false, examples: [{ kind: 'message', name: 'Label sent', body: 'Hello {{customer_first_name}}, your return label for {{claim_number}} is attached.' }],
      }),
      response: withErrors({ 201: TemplateSchema }),
    },
  }, async (request, reply) => reply.code(201).send(renderTemplate(await createTemplate(core, request.actor, request.body))));

  app.patch('/reply-templates/:id', {
    schema: {
      operationId: 'updateReplyTemplate', tags: ['templates'], summary: 'Change a reply template', params: UuidParam,
      body: Type.Object({ kind: Type.Optional(Kind), name: Type.Optional(Name), body: Type.Optional(Body) }, { additionalProperties: false, minProperties: 1 }),
      response: withErrors({ 200: TemplateSchema }),
    },
  }, async (request) => renderTemplate(await updateTemplate(core, request.actor, request.params.id.toLowerCase(), request.body)));

  app.delete('/reply-templates/:id', {
    schema: { operationId: 'deleteReplyTemplate', tags: ['templates'], summary: 'Delete a reply template', params: UuidParam, response: withErrors({ 204: NoContent }) },
  }, async (request, reply) => {
    await deleteTemplate(core, request.actor, request.params.id.toLowerCase());
    return reply.code(204).send();
  });
};
