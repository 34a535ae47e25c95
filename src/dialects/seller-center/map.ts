import type { ClaimDetails } from '../../core/claim-details.js';
import type { listClaims } from '../../core/read-claims.js';
import type { ClaimKind } from '../../domain/claim/status.js';
import { isoTime } from '../../http/iso-time.js';
import { pickTranslation } from '../shared/language.js';
import { parseCommaList, parseDateTime, QueryValueError, single } from '../shared/query.js';
import { ScInvalidPage, ScQueryError, text, type ScText } from './messages.js';
import { SC_CLAIM_TYPES, type ScClaim, type ScClaimReason, type ScClaimType } from './schemas.js';
import { CANONICAL_MATCHES_OF, SC_CLAIM_STATUSES, scStatusOf, type ScClaimStatus, type StatusMatch } from './status.js';

// Pure translation between Seller Center requests/responses and the core's terms.

type ClaimFilter = Parameters<typeof listClaims>[2];
type Reason = NonNullable<ClaimDetails['reason']>;
type TimeRange = NonNullable<ClaimFilter['createdAt']>;

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

export const PAGE_SIZE_DEFAULT = 10;
export const PAGE_SIZE_MAX = 100;

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

/** A page number, or DRF's `last`. */
export type PageRequest = number | 'last';

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

/** Reads each known parameter once, collecting DRF field errors; unknown parameters are ignored. */
class QueryReader {
  readonly errors: Record<string, ScText[]> = {};

  constructor(private readonly query: Record<string, unknown>) {}

  /** The value, or undefined when absent or empty (django-filter skips empty values). */
  value(name: string): string | undefined {
    const value = single(this.query[name]);
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  fail(name: string, message: ScText): undefined {
    (this.errors[name] ??= []).push(message);
    return undefined;
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    const found = allowed.find((candidate) => candidate === value);
    return found ?? this.fail(name, text('Select a valid choice. {value} is not one of the available choices.', { value }));
  }

  choices<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    const items = parseCommaList(value);
    const unknown = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (unknown !== undefined) return this.fail(name, text('Select a valid choice. {value} is not one of the available choices.', { value: unknown }));
    return allowed.filter((candidate) => items.includes(candidate));
  }

  dateTime(name: string): Date | undefined {
    const value = this.value(name);
    if (value === undefined) return undefined;
    try {
      return parseDateTime(name, value);
    } catch (error) {
      if (error instanceof QueryValueError) return this.fail(name, text('Enter a valid date/time.'));
      throw error;
    }
  }

  range(name: string): TimeRange | undefined {
    const range: TimeRange = { eq: this.dateTime(name), gte: this.dateTime(`${name}__gte`), lte: this.dateTime(`${name}__lte`) };
    return range.eq === undefined && range.gte === undefined && range.lte === undefined ? undefined : range;
  }

  size(): number {
    const value = this.value('limit');
    if (value === undefined) return PAGE_SIZE_DEFAULT;
    if (!/^\d{1,9}$/.test(value)) return this.fail('limit', text('A valid integer is required.')) ?? PAGE_SIZE_DEFAULT;
    const size = Number(value);
    if (size < 1) return this.fail('limit', text('Ensure this value is greater than or equal to {min}.', { min: 1 })) ?? PAGE_SIZE_DEFAULT;
    return Math.min(size, PAGE_SIZE_MAX);
  }

  /** Filter errors (400) come before a bad page number (404), as in DRF, where filtering runs first. */
  finish(): void {
    if (Object.keys(this.errors).length > 0) throw new ScQueryError(this.errors);
  }

  page(): PageRequest {
    const value = this.value('page');
    if (value === undefined) return 1;
    if (value === 'last') return 'last';
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new ScInvalidPage();
    return Number(value);
  }
}

/** `status` and `status__in` together: a claim must satisfy both. */
function statusMatches(status: ScClaimStatus | undefined, statusIn: readonly ScClaimStatus[] | undefined): StatusMatch[] | 'none' | undefined {
  if (status === undefined && statusIn === undefined) return undefined;
  const wanted = SC_CLAIM_STATUSES.filter((candidate) => (status === undefined || candidate === status) && (statusIn === undefined || statusIn.includes(candidate)));
  return wanted.length === 0 ? 'none' : wanted.flatMap((candidate) => CANONICAL_MATCHES_OF[candidate]);
}

export function parseClaimQuery(query: Record<string, unknown>): ScClaimQuery {
  const reader = new QueryReader(query);
  const type = reader.choice('type', SC_CLAIM_TYPES);
  const status = reader.choice('status', SC_CLAIM_STATUSES);
  const statusIn = reader.choices('status__in', SC_CLAIM_STATUSES);
  const cancelledBy = reader.choice('cancelled_by', ['1', '2'] as const);
  const createdAt = reader.range('created_at');
  const updatedAt = reader.range('updated_at');
  const size = reader.size();
  reader.finish();
  const page = reader.page();
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
  const reader = new QueryReader(query);
  const type = reader.choice('type', SC_CLAIM_TYPES);
  const size = reader.size();
  reader.finish();
  return { kinds: type === undefined ? SC_KINDS : [KIND_OF[type]], page: reader.page(), size };
}

/** The page number to serve, or 404 "Invalid page." past the end (page 1 of nothing is an empty page). */
export function pageNumberOf(requested: PageRequest, count: number, size: number): number {
  const last = Math.max(1, Math.ceil(count / size));
  if (requested === 'last') return last;
  if (requested > last) throw new ScInvalidPage();
  return requested;
}
