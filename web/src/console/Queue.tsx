import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { problemOf, type Claim, type ClaimListQuery, type Reason } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { pageTitle, usePage } from '../shared/page.js';
import { navigate, useLocation } from '../shared/router.js';
import { NoticeLine, type Notice } from './notice.js';
import { ageOf, label, useConsole } from './session.js';
import { useShortcuts } from './shortcuts.js';
import { useLoadedList } from './useLoadedList.js';

// The queue: the store's claims in a dense table, filtered exactly as the native list
// filters them (the filters live in the address bar, so a view is a link), paged by the
// API's keyset cursor, with counts per status as tabs and bulk approve/reject.

const FILTER_FIELDS = ['status', 'kind', 'reason_id', 'order_number', 'customer_email', 'sku', 'q', 'created_before'] as const;
type FilterField = (typeof FILTER_FIELDS)[number];
type Filters = Partial<Record<FilterField, string>>;

const OPEN_STATUSES = 'new,open,communicating,waiting_on_customer,waiting_on_merchant,waiting_on_platform,confirmed';
const DAY_MS = 86_400_000;
const SAVED_KEY = 'recourse.console.views';

interface SavedView { name: string; query: string }

function builtInViews(now: number): SavedView[] {
  return [
    { name: 'Waiting for me', query: new URLSearchParams({ status: 'new,open,waiting_on_merchant' }).toString() },
    { name: 'Older than 3 days', query: new URLSearchParams({ status: OPEN_STATUSES, created_before: new Date(now - 3 * DAY_MS).toISOString().slice(0, 10) }).toString() },
  ];
}

/** Views this browser saved; anything unreadable is dropped rather than trusted. */
function readSavedViews(): SavedView[] {
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(SAVED_KEY) ?? '[]');
  } catch (error) {
    if (error instanceof SyntaxError) return [];
    throw error;
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((view: unknown) => (
    typeof view === 'object' && view !== null && 'name' in view && 'query' in view && typeof view.name === 'string' && typeof view.query === 'string'
      ? [{ name: view.name, query: view.query }] : []));
}

function filtersOf(search: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const field of FILTER_FIELDS) {
    const value = search.get(field);
    if (value !== null && value !== '') filters[field] = value;
  }
  return filters;
}

function queryOf(filters: Filters): ClaimListQuery {
  const { created_before: before, ...rest } = filters;
  return { ...rest, ...(before === undefined ? {} : { created_before: new Date(`${before}T00:00:00Z`).toISOString() }) };
}

type SortKey = 'number' | 'status' | 'kind' | 'customer' | 'order' | 'created_at' | 'updated_at';
const SORTERS: Record<SortKey, (claim: Claim) => string> = {
  number: (claim) => claim.number.padStart(20, '0'),
  status: (claim) => claim.status,
  kind: (claim) => claim.kind,
  customer: (claim) => claim.customer.email,
  order: (claim) => claim.order.number,
  created_at: (claim) => claim.created_at,
  updated_at: (claim) => claim.updated_at,
};

