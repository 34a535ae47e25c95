import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { NullableOut as Nullable } from '../../http/nullable.js';
import { REFUND_V2_STATUS_INPUTS, REFUND_V2_STATUSES } from './status.js';

// The shapes of the Refunds v2 document (seed 003) as TypeBox schemas: they validate the
// requests and serialise the responses inside the LLZW envelope.

const literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
const DateTime = Type.String({ format: 'date-time' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const RefundV2Schema = Type.Object({
  id: Type.Integer(),
  order: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
  requester: Type.String(),
  requestReason: Nullable(Type.String()),
  responseReason: Nullable(Type.String()),
  confirmedAt: Nullable(DateTime),
  issuedAt: Nullable(DateTime),
  amount: Type.Number(),
  status: literals(REFUND_V2_STATUSES),
  trackingId: Nullable(Type.String()),
  carrierName: Nullable(Type.String()),
  refundOnly: Type.Boolean(),
  valid: Type.Boolean(),
});
export type RefundV2 = Static<typeof RefundV2Schema>;

/** LLZW's envelope around every answer; `error` is null on success. */
export function Envelope<T extends TSchema>(data: T) {
  return Type.Object({ responseId: Type.String(), timestamp: DateTime, success: Type.Boolean(), data, error: Type.Null() });
}

export const RefundIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });

// Unknown query parameters are ignored, as Spring ignores them.
export const ListRefundsQuery = Type.Object({
  page: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  size: Type.Integer({ minimum: 1, default: PAGE_SIZE_DEFAULT }),
  orderId: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
  status: Type.Optional(literals(REFUND_V2_STATUS_INPUTS)),
  valid: Type.Optional(Type.Boolean()),
});

export const CreateRefundBody = Type.Object({
  orderId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  reason: Text(1000),
  amount: Type.Number(),
  refundOnly: Type.Boolean(),
}, { additionalProperties: false });

export const PATCH_ACTIONS = ['SHIP_INIT', 'CONFIRM', 'DENY', 'RECEIVE', 'ISSUE'] as const;
export type PatchAction = (typeof PATCH_ACTIONS)[number];

// `action` is any string here so that an unknown one gets the document's own answer.
export const PatchRefundBody = Type.Object({
  action: Type.String({ maxLength: 50 }),
  trackingId: Type.Optional(Text(100)),
  carrierName: Type.Optional(Text(100)),
  responseReason: Type.Optional(Text(1000)),
}, { additionalProperties: false });
export type PatchRefund = Static<typeof PatchRefundBody>;
