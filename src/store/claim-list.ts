import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { ClaimFilter, ClaimKeyset, ClaimPageRequest, ClaimScope, DueClock, StatusMatch, TimeRange } from '../domain/claim/claim-filter.js';
import type { Claim, ClaimFiler } from '../domain/claim/claim.js';
import { CLAIM_KINDS, CLAIM_STATUSES, isUndecided, type ClaimKind, type ClaimSource, type ClaimStatus } from '../domain/claim/status.js';
import { keptCountsFingerprint, sumKeptCounts, sumKeptCountsByStatus, type KeptCountsQuery } from './claim-counts.js';
import { edgesOfPage, PageEdges } from './page-edges.js';
import { nativeDocument, type DocumentView } from './claim-documents.js';
import { toClaim } from './claims.js';
import type { DB } from './schema.js';

type Eb = ExpressionBuilder<DB, 'claims'>;
type Condition = (eb: Eb) => Expression<SqlBool>;

const lowered = (values: readonly string[]) => values.map((value) => value.toLowerCase());

function rangeConditions(column: 'claims.created_at' | 'claims.updated_at', range: TimeRange): Condition[] {
  const conditions: Condition[] = [];
  if (range.eq !== undefined) conditions.push((eb) => eb(column, '=', range.eq as Date));
  if (range.gt !== undefined) conditions.push((eb) => eb(column, '>', range.gt as Date));
  if (range.gte !== undefined) conditions.push((eb) => eb(column, '>=', range.gte as Date));
  if (range.lt !== undefined) conditions.push((eb) => eb(column, '<', range.lt as Date));
  if (range.lte !== undefined) conditions.push((eb) => eb(column, '<=', range.lte as Date));
  return conditions;
}

function orderCondition(storeId: number, where: (eb: ExpressionBuilder<DB, 'orders'>) => Expression<SqlBool>): Condition {
  return (eb) => eb('claims.order_id', 'in', eb.selectFrom('orders').select('orders.id').where('orders.store_id', '=', storeId).where(where));
}

function customerCondition(storeId: number, column: 'first_name' | 'last_name' | 'email', values: readonly string[]): Condition {
  return (eb) => eb('claims.customer_id', 'in', eb.selectFrom('customers').select('customers.id')
    .where('customers.store_id', '=', storeId).where(sql<string>`lower(${sql.ref(`customers.${column}`)})`, 'in', lowered(values)));
}

function statusMatchCondition(matches: readonly StatusMatch[]): Condition {
  // Plain statuses stay one IN list, so the (store_id, status, created_at) index still serves them.
  const plain = matches.flatMap((match) => (match.decision === undefined ? [match.status] : []));
  const qualified = matches.flatMap((match) => (match.decision === undefined ? [] : [{ status: match.status, decision: match.decision }]));
  return (eb) => eb.or([
    ...(plain.length === 0 ? [] : [eb('claims.status', 'in', plain)]),
    ...qualified.map(({ status, decision }) => eb.and([
      eb('claims.status', '=', status),
      'is' in decision
        ? eb('claims.decision', '=', decision.is)
        : eb.or([eb('claims.decision', 'is', null), eb('claims.decision', '!=', decision.isNot)]),
    ])),
  ]);
}

