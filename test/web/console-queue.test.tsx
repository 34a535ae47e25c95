// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FASHION_POLICY } from '../../src/domain/policy/examples.js';
import { QUEUE_GROUPS } from '../../src/domain/claim/queue-groups.js';
import { ConsoleApp } from '../../web/src/console/App.js';
import { CLAIM, sessionOf } from './console-fixtures.js';
import { fakeApi, problem } from './fake-api.js';

// The queue's groups, columns, keys, confirmations and reason filter, as an agent uses them.

const SECOND = { ...CLAIM, id: 2, number: 'R-5100001', version: 5, created_at: '2026-11-01T10:00:00Z' };

function queue(reasons: () => { status: number; body?: unknown }, extra: Parameters<typeof fakeApi>[1] = {}) {
  return fakeApi('console', {
    ...extra,
    'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf('agent') }),
    'GET /v1/claims': () => ({ status: 200, body: { data: [CLAIM, SECOND], next_cursor: null } }),
    'GET /v1/stats/claims-by-status': () => ({ status: 200, body: { total: 2, counts: { new: 2 } } }),
    'GET /v1/reasons': reasons,
    'POST /v1/claims/2/approve': () => ({ status: 200, body: SECOND }),
    ...extra,
  });
}

describe('the console queue', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/console');
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('moves down with j, selects with x and approves the selection with A, with each claim\'s version', async () => {
    const { api, sent } = queue(() => ({ status: 200, body: { data: [] } }));
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    fireEvent.keyDown(document.body, { key: 'j' });
    // The cursor's row is scrolled into view, so j never walks off the screen.
    await waitFor(() => expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(screen.getByLabelText('Select R-5100001').closest('tr')));
    fireEvent.keyDown(document.body, { key: 'x' });
    expect((screen.getByLabelText('Select R-5100001') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Select R-5100000') as HTMLInputElement).checked).toBe(false);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.keyDown(document.body, { key: 'A' });
    expect(confirm).toHaveBeenCalledWith('Approve 1 claim? The customer will see it.');
    expect((await screen.findByRole('status')).textContent).toBe('1 claim(s) approved.');
    const approve = sent.find((request) => request.method === 'POST');
    expect(approve?.path).toBe('/v1/claims/2/approve');
    expect(approve?.headers.get('if-match')).toBe('"5"');
  });

  it('puts / in the search box and opens the claim under the cursor with o', async () => {
    const { api } = queue(() => ({ status: 200, body: { data: [] } }));
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByLabelText('Search'));
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'o' });
    await waitFor(() => expect(window.location.pathname).toBe('/console/claims/1'));
  });

  it('offers the store\'s reasons as a filter, and says so when they cannot be loaded', async () => {
    const reason = { id: 5, kind: 'return', subject: 'Too small', translations: {}, requires_description: false, requires_evidence: false, active: true };
    const { api } = queue(() => ({ status: 200, body: { data: [reason] } }));
    render(<ConsoleApp api={api} />);
    expect(await screen.findByRole('option', { name: 'Too small' })).toBeTruthy();
    cleanup();
    const refused = queue(() => problem(403, 'scope_missing', 'this key lacks the scope for that'));
    render(<ConsoleApp api={refused.api} />);
    expect((await screen.findByRole('alert')).textContent).toBe('this key lacks the scope for that');
  });

  it('asks before approving the selection, with the count and those still waiting on the customer, and sends nothing when declined', async () => {
    const waiting = { ...SECOND, status: 'waiting_on_customer' };
    const { api, sent } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/claims': () => ({ status: 200, body: { data: [CLAIM, waiting], next_cursor: null } }),
    });
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    fireEvent.click(screen.getByLabelText('Select all shown'));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
    expect(confirm).toHaveBeenCalledWith('Approve 2 claims (1 still waiting on the customer)? The customers will see it.');
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('opens on the claims that need action, in five groups with their counts, raw statuses under more filters', async () => {
    const { api } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/stats/claims-by-status': () => ({ status: 200, body: { total: 9, counts: { new: 2, waiting_on_merchant: 1, waiting_on_customer: 3, closed: 3 } } }),
    });
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    expect((await screen.findByRole('button', { name: 'Needs action (3)' })).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Waiting on customer (3)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Done (3)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'All (9)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'waiting on platform' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Waiting on customer (3)' }));
    await waitFor(() => expect(window.location.search).toBe('?group=waiting_on_customer'));
  });

  it('asks the API for the statuses of the group it shows', async () => {
    const statuses: string[] = [];
    const { api } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/claims': (request) => {
        statuses.push(new URL(request.url).searchParams.get('status') ?? 'any');
        return { status: 200, body: { data: [CLAIM], next_cursor: null } };
      },
    });
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100000' });
    expect(statuses.at(-1)).toBe(QUEUE_GROUPS.needs_action.join(','));
  });

  it('shows each claim\'s assignee, opens "Mine" and "Unassigned" as views, and asks the API for oldest first when told', async () => {
    const asked: URLSearchParams[] = [];
    const { api } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/claims': (request) => {
        asked.push(new URL(request.url).searchParams);
        return { status: 200, body: { data: [{ ...CLAIM, assignee: { id: 'u1', name: 'The agent' } }, SECOND], next_cursor: null } };
      },
    });
    render(<ConsoleApp api={api} />);
    const row = (await screen.findByRole('link', { name: 'R-5100000' })).closest('tr')!;
    expect(row.textContent).toContain('The agent');
    fireEvent.click(screen.getByRole('button', { name: 'Mine' }));
    await waitFor(() => expect(asked.at(-1)?.get('assignee')).toBe('me'));
    fireEvent.click(screen.getByRole('button', { name: 'Unassigned' }));
    await waitFor(() => expect(asked.at(-1)?.get('assignee')).toBe('none'));
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'oldest' } });
    await waitFor(() => expect([asked.at(-1)?.get('sort'), asked.at(-1)?.get('assignee')]).toEqual(['oldest', 'none']));
    fireEvent.change(screen.getByLabelText('Review queue'), { target: { value: 'fraud' } });
    fireEvent.change(screen.getByLabelText('Risk flag'), { target: { value: 'high_value' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect([asked.at(-1)?.get('queue'), asked.at(-1)?.get('flag'), asked.at(-1)?.get('sort')]).toEqual(['fraud', 'high_value', 'oldest']));
    // Due first is the server's sort over the whole view too, and the address keeps it.
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'due' } });
    await waitFor(() => expect(asked.at(-1)?.get('sort')).toBe('due'));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('due');
    expect(screen.getByText(/^Claims, due first, \d+ shown$/)).toBeTruthy();
  });

  it('shows when each claim is due under the policy, red once overdue, with its queue, flags, claimed amount and last message', async () => {
    const old = {
      ...CLAIM, created_at: new Date(Date.now() - 30 * 3_600_000).toISOString(), queue: 'risk', risk_flags: ['serial_returner'],
      messages: [{ id: 'm', sender_type: 'customer', author_name: 'Jane Doe', body: 'Any news?', internal: false, attachments: [], created_at: new Date().toISOString() }],
    };
    const { api } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/claims': () => ({ status: 200, body: { data: [old], next_cursor: null } }),
      'GET /v1/policy': () => ({ status: 200, body: { store_id: 1, version: 1, policy: FASHION_POLICY, created_at: old.created_at } }),
    });
    render(<ConsoleApp api={api} />);
    const due = await screen.findByText('6h overdue');
    expect(due.className).toBe('overdue');
    const row = due.closest('tr');
    expect(row?.textContent).toContain('risk');
    expect(row?.textContent).toContain('serial returner');
    expect(row?.textContent).toContain('€25.00');
    expect(row?.textContent).toContain('Customer · 0m');
  });

  it('announces claims filed since the list loaded, and shows them on request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let filedSince = 0;
    const { api } = queue(() => ({ status: 200, body: { data: [] } }), {
      'GET /v1/stats/claims-by-status': (request) => (new URL(request.url).searchParams.has('created_after')
        ? { status: 200, body: { total: filedSince + 4, counts: { new: filedSince, closed: 4 } } }
        : { status: 200, body: { total: 2, counts: { new: 2 } } }),
    });
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    filedSince = 2;
    await vi.advanceTimersByTimeAsync(16_000);
    expect((await screen.findByText(/2 new claims since this list loaded/)).textContent).toContain('2 new claims');
    filedSince = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(screen.queryByText(/new claims since/)).toBeNull());
  });
});
