import type { ClaimFiler } from './claim.js';
import type { ClaimDecision, ClaimKind, ClaimStatus } from './status.js';

// The query language of claim lists: every door says what it wants in these terms and the
// store turns them into SQL.

export interface TimeRange {
  gt?: Date;
  gte?: Date;
  lt?: Date;
  lte?: Date;
  eq?: Date;
}

/** A status, optionally only for claims whose decision is (or is not) the one given. */
export interface StatusMatch {
  status: ClaimStatus;
  decision?: { is: ClaimDecision } | { isNot: ClaimDecision };
}

/**
 * Every way a door may narrow a claim list. Different fields combine with `operator`
 * (AND by default); the values inside one field are always OR-ed. Text matches ignore case.
 */
export interface ClaimFilter {
  operator?: 'AND' | 'OR';
  statuses?: readonly ClaimStatus[];
  /**
   * Like `statuses`, for a door whose word for a status depends on the decision too
   * (Seller Center shows a closed claim as `completed` or `rejected` by its decision).
   */
  statusMatches?: readonly StatusMatch[];
  kinds?: readonly ClaimKind[];
  incidentTypes?: readonly string[];
  reasonIds?: readonly number[];
  ids?: readonly number[];
  uuids?: readonly string[];
  numbers?: readonly string[];
  orderIds?: readonly number[];
  orderUuids?: readonly string[];
  orderNumbers?: readonly string[];
  /** The order's external id, else its number (OrderProtection's sourceOrderId). */
  orderSourceIds?: readonly string[];
  customerEmails?: readonly string[];
  customerFirstNames?: readonly string[];
  customerLastNames?: readonly string[];
  authorEmails?: readonly string[];
  skus?: readonly string[];
  policyIds?: readonly string[];
  resolutionTypes?: readonly string[];
  easyReturnCodes?: readonly string[];
  trackingNumbers?: readonly string[];
  filedBy?: readonly ClaimFiler[];
  sources?: readonly string[];
  /** The claims given to these console users (their ids), and with `unassigned` also those given to nobody. */
  assigneeUserIds?: readonly number[];
  /** As assigneeUserIds, by the users' uuids (the ids the API shows). */
  assigneeUserUuids?: readonly string[];
  unassigned?: boolean;
  /** The review queues the policy put the claims in. */
  queues?: readonly string[];
  /** Claims carrying any of these risk flags. */
  riskFlags?: readonly string[];
  createdAt?: TimeRange;
  updatedAt?: TimeRange;
  orderPlacedAt?: TimeRange;
  /** Full-text-ish search over number, order number, author email and name, description. */
  search?: string;
}

export interface ClaimScope {
  storeId: number;
  customerId?: number;
  includeDeleted?: boolean;
}

export interface ClaimKeyset {
  createdAt: Date;
  id: number;
}

/**
 * The order of a keyset page: newest first (every door's default), oldest first — a queue
 * worked first come, first served — or due first: the claim whose service level runs out
 * soonest, the overdue ones at the top and those without a due time last. A cursor continues
 * in the order it was made for.
 */
export type ClaimOrder = 'newest' | 'oldest' | 'due';

/**
 * What a due-first page sorts by: the store's service levels, hours per kind of claim, as the
 * current policy sets them (serviceLevelDue's rule, which the console's due column shows).
 */
export interface DueClock {
  firstResponseHours: Partial<Record<ClaimKind, number>>;
  resolutionHours: Partial<Record<ClaimKind, number>>;
}

export type ClaimPageRequest =
  | { limit: number; after?: ClaimKeyset; before?: undefined; offset?: undefined; order?: ClaimOrder; dueClock?: DueClock }
  | { limit: number; before: ClaimKeyset; after?: undefined; offset?: undefined; order?: 'newest' }
  | { limit: number; offset: number; after?: undefined; before?: undefined; order?: 'newest' };
