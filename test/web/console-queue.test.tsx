// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../web/src/console/App.js';
import { CLAIM, sessionOf } from './console-fixtures.js';
import { fakeApi, problem } from './fake-api.js';

// The queue's keys and its reason filter, as an agent uses them.

const SECOND = { ...CLAIM, id: 2, number: 'R-5100001', version: 5, created_at: '2026-11-01T10:00:00Z' };

function queue(reasons: () => { status: number; body?: unknown }) {
  return fakeApi('console', {
    'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf('agent') }),
    'GET /v1/claims': () => ({ status: 200, body: { data: [CLAIM, SECOND], next_cursor: null } }),
    'GET /v1/stats/claims-by-status': () => ({ status: 200, body: { total: 2, counts: { new: 2 } } }),
    'GET /v1/reasons': reasons,
    'POST /v1/claims/2/approve': () => ({ status: 200, body: SECOND }),
  });
}

describe('the console queue', () => {
  beforeEach(() => window.history.replaceState(null, '', '/console'));
  afterEach(cleanup);

  it('moves down with j, selects with x and approves the selection with A, with each claim\'s version', async () => {
    const { api, sent } = queue(() => ({ status: 200, body: { data: [] } }));
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect((screen.getByLabelText('Select R-5100001') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Select R-5100000') as HTMLInputElement).checked).toBe(false);
    fireEvent.keyDown(document.body, { key: 'A' });
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
});
