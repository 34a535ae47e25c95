import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { fillRoute, givenVictim, isPublicRoute, plausibleBody, snapshot, type Victim } from './routes.js';

// Property-based hostile input on every route of every door, with a valid key: wrong types,
// missing and extra fields, huge and negative numbers, NaN-like strings, unicode edge cases,
// NUL bytes, very long strings, malformed JSON, wrong content types, bad dates and enums, and
// SQL-looking strings in paths, filters and bodies. Every answer must be a 4xx (or a success)
// in that door's own error shape — never a 5xx — and a refused request must change nothing.
// RECOURSE_FUZZ_RUNS raises the number of requests per route (npm run test:soak).

const RUNS_PER_ROUTE = Number(process.env.RECOURSE_FUZZ_RUNS ?? 4);
// A fixed seed keeps CI repeatable; the soak run asks for a fresh one (RECOURSE_FUZZ_SEED=random)
// to explore further, and fast-check reports the seed of any failure so it can be replayed.
const SEED = process.env.RECOURSE_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.RECOURSE_FUZZ_SEED ?? 20261123);

const FIELD_NAMES = [
  'order_id', 'kind', 'type', 'lines', 'order_item_id', 'quantity', 'amount', 'currency', 'status', 'to', 'reason', 'reason_id', 'images',
  'body', 'description', 'claimState', 'message', 'senderType', 'resolutionType', 'paidValue', 'action', 'orderId', 'refundOnly',
  'cancellation_type', 'order_item', 'iban', 'email', 'url', 'event_types', 'scopes', 'name', 'role', 'password', 'value', 'code',
  'fulfillment_status', 'subject', 'translations', 'store_id', 'customer_id', 'number', 'placed_at', 'items', 'attributes', 'windows',
];
const QUERY_NAMES = [
  'limit', 'cursor', 'page', 'size', 'status', 'status__in', 'kind', 'type', 'created_at__gte', 'updated_at', 'pk__in', 'date_placed__gte',
  'date_placed__date__lt', 'number', 'sku', 'customer_email', 'before', 'after', 'operator', 'filter', 'claimState', 'createdAtMin',
  'orderId', 'valid', 'includeDeleted', 'q', 'order_number', 'cancelled_by', 'since_days', 'from', 'until',
];
const NASTY_STRINGS = [
  "' OR 1=1 --", "'; DROP TABLE claims; --", 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '9'.repeat(40), 'null', 'undefined', '',
  '\u0000', 'a\u0000b', '%00', '\uD800', '\uFEFF', '𝕽𝖊𝖈𝖔𝖚𝖗𝖘𝖊', 'Ω≈ç√∫', '<script>alert(1)</script>', '../../etc/passwd', '2026-13-45T99:99:99Z',
  '0000-00-00', '1970-01-01T00:00:00Z', '-1', '0', '1.5', '2147483648', '9223372036854775808', 'R-0', 'true', '[]', '{}', ' ', 'x'.repeat(5000),
];

const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(-1, 0, 1, 1.5, -0.01, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER, true, false, null, [], {}),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.array(fc.oneof(nastyString, fc.integer(), fc.record({ order_item_id: fc.integer(), quantity: fc.integer() })), { maxLength: 3 }),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), nastyValue, { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
);
const raw = fc.oneof(fc.constantFrom('{"a":', '[1,2', '{"amount": NaN}', 'null', '"x"', '{}}', '\u0000', 'kind=return'), fc.string({ maxLength: 30 }));
const query = fc.dictionary(fc.constantFrom(...QUERY_NAMES), nastyString, { maxKeys: 4 });
const pathValue = fc.oneof(fc.constant<string | undefined>(undefined), nastyString.filter((value) => value !== ''));

/** A path segment for any string; a lone surrogate becomes invalid UTF-8 bytes, hostile in its own way. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** Each door's error body, so a refusal is recognisably that door's. */
function hasDoorShape(url: string, status: number, contentType: string, text: string): boolean {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (url.startsWith('/v1/')) return contentType.includes('application/problem+json') && json.status === status && typeof json.detail === 'string';
  if (url.startsWith('/compat/orderprotection/')) return json.statusCode === status && typeof json.message === 'string';
  if (url.startsWith('/compat/refunds-v2/')) return json.success === false && typeof json.error?.type === 'string';
  if (url.startsWith('/compat/seller-center/') || url.startsWith('/compat/omnitron/')) return typeof json === 'object' && json !== null && !Array.isArray(json);
  return true;
}

