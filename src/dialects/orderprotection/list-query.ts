import type { ClaimFilter, TimeRange } from '../../domain/claim/claim-filter.js';
import { RESOLUTION_TYPES } from '../../domain/resolution.js';
import { parseBoolean, parseCommaList, parseDateTime, parseEnum, parsePositiveInteger, QueryValueError, single } from '../shared/query.js';
import { INCIDENT_OF_ISSUE, OP_ISSUE_TYPES } from './issue-types.js';
import { OP_CLAIM_STATES, statusesShownAs } from './status.js';

// GET /v1/claims query → a claim filter and a cursor page. OrderProtection does not
// publish these parameters; this is the clone's documented interpretation.

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
const VALUES_PER_FIELD_MAX = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const LIST_FIELDS = ['claimState', 'claimType', 'orderId', 'sourceOrderId', 'sourceOrderNumber', 'policyId', 'authorEmail', 'resolution'] as const;
const RANGE_FIELDS = ['createdAtMin', 'createdAtMax', 'updatedAtMin', 'updatedAtMax'] as const;
type FilterField = (typeof LIST_FIELDS)[number] | (typeof RANGE_FIELDS)[number];
const FILTER_FIELDS: readonly FilterField[] = [...LIST_FIELDS, ...RANGE_FIELDS];

export interface OpListRequest {
  filter: ClaimFilter;
  size: number;
  /** A claim id: the page after it (older claims). */
  after?: string;
  /** A claim id: the page before it (newer claims). */
  before?: string;
  includeDeleted: boolean;
}

type Query = Record<string, unknown>;

function isFilterField(value: string): value is FilterField {
  return (FILTER_FIELDS as readonly string[]).includes(value);
}

/** Every value of a parameter, repeated or comma-separated. */
function valuesOf(query: Query, name: string): string[] {
  const raw = query[name];
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  return parts.flatMap(parseCommaList);
}

/** The JSON `filter` parameter: {"operator":"AND","conditions":[{"field":"claimState","value":["NEW"]}]}. */
function parseJsonFilter(text: string): { operator?: string; values: Map<FilterField, string[]> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new QueryValueError('filter', 'must be a JSON object {"operator","conditions":[{"field","value"}]}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new QueryValueError('filter', 'must be a JSON object');
  const { operator, conditions } = parsed as { operator?: unknown; conditions?: unknown };
  if (operator !== undefined && typeof operator !== 'string') throw new QueryValueError('filter', 'operator must be AND or OR');
  if (conditions !== undefined && !Array.isArray(conditions)) throw new QueryValueError('filter', 'conditions must be an array');
  const values = new Map<FilterField, string[]>();
  for (const condition of conditions ?? []) {
    const { field, value } = (condition ?? {}) as { field?: unknown; value?: unknown };
    if (typeof field !== 'string' || !isFilterField(field)) {
      throw new QueryValueError('filter', `unknown field ${String(field)}; use one of ${FILTER_FIELDS.join(', ')}`);
    }
    const list: unknown[] = Array.isArray(value) ? value : [value];
    const texts = list.filter((item): item is string => typeof item === 'string');
    if (texts.length !== list.length) throw new QueryValueError('filter', `the value of ${field} must be a string or a list of strings`);
    values.set(field, [...(values.get(field) ?? []), ...texts]);
  }
  return { operator, values };
}

function range(query: Query, json: Map<FilterField, string[]>, min: FilterField, max: FilterField): TimeRange | undefined {
  const from = single(query[min]) ?? json.get(min)?.[0];
  const to = single(query[max]) ?? json.get(max)?.[0];
  if (from === undefined && to === undefined) return undefined;
  return {
    ...(from === undefined ? {} : { gte: parseDateTime(min, from) }),
    ...(to === undefined ? {} : { lte: parseDateTime(max, to) }),
  };
}

function cursorOf(query: Query, name: string): string | undefined {
  const value = single(query[name]);
  if (value === undefined || value === '') return undefined;
  if (!isUuid(value)) throw new QueryValueError(name, 'is not a cursor this API returned');
  return value;
}

export function parseListQuery(query: Query): OpListRequest {
  const jsonText = single(query.filter);
  const json = jsonText === undefined ? { operator: undefined, values: new Map<FilterField, string[]>() } : parseJsonFilter(jsonText);
  const list = (field: (typeof LIST_FIELDS)[number]): string[] | undefined => {
    const values = [...valuesOf(query, field), ...(json.values.get(field) ?? [])];
    if (values.length > VALUES_PER_FIELD_MAX) throw new QueryValueError(field, `at most ${VALUES_PER_FIELD_MAX} values`);
    return values.length === 0 ? undefined : values;
  };

  const states = list('claimState')?.map((value) => parseEnum('claimState', value, OP_CLAIM_STATES));
  const claimTypes = list('claimType')?.map((value) => parseEnum('claimType', value, OP_ISSUE_TYPES));
  const orderIds = list('orderId');
  const badOrderId = orderIds?.find((value) => !isUuid(value));
  if (badOrderId !== undefined) throw new QueryValueError('orderId', `${badOrderId} is not an order id`);
  const resolutions = list('resolution')?.map((value) => parseEnum('resolution', value, RESOLUTION_TYPES));
  const operatorText = single(query.operator) ?? json.operator;

  const filter: ClaimFilter = {
    operator: operatorText === undefined ? 'AND' : parseEnum('operator', operatorText.toUpperCase(), ['AND', 'OR'] as const),
    statuses: states?.flatMap(statusesShownAs),
    incidentTypes: claimTypes?.map((type) => INCIDENT_OF_ISSUE[type]),
    orderUuids: orderIds,
    orderSourceIds: list('sourceOrderId'),
    orderNumbers: list('sourceOrderNumber'),
    policyIds: list('policyId'),
    authorEmails: list('authorEmail'),
    resolutionTypes: resolutions,
    createdAt: range(query, json.values, 'createdAtMin', 'createdAtMax'),
    updatedAt: range(query, json.values, 'updatedAtMin', 'updatedAtMax'),
  };

  const sizeText = single(query.size);
  const after = cursorOf(query, 'cursor') ?? cursorOf(query, 'after');
  const before = cursorOf(query, 'before');
  if (after !== undefined && before !== undefined) throw new QueryValueError('before', 'give either a cursor (after) or before, not both');
  const includeDeleted = single(query.includeDeleted);
  return {
    filter,
    size: sizeText === undefined ? PAGE_SIZE_DEFAULT : parsePositiveInteger('size', sizeText, PAGE_SIZE_MAX),
    after,
    before,
    includeDeleted: includeDeleted === undefined ? false : parseBoolean('includeDeleted', includeDeleted),
  };
}
