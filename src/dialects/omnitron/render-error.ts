import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../../domain/refusal.js';
import {
  DRF_NOT_FOUND, DRF_PERMISSION_DENIED, DrfInvalidPage, renderDrfNotFound, renderDrfPermissionDenied, renderDrfRequestError, renderDrfUnauthenticated, sendDrf,
} from '../shared/drf-errors.js';
import { english } from '../shared/drf-messages.js';

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

/** A page number past the end or not a page number, by this door's name for it. */
export { DrfInvalidPage as OmInvalidPage } from '../shared/drf-errors.js';

type Shape =
  | { status: number; detail: string; code: string }
  | { status: 400; field: string; code: string };

const REFUSALS: Record<RefusalCode, Shape> = {
  not_found: { status: 404, detail: DRF_NOT_FOUND, code: 'not_found' },
  forbidden: { status: 403, detail: DRF_PERMISSION_DENIED, code: 'permission_denied' },
  scope_missing: { status: 403, detail: DRF_PERMISSION_DENIED, code: 'permission_denied' },
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
  idempotency_secret_withheld: { status: 409, detail: describeRefusal({ code: 'idempotency_secret_withheld' }), code: 'idempotency_secret_withheld' },
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
        : DRF_NOT_FOUND;
    case 'forbidden':
    case 'scope_missing':
      return DRF_PERMISSION_DENIED;
    case 'description_required': return 'This reason requires a description.';
    case 'item_has_open_claim': return 'This order item already has a cancellation request in progress.';
    default: {
      const sentence = describeRefusal(refusal);
      return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${sentence.endsWith('.') ? '' : '.'}`;
    }
  }
}

export function renderUnauthenticated(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfUnauthenticated(request, reply, english);
}

export function renderPermissionDenied(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfPermissionDenied(reply, english);
}

export function renderNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfNotFound(reply, english);
}

export function renderOmnitronError(error: FastifyError | RefusalError | OmFieldError | DrfInvalidPage, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof RefusalError) {
    const shape = shapeOf(error.refusal, request);
    return 'detail' in shape
      ? sendDrf(reply, shape.status, { detail: shape.detail, code: shape.code })
      : sendDrf(reply, shape.status, { [shape.field]: [messageOf(error.refusal)], code: shape.code });
  }
  if (error instanceof OmFieldError) return sendDrf(reply, 400, { ...error.fields, code: error.code });
  return renderDrfRequestError(error, request, reply, { say: english, badRequest: () => 'Malformed request.' });
}
