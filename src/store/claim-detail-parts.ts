import { CompiledQuery, type Kysely } from 'kysely';
import type { ClaimLine } from '../domain/claim/claim.js';
import type { ClaimAssignee } from '../domain/claim/assignee.js';
import type { Reason } from '../domain/claim/reason.js';
import type { Customer, Order, OrderItem } from '../domain/order.js';
import type { Refund } from '../domain/refund/refund.js';
import * as claimParts from './claim-parts.js';
import { fromJsonRows, type JsonTable } from './json-rows.js';
import * as claims from './claims.js';
import * as orders from './orders.js';
import * as reasons from './reasons.js';
import * as refunds from './refunds.js';
import type { DB } from './schema.js';

// Everything a page of claims hangs on, read in one statement instead of ten: the same
// ten tenant-scoped queries, each aggregated to a JSON array in a column of one row.
// A statement costs the service a round trip, a query build and a result decoding
// whatever it returns; a page of claims spent more on those ten times than on its rows.

/** The rows each part reads: its table, the ids it is found by, and its order. */
const PARTS = {
  lines: { table: 'claim_lines', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  messages: { table: 'messages', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  attachments: { table: 'attachments', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  resolutions: { table: 'resolutions', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  storeCredits: { table: 'store_credits', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  returnShipments: { table: 'return_shipments', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  refunds: { table: 'refunds', by: 'claim_id', ids: 'claims', orderBy: 'id' },
  orders: { table: 'orders', by: 'id', ids: 'orders', orderBy: 'id' },
  items: { table: 'order_items', by: 'order_id', ids: 'orders', orderBy: 'order_id, t.position' },
  customers: { table: 'customers', by: 'id', ids: 'customers', orderBy: 'id' },
  reasons: { table: 'reasons', by: 'id', ids: 'reasons', orderBy: 'id' },
} as const satisfies Record<string, { table: JsonTable; by: string; ids: string; orderBy: string }>;

type Part = keyof typeof PARTS;

const ID_PARAMETER = { claims: '$2', orders: '$3', customers: '$4', reasons: '$5' } as const;

/** The claims' assignees: a user's uuid and name only, never the rest of the user's row. */
const ASSIGNEES = `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'uuid', u.uuid, 'name', u.name) ORDER BY u.id), '[]')
  FROM users u WHERE u.store_id = $1 AND u.id = ANY($6::bigint[])) AS "assignees"`;

const DETAILS_SQL = `SELECT ${Object.entries(PARTS).map(([name, part]) => `(SELECT coalesce(json_agg(t ORDER BY t.${part.orderBy}), '[]')
  FROM ${part.table} t WHERE t.store_id = $1 AND t.${part.by} = ANY(${ID_PARAMETER[part.ids]}::bigint[])) AS "${name}"`).join(',\n  ')},
  ${ASSIGNEES}`;

export interface DetailIds {
  claimIds: readonly number[];
  orderIds: readonly number[];
  customerIds: readonly number[];
  reasonIds: readonly number[];
  /** The claims' assignees. */
  userIds: readonly number[];
}

export interface DetailParts extends claimParts.ClaimParts {
  lines: ClaimLine[];
  refunds: Refund[];
  orders: Order[];
  items: OrderItem[];
  customers: Customer[];
  reasons: Reason[];
  assignees: ClaimAssignee[];
}

/** Every part of the given claims, their orders, items, customers and reasons: one statement. */
export async function loadDetailParts(db: Kysely<DB>, storeId: number, ids: DetailIds): Promise<DetailParts> {
  const { rows } = await db.executeQuery<Record<Part | 'assignees', unknown>>(CompiledQuery.raw(DETAILS_SQL, [
    storeId, [...ids.claimIds], [...ids.orderIds], [...ids.customerIds], [...ids.reasonIds], [...ids.userIds],
  ]));
  const found = rows[0];
  if (found === undefined) throw new Error('the details statement returned no row');
  return {
    lines: fromJsonRows(found.lines, 'claim_lines', claims.toClaimLine),
    messages: fromJsonRows(found.messages, 'messages', claimParts.toMessage),
    attachments: fromJsonRows(found.attachments, 'attachments', claimParts.toAttachment),
    resolutions: fromJsonRows(found.resolutions, 'resolutions', claimParts.toResolution),
    storeCredits: fromJsonRows(found.storeCredits, 'store_credits', claimParts.toStoreCredit),
    returnShipments: fromJsonRows(found.returnShipments, 'return_shipments', claimParts.toReturnShipment),
    refunds: fromJsonRows(found.refunds, 'refunds', refunds.toRefund),
    orders: fromJsonRows(found.orders, 'orders', orders.toOrder),
    items: fromJsonRows(found.items, 'order_items', orders.toOrderItem),
    customers: fromJsonRows(found.customers, 'customers', orders.toCustomer),
    reasons: fromJsonRows(found.reasons, 'reasons', reasons.toReason),
    assignees: toAssignees(found.assignees),
  };
}

/** The assignees as the statement built them (json_build_object keeps its keys' types). */
function toAssignees(value: unknown): ClaimAssignee[] {
  if (!Array.isArray(value)) throw new Error('the assignees part is not a list');
  return value.map((row: { id: number | string; uuid: string; name: string }) => ({ id: Number(row.id), uuid: row.uuid, name: row.name }));
}
