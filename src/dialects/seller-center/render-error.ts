import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../../domain/refusal.js';
import { languageOf, localise, ScInvalidPage, ScQueryError, text, type ScLanguage, type ScText } from './messages.js';

// Seller Center errors in Django REST Framework's shapes: {"detail", "code"} for 401, 403
// and 404; field errors {"<field>": ["…"], "code"} or {"non_field_errors": ["…"], "code"}
// for 400. Every refusal code has a row here, so a new one fails to compile until mapped.

type Shape = 'detail' | 'non_field_errors';

const REFUSALS: Record<RefusalCode, { status: number; shape: Shape; code: string }> = {
  not_found: { status: 404, shape: 'detail', code: 'not_found' },
  forbidden: { status: 403, shape: 'detail', code: 'permission_denied' },
  scope_missing: { status: 403, shape: 'detail', code: 'permission_denied' },
  invalid_input: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  conflict: { status: 400, shape: 'non_field_errors', code: 'invalid_action' },
  // The document has one answer for an action the claim's state does not allow: 400.
  transition_not_allowed: { status: 400, shape: 'non_field_errors', code: 'invalid_action' },
  resolution_required: { status: 400, shape: 'non_field_errors', code: 'invalid_action' },
  quantity_exceeds_claimable: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  item_not_eligible: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  item_has_open_claim: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  reason_not_usable: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  description_required: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  evidence_required: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  outside_window: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  requirement_unmet: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  refund_exceeds_paid: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  currency_mismatch: { status: 400, shape: 'non_field_errors', code: 'invalid' },
  return_not_needed: { status: 400, shape: 'non_field_errors', code: 'invalid_action' },
  shipment_missing: { status: 400, shape: 'non_field_errors', code: 'invalid_action' },
  idempotency_key_reused: { status: 422, shape: 'detail', code: 'idempotency_key_reused' },
  idempotency_key_in_flight: { status: 409, shape: 'detail', code: 'idempotency_key_in_flight' },
  version_mismatch: { status: 412, shape: 'detail', code: 'version_mismatch' },
};

const PERMISSION_DENIED = text('You do not have permission to perform this action.');

function refusalText(refusal: Refusal): ScText {
  switch (refusal.code) {
    case 'not_found': return text('Not found.');
    case 'forbidden':
    case 'scope_missing':
      return PERMISSION_DENIED;
    case 'transition_not_allowed':
      if (refusal.to === 'approved') return text('This claim can no longer be approved.');
      if (refusal.to === 'rejected') return text('This claim can no longer be rejected.');
      return text(describeRefusal(refusal));
    default:
      return text(describeRefusal(refusal));
  }
}

function send(reply: FastifyReply, status: number, body: Record<string, unknown>): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function sendDetail(reply: FastifyReply, status: number, detail: ScText, code: string, language: ScLanguage): FastifyReply {
  return send(reply, status, { detail: localise(detail, language), code });
}

function languageOfRequest(request: FastifyRequest): ScLanguage {
  return languageOf(request.headers['accept-language']);
}

/** 401 as DRF's TokenAuthentication gives it: no credentials, or a key we do not know. */
export function renderUnauthenticated(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const given = (request.headers.authorization ?? '').trim() !== '';
  reply.header('www-authenticate', 'Token');
  return given
    ? sendDetail(reply, 401, text('Invalid token.'), 'authentication_failed', languageOfRequest(request))
    : sendDetail(reply, 401, text('Authentication credentials were not provided.'), 'not_authenticated', languageOfRequest(request));
}

export function renderPermissionDenied(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendDetail(reply, 403, PERMISSION_DENIED, 'permission_denied', languageOfRequest(request));
}

export function renderNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendDetail(reply, 404, text('Not found.'), 'not_found', languageOfRequest(request));
}

function renderRefusal(refusal: Refusal, reply: FastifyReply, language: ScLanguage): FastifyReply {
  const { status, shape, code } = REFUSALS[refusal.code];
  const message = localise(refusalText(refusal), language);
  if (shape === 'detail') return send(reply, status, { detail: message, code });
  const field = refusal.code === 'invalid_input' ? refusal.path?.split('/').filter((part) => part !== '').at(-1) : undefined;
  return send(reply, status, { [field ?? 'non_field_errors']: [message], code });
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function issueText(issue: AjvIssue): ScText {
  switch (issue.keyword) {
    case 'required': return text('This field is required.');
    case 'type':
      if (issue.params.type === 'object') return text('Invalid data. Expected a dictionary.');
      if (issue.params.type === 'array') return text('Expected a list of items.');
      return text('Not a valid string.');
    case 'minLength': return text('This field may not be blank.');
    case 'pattern': return issue.params.pattern === '\\S' ? text('This field may not be blank.') : text('Enter a valid URL.');
    case 'format': return text('Enter a valid URL.');
    case 'maxLength': return text('Ensure this field has no more than {limit} characters.', { limit: Number(issue.params.limit) });
    case 'maxItems': return text('Ensure this field has no more than {limit} elements.', { limit: Number(issue.params.limit) });
    default: return text(`${issue.message ?? 'Invalid value'}.`);
  }
}

/** Ajv issues as DRF field errors; a list item's error nests under its index, as DRF's ListField does. */
function fieldErrorsOf(issues: readonly AjvIssue[], language: ScLanguage): Record<string, string[] | Record<string, string[]>> {
  const errors: Record<string, string[] | Record<string, string[]>> = {};
  for (const issue of issues) {
    const path = issue.instancePath.split('/').filter((part) => part !== '');
    if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
    const [field = 'non_field_errors', index] = path;
    const message = localise(issueText(issue), language);
    const existing = errors[field];
    if (index === undefined) {
      errors[field] = [...(Array.isArray(existing) ? existing : []), message];
    } else {
      const items = existing === undefined || Array.isArray(existing) ? {} : existing;
      items[index] = [...(items[index] ?? []), message];
      errors[field] = items;
    }
  }
  return errors;
}

function localisedFields(fields: Record<string, ScText[]>, language: ScLanguage): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((message) => localise(message, language))]));
}

export function renderSellerCenterError(error: FastifyError | RefusalError | ScQueryError | ScInvalidPage, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const language = languageOfRequest(request);
  if (error instanceof RefusalError) return renderRefusal(error.refusal, reply, language);
  if (error instanceof ScQueryError) return send(reply, 400, { ...localisedFields(error.fields, language), code: 'invalid' });
  if (error instanceof ScInvalidPage) return sendDetail(reply, 404, text('Invalid page.'), 'not_found', language);
  if (error.validation !== undefined) {
    // A path id that is not even a plausible id names nothing: 404, like an unknown one.
    if (error.validationContext === 'params') return renderNotFound(request, reply);
    return send(reply, 400, { ...fieldErrorsOf(error.validation, language), code: 'invalid' });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendDetail(reply, 400, text('JSON parse error.'), 'parse_error', language);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 415, { detail: `Unsupported media type "${request.headers['content-type'] ?? ''}" in request.`, code: 'unsupported_media_type' });
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return send(reply, status, { detail: status === 400 && error.message.includes('JSON') ? localise(text('JSON parse error.'), language) : error.message, code: 'error' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, { detail: 'A server error occurred.', code: 'error' });
}
