import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { addAttachments } from '../../core/claims/add-attachments.js';
import { addMessage } from '../../core/claims/add-message.js';
import type { ClaimDetails } from '../../core/claims/details.js';
import type { Core } from '../../core/core.js';
import { assignClaim } from '../../core/claims/assign-claim.js';
import { deleteClaim, editClaim } from '../../core/claims/edit-claim.js';
import { fileClaim } from '../../core/claims/file-claim.js';
import { gradeClaim } from '../../core/claims/grade-claim.js';
import { getClaim, getClaimDocument, listClaimDocuments, listClaimEvents } from '../../core/claims/read-claims.js';
import { requestRefund } from '../../core/refunds/refunds.js';
import { addResolution, addStoreCredit } from '../../core/claims/resolutions.js';
import { markReturnReceived, registerReturnShipment } from '../../core/claims/return-shipment.js';
import { transitionClaim } from '../../core/claims/transition-claim.js';
import { DISPOSITIONS } from '../../domain/claim/grading.js';
import { CLAIM_KINDS, CLAIM_STATUSES, INCIDENT_TYPES, type ClaimStatus } from '../../domain/claim/status.js';
import { RefusalError } from '../../domain/refusal.js';
import { REFUND_METHODS } from '../../domain/refund/status.js';
import { RESOLUTION_TYPES } from '../../domain/resolution.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { sendJsonText } from '../json-text.js';
import {
  AttachmentSchema, ClaimSchema, EventSchema, MessageSchema, RefundSchema, renderAttachment, renderClaim, renderEvent,
  renderMessage, renderRefund, renderResolution, renderStoreCredit, ResolutionSchema, StoreCreditSchema,
} from './claim-render.js';
import { AmountMinor, Currency, Cursor, IdOrUuidParam, IfMatchHeaders, Limit, LongText, NoContent, ShortText, Url, withErrors } from './schemas.js';
import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import type { ClaimFilter } from '../../domain/claim/claim-filter.js';
import { StringEnum } from '../string-enum.js';

const literals = StringEnum;
const Kind = literals(CLAIM_KINDS);
const Status = literals(CLAIM_STATUSES);
const AttachmentKind = literals(['photo', 'signature', 'receipt', 'other'] as const);
const RefundDestinationSchema = Type.Object({
  method: literals(REFUND_METHODS),
  iban: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{11,40}$' })),
  holder_name: Type.Optional(ShortText),
}, { additionalProperties: false });