/** One condition per filter field; empty lists mean "no filter on that field". */
function fieldConditions(storeId: number, filter: ClaimFilter): Condition[] {
  const conditions: Condition[] = [];
  const some = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;
  if (some(filter.statuses)) conditions.push((eb) => eb('claims.status', 'in', filter.statuses as ClaimStatus[]));
  if (some(filter.statusMatches)) conditions.push(statusMatchCondition(filter.statusMatches));
  if (some(filter.kinds)) conditions.push((eb) => eb('claims.kind', 'in', filter.kinds as ClaimKind[]));
  if (some(filter.incidentTypes)) conditions.push((eb) => eb('claims.incident_type', 'in', filter.incidentTypes as string[]));
  if (some(filter.reasonIds)) conditions.push((eb) => eb('claims.reason_id', 'in', filter.reasonIds as number[]));
  if (some(filter.ids)) conditions.push((eb) => eb('claims.id', 'in', filter.ids as number[]));
  if (some(filter.uuids)) conditions.push((eb) => eb('claims.uuid', 'in', filter.uuids as string[]));
  if (some(filter.numbers)) conditions.push((eb) => eb('claims.number', 'in', filter.numbers as string[]));
  if (some(filter.orderIds)) conditions.push((eb) => eb('claims.order_id', 'in', filter.orderIds as number[]));
  if (some(filter.orderUuids)) {
    const uuids = filter.orderUuids as string[];
    conditions.push(orderCondition(storeId, (eb) => eb('orders.uuid', 'in', uuids)));
  }
  if (some(filter.policyIds)) conditions.push((eb) => eb('claims.policy_id', 'in', filter.policyIds as string[]));
  if (some(filter.filedBy)) conditions.push((eb) => eb('claims.filed_by', 'in', filter.filedBy as ClaimFiler[]));
  // A door passes the sources it was asked for as given: one the domain does not know matches nothing.
  if (some(filter.sources)) conditions.push((eb) => eb('claims.source', 'in', filter.sources as ClaimSource[]));
  if (some(filter.assigneeUserIds) || some(filter.assigneeUserUuids) || filter.unassigned === true) {
    const ids = filter.assigneeUserIds as number[] | undefined;
    const uuids = filter.assigneeUserUuids as string[] | undefined;
    conditions.push((eb) => eb.or([
      ...(some(ids) ? [eb('claims.assignee_user_id', 'in', ids)] : []),
      ...(some(uuids) ? [eb(sql<SqlBool>`claims.assignee_user_id IN (SELECT u.id FROM users u WHERE u.store_id = ${storeId} AND u.uuid IN (${sql.join(uuids)}))`, '=', true)] : []),
      ...(filter.unassigned === true ? [eb('claims.assignee_user_id', 'is', null)] : []),
    ]));
  }
  if (some(filter.queues)) conditions.push((eb) => eb('claims.queue', 'in', filter.queues as string[]));
  if (some(filter.riskFlags)) {
    const flags = filter.riskFlags as string[];
    conditions.push((eb) => eb.or(flags.map((flag) => eb(sql<boolean>`jsonb_exists(claims.risk_flags, ${flag})`, '=', true))));
  }
  if (some(filter.authorEmails)) {
    const emails = lowered(filter.authorEmails);
    conditions.push((eb) => eb(sql<string>`lower(claims.author_email)`, 'in', emails));
  }
  if (some(filter.orderNumbers)) {
    const numbers = lowered(filter.orderNumbers);
    conditions.push(orderCondition(storeId, (eb) => eb(sql<string>`lower(orders.number)`, 'in', numbers)));
  }
  if (some(filter.orderSourceIds)) {
    const ids = filter.orderSourceIds as string[];
    conditions.push(orderCondition(storeId, (eb) => eb.or([
      eb('orders.external_id', 'in', ids),
      eb.and([eb('orders.external_id', 'is', null), eb('orders.number', 'in', ids)]),
    ])));
  }
  if (filter.orderPlacedAt !== undefined) {
    const range = filter.orderPlacedAt;
    conditions.push(orderCondition(storeId, (eb) => eb.and([
      ...(range.eq === undefined ? [] : [eb('orders.placed_at', '=', range.eq)]),
      ...(range.gt === undefined ? [] : [eb('orders.placed_at', '>', range.gt)]),
      ...(range.gte === undefined ? [] : [eb('orders.placed_at', '>=', range.gte)]),
      ...(range.lt === undefined ? [] : [eb('orders.placed_at', '<', range.lt)]),
      ...(range.lte === undefined ? [] : [eb('orders.placed_at', '<=', range.lte)]),
    ])));
  }
  if (some(filter.customerEmails)) conditions.push(customerCondition(storeId, 'email', filter.customerEmails));
  if (some(filter.customerFirstNames)) conditions.push(customerCondition(storeId, 'first_name', filter.customerFirstNames));
  if (some(filter.customerLastNames)) conditions.push(customerCondition(storeId, 'last_name', filter.customerLastNames));
  if (some(filter.skus)) {
    const skus = lowered(filter.skus);
    conditions.push((eb) => eb.exists(eb.selectFrom('claim_lines')
      .innerJoin('order_items', (join) => join.onRef('order_items.store_id', '=', 'claim_lines.store_id').onRef('order_items.id', '=', 'claim_lines.order_item_id'))
      .select(sql`1`.as('one'))
      .whereRef('claim_lines.claim_id', '=', 'claims.id')
      .where('claim_lines.store_id', '=', storeId)
      .where(sql<string>`lower(order_items.sku)`, 'in', skus)));
  }
  if (some(filter.resolutionTypes)) {
    const types = filter.resolutionTypes as string[];
    conditions.push((eb) => eb.exists(eb.selectFrom('resolutions').select(sql`1`.as('one'))
      .whereRef('resolutions.claim_id', '=', 'claims.id').where('resolutions.store_id', '=', storeId).where('resolutions.type', 'in', types)));
  }
  if (some(filter.easyReturnCodes)) {
    const codes = lowered(filter.easyReturnCodes);
    conditions.push((eb) => eb.exists(eb.selectFrom('return_shipments').select(sql`1`.as('one'))
      .whereRef('return_shipments.claim_id', '=', 'claims.id').where('return_shipments.store_id', '=', storeId)
      .where(sql<string>`lower(return_shipments.easy_return_code)`, 'in', codes)));
  }
  if (some(filter.trackingNumbers)) {
    // The return parcel's tracking number, or the outbound one of a claimed item.
    const numbers = lowered(filter.trackingNumbers);
    conditions.push((eb) => eb.or([
      eb.exists(eb.selectFrom('return_shipments').select(sql`1`.as('one'))
        .whereRef('return_shipments.claim_id', '=', 'claims.id').where('return_shipments.store_id', '=', storeId)
        .where(sql<string>`lower(return_shipments.tracking_number)`, 'in', numbers)),
      eb.exists(eb.selectFrom('claim_lines').innerJoin('order_items', (join) => join.onRef('order_items.store_id', '=', 'claim_lines.store_id').onRef('order_items.id', '=', 'claim_lines.order_item_id'))
        .select(sql`1`.as('one')).whereRef('claim_lines.claim_id', '=', 'claims.id').where('claim_lines.store_id', '=', storeId)
        .where(sql<string>`lower(order_items.tracking_number)`, 'in', numbers)),
    ]));
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const pattern = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    conditions.push((eb) => eb.or([
      eb(sql<string>`lower(claims.number)`, 'like', pattern),
      eb(sql<string>`lower(claims.author_email)`, 'like', pattern),
      eb(sql<string>`lower(claims.author_name)`, 'like', pattern),
      eb(sql<string>`lower(coalesce(claims.description, ''))`, 'like', pattern),
      eb('claims.order_id', 'in', eb.selectFrom('orders').select('orders.id').where('orders.store_id', '=', storeId).where(sql<string>`lower(orders.number)`, 'like', pattern)),
    ]));
  }
  if (filter.createdAt !== undefined) {
    const parts = rangeConditions('claims.created_at', filter.createdAt);
    if (parts.length > 0) conditions.push((eb) => eb.and(parts.map((part) => part(eb))));
  }
  if (filter.updatedAt !== undefined) {
    const parts = rangeConditions('claims.updated_at', filter.updatedAt);
    if (parts.length > 0) conditions.push((eb) => eb.and(parts.map((part) => part(eb))));
  }
  return conditions;
}