describe.each(DATABASES)('hostile input on every route (%s)', (kind) => {
  const t = useTestApp(kind);

  it('answers every hostile request with a 4xx in the door\'s shape, never a 5xx, and a refusal changes nothing', { timeout: 600_000 }, async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const victim = await givenVictim(t);
    const routes = t.app.routeInventory.filter((route) => !isPublicRoute(route.method, route.url) || route.url.startsWith('/compat/orderprotection/v1/oauth') || route.url === '/v1/portal/sessions' || route.url === '/v1/sessions');
    let tried = 0;
    let refused = 0;
    for (const route of routes) {
      await fc.assert(fc.asyncProperty(pathValue, query, body, raw, fc.boolean(), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (param, search, json, rawBody, sendRaw, contentType) => {
        let url = fillRoute(route.url, victim);
        if (param !== undefined) url = route.url.replace(/:[A-Za-z_]+/g, segment(param)).replace(/:[A-Za-z_]+/g, '1');
        const queryString = new URLSearchParams(search).toString();
        if (queryString !== '') url = `${url}?${queryString}`;
        const withBody = route.method !== 'GET' && route.method !== 'DELETE';
        const before = await snapshot(t);
        const response = await t.app.inject({
          method: route.method as 'GET', url,
          headers: { authorization: `Bearer ${victim.merchantKey}`, ...(withBody ? { 'content-type': sendRaw ? contentType : 'application/json' } : {}) },
          ...(withBody ? (sendRaw ? { payload: rawBody } : json === undefined ? {} : { payload: JSON.stringify(json) }) : {}),
        });
        tried += 1;
        const context = `${route.method} ${url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, context).toBeLessThan(500);
        if (response.statusCode >= 400) {
          refused += 1;
          expect(hasDoorShape(route.url, response.statusCode, String(response.headers['content-type'] ?? ''), response.body), context).toBe(true);
          expect(response.body, context).not.toMatch(/\bat .+\.(ts|js):\d+|SELECT .+ FROM|syntax error at/);
          expect(await snapshot(t), context).toEqual(before);
        }
      }), { numRuns: RUNS_PER_ROUTE, seed: SEED + tried });
    }
    expect(routes.length).toBeGreaterThan(80);
    expect(tried).toBe(routes.length * RUNS_PER_ROUTE);
    expect(refused).toBeGreaterThan(tried / 2);
    console.info(`hostile input (${kind}): ${tried} requests over ${routes.length} routes, ${refused} refused, none a 5xx, seed ${SEED}`);
  });
});

// The classes of input that once reached a 500, generated on every route the router knows:
// each class in the bodies (every string or number of a plausible body, and the fields most
// often stored), the query strings and the path parameters. The counts per class go to
// docs/reliability.md.

const DEPTH = 5000;
const nested = (depth: number, leaf: string): string => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
const nestedArrays = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const cursorOf = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Hostile strings of one class. */
const STRING_CLASSES: Record<string, string[]> = {
  nul: ['\u0000', 'a\u0000b', 'Damaged\u0000 item'],
  control: ['\u0001', 'a\u001bb', '\u0008\u007f', 'x\u001f'],
  surrogate: ['\uD800', 'a\uDFFFb', '\uDBFF'],
};
const BIG_NUMBERS = ['1e20', '-1e20', '99999999999999999999', '9223372036854775808', '1e309', '123456789012345678901234567890'];
const DATES = ['+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '294277-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '10000-01-01', '-004714-11-23T00:00:00Z'];
const CURSORS = [
  cursorOf(['+275760-09-13T00:00:00.000Z', 1]), cursorOf(['-271821-04-20T00:00:00.000Z', 1]), cursorOf(['294277-01-01T00:00:00Z', 1]),
  cursorOf(['2026-01-01T00:00:00.000Z', 1e20]), cursorOf(['2026-01-01T00:00:00.000Z']), cursorOf({ createdAt: '2026-01-01', id: 1 }),
  cursorOf(['2026-01-01T00:00:00.000Z', 1]).slice(0, 12), Buffer.from('[').toString('base64url'), '%%%', 'AAAA', '00000000-0000-4000-8000-00000000000',
];
const STRING_FIELDS = ['description', 'body', 'message', 'name', 'email', 'subject', 'reason', 'note', 'store_code', 'order_number', 'number', 'sku', 'url', 'carrier', 'tracking_number'];
const NUMBER_FIELDS = ['order_id', 'order_item_id', 'customer_id', 'reason_id', 'quantity', 'amount', 'value', 'store_id', 'order_item', 'orderId', 'paidValue'];
const DATE_FIELDS = ['placed_at', 'expires_at', 'shipped_at', 'delivered_at', 'until'];
const QUERY_STRINGS = ['q', 'status', 'kind', 'type', 'order_number', 'customer_email', 'sku', 'source', 'number', 'claimState', 'orderId', 'sourceOrderNumber', 'filter', 'search'];
const QUERY_NUMBERS = ['after_id', 'order_id', 'limit', 'page', 'size', 'offset', 'reason_id', 'pk__in', 'customer_id', 'store_id', 'since_days', 'orderId', 'policyId'];
const QUERY_DATES = ['created_after', 'created_before', 'updated_after', 'updated_before', 'created_at__gte', 'created_at__lte', 'modified_date__gte', 'date_placed__gte',
  'date_placed__date__lt', 'createdAtMin', 'createdAtMax', 'updatedAtMin', 'from', 'until', 'since'];
const QUERY_CURSORS = ['cursor', 'before', 'after', 'page'];

interface HostileRequest { path?: string; query?: Record<string, string>; payload?: string }

/** Percent-encodes any string, a lone surrogate as the bytes it would be in WTF-8: hostile as sent. */
function encodeAny(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(char);
  }
  return out;
}

/** Every string (or number) leaf of a plausible body replaced by the hostile value. */
function replaceLeaves(value: unknown, kind: 'string' | 'number', hostile: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceLeaves(item, kind, hostile));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceLeaves(item, kind, hostile)]));
  return typeof value === kind ? hostile : value;
}

/** Raw JSON with a number written as its digits (JSON.stringify would round 1e29 or refuse 1e309). */
const withRawNumber = (body: unknown, digits: string): string => JSON.stringify(body).replaceAll('"@@N@@"', digits);

/** A few requests of one class for one route; `turn` (the route's index) rotates through the values and fields, so the walk covers them all across the routes of a door. */
function requestsOf(hostileClass: string, method: string, url: string, victim: Victim, turn: number): HostileRequest[] {
  const withBody = method !== 'GET' && method !== 'DELETE';
  const plausible = (plausibleBody(method, url) ?? {}) as Record<string, unknown>;
  const hasParam = /:[A-Za-z_]+/.test(url);
  const pick = <T>(list: readonly T[], offset = 0): T => list[(turn + offset) % list.length] as T;
  const out: HostileRequest[] = [];
  const strings = STRING_CLASSES[hostileClass];
  if (strings !== undefined) {
    if (withBody) {
      out.push({ payload: JSON.stringify(replaceLeaves(plausible, 'string', pick(strings))) });
      out.push({ payload: JSON.stringify({ ...plausible, [pick(STRING_FIELDS)]: pick(strings, 1) }) });
      out.push({ payload: JSON.stringify({ ...plausible, attributes: { note: pick(strings, 2), [pick(strings)]: 1 }, items: [{ name: pick(strings), sku: 'x' }], customer: { email: pick(strings) } }) });
    }
    out.push({ query: { [pick(QUERY_STRINGS)]: pick(strings), [pick(QUERY_STRINGS, 5)]: pick(strings, 1) } });
    if (hasParam) out.push({ path: url.replace(/:[A-Za-z_]+/, encodeAny(pick(strings, 2))) });
  }
  if (hostileClass === 'big_integer') {
    if (withBody) {
      out.push({ payload: withRawNumber(replaceLeaves(plausible, 'number', '@@N@@'), pick(BIG_NUMBERS)) });
      out.push({ payload: withRawNumber({ ...plausible, [pick(NUMBER_FIELDS)]: '@@N@@' }, pick(BIG_NUMBERS, 1)) });
      out.push({ payload: withRawNumber({ ...plausible, lines: [{ order_item_id: '@@N@@', quantity: 1 }], items: [{ quantity: '@@N@@', unit_price: 1 }] }, pick(BIG_NUMBERS, 2)) });
    }
    out.push({ query: { [pick(QUERY_NUMBERS)]: pick(BIG_NUMBERS) } });
    out.push({ query: { [pick(QUERY_NUMBERS, 4)]: pick(BIG_NUMBERS, 3), pk__in: `1,${pick(BIG_NUMBERS)}` } });
    if (hasParam) out.push({ path: url.replace(/:[A-Za-z_]+/, pick(BIG_NUMBERS, 4)) });
  }
  if (hostileClass === 'date_out_of_range') {
    if (withBody) out.push({ payload: JSON.stringify({ ...plausible, [pick(DATE_FIELDS)]: pick(DATES) }) });
    out.push({ query: { [pick(QUERY_DATES)]: pick(DATES, 1) } });
    out.push({ query: { [pick(QUERY_DATES, 7)]: pick(DATES, 2), [pick(QUERY_DATES, 3)]: pick(DATES, 3) } });
  }
  if (hostileClass === 'deep_nesting') {
    if (withBody) {
      const inner = JSON.stringify(plausible).slice(1, -1);
      out.push({ payload: `{${inner}${inner === '' ? '' : ','}"attributes":${nested(DEPTH, '1')}}` });
      out.push({ payload: turn % 2 === 0 ? nested(DEPTH, '"x"') : nestedArrays(DEPTH) });
    }
    out.push({ query: { filter: nested(50, '1'), q: '['.repeat(150) } });
  }
  if (hostileClass === 'forged_cursor') {
    for (const name of QUERY_CURSORS) out.push({ query: { [name]: pick(CURSORS, QUERY_CURSORS.indexOf(name)) } });
    // A real cursor cut short.
    out.push({ query: { [pick(QUERY_CURSORS)]: cursorOf([new Date().toISOString(), victim.claimId]).slice(0, -3) } });
  }
  return out;
}

const HOSTILE_CLASSES = ['nul', 'control', 'surrogate', 'big_integer', 'date_out_of_range', 'deep_nesting', 'forged_cursor'];

describe.each(DATABASES)('hostile input classes on every route (%s)', (kind) => {
  const t = useTestApp(kind);

  it('answers NUL and control characters, lone surrogates, integers beyond bigint, dates out of range, deep nesting and forged cursors with a 4xx in the door\'s shape on every route', { timeout: 900_000 }, async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const victim = await givenVictim(t);
    const routes = t.app.routeInventory.filter((route) => !isPublicRoute(route.method, route.url) || route.url.startsWith('/compat/orderprotection/v1/oauth') || route.url === '/v1/portal/sessions' || route.url === '/v1/sessions');
    const counts: Record<string, { tried: number; refused: number }> = {};
    const failures: string[] = [];
    for (const hostileClass of HOSTILE_CLASSES) {
      const count = { tried: 0, refused: 0 };
      counts[hostileClass] = count;
      for (const [turn, route] of routes.entries()) {
        let before = await snapshot(t);
        for (const hostile of requestsOf(hostileClass, route.method, route.url, victim, turn)) {
          let url = hostile.path === undefined ? fillRoute(route.url, victim) : hostile.path.replace(/:[A-Za-z_]+/g, (name) => fillRoute(name, victim));
          if (hostile.query !== undefined) url += `?${Object.entries(hostile.query).map(([name, value]) => `${name}=${encodeAny(value)}`).join('&')}`;
          const withBody = route.method !== 'GET' && route.method !== 'DELETE';
          const response = await t.app.inject({
            method: route.method as 'GET', url,
            headers: { authorization: `Bearer ${victim.merchantKey}`, ...(withBody ? { 'content-type': 'application/json' } : {}) },
            ...(withBody ? { payload: hostile.payload ?? JSON.stringify(plausibleBody(route.method, route.url) ?? {}) } : {}),
          });
          count.tried += 1;
          const context = `${hostileClass}: ${route.method} ${url.slice(0, 200)} ${hostile.payload?.slice(0, 120) ?? ''} → ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (response.statusCode >= 500) {
            failures.push(context);
            continue;
          }
          if (response.statusCode >= 400) {
            count.refused += 1;
            if (!hasDoorShape(route.url, response.statusCode, String(response.headers['content-type'] ?? ''), response.body)) failures.push(`not the door's shape: ${context}`);
            if (JSON.stringify(await snapshot(t)) !== JSON.stringify(before)) failures.push(`a refusal changed rows: ${context}`);
          } else {
            before = await snapshot(t);
          }
        }
      }
    }
    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
    for (const hostileClass of HOSTILE_CLASSES) expect(counts[hostileClass]?.tried, hostileClass).toBeGreaterThan(routes.length);
    console.info(`hostile input classes (${kind}) over ${routes.length} routes: ${HOSTILE_CLASSES.map((name) => `${name} ${counts[name]?.tried} (${counts[name]?.refused} refused)`).join(', ')}; none a 5xx`);
  });
});
