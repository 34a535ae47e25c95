import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type RefusalCode } from '../../domain/refusal.js';
import { frameworkErrorStatus, validationErrors } from '../../http/problem.js';
import { QueryValueError } from '../shared/query.js';

// OrderProtection errors: the NestJS default body {"statusCode","message","error"}, the
// error being the HTTP reason phrase. One status per refusal code, so a new code does not
// compile until this door has decided how to show it.

export interface OpError {
  statusCode: number;
  message: string;
  error: string;
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
  refund_exceeds_paid: 422,
  currency_mismatch: 422,
  return_not_needed: 409,
  shipment_missing: 409,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  idempotency_secret_withheld: 409,
  version_mismatch: 412,
  outside_window: 422,
  requirement_unmet: 422,
};

const PHRASES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

export function opError(statusCode: number, message: string): OpError {
  return { statusCode, message, error: PHRASES[statusCode] ?? 'Error' };
}

export function sendOpError(reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  return reply.code(statusCode).send(opError(statusCode, message));
}

export function renderUnauthenticated(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendOpError(reply.header('www-authenticate', 'Bearer'), 401, 'a valid bearer token is required');
}

export function renderOrderProtectionError(error: FastifyError | RefusalError | QueryValueError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RefusalError) return sendOpError(reply, STATUS[error.refusal.code], describeRefusal(error.refusal));
  if (error instanceof QueryValueError) return sendOpError(reply, 400, `${error.parameter}: ${error.message}`);
  const status = frameworkErrorStatus(error);
  if (status === undefined) {
    request.log.error({ err: error }, 'unhandled error');
    return sendOpError(reply, 500, `something went wrong on our side (request ${request.id})`);
  }
  if (error.validation !== undefined) {
    return sendOpError(reply, 400, validationErrors(error).map((issue) => `${issue.path} ${issue.message}`).join('; '));
  }
  return sendOpError(reply, status, error.message);
}