function baseQuery(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter) {
  let query = db.selectFrom('claims').where('claims.store_id', '=', scope.storeId);
  if (scope.customerId !== undefined) query = query.where('claims.customer_id', '=', scope.customerId);
  if (scope.includeDeleted !== true) query = query.where('claims.deleted_at', 'is', null);
  const conditions = fieldConditions(scope.storeId, filter);
  return conditions.length === 0 ? query : query.where(allOf(conditions, filter.operator));
}

/** The filter's conditions as one, joined by its operator. */
function allOf(conditions: Condition[], operator: ClaimFilter['operator']): Condition {
  return (eb) => {
    const parts = conditions.map((condition) => condition(eb));
    return operator === 'OR' ? eb.or(parts) : eb.and(parts);
  };
}

/**
 * A keyset edge as its claim's stored values. A cursor carries the creation time in
 * milliseconds, and a claim written with microseconds (rows imported by SQL) would be compared
 * with a rounded time, skipping the claims of its millisecond; the carried time stands in only
 * when the claim is gone.
 */
function storedEdge(eb: Eb, storeId: number, edge: ClaimKeyset) {
  return eb.tuple(eb.fn.coalesce(storedCreatedAt(eb, storeId, edge.id), eb.val(edge.createdAt)), eb.val(edge.id));
}