const FileClaimBody = Type.Object({
  order_id: Type.Integer({ minimum: 1 }),
  kind: Kind,
  type: Type.Optional(literals(INCIDENT_TYPES)),
  reason_id: Type.Optional(Type.Integer({ minimum: 1 })),
  description: Type.Optional(LongText),
  author: Type.Optional(Type.Object({ name: Type.Optional(ShortText), email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })) }, { additionalProperties: false })),
  lines: Type.Array(Type.Object({
    order_item_id: Type.Integer({ minimum: 1 }),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    issue_type: Type.Optional(literals(INCIDENT_TYPES)),
    details: Type.Optional(LongText),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
  refund_destination: Type.Optional(RefundDestinationSchema),
  resolution_requested: Type.Optional(literals(RESOLUTION_TYPES)),
  attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  policy_id: Type.Optional(Type.String({ maxLength: 100 })),
  evidence: Type.Optional(Type.Array(Type.Object({ url: Url, kind: AttachmentKind }, { additionalProperties: false }), { maxItems: 20 })),
}, {
  additionalProperties: false,
  examples: [{
    order_id: 1, kind: 'return', reason_id: 3, description: 'The shirt is too small',
    lines: [{ order_item_id: 1, quantity: 1 }], refund_destination: { method: 'original_payment' },
    evidence: [{ url: 'https://img.example.com/claims/1.jpg', kind: 'photo' }],
  }, { order_id: 2, kind: 'incident', type: 'damaged', lines: [{ order_item_id: 5 }], resolution_requested: 'RESHIP' }],
});

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const ListQuery = Type.Object({
  limit: Type.Optional(Limit),
  cursor: Type.Optional(Cursor),
  status: Type.Optional(Type.String({ maxLength: 500, description: 'comma list of statuses' })),
  kind: Type.Optional(Type.String({ maxLength: 100, description: 'comma list' })),
  type: Type.Optional(Type.String({ maxLength: 500, description: 'comma list of incident types' })),
  reason_id: Type.Optional(Type.String({ pattern: '^\\d+(,\\d+)*$', maxLength: 500 })),
  order_number: Type.Optional(Type.String({ maxLength: 100 })),
  customer_email: Type.Optional(Type.String({ maxLength: 320 })),
  author_email: Type.Optional(Type.String({ maxLength: 320 })),
  sku: Type.Optional(Type.String({ maxLength: 100 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'search in number, order number, author and description' })),
  created_after: Type.Optional(Type.String({ format: 'date-time' })),
  created_before: Type.Optional(Type.String({ format: 'date-time' })),
  updated_after: Type.Optional(Type.String({ format: 'date-time' })),
  updated_before: Type.Optional(Type.String({ format: 'date-time' })),
  operator: Type.Optional(literals(['AND', 'OR'] as const)),
  include_deleted: Type.Optional(Type.Boolean()),
  assignee: Type.Optional(Type.String({
    maxLength: 2000, pattern: `^(me|none|${UUID})(,(me|none|${UUID}))*$`,
    description: 'comma list: `me` (the signed-in console user), `none` (unassigned) or a user id',
  })),
  queue: Type.Optional(Type.String({ maxLength: 500, description: 'comma list of review queues' })),
  flag: Type.Optional(Type.String({ maxLength: 500, description: 'comma list of risk flags: claims carrying any of them' })),
  sort: Type.Optional(literals(['newest', 'oldest', 'due'] as const, {
    description: "newest first (the default), oldest first, or due first (by the policy's service levels: overdue first, claims with nothing due last); a cursor continues in the sort it was made with",
  })),
});

const EditClaimBody = Type.Object({
  description: Type.Optional(Type.Union([LongText, Type.Null()])),
  reason_id: Type.Optional(Type.Integer({ minimum: 1 })),
  kind: Type.Optional(Kind),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  refund_destination: Type.Optional(RefundDestinationSchema),
  attributes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  status: Type.Optional(Status),
}, { additionalProperties: false, minProperties: 1 });

const GradeBody = Type.Object({
  lines: Type.Array(Type.Object({
    line_id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    disposition: literals(DISPOSITIONS),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
}, { additionalProperties: false, examples: [{ lines: [{ line_id: 1, disposition: 'restock' }, { line_id: 2, disposition: 'damaged', note: 'cracked handle' }] }] });

const AssigneeBody = Type.Object({
  user_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: "a console user's id (uuid) of this store, or null to unassign" }),
}, { additionalProperties: false, examples: [{ user_id: '0b6f5f0e-2f4c-4d55-9a3e-8c7d1f2a3b4c' }, { user_id: null }] });

const NoteBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }), images: Type.Optional(Type.Array(Url, { maxItems: 20 })) }, { additionalProperties: false, examples: [{ reason: 'The item was used', images: ['https://img.example.com/inspection/1.jpg'] }] });
const TransitionBody = Type.Object({ to: Status, note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
const MessageBody = Type.Object({
  body: Type.String({ minLength: 1, maxLength: 10_000 }),
  sender_type: Type.Optional(literals(['customer', 'merchant', 'admin', 'automatic', 'system'] as const)),
  author_name: Type.Optional(ShortText),
  internal: Type.Optional(Type.Boolean()),
  attachments: Type.Optional(Type.Array(Url, { maxItems: 20 })),
}, { additionalProperties: false });
const AttachmentsBody = Type.Object({ attachments: Type.Array(Type.Object({ url: Url, kind: AttachmentKind }, { additionalProperties: false }), { minItems: 1, maxItems: 20 }) }, { additionalProperties: false });
const ResolutionBody = Type.Object({
  type: literals(RESOLUTION_TYPES),
  details: Type.Optional(LongText),
  paid_value: Type.Optional(AmountMinor),
  paid_currency: Type.Optional(Currency),
  include_shipping: Type.Optional(Type.Boolean()),
  shipping_amount: Type.Optional(AmountMinor),
}, { additionalProperties: false, examples: [{ type: 'REFUND', paid_value: 2498, paid_currency: 'EUR', include_shipping: true, shipping_amount: 499 }] });
const StoreCreditBody = Type.Object({
  type: literals(['gift_card', 'discount_code'] as const),
  code: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{4,64}$' })),
  value: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  bonus: Type.Optional(AmountMinor),
  currency: Type.Optional(Currency),
}, { additionalProperties: false });
const RefundBody = Type.Object({
  amount: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'minor units' }),
  currency: Type.Optional(Currency),
  method: Type.Optional(literals(REFUND_METHODS)),
  reason: Type.Optional(Type.String({ maxLength: 1000 })),
  needs_return: Type.Optional(Type.Boolean()),
  status: Type.Optional(literals(['requested', 'issued'] as const)),
}, { additionalProperties: false, examples: [{ amount: 1999, reason: 'Returned in good condition' }] });
const ShipmentBody = Type.Object({
  carrier: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  tracking_number: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  tracking_url: Type.Optional(Url),
}, { additionalProperties: false, examples: [{ carrier: 'yurtici', tracking_number: 'YT123456789', tracking_url: 'https://track.example.com/YT123456789' }] });

