import { randomUUID } from 'node:crypto';
import { decodeCursor } from '../../src/http/cursor.js';
import { CANONICAL_MATCHES_OF as OM_MATCHES } from '../../src/dialects/omnitron/status.js';
import { statusesShownAs, type OpClaimState, OP_CLAIM_STATES } from '../../src/dialects/orderprotection/status.js';
import { fromRefundV2Status, REFUND_V2_STATUS_INPUTS, type RefundV2StatusInput } from '../../src/dialects/refunds-v2/status.js';
import { CANONICAL_MATCHES_OF as SC_MATCHES } from '../../src/dialects/seller-center/status.js';
import type { StatusMatch } from '../../src/domain/claim/claim-filter.js';
import type { StatementName } from './sql.js';

// The reference's routes: Recourse's own paths and query parameters for the read scenarios,
// answered with the text PostgreSQL rendered (bench/reference/sql.ts). No authentication,
// validation beyond what picking a statement needs, tenancy or mapping layer: the store is
// fixed (store 1, the benchmark's merchant key's) and a parameter it does not know is ignored.

/** Runs a named statement and gives its first row's columns as text (NULL as null), or undefined for no row. */
export type Run = (name: StatementName, values: unknown[]) => Promise<Array<string | null> | undefined>;

export interface Answer {
  status: number;
  body: string;
}

const SC_KINDS = ['cancellation', 'return'];
const NOT_FOUND: Answer = { status: 404, body: '{"error":"not found"}' };
const bad = (message: string): Answer => ({ status: 400, body: JSON.stringify({ error: message }) });

/** A status word's canonical statuses; the reference serves only words that need no decision. */
function plainStatuses(matches: readonly StatusMatch[] | undefined): string[] | undefined {
  if (matches === undefined || matches.some((match) => match.decision !== undefined)) return undefined;
  return matches.map((match) => match.status);
}

const sizeOf = (value: string | null, fallback: number, max: number) => (value === null ? fallback : Math.min(Math.max(1, Number(value) || fallback), max));

/** DRF's page-number envelope around `results` (src/dialects/shared/drf-page.ts): links keep every parameter and replace `page`. */
function drfEnvelope(url: URL, count: number, number: number, size: number, results: string): Answer {
  const last = Math.max(1, Math.ceil(count / size));
  if (number > last) return { status: 404, body: '{"detail":"Invalid page."}' };
  const link = (page: number) => {
    const copy = new URL(url);
    copy.searchParams.set('page', String(page));
    return JSON.stringify(copy.toString());
  };
  return { status: 200, body: `{"count":${count},"next":${number < last ? link(number + 1) : 'null'},"previous":${number > 1 ? link(number - 1) : 'null'},"results":${results}}` };
}

export function createReference(run: Run, store = 1): (path: string, host: string) => Promise<Answer> {
  const text = async (name: StatementName, values: unknown[]): Promise<string | null | undefined> => (await run(name, values))?.[0];

  // Each numbered page's first row, under the fingerprint of its list's kept counts when read.
  const firstRows = new Map<string, { fingerprint: string; createdAt: string; id: string }>();

  async function drf(name: 'seller_center_page' | 'omnitron_page', url: URL, statuses: string[] | null, storeId: number): Promise<Answer> {
    const size = sizeOf(url.searchParams.get('limit'), 10, 100);
    const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const offset = (number - 1) * size;
    const page = `${name} ${storeId} ${size} ${offset} ${statuses?.join(',')}`;
    const known = firstRows.get(page);
    const row = await run(name, [storeId, size, offset, SC_KINDS, statuses, known?.fingerprint ?? null, known?.createdAt ?? null, known?.id ?? null]);
    const [count, results, fingerprint, createdAt, id] = row ?? [];
    if (fingerprint && createdAt && id) {
      if (firstRows.size >= 10_000) firstRows.clear();
      firstRows.set(page, { fingerprint, createdAt, id });
    } else firstRows.delete(page);
    return drfEnvelope(url, Number(count ?? 0), number, size, results ?? '[]');
  }

  return async function answer(path: string, host: string): Promise<Answer> {
    const url = new URL(path, `http://${host}`);
    const query = url.searchParams;
    const route = url.pathname;

    if (route === '/v1/claims') {
      const limit = sizeOf(query.get('limit'), 20, 100);
      const cursor = query.get('cursor');
      const status = query.get('status');
      let body: string | null | undefined;
      if (cursor !== null && cursor !== '') {
        // The cursor's keyset, decoded as Recourse decodes it (no filter with a cursor in the scenarios).
        const keyset = decodeCursor(cursor);
        if (keyset === undefined) return bad('cursor');
        body = await text('native_list_after', [store, limit, keyset.id, keyset.createdAt.toISOString()]);
      } else if (status !== null) {
        body = await text('native_list_status', [store, limit, status.split(',')]);
      } else {
        body = await text('native_list', [store, limit]);
      }
      return { status: 200, body: body ?? '' };
    }

    const one = /^\/v1\/claims\/(\d{1,15})$/.exec(route);
    if (one !== null) {
      const body = await text('native_claim', [store, Number(one[1])]);
      return body === undefined || body === null ? NOT_FOUND : { status: 200, body };
    }

    if (route === '/compat/seller-center/api/i2/claims/') {
      const word = query.get('status');
      const statuses = word === null ? null : plainStatuses(SC_MATCHES[word as keyof typeof SC_MATCHES]);
      if (statuses === undefined) return bad('status');
      return drf('seller_center_page', url, statuses, store);
    }

    const omnitron = /^\/compat\/omnitron\/api(?:\/v1)?\/channel\/(\d{1,15})\/cancellation_requests\/$/.exec(route);
    if (omnitron !== null) {
      const word = query.get('status');
      const statuses = word === null ? null : plainStatuses(OM_MATCHES[word as keyof typeof OM_MATCHES]);
      if (statuses === undefined) return bad('status');
      return drf('omnitron_page', url, statuses, Number(omnitron[1]));
    }

    if (route === '/compat/orderprotection/v1/claims') {
      const size = sizeOf(query.get('size'), 20, 100);
      const states = query.get('claimState')?.split(',');
      if (states !== undefined && !states.every((state) => (OP_CLAIM_STATES as readonly string[]).includes(state))) return bad('claimState');
      const cursor = query.get('cursor') || null;
      const body = await text('orderprotection_page', [store, size, states?.flatMap((state) => statusesShownAs(state as OpClaimState)) ?? null, cursor]);
      return body === undefined || body === null ? bad('cursor') : { status: 200, body };
    }

    if (route === '/compat/refunds-v2/api/v2/refunds') {
      const size = sizeOf(query.get('size'), 20, 100);
      const page = Math.max(0, Number(query.get('page') ?? 0) || 0);
      const status = query.get('status');
      if (status !== null && !(REFUND_V2_STATUS_INPUTS as readonly string[]).includes(status)) return bad('status');
      const data = await text('refunds_v2_page', [store, size, page * size, status === null ? null : fromRefundV2Status(status as RefundV2StatusInput)]);
      return { status: 200, body: `{"responseId":"${randomUUID()}","timestamp":"${new Date().toISOString()}","success":true,"data":${data ?? '[]'},"error":null}` };
    }

    if (route === '/health') return { status: 200, body: '{"status":"ok"}' };
    return NOT_FOUND;
  };
}
