import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { SC_CLAIM_STATUSES } from './status.js';

// The shapes of the Seller Center claims document (seed 000), as TypeBox schemas: they
// validate the reject body and serialise the responses.

export const SC_CLAIM_TYPES = ['cancel', 'refund'] as const;
export type ScClaimType = (typeof SC_CLAIM_TYPES)[number];

const literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Translations = Type.Record(Type.String(), Type.String());

export const ScClaimSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  package_item: Nullable(Type.String()),
  product: Nullable(Type.String()),
  reason: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), subject: Type.String(), translations: Translations })),
  detail: Nullable(Type.String()),
  return_code: Nullable(Type.String()),
  return_tracking_number: Nullable(Type.String()),
  return_tracking_url: Nullable(Type.String()),
  type: literals(SC_CLAIM_TYPES),
  status: literals(SC_CLAIM_STATUSES),
  updated_at: DateTime,
  created_at: DateTime,
});
export type ScClaim = Static<typeof ScClaimSchema>;

export const ScClaimReasonSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  subject: Type.String(),
  translations: Translations,
  type: literals(SC_CLAIM_TYPES),
  created_at: DateTime,
  updated_at: DateTime,
});
export type ScClaimReason = Static<typeof ScClaimReasonSchema>;

/** DRF's page-number envelope around a list of `item`. */
export function ScPage<T extends TSchema>(item: T) {
  return Type.Object({ count: Type.Integer(), next: Nullable(Type.String()), previous: Nullable(Type.String()), results: Type.Array(item) });
}

/** Query strings are read by map.ts, DRF-style: known parameters checked, unknown ones ignored. */
export const AnyQuery = Type.Record(Type.String(), Type.Unknown());

export const ClaimIdParams = Type.Object({ id: Type.String({ maxLength: 200 }) });

export const REJECT_IMAGES_MAX = 20;
export const REJECT_REASON_LENGTH_MAX = 255;

/** Unknown fields are ignored, as a DRF serializer does. */
export const RejectBody = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: REJECT_REASON_LENGTH_MAX, pattern: '\\S' }),
  images: Type.Optional(Type.Array(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 }), { maxItems: REJECT_IMAGES_MAX })),
}, { additionalProperties: true });
