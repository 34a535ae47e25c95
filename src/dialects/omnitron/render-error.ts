import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../../domain/refusal.js';

// Omnitron errors in the three DRF shapes its OpenAPI documents: {"<field>": ["…"], "code"}
// for a missing field or a related object that does not exist; {"non_field_errors": ["…"],
// "code"} for invalid data or an action not allowed; {"detail", "code"} for 401, 403 and
// 404. Every refusal code has a row here, so a new one fails to compile until mapped.

/** Field errors decided by this door (a bad filter, an immutable field, a refused status). */
export class OmFieldError extends Error {
  constructor(readonly fields: Record<string, string[]>, readonly code = 'invalid') {
    super('invalid request');
  }
}

/** A page number past the end or not a page number: DRF's 404 "Invalid page.". */
export class OmInvalidPage extends Error {
  constructor() {
    super('Invalid page.');
  }
}

type Shape =
  | { status: number; detail: string; code: string }
  | { status: 400; field: string; code: string };

const PERMISSION_DENIED = 'You do not have permission to perform this action.';
const NOT_FOUND = 'Not found.';

const REFUSALS: Record<RefusalCode, Shape> = {
  not_found: { status: 404, detail: NOT_FOUND, code: 'not_found' },
  forbidden: { status: 403, detail: PERMISSION_DENIED, code: 'permission_denied' },
  scope_missing: { status: 403, detail: PERMISSION_DENIED, code: 'permission_denied' },
  // The field is the last step of the refusal's path, when it names one.
  invalid_input: { status: 400, field: 'non_field_errors', code: 'invalid' },
  conflict: { status: 400, field: 'non_field_errors', code: 'invalid' },
  transition_not_allowed: { status: 400, field: 'non_field_errors', code: 'invalid' },
  resolution_required: { status: 400, field: 'non_field_errors', code: 'invalid' },
  quantity_exceeds_claimable: { status: 400, field: 'quantity', code: 'invalid' },
  item_not_eligible: { status: 400, field: 'non_field_errors', code: 'invalid' },
  item_has_open_claim: { status: 400, field: 'non_field_errors', code: 'invalid' },
  reason_not_usable: { status: 400, field: 'reason', code: 'invalid' },
  description_required: { status: 400, field: 'description', code: 'required' },
  evidence_required: { status: 400, field: 'non_field_errors', code: 'invalid' },
  outside_window: { status: 400, field: 'non_field_errors', code: 'invalid' },
  requirement_unmet: { status: 400, field: 'non_field_errors', code: 'invalid' },
  refund_exceeds_paid: { status: 400, field: 'non_field_errors', code: 'invalid' },
  currency_mismatch: { status: 400, field: 'non_field_errors', code: 'invalid' },
  return_not_needed: { status: 400, field: 'non_field_errors', code: 'invalid' },
  shipment_missing: { status: 400, field: 'non_field_errors', code: 'invalid' },
  idempotency_key_reused: { status: 422, detail: describeRefusal({ code: 'idempotency_key_reused' }), code: 'idempotency_key_reused' },
  idempotency_key_in_flight: { status: 409, detail: describeRefusal({ code: 'idempotency_key_in_flight' }), code: 'idempotency_key_in_flight' },
  version_mismatch: { status: 412, detail: 'The cancellation request changed; reload and retry.', code: 'version_mismatch' },
};

const WRITE_METHODS = ['POST', 'PUT', 'PATCH'];

function shapeOf(refusal: Refusal, request: FastifyRequest): Shape {
  // A body's `order_item` or `reason` that names nothing is a field error, as DRF's
  // PrimaryKeyRelatedField gives it; on a read, a missing reason is a 404 like any object.
  if (refusal.code === 'not_found' && (refusal.entity === 'order_item' || refusal.entity === 'reason') && WRITE_METHODS.includes(request.method)) {
    return { status: 400, field: refusal.entity, code: 'does_not_exist' };
  }
  if (refusal.code === 'invalid_input') {
    return { status: 400, field: refusal.path?.split('/').filter((part) => part !== '').at(-1) ?? 'non_field_errors', code: 'invalid' };
  }
  return REFUSALS[refusal.code];
}