/** `12` is an id, anything shaped like a UUID a uuid, `R-…` a claim number. */
export function claimRefOf(id: string): ClaimRef {
  if (/^\d{1,15}$/.test(id)) return { id: Number(id) };
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return { uuid: id.toLowerCase() };
  if (/^R-\d{1,15}$/.test(id)) return { number: id };
  throw new RefusalError({ code: 'not_found', entity: 'claim', id });
}

/** If-Match carries the version we sent as the ETag; `*` means "whatever it is now". */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (match === null) throw new RefusalError({ code: 'invalid_input', message: 'If-Match must be an ETag this API returned', path: '/headers/if-match' });
  return Number(match[1]);
}

function sendClaim(reply: FastifyReply, claim: ClaimDetails, status = 200) {
  return reply.code(status).header('etag', `"${claim.version}"`).send(renderClaim(claim));
}

/**
 * Reads send the claim as the database rendered it (src/store/claim-documents.ts), the bytes
 * this door's serializer would write for renderClaim. Where the database leaves a claim to us
 * (attributes JavaScript prints otherwise), it is loaded and rendered here.
 */
async function claimText(core: Core, request: FastifyRequest, reply: FastifyReply, row: { id: number; document: string | null }): Promise<string> {
  return row.document ?? reply.serializeInput(renderClaim(await getClaim(core, request.actor, { id: row.id })), ClaimSchema);
}

const commaList = (value: string | undefined) => (value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter((item) => item !== ''));

function checkedList<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] | undefined {
  const items = commaList(value);
  const unknown = items?.find((item) => !(allowed as readonly string[]).includes(item));
  if (unknown !== undefined) throw new RefusalError({ code: 'invalid_input', message: `unknown ${name} ${unknown}`, path: `/query/${name}` });
  return items as T[] | undefined;
}

/** `assignee=me,none,<uuid>` as the filter's fields; `me` needs a signed-in console user. */
function assigneeFilterOf(list: string | undefined, actor: Actor): Pick<ClaimFilter, 'assigneeUserIds' | 'assigneeUserUuids' | 'unassigned'> {
  const values = commaList(list);
  if (values === undefined) return {};
  const me = values.includes('me');
  const user = actor.role === 'merchant' ? actor.user : undefined;
  if (me && user === undefined) throw new RefusalError({ code: 'invalid_input', message: 'assignee=me needs a signed-in console user', path: '/query/assignee' });
  const uuids = values.filter((value) => value !== 'me' && value !== 'none').map((value) => value.toLowerCase());
  return {
    ...(me && user !== undefined ? { assigneeUserIds: [user.id] } : {}),
    ...(uuids.length > 0 ? { assigneeUserUuids: uuids } : {}),
    ...(values.includes('none') ? { unassigned: true } : {}),
  };
}

