import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QUEUE_GROUP_NAMES, QUEUE_GROUPS, type QueueGroup } from '../../../src/domain/claim/queue-groups.js';
import { CLAIM_KINDS, CLAIM_STATUSES } from '../../../src/domain/claim/status.js';
import type { Policy } from '../../../src/domain/policy/document.js';
import { problemOf, type Claim, type ClaimListQuery, type Reason } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { reasonLabel } from '../shared/languages.js';
import { pageTitle, usePage } from '../shared/page.js';
import { navigate, useLocation } from '../shared/router.js';
import { useT, type ConsoleKey, type Translate } from './i18n/index.js';
import { NoticeLine, type Notice } from './notice.js';
import { QueueRow } from './QueueRow.js';
import { useConsole } from './session.js';
import { useShortcuts } from './shortcuts.js';
import { useLoadedList } from './useLoadedList.js';

// The queue opens on what needs the store now: five merchant-level groups over the engine's
// statuses (the raw statuses are a filter), newest, oldest or due first by the API's keyset cursor, with the
// policy's due time, queue and flags on each row. One search box; the other filters fold away.
// New claims are announced by polling rather than pushed into the list under the agent's cursor.

const FILTER_FIELDS = ['group', 'status', 'kind', 'reason_id', 'order_number', 'customer_email', 'sku', 'q', 'created_before', 'assignee', 'queue', 'flag', 'sort'] as const;
type FilterField = (typeof FILTER_FIELDS)[number];
type Filters = Partial<Record<FilterField, string>>;
const MORE_FILTERS: readonly FilterField[] = ['status', 'kind', 'reason_id', 'order_number', 'customer_email', 'sku', 'created_before', 'assignee', 'queue', 'flag'];

const GROUP_LABELS: Record<QueueGroup | 'all', ConsoleKey> = {
  needs_action: 'queue.group_needs_action', waiting_on_customer: 'queue.group_waiting_on_customer', in_progress: 'queue.group_in_progress',
  done: 'queue.group_done', archived: 'queue.group_archived', all: 'queue.group_all',
};
/** The API's sorts of the whole view: by filing time either way, or by when the service level runs out. */
const SORTS = ['newest', 'oldest', 'due'] as const;
const DAY_MS = 86_400_000;
/** How often the queue asks whether claims came in since it loaded. */
export const NEW_CLAIMS_POLL_MS = 15_000;
const SAVED_KEY = 'recourse.console.views';

interface SavedView { name: string; query: string }
/** A view's button: `id` stays the same in every language, `name` is what it shows. */
interface View extends SavedView { id: string }

