// Every expected "no" the system can give, each with a code and the facts a client
// needs. Each door renders these through a Record over `code`, so adding a code here
// fails to compile until every door has decided how to show it.

export type Entity =
  | 'store' | 'api_key' | 'order' | 'order_item' | 'customer' | 'reason' | 'claim'
  | 'refund' | 'message' | 'resolution' | 'return_shipment' | 'webhook_endpoint' | 'webhook_delivery'
  | 'user' | 'oauth_client' | 'policy' | 'reply_template' | 'product' | 'product_variant';

export type Refusal =
  | { code: 'not_found'; entity: Entity; id?: string | number }
  | { code: 'forbidden'; message: string }
  | { code: 'scope_missing'; scope: string }
  | { code: 'invalid_input'; message: string; path?: string }
  | { code: 'conflict'; entity: Entity; message: string }
  | { code: 'transition_not_allowed'; entity: 'claim' | 'refund'; from: string; to: string }
  | { code: 'resolution_required'; to: string; outcome: 'approval' | 'denial' }
  | { code: 'quantity_exceeds_claimable'; orderItemId: number; requested: number; claimableQuantity: number }
  | { code: 'item_not_eligible'; orderItemId: number; kind: string; fulfillmentStatus: string }
  | { code: 'item_has_open_claim'; orderItemId: number }
  | { code: 'reason_not_usable'; reasonId: number; message: string }
  | { code: 'description_required'; reasonId: number }
  | { code: 'evidence_required'; reasonId: number }
  | { code: 'outside_window'; kind: string; windowEndedAt: string }
  | { code: 'requirement_unmet'; requirement: string; message: string }
  | { code: 'refund_exceeds_paid'; requestedMinor: number; availableMinor: number; currency: string }
  | { code: 'currency_mismatch'; expected: string; given: string }
  | { code: 'return_not_needed'; refundId: number }
  | { code: 'shipment_missing'; claimId: number }
  | { code: 'idempotency_key_reused' }
  | { code: 'idempotency_key_in_flight' }
  | { code: 'idempotency_secret_withheld'; location?: string }
  | { code: 'version_mismatch'; current: number; given: number }
  ;

export type RefusalCode = Refusal['code'];

export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(describeRefusal(refusal));
    this.name = 'RefusalError';
  }
}

export function refuse(refusal: Refusal): never {
  throw new RefusalError(refusal);
}

/** A human sentence for a refusal, in English; doors may localise or reword it. */
export function describeRefusal(refusal: Refusal): string {
  switch (refusal.code) {
    case 'not_found': return `${refusal.entity.replace('_', ' ')} not found`;
    case 'forbidden': return refusal.message;
    case 'scope_missing': return `this credential lacks the ${refusal.scope} scope`;
    case 'invalid_input': return refusal.message;
    case 'conflict': return refusal.message;
    case 'transition_not_allowed': return `a ${refusal.entity} cannot move from ${refusal.from} to ${refusal.to}`;
    case 'resolution_required': return `entering ${refusal.to} needs a ${refusal.outcome} resolution first`;
    case 'quantity_exceeds_claimable':
      return `order item ${refusal.orderItemId}: ${refusal.requested} requested but only ${refusal.claimableQuantity} can still be claimed`;
    case 'item_not_eligible':
      return refusal.kind === 'cancellation'
        ? `order item ${refusal.orderItemId} is already ${refusal.fulfillmentStatus}; it can no longer be cancelled`
        : `order item ${refusal.orderItemId} is ${refusal.fulfillmentStatus}; a ${refusal.kind} is possible only after shipment`;
    case 'item_has_open_claim': return `order item ${refusal.orderItemId} already has an open request`;
    case 'reason_not_usable': return refusal.message;
    case 'description_required': return 'this reason requires a description';
    case 'evidence_required': return 'this reason requires evidence (photos or documents)';
    case 'outside_window': return `the window for a ${refusal.kind} on this order ended at ${refusal.windowEndedAt}`;
    case 'requirement_unmet': return refusal.message;
    case 'refund_exceeds_paid':
      return `refund of ${refusal.requestedMinor} exceeds the ${refusal.availableMinor} (minor units, ${refusal.currency}) still refundable on this order`;
    case 'currency_mismatch': return `currency ${refusal.given} does not match the order currency ${refusal.expected}`;
    case 'return_not_needed': return 'this refund needs no return shipment';
    case 'shipment_missing': return 'this claim has no return shipment yet';
    case 'idempotency_key_reused': return 'this Idempotency-Key was already used with a different request';
    case 'idempotency_key_in_flight': return 'a request with this Idempotency-Key is still being processed';
    case 'idempotency_secret_withheld':
      return `the first request with this Idempotency-Key already created it${refusal.location === undefined ? '' : ` (${refusal.location})`}; its secret was shown only in that answer and is never replayed`;
    case 'version_mismatch': return `the resource changed (version ${refusal.current}, If-Match gave ${refusal.given}); reload and retry`;
  }
}