export function filterOf(query: Static<typeof ListQuery>, actor: Actor): ClaimFilter {
  const date = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
  return {
    ...assigneeFilterOf(query.assignee, actor),
    queues: commaList(query.queue),
    riskFlags: commaList(query.flag),
    operator: query.operator,
    statuses: checkedList(query.status, CLAIM_STATUSES, 'status'),
    kinds: checkedList(query.kind, CLAIM_KINDS, 'kind'),
    incidentTypes: checkedList(query.type, INCIDENT_TYPES, 'type'),
    reasonIds: commaList(query.reason_id)?.map(Number),
    orderNumbers: commaList(query.order_number),
    customerEmails: commaList(query.customer_email),
    authorEmails: commaList(query.author_email),
    skus: commaList(query.sku),
    sources: commaList(query.source),
    search: query.q,
    createdAt: query.created_after === undefined && query.created_before === undefined ? undefined : { gte: date(query.created_after), lte: date(query.created_before) },
    updatedAt: query.updated_after === undefined && query.updated_before === undefined ? undefined : { gte: date(query.updated_after), lte: date(query.updated_before) },
  };
}

export const claimRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  const Id = { params: IdOrUuidParam };
  const ClaimResponse = withErrors({ 200: ClaimSchema });

  app.post('/claims', {
    schema: { operationId: 'fileClaim', tags: ['claims'], summary: 'File a claim (cancellation, return or incident)', body: FileClaimBody, response: withErrors({ 201: ClaimSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const claim = await fileClaim(core, request.actor, {
      order: { id: body.order_id }, kind: body.kind, incidentType: body.type,
      reason: body.reason_id === undefined ? undefined : { id: body.reason_id }, description: body.description,
      author: body.author, source: 'native',
      lines: body.lines.map((line) => ({ orderItemId: line.order_item_id, quantity: line.quantity, issueType: line.issue_type, details: line.details })),
      refundDestination: body.refund_destination === undefined ? undefined : { method: body.refund_destination.method, iban: body.refund_destination.iban, holderName: body.refund_destination.holder_name },
      resolutionRequested: body.resolution_requested, attributes: body.attributes, policyId: body.policy_id, evidence: body.evidence,
    });
    reply.header('location', `/v1/claims/${claim.id}`);
    return sendClaim(reply, claim, 201);
  });

  app.get('/claims', {
    schema: {
      operationId: 'listClaims',
      tags: ['claims'], summary: 'List claims, newest or oldest first (keyset cursor)', querystring: ListQuery,
      response: withErrors({ 200: Type.Object({ data: Type.Array(ClaimSchema), next_cursor: Type.Union([Type.String(), Type.Null()]) }) }),
    },
  }, async (request, reply) => {
    const limit = request.query.limit ?? 20;
    const found = await listClaimDocuments(core, request.actor, filterOf(request.query, request.actor), {
      limit: limit + 1, after: decodeCursor(request.query.cursor), order: request.query.sort ?? 'newest',
    }, {
      includeDeleted: request.query.include_deleted, rendered: limit,
    });
    const page = found.slice(0, limit);
    const last = page.at(-1);
    const next = found.length > limit && last !== undefined ? JSON.stringify(encodeCursor({ createdAt: last.created_at, id: last.id })) : 'null';
    const claims = await Promise.all(page.map((row) => claimText(core, request, reply, row)));
    return sendJsonText(reply, `{"data":[${claims.join(',')}],"next_cursor":${next}}`);
  });

  app.get('/claims/:id', {
    schema: { operationId: 'getClaim', tags: ['claims'], summary: 'Get a claim with lines, messages, resolutions, refunds and shipment', ...Id, response: withErrors({ 200: ClaimSchema }) },
  }, async (request, reply) => {
    const found = await getClaimDocument(core, request.actor, claimRefOf(request.params.id));
    return sendJsonText(reply.header('etag', `"${found.version}"`), await claimText(core, request, reply, found));
  });

  app.patch('/claims/:id', {
    schema: { operationId: 'editClaim', tags: ['claims'], summary: 'Edit a claim (If-Match for optimistic concurrency)', ...Id, headers: IfMatchHeaders, body: EditClaimBody, response: ClaimResponse },
  }, async (request, reply) => {
    const body = request.body;
    return sendClaim(reply, await editClaim(core, request.actor, {
      claim: claimRefOf(request.params.id), expectedVersion: expectedVersion(request), description: body.description,
      reason: body.reason_id === undefined ? undefined : { id: body.reason_id }, kind: body.kind, quantity: body.quantity,
      refundDestination: body.refund_destination === undefined ? undefined : { method: body.refund_destination.method, iban: body.refund_destination.iban, holderName: body.refund_destination.holder_name },
      attributes: body.attributes, to: body.status,
    }));
  });

  app.put('/claims/:id/assignee', {
    schema: {
      operationId: 'assignClaim', tags: ['claims'], summary: 'Give the claim to a console user of the store, or take it back (If-Match for optimistic concurrency)',
      ...Id, headers: IfMatchHeaders, body: AssigneeBody, response: ClaimResponse,
    },
  }, async (request, reply) => sendClaim(reply, await assignClaim(core, request.actor, {
    claim: claimRefOf(request.params.id), userUuid: request.body.user_id?.toLowerCase() ?? null, expectedVersion: expectedVersion(request),
  })));

  app.delete('/claims/:id', {
    schema: { operationId: 'deleteClaim', tags: ['claims'], summary: 'Delete a claim (soft; its quantities are released)', ...Id, response: withErrors({ 204: NoContent }) },
  }, async (request, reply) => {
    await deleteClaim(core, request.actor, claimRefOf(request.params.id));
    return reply.code(204).send();
  });

  app.get('/claims/:id/events', {
    schema: {
      operationId: 'listClaimEvents',
      tags: ['claims'], summary: "The claim's audit history", ...Id,
      querystring: Type.Object({ after_id: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(EventSchema) }) }),
    },
  }, async (request) => ({
    data: (await listClaimEvents(core, request.actor, claimRefOf(request.params.id), { afterId: request.query.after_id ?? 0, limit: request.query.limit ?? 100 })).map(renderEvent),
  }));

  const move = (to: ClaimStatus, verb: string, summary: string) => app.post(`/claims/:id/${verb}`, {
    schema: { operationId: `${verb}Claim`, tags: ['claims'], summary, ...Id, headers: IfMatchHeaders, body: NoteBody, response: ClaimResponse },
  }, async (request, reply) => sendClaim(reply, await transitionClaim(core, request.actor, {
    claim: claimRefOf(request.params.id), to, expectedVersion: expectedVersion(request), note: request.body.note,
  })));
  move('approved', 'approve', 'Approve a claim');
  move('cancelled', 'cancel', 'Withdraw a claim (its requester, or the merchant)');
  move('completed', 'complete', 'Complete a claim');
  move('closed', 'close', 'Close a claim');
  move('archived', 'archive', 'Archive a closed claim');

  app.post('/claims/:id/reject', {
    schema: { operationId: 'rejectClaim', tags: ['claims'], summary: 'Reject a claim with a reason and images', ...Id, headers: IfMatchHeaders, body: RejectBody, response: ClaimResponse },
  }, async (request, reply) => sendClaim(reply, await transitionClaim(core, request.actor, {
    claim: claimRefOf(request.params.id), to: 'rejected', expectedVersion: expectedVersion(request),
    rejection: { reason: request.body.reason, images: request.body.images ?? [] },
  })));

  app.post('/claims/:id/transitions', {
    schema: { operationId: 'transitionClaim', tags: ['claims'], summary: 'Move a claim to any status the transition table allows', ...Id, headers: IfMatchHeaders, body: TransitionBody, response: ClaimResponse },
  }, async (request, reply) => sendClaim(reply, await transitionClaim(core, request.actor, {
    claim: claimRefOf(request.params.id), to: request.body.to, expectedVersion: expectedVersion(request), note: request.body.note,
  })));

  app.post('/claims/:id/messages', {
    schema: { operationId: 'addClaimMessage', tags: ['claims'], summary: 'Post a message (or an internal note)', ...Id, body: MessageBody, response: withErrors({ 201: MessageSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const message = await addMessage(core, request.actor, {
      claim: claimRefOf(request.params.id), body: body.body, senderType: body.sender_type, authorName: body.author_name,
      internal: body.internal, attachments: body.attachments,
    });
    return reply.code(201).send(renderMessage(message));
  });

  app.post('/claims/:id/attachments', {
    schema: { operationId: 'addClaimAttachments', tags: ['claims'], summary: 'Add evidence', ...Id, body: AttachmentsBody, response: withErrors({ 201: Type.Object({ data: Type.Array(AttachmentSchema) }) }) },
  }, async (request, reply) => {
    const added = await addAttachments(core, request.actor, claimRefOf(request.params.id), request.body.attachments);
    return reply.code(201).send({ data: added.map(renderAttachment) });
  });

  app.post('/claims/:id/resolutions', {
    schema: { operationId: 'addClaimResolution', tags: ['claims'], summary: 'Record a resolution; REFUND with paid_value books an issued refund', ...Id, body: ResolutionBody, response: withErrors({ 201: ResolutionSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const resolution = await addResolution(core, request.actor, claimRefOf(request.params.id), {
      type: body.type, details: body.details, paidValueMinor: body.paid_value, paidCurrency: body.paid_currency,
      includeShipping: body.include_shipping, shippingAmountMinor: body.shipping_amount,
    });
    return reply.code(201).send(renderResolution(resolution));
  });

  app.post('/claims/:id/store-credits', {
    schema: { operationId: 'addClaimStoreCredit', tags: ['claims'], summary: 'Issue a gift card or discount code', ...Id, body: StoreCreditBody, response: withErrors({ 201: StoreCreditSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const credit = await addStoreCredit(core, request.actor, claimRefOf(request.params.id), {
      type: body.type, code: body.code, valueMinor: body.value, bonusMinor: body.bonus, currency: body.currency,
    });
    return reply.code(201).send(renderStoreCredit(credit));
  });

  app.post('/claims/:id/refunds', {
    schema: { operationId: 'requestRefund', tags: ['refunds'], summary: 'Request (or book as issued) a refund; never more than what is still refundable', ...Id, body: RefundBody, response: withErrors({ 201: RefundSchema }) },
  }, async (request, reply) => {
    const body = request.body;
    const refund = await requestRefund(core, request.actor, claimRefOf(request.params.id), {
      amountMinor: body.amount, currency: body.currency, method: body.method, reason: body.reason, needsReturn: body.needs_return, status: body.status,
    });
    return reply.code(201).send(renderRefund(refund));
  });

  app.post('/claims/:id/return-shipment', {
    schema: { operationId: 'registerReturnShipment', tags: ['claims'], summary: 'Register the return parcel (carrier and tracking)', ...Id, body: ShipmentBody, response: withErrors({ 200: ClaimSchema }) },
  }, async (request, reply) => sendClaim(reply, await registerReturnShipment(core, request.actor, claimRefOf(request.params.id), {
    carrier: request.body.carrier, trackingNumber: request.body.tracking_number, trackingUrl: request.body.tracking_url,
  })));

  app.post('/claims/:id/grades', {
    schema: {
      operationId: 'gradeClaim', tags: ['claims'], summary: 'Grade the returned lines on receipt: what was found of each (restock puts the units back in the catalogue)',
      ...Id, body: GradeBody, response: withErrors({ 200: ClaimSchema }),
    },
  }, async (request, reply) => sendClaim(reply, await gradeClaim(core, request.actor, claimRefOf(request.params.id), request.body.lines.map((line) => ({
    lineId: line.line_id, disposition: line.disposition, note: line.note,
  })))));

  app.post('/claims/:id/return-shipment/received', {
    schema: { operationId: 'markReturnReceived', tags: ['claims'], summary: 'Mark the return as received', ...Id, body: NoteBody, response: withErrors({ 200: ClaimSchema }) },
  }, async (request, reply) => sendClaim(reply, await markReturnReceived(core, request.actor, claimRefOf(request.params.id))));
};
