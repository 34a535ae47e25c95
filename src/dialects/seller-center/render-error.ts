import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describeRefusal, RefusalError, type Refusal, type RefusalCode } from '../../domain/refusal.js';
import {
  DRF_NOT_FOUND, DRF_PERMISSION_DENIED, DrfInvalidPage, renderDrfNotFound, renderDrfPermissionDenied, renderDrfRequestError, renderDrfUnauthenticated, sendDrf,
} from '../shared/drf-errors.js';
import { languageOf, localise, sayIn, ScQueryError, text, type ScLanguage, type ScText } from './messages.js';

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
  idempotency_secret_withheld: { status: 409, shape: 'detail', code: 'idempotency_secret_withheld' },
  version_mismatch: { status: 412, shape: 'detail', code: 'version_mismatch' },
};

const PERMISSION_DENIED = text(DRF_PERMISSION_DENIED);

function refusalText(refusal: Refusal): ScText {
  switch (refusal.code) {
    case 'not_found': return text(DRF_NOT_FOUND);
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

function languageOfRequest(request: FastifyRequest): ScLanguage {
  return languageOf(request.headers['accept-language']);
}

export function renderUnauthenticated(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfUnauthenticated(request, reply, sayIn(languageOfRequest(request)));
}

export function renderPermissionDenied(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfPermissionDenied(reply, sayIn(languageOfRequest(request)));
}

export function renderNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return renderDrfNotFound(reply, sayIn(languageOfRequest(request)));
}

function renderRefusal(refusal: Refusal, reply: FastifyReply, language: ScLanguage): FastifyReply {
  const { status, shape, code } = REFUSALS[refusal.code];
  const message = localise(refusalText(refusal), language);
  if (shape === 'detail') return sendDrf(reply, status, { detail: message, code });
  const field = refusal.code === 'invalid_input' ? refusal.path?.split('/').filter((part) => part !== '').at(-1) : undefined;
  return sendDrf(reply, status, { [field ?? 'non_field_errors']: [message], code });
}

function localisedFields(fields: Record<string, ScText[]>, language: ScLanguage): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((message) => localise(message, language))]));
}

export function renderSellerCenterError(error: FastifyError | RefusalError | ScQueryError | DrfInvalidPage, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const language = languageOfRequest(request);
  if (error instanceof RefusalError) return renderRefusal(error.refusal, reply, language);
  if (error instanceof ScQueryError) return sendDrf(reply, 400, { ...localisedFields(error.fields, language), code: 'invalid' });
  const say = sayIn(language);
  return renderDrfRequestError(error, request, reply, {
    say,
    badRequest: (badRequest) => (badRequest.message.includes('JSON') ? say('JSON parse error.') : badRequest.message),
  });
}
