import type { ClaimDetails } from '../../core/claims/details.js';
import type { ClaimFilter, StatusMatch } from '../../domain/claim/claim-filter.js';
import type { Reason } from '../../domain/claim/reason.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import { isoTime } from '../../http/iso-time.js';
import type { PageRequest } from '../shared/drf-page.js';
import { DrfQueryReader } from '../shared/drf-query.js';
import { pickTranslation } from '../shared/language.js';
import { matchesOfWords } from '../shared/status-table.js';
import { ScQueryError, text, type ScText } from './messages.js';
import { SC_CLAIM_TYPES, type ScClaim, type ScClaimReason, type ScClaimType } from './schemas.js';
import { CANONICAL_MATCHES_OF, SC_CLAIM_STATUSES, scStatusOf, type ScClaimStatus } from './status.js';

// Pure translation between Seller Center requests/responses and the core's terms.

/** Incident claims are not part of this API: only these kinds are ever shown or acted on. */
export const SC_KINDS = ['cancellation', 'return'] as const satisfies readonly ClaimKind[];
type ScKind = (typeof SC_KINDS)[number];

export const SC_TYPE_OF = { cancellation: 'cancel', return: 'refund' } as const satisfies Record<ScKind, ScClaimType>;
export const KIND_OF = { cancel: 'cancellation', refund: 'return' } as const satisfies Record<ScClaimType, ScKind>;

/** `cancelled_by`: 1 the customer filed it, 2 the seller's side did (its staff, the platform or automation). */
export const FILED_BY_OF = {
  1: ['customer'],
  2: ['merchant', 'admin', 'automatic'],
} as const satisfies Record<1 | 2, NonNullable<ClaimFilter['filedBy']>>;

function scTypeOf(kind: ClaimKind): ScClaimType {
  if (kind === 'incident') throw new Error('an incident claim reached the Seller Center door');
  return SC_TYPE_OF[kind];
}

function localSubject(reason: Reason, languages: readonly string[]): string {
  return pickTranslation(reason.translations, languages) ?? reason.subject;
}

export function toScClaim(claim: ClaimDetails, languages: readonly string[]): ScClaim {
  const line = claim.lines[0];
  const shipment = claim.returnShipment;
  return {
    id: claim.uuid,
    package_item: line === undefined ? null : line.item.packageItem ?? `${claim.order.number}-${line.item.position}`,
    product: line === undefined ? null : line.item.sku,
    reason: claim.reason === null ? null : { id: claim.reason.uuid, subject: localSubject(claim.reason, languages), translations: claim.reason.translations },
    detail: claim.description,
    return_code: shipment?.easyReturnCode ?? null,
    return_tracking_number: shipment?.trackingNumber ?? null,
    return_tracking_url: shipment?.trackingUrl ?? null,
    type: scTypeOf(claim.kind),
    status: scStatusOf(claim.status, claim.decision),
    updated_at: isoTime(claim.updatedAt),
    created_at: isoTime(claim.createdAt),
  };
}

export function toScClaimReason(reason: Reason, languages: readonly string[]): ScClaimReason {
  return {
    id: reason.uuid,
    subject: localSubject(reason, languages),
    translations: reason.translations,
    type: scTypeOf(reason.kind),
    created_at: isoTime(reason.createdAt),
    updated_at: isoTime(reason.updatedAt),
  };
}

export interface ScClaimQuery {
  /** Undefined when the filters contradict each other (status=open&status__in=waiting): nothing matches. */
  filter: ClaimFilter | undefined;
  page: PageRequest;
  size: number;
}

export interface ScReasonQuery {
  kinds: readonly ScKind[];
  page: PageRequest;
  size: number;
}

function queryReader(query: Record<string, unknown>): DrfQueryReader<ScText> {
  return new DrfQueryReader(query, { say: text, invalid: (fields) => new ScQueryError(fields) });
}

/** `status` and `status__in` together: a claim must satisfy both. */
function statusMatches(status: ScClaimStatus | undefined, statusIn: readonly ScClaimStatus[] | undefined): StatusMatch[] | 'none' | undefined {
  if (status === undefined && statusIn === undefined) return undefined;
  const wanted = SC_CLAIM_STATUSES.filter((candidate) => (status === undefined || candidate === status) && (statusIn === undefined || statusIn.includes(candidate)));
  return matchesOfWords(wanted, CANONICAL_MATCHES_OF);
}

export function parseClaimQuery(query: Record<string, unknown>): ScClaimQuery {
  const reader = queryReader(query);
  const type = reader.choice('type', SC_CLAIM_TYPES);
  const status = reader.choice('status', SC_CLAIM_STATUSES);
  const statusIn = reader.choices('status__in', SC_CLAIM_STATUSES);
  const cancelledBy = reader.choice('cancelled_by', ['1', '2'] as const);
  const createdAt = reader.range('created_at');
  const updatedAt = reader.range('updated_at');
  const { page, size } = reader.paginationOrLast();
  const matches = statusMatches(status, statusIn);
  const filter: ClaimFilter | undefined = matches === 'none' ? undefined : {
    kinds: type === undefined ? SC_KINDS : [KIND_OF[type]],
    statusMatches: matches,
    filedBy: cancelledBy === undefined ? undefined : FILED_BY_OF[cancelledBy],
    createdAt,
    updatedAt,
  };
  return { filter, page, size };
}

export function parseReasonQuery(query: Record<string, unknown>): ScReasonQuery {
  const reader = queryReader(query);
  const type = reader.choice('type', SC_CLAIM_TYPES);
  const { page, size } = reader.paginationOrLast();
  return { kinds: type === undefined ? SC_KINDS : [KIND_OF[type]], page, size };
}

/** The page rule is DRF's own. */
export { pageNumberOf } from '../shared/drf-page.js';