function messageOf(refusal: Refusal): string {
  switch (refusal.code) {
    case 'not_found':
      return refusal.entity === 'order_item' || refusal.entity === 'reason'
        ? `Invalid pk "${refusal.id ?? ''}" - object does not exist.`
        : NOT_FOUND;
    case 'forbidden':
    case 'scope_missing':
      return PERMISSION_DENIED;
    case 'description_required': return 'This reason requires a description.';
    case 'item_has_open_claim': return 'This order item already has a cancellation request in progress.';
    default: {
      const sentence = describeRefusal(refusal);
      return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${sentence.endsWith('.') ? '' : '.'}`;
    }
  }
}

function send(reply: FastifyReply, status: number, body: Record<string, unknown>): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** 401 as DRF's TokenAuthentication gives it: no credentials, or a key we do not know. */
export function renderUnauthenticated(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const given = (request.headers.authorization ?? '').trim() !== '';
  reply.header('www-authenticate', 'Token');
  return given
    ? send(reply, 401, { detail: 'Invalid token.', code: 'authentication_failed' })
    : send(reply, 401, { detail: 'Authentication credentials were not provided.', code: 'not_authenticated' });
}

export function renderPermissionDenied(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 403, { detail: PERMISSION_DENIED, code: 'permission_denied' });
}

export function renderNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 404, { detail: NOT_FOUND, code: 'not_found' });
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function issueText(issue: AjvIssue): string {
  switch (issue.keyword) {
    case 'required': return 'This field is required.';
    case 'type':
      if (issue.params.type === 'integer') return 'A valid integer is required.';
      if (issue.params.type === 'boolean') return 'Must be a valid boolean.';
      if (issue.params.type === 'object') return 'Invalid data. Expected a dictionary.';
      return 'Not a valid string.';
    case 'enum': return 'Select a valid choice.';
    case 'minimum': return `Ensure this value is greater than or equal to ${String(issue.params.limit)}.`;
    case 'maximum': return `Ensure this value is less than or equal to ${String(issue.params.limit)}.`;
    case 'maxLength': return `Ensure this field has no more than ${String(issue.params.limit)} characters.`;
    default: return `${issue.message ?? 'Invalid value'}.`;
  }
}

/** Ajv issues as DRF field errors; a nullable field's two branches collapse into the one message. */
function fieldErrorsOf(issues: readonly AjvIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    // A nullable field's `null` branch adds nothing a client needs to read.
    if (issue.keyword === 'anyOf' || (issue.keyword === 'type' && issue.params.type === 'null')) continue;
    const path = issue.instancePath.split('/').filter((part) => part !== '');
    if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
    const field = path[0] ?? 'non_field_errors';
    const message = issueText(issue);
    if (!(errors[field] ?? []).includes(message)) (errors[field] ??= []).push(message);
  }
  return Object.keys(errors).length > 0 ? errors : { non_field_errors: ['Invalid data.'] };
}

export function renderOmnitronError(error: FastifyError | RefusalError | OmFieldError | OmInvalidPage, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RefusalError) {
    const shape = shapeOf(error.refusal, request);
    return 'detail' in shape
      ? send(reply, shape.status, { detail: shape.detail, code: shape.code })
      : send(reply, shape.status, { [shape.field]: [messageOf(error.refusal)], code: shape.code });
  }
  if (error instanceof OmFieldError) return send(reply, 400, { ...error.fields, code: error.code });
  if (error instanceof OmInvalidPage) return send(reply, 404, { detail: 'Invalid page.', code: 'not_found' });
  if (error.validation !== undefined) {
    // A path id that is not even a plausible id names nothing: 404, like an unknown one.
    if (error.validationContext === 'params') return renderNotFound(request, reply);
    return send(reply, 400, { ...fieldErrorsOf(error.validation), code: 'invalid' });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, 400, { detail: 'JSON parse error.', code: 'parse_error' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 415, { detail: `Unsupported media type "${request.headers['content-type'] ?? ''}" in request.`, code: 'unsupported_media_type' });
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return send(reply, status, { detail: status === 400 ? 'Malformed request.' : error.message, code: 'error' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, { detail: 'A server error occurred.', code: 'error' });
}