/** A claim's stored creation time, as a subquery: NULL when the claim is gone. */
function storedCreatedAt(eb: Eb, storeId: number, id: number) {
  return eb.selectFrom('claims as edge').select('edge.created_at').where('edge.store_id', '=', storeId).where('edge.id', '=', id);
}

const UNDECIDED = CLAIM_STATUSES.filter(isUndecided);
const NO_CLOCK: DueClock = { firstResponseHours: {}, resolutionHours: {} };

/** A kind's hours as SQL: CASE over the kinds the service levels name, NULL for the others. */
function hoursOfKind(alias: 'claims' | 'edge', hours: Partial<Record<ClaimKind, number>>) {
  const named = CLAIM_KINDS.flatMap((kind) => {
    const value = hours[kind];
    // Integers the policy schema bounds (1…87,600): safe as literals, and one plan per clock.
    return value === undefined ? [] : [sql`WHEN ${sql.lit(kind)} THEN ${sql.lit(Math.trunc(value))}`];
  });
  return named.length === 0 ? sql`NULL::integer` : sql`(CASE ${sql.ref(`${alias}.kind`)} ${sql.join(named, sql` `)} END)`;
}

/**
 * When a claim is due, as serviceLevelDue counts it: undecided, the first response until
 * the store has written a message the customer sees, then the resolution, each counted in
 * hours from filing. A claim with nothing due sorts last ('infinity'), so the keyset's tuple
 * comparison never meets a NULL.
 */
function dueKey(alias: 'claims' | 'edge', clock: DueClock) {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const answered = sql`EXISTS (SELECT 1 FROM messages answer WHERE answer.store_id = ${column('store_id')} AND answer.claim_id = ${column('id')}
    AND answer.sender_type <> 'customer' AND NOT answer.internal)`;
  return sql<Date>`COALESCE(CASE WHEN ${column('status')} IN (${sql.join(UNDECIDED.map((status) => sql.lit(status)))}) THEN COALESCE(
    CASE WHEN NOT ${answered} THEN ${column('created_at')} + make_interval(hours => ${hoursOfKind(alias, clock.firstResponseHours)}) END,
    ${column('created_at')} + make_interval(hours => ${hoursOfKind(alias, clock.resolutionHours)})) END, 'infinity'::timestamptz)`;
}

/** The due key of the claim a cursor names, as a subquery (a deleted claim's row stays: deletion is soft). */
function storedDueKey(storeId: number, id: number, clock: DueClock) {
  return sql<Date>`(SELECT ${dueKey('edge', clock)} FROM claims edge WHERE edge.store_id = ${storeId} AND edge.id = ${id})`;
}

/**
 * Claims newest first, by keyset over (created_at, id) — served by the store's
 * (store_id, …, created_at DESC, id DESC) indexes — or by offset for page-number doors.
 * `before` walks backwards and still returns the rows newest first; `order: 'oldest'` walks
 * the same indexes backwards, oldest first. `order: 'due'` sorts by the due key over the
 * whole view (no index holds it: it depends on the policy and on the messages).
 */
export async function listClaims(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter, page: ClaimPageRequest): Promise<Claim[]> {
  const rows = await pageOf(db, scope, filter, page, (query) => query.execute());
  return rows.map(toClaim);
}

/**
 * The same page as listClaims, each claim as its native document rendered by the database
 * (claim-documents.ts) in one statement: the id and creation time (for a cursor) and the
 * document's text, NULL where the door must render the claim itself. `rendered` documents at
 * most, newest first: a door that reads one row more to know whether a next page exists does
 * not pay for that row's document.
 */
