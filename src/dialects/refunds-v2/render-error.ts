import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../../domain/refusal.js';
import { errorEnvelope } from './map.js';

// Refunds v2 errors inside the LLZW envelope: {"type": "API.…", "message"} with the
// status LLZW gives each type. Every refusal code has a row here, so a new one fails to
// compile until this door has decided how to show it.

export type RefundV2ErrorType =
  | 'API' | 'API.ENTITY_NOT_FOUND' | 'API.DEPENDENT_ENTITY_NOT_FOUND' | 'API.INVALID_PARAMETER'
  | 'API.REJECTED_BY_ENTITY' | 'API.OPERATION_UNSUPPORTED' | 'API.SECURITY.ACCESS_DENIED' | 'API.SECURITY.UNAUTHORIZED';

const INVALID = { status: 400, type: 'API.INVALID_PARAMETER' } as const;
const REJECTED = { status: 400, type: 'API.REJECTED_BY_ENTITY' } as const;
const DENIED = { status: 403, type: 'API.SECURITY.ACCESS_DENIED' } as const;

const REFUSALS: Record<RefusalCode, { status: number; type: RefundV2ErrorType }> = {
  // Refined below: the order a request names is a dependent entity.
  not_found: { status: 404, type: 'API.ENTITY_NOT_FOUND' },
  forbidden: DENIED,
  scope_missing: DENIED,
  invalid_input: INVALID,
  conflict: REJECTED,
  transition_not_allowed: REJECTED,
  resolution_required: REJECTED,
  quantity_exceeds_claimable: REJECTED,
  item_not_eligible: REJECTED,
  item_has_open_claim: REJECTED,
  reason_not_usable: INVALID,
  description_required: INVALID,
  evidence_required: INVALID,
  outside_window: REJECTED,
  requirement_unmet: REJECTED,
  // The document's own rule: an amount beyond what is still refundable is a bad parameter.
  refund_exceeds_paid: INVALID,
  currency_mismatch: INVALID,
  // SHIP_INIT (or RECEIVE) on a refund that needs no return: the operation does not apply to it.
  return_not_needed: { status: 400, type: 'API.OPERATION_UNSUPPORTED' },
  shipment_missing: REJECTED,
  idempotency_key_reused: { status: 422, type: 'API' },
  idempotency_key_in_flight: { status: 409, type: 'API' },
  idempotency_secret_withheld: { status: 409, type: 'API' },
  version_mismatch: { status: 412, type: 'API' },
};

function typeOf(refusal: Refusal): RefundV2ErrorType {
  if (refusal.code === 'not_found' && refusal.entity === 'order') return 'API.DEPENDENT_ENTITY_NOT_FOUND';
  return REFUSALS[refusal.code].type;
}

function messageOf(refusal: Refusal): string {
  if (refusal.code === 'not_found') return `${refusal.entity.replace('_', ' ')} does not exist or you do not have access to it`;
  return describeRefusal(refusal);
}

function send(reply: FastifyReply, status: number, type: RefundV2ErrorType, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorEnvelope(type, message, new Date()));
}

export function renderUnauthenticated(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 401, 'API.SECURITY.UNAUTHORIZED', 'Unauthorized: a SELLER or CUSTOMER key is required');
}

export function renderAccessDenied(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 403, 'API.SECURITY.ACCESS_DENIED', 'this API is for SELLER and CUSTOMER keys');
}

export function renderNoRoute(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 404, 'API', `no endpoint ${request.method} ${request.url}`);
}

function validationMessage(error: FastifyError): string {
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    if (issue.keyword === 'required') return `${String(params.missingProperty)} is required`;
    if (issue.keyword === 'additionalProperties') return `${String(params.additionalProperty)} is not a known field`;
    const field = issue.instancePath.split('/').filter((part) => part !== '').join('.');
    return `${field === '' ? error.validationContext ?? 'request' : field} ${issue.message ?? 'is invalid'}`;
  }).join('; ');
}

export function renderRefundsV2Error(error: FastifyError | RefusalError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RefusalError) {
    return send(reply, REFUSALS[error.refusal.code].status, typeOf(error.refusal), messageOf(error.refusal));
  }
  if (error.validation !== undefined) return send(reply, 400, 'API.INVALID_PARAMETER', validationMessage(error));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, 400, 'API.INVALID_PARAMETER', 'the body is not valid JSON');
    default:
      break;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) return send(reply, status, 'API', error.message);
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 500, 'API', `internal error; request id ${request.id}`);
}