function builtInViews(now: number, t: Translate): View[] {
  return [
    { id: 'mine', name: t('queue.viewMine'), query: 'assignee=me' },
    { id: 'unassigned', name: t('queue.viewUnassigned'), query: 'assignee=none' },
    { id: 'older', name: t('queue.viewOlderThan3Days'), query: new URLSearchParams({ created_before: new Date(now - 3 * DAY_MS).toISOString().slice(0, 10) }).toString() },
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

function isGroup(value: string | undefined): value is QueueGroup {
  return QUEUE_GROUP_NAMES.some((group) => group === value);
}

/** The group a view shows: a raw status filter stands alone; otherwise the chosen group, Needs action by default. */
function groupOf(filters: Filters): QueueGroup | 'all' | undefined {
  if (filters.status !== undefined) return undefined;
  if (filters.group === 'all') return 'all';
  return isGroup(filters.group) ? filters.group : 'needs_action';
}

function queryOf(filters: Filters): ClaimListQuery {
  const { created_before: before, group: _group, status, sort, ...rest } = filters;
  const group = groupOf(filters);
  const statuses = status ?? (group === undefined || group === 'all' ? undefined : QUEUE_GROUPS[group].join(','));
  return {
    ...rest, ...(statuses === undefined ? {} : { status: statuses }), ...(sort === 'oldest' || sort === 'due' ? { sort } : {}),
    ...(before === undefined ? {} : { created_before: new Date(`${before}T00:00:00Z`).toISOString() }),
  };
}

/** How many of the counted claims the view shows: those of its raw status, or of its group. */
function viewTotal(counts: { total: number; counts: Record<string, number> }, filters: Filters): number {
  const group = groupOf(filters);
  if (group === 'all') return counts.total;
  const statuses: readonly string[] = filters.status?.split(',') ?? (group === undefined ? [] : QUEUE_GROUPS[group]);
  return statuses.reduce((sum, status) => sum + (counts.counts[status] ?? 0), 0);
}

export function Queue() {
  const { api, canAct, session } = useConsole();
  const { t, tn, language } = useT();
  usePage(pageTitle(t('queue.heading'), session.store.name));
  const { search } = useLocation();
  const filters = useMemo(() => filtersOf(search), [search]);
  const group = groupOf(filters);
  const [draft, setDraft] = useState<Filters>(filters);
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [page, setPage] = useState<{ claims: Claim[]; next: string | null }>({ claims: [], next: null });
  const [counts, setCounts] = useState<{ total: number; counts: Record<string, number> } | undefined>();
  const [policy, setPolicy] = useState<Policy | undefined>();
  const [arrived, setArrived] = useState(0);
  const reasons = useLoadedList<Reason>(useCallback(() => api.GET('/v1/reasons'), [api]));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursorRow, setCursorRow] = useState(0);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [loading, setLoading] = useState(false);
  const [saved, setSaved] = useState<SavedView[]>(readSavedViews);
  const [showHelp, setShowHelp] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const views = useMemo(() => [...builtInViews(Date.now(), t), ...saved.map((view) => ({ ...view, id: `saved:${view.name}` }))], [saved, t]);

  // A new view (the address changed) starts from its own filters, first page, nothing selected.
  // Adjusted while rendering, not in an effect: an effect runs after the mount too, late under
  // load, and would wipe what the agent had already typed into the filters.
  const [viewOf, setViewOf] = useState(filters);
  if (viewOf !== filters) {
    setViewOf(filters);
    setDraft(filters);
    setCursors([undefined]);
    setSelected(new Set());
    setCursorRow(0);
  }
  useEffect(() => {
    // No policy (404) or no right to read it: the queue simply shows no due times.
    void api.GET('/v1/policy').then(({ data }) => setPolicy(data?.policy));
  }, [api]);

  const cursor = cursors.at(-1);
  const load = useCallback(async () => {
    setLoading(true);
    const query = queryOf(filters);
    const { status: _status, sort: _sort, ...withoutStatus } = query;
    const [list, tabs] = await Promise.all([
      api.GET('/v1/claims', { params: { query: { ...query, limit: 50, ...(cursor === undefined ? {} : { cursor }) } } }),
      api.GET('/v1/stats/claims-by-status', { params: { query: withoutStatus } }),
    ]);
    setLoading(false);
    setArrived(0);
    if (list.data === undefined) return setNotice({ kind: 'error', text: problemOf(list.error, list.response).detail });
    setPage({ claims: list.data.data, next: list.data.next_cursor });
    if (tabs.data !== undefined) setCounts(tabs.data);
  }, [api, filters, cursor]);
  useEffect(() => { void load(); }, [load]);

  // "N new claims": how many claims of this view were filed after the newest one shown.
  const newest = page.claims.reduce<string | undefined>((latest, claim) => (latest === undefined || claim.created_at > latest ? claim.created_at : latest), undefined);
  useEffect(() => {
    if (newest === undefined || cursor !== undefined || filters.sort === 'oldest') return undefined;
    const after = new Date(new Date(newest).getTime() + 1).toISOString();
    const timer = window.setInterval(() => {
      const { status: _status, sort: _sort, ...withoutStatus } = queryOf(filters);
      void api.GET('/v1/stats/claims-by-status', { params: { query: { ...withoutStatus, created_after: after } } }).then(({ data }) => {
        if (data !== undefined) setArrived(viewTotal(data, filters));
      });
    }, NEW_CLAIMS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [api, filters, newest, cursor]);

  const rows = page.claims;
  useEffect(() => {
    table.current?.querySelector('tr.cursor')?.scrollIntoView?.({ block: 'nearest' });
  }, [cursorRow]);

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
    const waiting = chosen.filter((claim) => claim.status === 'waiting_on_customer').length;
    const one = chosen.length === 1;
    const question = t(action === 'approve' ? (one ? 'queue.confirmApproveOne' : 'queue.confirmApproveMany') : (one ? 'queue.confirmRejectOne' : 'queue.confirmRejectMany'), {
      count: chosen.length, waiting: waiting > 0 ? t('queue.confirmWaiting', { count: waiting }) : '',
    });
    let reason: string | null = null;
    if (action === 'reject') {
      reason = window.prompt(t('queue.rejectReason', { question }));
      if (reason === null || reason.trim() === '') return;
    } else if (!window.confirm(question)) {
      return;
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
      ? { kind: 'ok', text: t(action === 'approve' ? 'queue.bulkApproved' : 'queue.bulkRejected', { count: done }) }
      : { kind: 'error', text: t(action === 'approve' ? 'queue.bulkApprovedRefused' : 'queue.bulkRejectedRefused', { count: done, refused: refused.join('; ') }) });
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
    j: () => setCursorRow((index) => Math.max(0, Math.min(rows.length - 1, index + 1))),
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
    const name = window.prompt(t('queue.nameView'));
    if (name === null || name.trim() === '') return;
    const next = [...saved.filter((view) => view.name !== name.trim()), { name: name.trim(), query: search.toString() }];
    window.localStorage.setItem(SAVED_KEY, JSON.stringify(next));
    setSaved(next);
  };

  const field = (name: FilterField, text: string, options: { type?: 'text' | 'date' | 'email' } = {}) => {
    const props = { id: `filter-${name}`, value: draft[name] ?? '', onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: event.target.value }) };
    return (
      <div>
        <label htmlFor={`filter-${name}`}>{text}</label>
        {options.type === 'email' ? <EmailInput {...props} autoComplete="off" /> : <input {...props} type={options.type ?? 'text'} />}
      </div>
    );
  };
  const groupCount = (name: QueueGroup | 'all') => (counts === undefined ? '' : ` (${viewTotal(counts, { group: name })})`);
  const moreActive = MORE_FILTERS.some((name) => filters[name] !== undefined);

  return (
    <>
      <h1>{t('queue.heading')}</h1>
      <div className="tabs" role="group" aria-label={t('queue.groups')}>
        {[...QUEUE_GROUP_NAMES, 'all' as const].map((name) => (
          <button key={name} type="button" aria-pressed={group === name} onClick={() => apply({ ...filters, status: undefined, group: name === 'needs_action' ? undefined : name })}>
            {t(GROUP_LABELS[name])}{groupCount(name)}
          </button>
        ))}
      </div>

      <form className="card compact" onSubmit={(event) => { event.preventDefault(); apply(draft); }} aria-label={t('queue.filters')}>
        <div className="row">
          <div style={{ flex: '1 1 14rem' }}>
            <label htmlFor="filter-q">{t('queue.search')}</label>
            <input id="filter-q" ref={searchBox} type="search" placeholder={t('queue.searchPlaceholder')} style={{ width: '100%' }}
              value={draft.q ?? ''} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
          </div>
          <div>
            <label htmlFor="filter-sort">{t('queue.sortOrder')}</label>
            <select id="filter-sort" value={draft.sort ?? 'newest'} onChange={(event) => apply({ ...filters, sort: SORTS.find((sort) => sort === event.target.value && sort !== 'newest') })}>
              <option value="newest">{t('queue.newestFirst')}</option><option value="oldest">{t('queue.oldestFirst')}</option>
              <option value="due">{t('queue.dueFirst')}</option>
            </select>
          </div>
          <div><button type="submit">{t('queue.apply')}</button> <button type="button" className="secondary" onClick={() => apply({})}>{t('queue.clear')}</button></div>
        </div>
        <details open={moreActive}>
          <summary>{t(moreActive ? 'queue.moreFiltersInUse' : 'queue.moreFilters')}</summary>
          <div className="row">
            <div>
              <label htmlFor="filter-status">{t('queue.status')}</label>
              <select id="filter-status" value={draft.status ?? ''} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
                <option value="">{t('queue.anyInGroup')}</option>
                {CLAIM_STATUSES.map((status) => <option key={status} value={status}>{tn('common.status_', status)}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="filter-kind">{t('queue.kind')}</label>
              <select id="filter-kind" value={draft.kind ?? ''} onChange={(event) => setDraft({ ...draft, kind: event.target.value })}>
                <option value="">{t('queue.any')}</option>
                {CLAIM_KINDS.map((kind) => <option key={kind} value={kind}>{tn('common.kind_', kind)}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="filter-reason">{t('queue.reason')}</label>
              <select id="filter-reason" value={draft.reason_id ?? ''} onChange={(event) => setDraft({ ...draft, reason_id: event.target.value })}>
                <option value="">{t('queue.any')}</option>
                {reasons.items.map((reason) => <option key={reason.id} value={String(reason.id)}>{reasonLabel(reason, language)}</option>)}
              </select>
            </div>
            {field('order_number', t('queue.orderNumber'))}
            {field('customer_email', t('queue.customerEmail'), { type: 'email' })}
            {field('sku', t('queue.sku'))}
            {field('created_before', t('queue.filedBefore'), { type: 'date' })}
            <div>
              <label htmlFor="filter-assignee">{t('queue.assignee')}</label>
              <select id="filter-assignee" value={draft.assignee ?? ''} onChange={(event) => setDraft({ ...draft, assignee: event.target.value })}>
                <option value="">{t('queue.assigneeAny')}</option><option value="me">{t('queue.assigneeMe')}</option><option value="none">{t('queue.assigneeNone')}</option>
              </select>
            </div>
            {field('queue', t('queue.reviewQueue'))}
            {field('flag', t('queue.riskFlag'))}
          </div>
        </details>
        <div className="row" role="group" aria-label={t('queue.savedViews')} style={{ marginTop: '.5rem' }}>
          {views.map((view) => (
            <button key={view.id} type="button" className="secondary" aria-pressed={search.toString() === view.query} onClick={() => navigate(`/console?${view.query}`)}>{view.name}</button>
          ))}
          <button type="button" className="link" onClick={saveView}>{t('queue.saveView')}</button>
        </div>
      </form>

      {arrived > 0 ? (
        <p className="notice ok" role="status">{t(arrived === 1 ? 'queue.arrivedOne' : 'queue.arrivedMany', { count: arrived })} <button type="button" onClick={() => void load()}>{t('queue.show')}</button></p>
      ) : null}
      <NoticeLine notice={notice} />
      <NoticeLine notice={reasons.notice} />
      <div className="row" style={{ margin: '.4rem 0', alignItems: 'center' }}>
        {canAct ? (
          <>
            <span>{t('queue.selectedCount', { count: selected.size })}</span>
            <button type="button" disabled={selected.size === 0} onClick={() => void bulk('approve')}>{t('queue.approveSelected')}</button>
            <button type="button" className="danger" disabled={selected.size === 0} onClick={() => void bulk('reject')}>{t('queue.rejectSelected')}</button>
          </>
        ) : null}
        <button type="button" className="link" onClick={() => setShowHelp(!showHelp)} aria-expanded={showHelp}>{t('queue.shortcuts')}</button>
      </div>
      {showHelp ? (
        <p className="card" role="note"><kbd>j</kbd>/<kbd>k</kbd> {t('queue.keyMove')} · <kbd>x</kbd> {t('queue.keySelect')} · <kbd>o</kbd> {t('queue.keyOr')} <kbd>Enter</kbd> {t('queue.keyOpen')} · <kbd>/</kbd> {t('queue.keySearch')} ·
          {' '}<kbd>A</kbd> {t('queue.keyApproveSelected')} · <kbd>R</kbd> {t('queue.keyRejectSelected')} · {t('queue.keyOnClaim')} <kbd>a</kbd> {t('queue.keyApprove')},
          {' '}<kbd>r</kbd> {t('queue.keyReject')}, <kbd>m</kbd> {t('queue.keyMessage')}, <kbd>n</kbd> {t('queue.keyNote')}, <kbd>u</kbd> {t('queue.keyBack')}</p>
      ) : null}

      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('queue.namedTable', { name: t('queue.heading') })}>
        <table aria-busy={loading} className="queue">
          <caption className="sr-only">{t(filters.sort === 'oldest' ? 'queue.captionOldest' : filters.sort === 'due' ? 'queue.captionDue' : 'queue.captionNewest', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="sr-only">{t('queue.select')}</span>
                <input type="checkbox" aria-label={t('queue.selectAll')} checked={rows.length > 0 && rows.every((claim) => selected.has(claim.id))}
                  onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((claim) => claim.id)) : new Set())} /></th>
              <th scope="col">{t('queue.colClaim')}</th>
              <th scope="col">{t('queue.colStatus')}</th>
              <th scope="col">{t('queue.colDue')}</th>
              <th scope="col">{t('queue.colCustomer')}</th>
              <th scope="col">{t('queue.colKindReason')}</th>
              <th scope="col">{t('queue.colClaimed')}</th>
              <th scope="col">{t('queue.colQueueFlags')}</th>
              <th scope="col">{t('queue.colAssignee')}</th>
              <th scope="col">{t('queue.colLastMessage')}</th>
              <th scope="col">{t('queue.colAge')}</th>
            </tr>
          </thead>
          <tbody ref={table}>
            {rows.map((claim, index) => (
              <QueueRow key={claim.id} claim={claim} policy={policy} selected={selected.has(claim.id)} cursor={index === cursorRow} onToggle={() => toggle(claim.id)} />
            ))}
            {rows.length === 0 && !loading ? <tr><td colSpan={11}>{t('queue.noClaims')}</td></tr> : null}
          </tbody>
        </table>
      </div>
      <div className="row" style={{ marginTop: '.5rem' }}>
        <button type="button" className="secondary" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t('queue.previousPage')}</button>
        <button type="button" className="secondary" disabled={page.next === null} onClick={() => page.next !== null && setCursors([...cursors, page.next])}>{t('queue.nextPage')}</button>
      </div>
    </>
  );
}