export async function listClaimDocuments(
  db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter, page: ClaimPageRequest, options: { view: DocumentView; rendered?: number },
): Promise<ClaimDocumentRow[]> {
  const oldestFirst = page.order === 'oldest';
  const dueFirst = page.order === 'due' && page.before === undefined;
  const pageOrder = page.before === undefined && !oldestFirst;
  const rendered = page.before === undefined && options.rendered !== undefined ? options.rendered : undefined;
  return pageOf(db, scope, filter, page, (query, withFingerprint) => {
    const direction = pageOrder ? 'desc' : 'asc';
    const order = dueFirst ? sql`p.sort_due ASC, p.id ASC` : oldestFirst ? sql`p.created_at ASC, p.id ASC` : sql`p.created_at DESC, p.id DESC`;
    const document = rendered === undefined
      ? nativeDocument(options.view, scope.storeId)
      : sql<string | null>`CASE WHEN row_number() OVER (ORDER BY ${order}) <= ${rendered} THEN ${nativeDocument(options.view, scope.storeId)} END`;
    const select = db.selectFrom(query.as('p')).select(['p.id', 'p.created_at', document.as('document')]);
    const selected = withFingerprint ? select.select('p.list_fingerprint') : select;
    return (dueFirst ? selected.orderBy(sql`p.sort_due`, 'asc').orderBy('p.id', 'asc') : selected.orderBy('p.created_at', direction).orderBy('p.id', direction)).execute();
  });
}

export interface ClaimDocumentRow {
  id: number;
  created_at: Date;
  document: string | null;
}

/** The claims rows a page selects, newest first (`before`: oldest first), with the fingerprint column when asked for. */
type ClaimRows = SelectQueryBuilder<DB, 'claims', Selectable<DB['claims']> & { list_fingerprint?: string; sort_due?: Date }>;

/** Runs a page's selection: the rows as they are, or wrapped in a statement that renders them. */
type ReadRows<Row> = (query: ClaimRows, withFingerprint: boolean) => Promise<Row[]>;

async function pageOf<Row extends { id: number; list_fingerprint?: string }>(
  db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter, page: ClaimPageRequest, read: ReadRows<Row>,
): Promise<Row[]> {
  let query = baseQuery(db, scope, filter).selectAll('claims');
  if (page.order === 'due') {
    const clock = page.dueClock ?? NO_CLOCK;
    const after = page.after;
    if (after !== undefined) query = query.where(sql<SqlBool>`(${dueKey('claims', clock)}, claims.id) > (${storedDueKey(scope.storeId, after.id, clock)}, ${after.id})`);
    return read(query.select(dueKey('claims', clock).as('sort_due')).orderBy(dueKey('claims', clock)).orderBy('claims.id', 'asc').limit(page.limit), false);
  }
  if (page.order === 'oldest') {
    const after = page.after;
    if (after !== undefined) query = query.where((eb) => eb(eb.refTuple('claims.created_at', 'claims.id'), '>', storedEdge(eb, scope.storeId, after)));
    return read(query.orderBy('claims.created_at', 'asc').orderBy('claims.id', 'asc').limit(page.limit), false);
  }
  if (page.after !== undefined) {
    const after = page.after;
    query = query.where((eb) => eb(eb.refTuple('claims.created_at', 'claims.id'), '<', storedEdge(eb, scope.storeId, after)));
  }
  if (page.before !== undefined) {
    const before = page.before;
    const rows = await read(query
      .where((eb) => eb(eb.refTuple('claims.created_at', 'claims.id'), '>', storedEdge(eb, scope.storeId, before)))
      .orderBy('claims.created_at', 'asc').orderBy('claims.id', 'asc').limit(page.limit), false);
    return rows.reverse();
  }
  if (page.offset !== undefined && page.offset > 0) return offsetPage(db, scope, filter, { offset: page.offset, limit: page.limit }, read);
  return read(query.orderBy('claims.created_at', 'desc').orderBy('claims.id', 'desc').limit(page.limit), false);
}

/** Remembered page edges, per database handle (a transaction's handle is new each time, and remembers nothing). */
const pageEdgesOf = new WeakMap<Kysely<DB>, PageEdges>();

/**
 * OFFSET as keyset. A page whose start is remembered, under a fingerprint still true in the
 * statement's own snapshot, is read from there (page-edges.ts). Otherwise the page's first row
 * is found by an index-only walk (claims_store_live_created) and the page read from it; a plain
 * OFFSET would read and sort every skipped row. Lists the kept counts cannot fingerprint (a
 * customer's claims, deleted ones, any filter on other fields) always walk.
 */
