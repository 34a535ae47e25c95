import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../domain/refusal.js';

// Native /v1 errors: RFC 9457 problem+json. One renderer, built on a Record over every
// refusal code so a new code cannot ship without a status here.

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ path: string; message: string }>;
  [fact: string]: unknown;
}

const STATUS: Record<RefusalCode, number> = {
  not_found: 404,
  forbidden: 403,
  scope_missing: 403,
  invalid_input: 400,
  conflict: 409,
  transition_not_allowed: 409,
  resolution_required: 409,
  quantity_exceeds_claimable: 422,
  item_not_eligible: 422,
  item_has_open_claim: 409,
  reason_not_usable: 422,
  description_required: 422,
  evidence_required: 422,
  outside_window: 422,
  requirement_unmet: 422,
  refund_exceeds_paid: 422,
  currency_mismatch: 422,
  return_not_needed: 409,
  shipment_missing: 409,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  idempotency_secret_withheld: 409,
  version_mismatch: 412,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

export function problemOf(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: `https://recourse.dev/problems/${code.replaceAll('_', '-')}`, title: TITLES[status] ?? 'Error', status, detail, code, ...extra };
}

export function refusalProblem(refusal: Refusal): Problem {
  const { code, ...facts } = refusal;
  return problemOf(STATUS[code], code, describeRefusal(refusal), facts);
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** Turns Fastify's own errors (validation, parsing, size) into their 4xx, the rest into a bare 500. */
export function frameworkErrorStatus(error: FastifyError): number | undefined {
  if (error.validation !== undefined) return 400;
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return status;
  return undefined;
}

export function validationErrors(error: FastifyError): Array<{ path: string; message: string }> {
  return (error.validation ?? []).map((issue) => {
    const base = `${error.validationContext === 'body' || error.validationContext === undefined ? '' : `/${error.validationContext}`}${issue.instancePath}`;
    const extra = issue.params as Record<string, unknown>;
    if (issue.keyword === 'additionalProperties') return { path: `${base}/${String(extra.additionalProperty)}`, message: 'unknown field' };
    if (issue.keyword === 'required') return { path: `${base}/${String(extra.missingProperty)}`, message: 'is required' };
    return { path: base === '' ? '/' : base, message: issue.message ?? 'is invalid' };
  });
}

export function renderNativeError(error: FastifyError | RefusalError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RefusalError) return sendProblem(reply, refusalProblem(error.refusal));
  const status = frameworkErrorStatus(error);
  if (status === undefined) {
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemOf(500, 'internal_error', 'something went wrong on our side; the request id is in the logs', { request_id: request.id }));
  }
  if (error.validation !== undefined) {
    const errors = validationErrors(error);
    return sendProblem(reply, problemOf(400, 'invalid_input', errors.map((issue) => `${issue.path} ${issue.message}`).join('; '), { errors }));
  }
  return sendProblem(reply, problemOf(status, frameworkCode(error), error.message));
}

function frameworkCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return 'body_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return 'unsupported_media_type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'malformed_json';
    default:
      return error.statusCode === 400 && error.message.includes('JSON') ? 'malformed_json' : 'bad_request';
  }
}