export function Queue() {
  const { api, canAct, session } = useConsole();
  usePage(pageTitle('Claims', session.store.name));
  const { search } = useLocation();
  const filters = useMemo(() => filtersOf(search), [search]);
  const [draft, setDraft] = useState<Filters>(filters);
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [page, setPage] = useState<{ claims: Claim[]; next: string | null }>({ claims: [], next: null });
  const [counts, setCounts] = useState<{ total: number; counts: Record<string, number> } | undefined>();
  const reasons = useLoadedList<Reason>(useCallback(() => api.GET('/v1/reasons'), [api]));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursorRow, setCursorRow] = useState(0);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'created_at', descending: true });
  const [notice, setNotice] = useState<Notice | undefined>();
  const [loading, setLoading] = useState(false);
  const [saved, setSaved] = useState<SavedView[]>(readSavedViews);
  const [showHelp, setShowHelp] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const views = useMemo(() => [...builtInViews(Date.now()), ...saved], [saved]);

  useEffect(() => { setDraft(filters); setCursors([undefined]); setSelected(new Set()); setCursorRow(0); }, [filters]);

  const cursor = cursors.at(-1);
  const load = useCallback(async () => {
    setLoading(true);
    const query = queryOf(filters);
    const { status: _status, ...withoutStatus } = query;
    const [list, tabs] = await Promise.all([
      api.GET('/v1/claims', { params: { query: { ...query, limit: 50, ...(cursor === undefined ? {} : { cursor }) } } }),
      api.GET('/v1/stats/claims-by-status', { params: { query: withoutStatus } }),
    ]);
    setLoading(false);
    if (list.data === undefined) return setNotice({ kind: 'error', text: problemOf(list.error, list.response).detail });
    setPage({ claims: list.data.data, next: list.data.next_cursor });
    if (tabs.data !== undefined) setCounts(tabs.data);
  }, [api, filters, cursor]);
  useEffect(() => { void load(); }, [load]);

  const rows = useMemo(() => {
    const sorted = [...page.claims].sort((a, b) => SORTERS[sort.key](a).localeCompare(SORTERS[sort.key](b)));
    return sort.descending ? sorted.reverse() : sorted;
  }, [page.claims, sort]);

  const apply = (next: Filters) => {
    const params = new URLSearchParams();
    for (const field of FILTER_FIELDS) {
      const value = next[field];
      if (value !== undefined && value !== '') params.set(field, value);
    }
    navigate(`/console${params.size > 0 ? `?${params.toString()}` : ''}`);
  };

  const bulk = async (action: 'approve' | 'reject') => {
    const chosen = rows.filter((claim) => selected.has(claim.id));
    if (chosen.length === 0) return;
    let reason: string | null = null;
    if (action === 'reject') {
      reason = window.prompt(`Reject ${chosen.length} claim(s): the reason the customer will see`);
      if (reason === null || reason.trim() === '') return;
    }
    const refused: string[] = [];
    for (const claim of chosen) {
      const options = { params: { path: { id: String(claim.id) } }, headers: { 'if-match': `"${claim.version}"` } };
      const result = action === 'approve'
        ? await api.POST('/v1/claims/{id}/approve', { ...options, body: {} })
        : await api.POST('/v1/claims/{id}/reject', { ...options, body: { reason: reason ?? '' } });
      if (!result.response.ok) refused.push(`${claim.number}: ${problemOf(result.error, result.response).detail}`);
    }
    const done = chosen.length - refused.length;
    setNotice(refused.length === 0
      ? { kind: 'ok', text: `${done} claim(s) ${action === 'approve' ? 'approved' : 'rejected'}.` }
      : { kind: 'error', text: `${done} ${action === 'approve' ? 'approved' : 'rejected'}; refused: ${refused.join('; ')}` });
    setSelected(new Set());
    await load();
  };

  const toggle = (id: number) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });

  const row = rows[cursorRow];
  const open = row === undefined ? undefined : () => navigate(`/console/claims/${row.id}`);
  useShortcuts({
    j: () => setCursorRow((index) => Math.min(rows.length - 1, index + 1)),
    k: () => setCursorRow((index) => Math.max(0, index - 1)),
    x: row === undefined ? undefined : () => toggle(row.id),
    o: open,
    Enter: open,
    '/': () => searchBox.current?.focus(),
    A: canAct ? () => void bulk('approve') : undefined,
    R: canAct ? () => void bulk('reject') : undefined,
    '?': () => setShowHelp((shown) => !shown),
  });

  const saveView = () => {
    const name = window.prompt('Name this view');
    if (name === null || name.trim() === '') return;
    const next = [...saved.filter((view) => view.name !== name.trim()), { name: name.trim(), query: search.toString() }];
    window.localStorage.setItem(SAVED_KEY, JSON.stringify(next));
    setSaved(next);
  };

  const sortButton = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}>
        {text}{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const field = (name: FilterField, text: string, options: { type?: 'text' | 'date' | 'email' } = {}) => {
    const props = { id: `filter-${name}`, value: draft[name] ?? '', onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: event.target.value }) };
    return (
      <div>
        <label htmlFor={`filter-${name}`}>{text}</label>
        {options.type === 'email' ? <EmailInput {...props} autoComplete="off" /> : <input {...props} type={options.type ?? 'text'} />}
      </div>
    );
  };

  return (
    <>
      <h1>Claims</h1>
      <div className="row" role="group" aria-label="Saved views">
        {views.map((view) => (
          <button key={view.name} type="button" className="secondary" aria-pressed={search.toString() === view.query} onClick={() => navigate(`/console?${view.query}`)}>{view.name}</button>
        ))}
        <button type="button" className="link" onClick={saveView}>Save this view</button>
        <button type="button" className="link" onClick={() => setShowHelp(!showHelp)} aria-expanded={showHelp}>Keyboard shortcuts</button>
      </div>
      {showHelp ? (
        <p className="card" role="note"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>x</kbd> select · <kbd>o</kbd> or <kbd>Enter</kbd> open · <kbd>/</kbd> search ·
          {' '}<kbd>A</kbd> approve selected · <kbd>R</kbd> reject selected · on a claim: <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>m</kbd> message, <kbd>n</kbd> note, <kbd>u</kbd> back to the queue</p>
      ) : null}

      <form className="card" onSubmit={(event) => { event.preventDefault(); apply(draft); }} aria-label="Filters">
        <div className="row">
          <div style={{ flex: '1 1 16rem' }}>
            <label htmlFor="filter-q">Search</label>
            <input id="filter-q" ref={searchBox} type="search" placeholder="number, order, customer, text" style={{ width: '100%' }}
              value={draft.q ?? ''} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
          </div>
          <div>
            <label htmlFor="filter-kind">Kind</label>
            <select id="filter-kind" value={draft.kind ?? ''} onChange={(event) => setDraft({ ...draft, kind: event.target.value })}>
              <option value="">any</option><option value="cancellation">cancellation</option><option value="return">return</option><option value="incident">incident</option>
            </select>
          </div>
          <div>
            <label htmlFor="filter-reason">Reason</label>
            <select id="filter-reason" value={draft.reason_id ?? ''} onChange={(event) => setDraft({ ...draft, reason_id: event.target.value })}>
              <option value="">any</option>
              {reasons.items.map((reason) => <option key={reason.id} value={String(reason.id)}>{reason.subject}</option>)}
            </select>
          </div>
          {field('order_number', 'Order number')}
          {field('customer_email', 'Customer email', { type: 'email' })}
          {field('sku', 'SKU')}
          {field('created_before', 'Filed before', { type: 'date' })}
          <div><button type="submit">Apply</button> <button type="button" className="secondary" onClick={() => apply({})}>Clear</button></div>
        </div>
      </form>

      <div className="tabs" role="group" aria-label="Status">
        <button type="button" aria-pressed={filters.status === undefined} onClick={() => apply({ ...filters, status: undefined })}>All {counts === undefined ? '' : `(${counts.total})`}</button>
        {counts === undefined ? null : Object.entries(counts.counts).filter(([, count]) => count > 0).map(([status, count]) => (
          <button key={status} type="button" aria-pressed={filters.status === status} onClick={() => apply({ ...filters, status })}>{label(status)} ({count})</button>
        ))}
      </div>

      <NoticeLine notice={notice} />
      <NoticeLine notice={reasons.notice} />
      {canAct ? (
        <div className="row" style={{ margin: '.5rem 0' }}>
          <span>{selected.size} selected</span>
          <button type="button" disabled={selected.size === 0} onClick={() => void bulk('approve')}>Approve selected</button>
          <button type="button" className="danger" disabled={selected.size === 0} onClick={() => void bulk('reject')}>Reject selected</button>
        </div>
      ) : null}

      <div className="table-wrap" tabIndex={0} role="region" aria-label="Claims table">
        <table aria-busy={loading}>
          <caption className="sr-only">Claims, {rows.length} shown</caption>
          <thead>
            <tr>
              <th scope="col"><span className="sr-only">Select</span>
                <input type="checkbox" aria-label="Select all shown" checked={rows.length > 0 && rows.every((claim) => selected.has(claim.id))}
                  onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((claim) => claim.id)) : new Set())} /></th>
              {sortButton('number', 'Claim')}
              {sortButton('status', 'Status')}
              {sortButton('kind', 'Kind')}
              {sortButton('customer', 'Customer')}
              {sortButton('order', 'Order')}
              <th scope="col">Items</th>
              <th scope="col">Reason</th>
              {sortButton('created_at', 'Age')}
              {sortButton('updated_at', 'Updated')}
            </tr>
          </thead>
          <tbody>
            {rows.map((claim, index) => (
              <tr key={claim.id} className={`${selected.has(claim.id) ? 'selected' : ''} ${index === cursorRow ? 'cursor' : ''}`}>
                <td><input type="checkbox" aria-label={`Select ${claim.number}`} checked={selected.has(claim.id)} onChange={() => toggle(claim.id)} /></td>
                <td className="nowrap"><a href={`/console/claims/${claim.id}`} onClick={(event) => { event.preventDefault(); navigate(`/console/claims/${claim.id}`); }}>{claim.number}</a></td>
                <td><span className={`badge ${claim.status}`}>{label(claim.status)}</span></td>
                <td>{claim.kind}{claim.type ? ` · ${label(claim.type)}` : ''}</td>
                <td>{claim.customer.first_name} {claim.customer.last_name}<br /><span className="muted">{claim.customer.email}</span></td>
                <td>{claim.order.number}</td>
                <td>{claim.lines.map((line) => `${line.quantity}× ${line.sku}`).join(', ')}</td>
                <td>{claim.reason?.subject ?? '—'}</td>
                <td><time dateTime={claim.created_at} title={new Date(claim.created_at).toLocaleString()}>{ageOf(claim.created_at)}</time></td>
                <td><time dateTime={claim.updated_at}>{ageOf(claim.updated_at)}</time></td>
              </tr>
            ))}
            {rows.length === 0 && !loading ? <tr><td colSpan={10}>No claims match.</td></tr> : null}
          </tbody>
        </table>
      </div>
      <div className="row" style={{ marginTop: '.5rem' }}>
        <button type="button" className="secondary" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>Previous page</button>
        <button type="button" className="secondary" disabled={page.next === null} onClick={() => page.next !== null && setCursors([...cursors, page.next])}>Next page</button>
      </div>
    </>
  );
}