async function offsetPage<Row extends { id: number; list_fingerprint?: string }>(
  db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter, page: { offset: number; limit: number }, read: ReadRows<Row>,
): Promise<Row[]> {
  const ordered = () => baseQuery(db, scope, filter).selectAll('claims')
    .orderBy('claims.created_at', 'desc').orderBy('claims.id', 'desc').limit(page.limit);
  const walked = () => {
    const first = baseQuery(db, scope, filter).select(['claims.created_at', 'claims.id'])
      .orderBy('claims.created_at', 'desc').orderBy('claims.id', 'desc').offset(page.offset).limit(1);
    return ordered().where(sql<SqlBool>`(claims.created_at, claims.id) <= (${first})`);
  };
  const kept = keptCountsQuery(db, scope, filter);
  if (kept === undefined) return read(walked(), false);

  let memory = pageEdgesOf.get(db);
  if (memory === undefined) pageEdgesOf.set(db, memory = new PageEdges());
  const list = JSON.stringify([scope.storeId, filter]);
  const fingerprint = keptCountsFingerprint(kept);
  const known = memory.find(list, page.offset);
  if (known !== undefined) {
    const { edge } = known;
    const rows = await read(ordered()
      .where((eb) => eb(eb.refTuple('claims.created_at', 'claims.id'), edge.inclusive ? '<=' : '<', eb.tuple(storedCreatedAt(eb, scope.storeId, edge.id), eb.val(edge.id))))
      .where(sql<SqlBool>`(${fingerprint}) = ${known.fingerprint}`), false);
    // No rows: the list changed since (or the edge was the end of it); walk, as for a page never seen.
    if (rows.length > 0) {
      memory.remember(list, known.fingerprint, edgesOfPage(page.offset, rows));
      return rows;
    }
    memory.forget(list);
  }
  const rows = await read(walked().select(sql<string>`(${fingerprint})`.as('list_fingerprint')), true);
  const seen = rows[0]?.list_fingerprint;
  if (seen !== undefined) memory.remember(list, seen, edgesOfPage(page.offset, rows));
  return rows;
}

/**
 * How many claims match. A filter on kinds, statuses and decisions alone, over a store's
 * live claims, is answered from the kept counts (claim-counts.ts) in constant time; any
 * other filter counts the rows.
 */
export async function countClaims(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter): Promise<number> {
  const kept = keptCountsQuery(db, scope, filter);
  if (kept !== undefined) return sumKeptCounts(db, scope.storeId, kept);
  const row = await baseQuery(db, scope, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Whether any claim lies beyond a keyset edge in the given direction (for hasPrevious/NextPage). */
export async function existsBeyond(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter, edge: ClaimKeyset, direction: 'newer' | 'older'): Promise<boolean> {
  const row = await baseQuery(db, scope, filter).select('claims.id')
    .where((eb) => eb(eb.refTuple('claims.created_at', 'claims.id'), direction === 'newer' ? '>' : '<', storedEdge(eb, scope.storeId, edge)))
    .limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function countClaimsByStatus(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter): Promise<Record<string, number>> {
  const kept = keptCountsQuery(db, scope, filter);
  if (kept !== undefined) return sumKeptCountsByStatus(db, scope.storeId, kept);
  const rows = await baseQuery(db, scope, filter).select(['claims.status', (eb) => eb.fn.countAll<number>().as('total')]).groupBy('claims.status').execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.total)]));
}

/** Filter fields the kept counts can answer: each of their rows has one kind, status and decision. */
const COUNTED_FIELDS = ['statuses', 'statusMatches', 'kinds'] as const;

/**
 * The kept-count rows that match, or undefined when the scope or filter needs the claims
 * themselves (a customer's claims, deleted ones, or any other field). The same conditions
 * as the claim list apply, aliased: the count rows carry the claims' column names.
 */
function keptCountsQuery(db: Kysely<DB>, scope: ClaimScope, filter: ClaimFilter): KeptCountsQuery | undefined {
  if (scope.customerId !== undefined || scope.includeDeleted === true) return undefined;
  const rest: ClaimFilter = { ...filter };
  for (const field of COUNTED_FIELDS) delete rest[field];
  if (fieldConditions(scope.storeId, rest).length > 0) return undefined;
  const conditions = fieldConditions(scope.storeId, filter);
  const query = db.selectFrom('claim_count_deltas as claims').where('claims.store_id', '=', scope.storeId);
  if (conditions.length === 0) return query;
  const condition = allOf(conditions, filter.operator);
  return query.where((eb) => condition(eb as unknown as Eb));
}
