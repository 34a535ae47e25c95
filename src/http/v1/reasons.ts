import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { createReason, getReason, listReasons, updateReason } from '../../core/claims/reasons.js';
import type { Reason } from '../../domain/claim/reason.js';
import { IdParam, withErrors } from './schemas.js';

const Kind = Type.Union([Type.Literal('cancellation'), Type.Literal('return'), Type.Literal('incident')]);
const Translations = Type.Record(Type.String({ pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$' }), Type.String({ minLength: 1, maxLength: 255 }));

const ReasonSchema = Type.Object({
  id: Type.Integer(), uuid: Type.String(), kind: Type.String(), subject: Type.String(),
  translations: Type.Record(Type.String(), Type.String()), requires_description: Type.Boolean(),
  requires_evidence: Type.Boolean(), active: Type.Boolean(), position: Type.Integer(),
  created_at: Type.String(), updated_at: Type.String(),
}, { $id: 'Reason' });

const ReasonFields = {
  subject: Type.String({ minLength: 1, maxLength: 255 }),
  translations: Type.Optional(Translations),
  requires_description: Type.Optional(Type.Boolean()),
  requires_evidence: Type.Optional(Type.Boolean()),
  active: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
};

const CreateReasonBody = Type.Object({ kind: Kind, store_id: Type.Optional(Type.Integer({ minimum: 1 })), ...ReasonFields }, { additionalProperties: false });
const UpdateReasonBody = Type.Object({ kind: Type.Optional(Kind), ...ReasonFields, subject: Type.Optional(ReasonFields.subject) }, { additionalProperties: false, minProperties: 1 });

export function renderReason(reason: Reason) {
  return {
    id: reason.id, uuid: reason.uuid, kind: reason.kind, subject: reason.subject, translations: reason.translations,
    requires_description: reason.requiresDescription, requires_evidence: reason.requiresEvidence, active: reason.active,
    position: reason.position, created_at: reason.createdAt.toISOString(), updated_at: reason.updatedAt.toISOString(),
  };
}

export const reasonRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.post('/reasons', {
    schema: { operationId: 'createReason', tags: ['reasons'], summary: 'Create a claim reason', body: CreateReasonBody, response: withErrors({ 201: ReasonSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const reason = await createReason(core, request.actor, {
      storeId: body.store_id, kind: body.kind, subject: body.subject, translations: body.translations,
      requiresDescription: body.requires_description, requiresEvidence: body.requires_evidence, active: body.active, position: body.position,
    });
    return reply.code(201).send(renderReason(reason));
  });

  app.get('/reasons', {
    schema: {
      operationId: 'listReasons',
      tags: ['reasons'], summary: "List the store's reasons",
      querystring: Type.Object({ kind: Type.Optional(Kind), active: Type.Optional(Type.Boolean()) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(ReasonSchema) }) }),
    },
  }, async (request) => {
    const { reasons } = await listReasons(core, request.actor, {
      kinds: request.query.kind === undefined ? undefined : [request.query.kind], active: request.query.active,
    }, { offset: 0, limit: 1000 });
    return { data: reasons.map(renderReason) };
  });

  app.get('/reasons/:id', {
    schema: { operationId: 'getReason', tags: ['reasons'], summary: 'Get a reason', params: IdParam, response: withErrors({ 200: ReasonSchema }) },
  }, async (request) => renderReason(await getReason(core, request.actor, { id: request.params.id })));

  app.patch('/reasons/:id', {
    schema: { operationId: 'updateReason', tags: ['reasons'], summary: 'Edit a reason', params: IdParam, body: UpdateReasonBody, response: withErrors({ 200: ReasonSchema }) },
  }, async (request) => {
    const body = request.body;
    return renderReason(await updateReason(core, request.actor, request.params.id, {
      kind: body.kind, subject: body.subject, translations: body.translations, requiresDescription: body.requires_description,
      requiresEvidence: body.requires_evidence, active: body.active, position: body.position,
    }));
  });
};
