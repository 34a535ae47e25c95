import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Say } from './drf-messages.js';

// Django REST Framework's error bodies, shared by the DRF doors (Seller Center, Omnitron):
// {"detail", "code"} for 401, 403, 404 and 415; field errors {"<field>": ["…"], "code"} for
// 400. Each door renders its own refusals and says DRF's sentences in its own words.

export const DRF_PERMISSION_DENIED = 'You do not have permission to perform this action.';
export const DRF_NOT_FOUND = 'Not found.';

/** DRF's answer to a page number that is not a page: 404 {"detail": "Invalid page."}. */
export class DrfInvalidPage extends Error {
  constructor() {
    super('Invalid page.');
    this.name = 'DrfInvalidPage';
  }
}

export function sendDrf(reply: FastifyReply, status: number, body: Record<string, unknown>): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function sendDetail(reply: FastifyReply, status: number, detail: string, code: string): FastifyReply {
  return sendDrf(reply, status, { detail, code });
}

/** 401 as DRF's TokenAuthentication gives it: no credentials, or a key we do not know. */
export function renderDrfUnauthenticated(request: FastifyRequest, reply: FastifyReply, say: Say<string>): FastifyReply {
  const given = (request.headers.authorization ?? '').trim() !== '';
  reply.header('www-authenticate', 'Token');
  return given
    ? sendDetail(reply, 401, say('Invalid token.'), 'authentication_failed')
    : sendDetail(reply, 401, say('Authentication credentials were not provided.'), 'not_authenticated');
}

export function renderDrfPermissionDenied(reply: FastifyReply, say: Say<string>): FastifyReply {
  return sendDetail(reply, 403, say(DRF_PERMISSION_DENIED), 'permission_denied');
}

export function renderDrfNotFound(reply: FastifyReply, say: Say<string>): FastifyReply {
  return sendDetail(reply, 404, say(DRF_NOT_FOUND), 'not_found');
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A DRF serializer field's message for what Ajv found wrong with it. */
function issueText(issue: AjvIssue, say: Say<string>): string {
  switch (issue.keyword) {
    case 'required': return say('This field is required.');
    case 'type':
      if (issue.params.type === 'integer') return say('A valid integer is required.');
      if (issue.params.type === 'boolean') return say('Must be a valid boolean.');
      if (issue.params.type === 'object') return say('Invalid data. Expected a dictionary.');
      if (issue.params.type === 'array') return say('Expected a list of items.');
      return say('Not a valid string.');
    case 'enum': return say('Select a valid choice.');
    case 'minimum': return say('Ensure this value is greater than or equal to {limit}.', { limit: Number(issue.params.limit) });
    case 'maximum': return say('Ensure this value is less than or equal to {limit}.', { limit: Number(issue.params.limit) });
    case 'minLength': return say('This field may not be blank.');
    // The one pattern that is not a URL's is "not blank" (`\S`).
    case 'pattern': return issue.params.pattern === '\\S' ? say('This field may not be blank.') : say('Enter a valid URL.');
    case 'format': return say('Enter a valid URL.');
    case 'maxLength': return say('Ensure this field has no more than {limit} characters.', { limit: Number(issue.params.limit) });
    case 'maxItems': return say('Ensure this field has no more than {limit} elements.', { limit: Number(issue.params.limit) });
    default: return say(`${issue.message ?? 'Invalid value'}.`);
  }
}

type FieldErrors = Record<string, string[] | Record<string, string[]>>;

/**
 * Ajv issues as DRF field errors: a list item's error nests under its index, as DRF's
 * ListField does, and a nullable field's two branches collapse into the one message.
 */
function fieldErrorsOf(issues: readonly AjvIssue[], say: Say<string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    // A nullable field's `null` branch adds nothing a client needs to read.
    if (issue.keyword === 'anyOf' || (issue.keyword === 'type' && issue.params.type === 'null')) continue;
    const path = issue.instancePath.split('/').filter((part) => part !== '');
    if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
    const [field = 'non_field_errors', index] = path;
    const message = issueText(issue, say);
    const existing = errors[field];
    if (index === undefined) {
      const messages = Array.isArray(existing) ? existing : [];
      errors[field] = messages.includes(message) ? messages : [...messages, message];
    } else {
      const items = existing === undefined || Array.isArray(existing) ? {} : existing;
      const messages = items[index] ?? [];
      items[index] = messages.includes(message) ? messages : [...messages, message];
      errors[field] = items;
    }
  }
  return Object.keys(errors).length > 0 ? errors : { non_field_errors: [say('Invalid data.')] };
}

export interface DrfRequestErrorWords {
  say: Say<string>;
  /** The detail of a 400 that Fastify raises and no rule above names. */
  badRequest: (error: FastifyError) => string;
}

/**
 * Every error of a DRF door that is not one of its own: a page that is not a page, a body
 * or path that fails its schema, a body that is not JSON or not JSON at all, Fastify's
 * other 4xx, and anything else, which is a bug (logged, and a bare 500).
 */
export function renderDrfRequestError(
  error: FastifyError | DrfInvalidPage, request: FastifyRequest, reply: FastifyReply, words: DrfRequestErrorWords,
): FastifyReply {
  const { say } = words;
  if (error instanceof DrfInvalidPage) return sendDetail(reply, 404, say('Invalid page.'), 'not_found');
  if (error.validation !== undefined) {
    // A path id that is not even a plausible id names nothing: 404, like an unknown one.
    if (error.validationContext === 'params') return renderDrfNotFound(reply, say);
    return sendDrf(reply, 400, { ...fieldErrorsOf(error.validation, say), code: 'invalid' });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendDetail(reply, 400, say('JSON parse error.'), 'parse_error');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendDetail(reply, 415, say('Unsupported media type "{type}" in request.', { type: request.headers['content-type'] ?? '' }), 'unsupported_media_type');
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return sendDetail(reply, status, status === 400 ? words.badRequest(error) : error.message, 'error');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendDetail(reply, 500, 'A server error occurred.', 'error');
}
