// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FASHION_POLICY } from '../../src/domain/policy/examples.js';
import { ConsoleApp } from '../../web/src/console/App.js';
import { CLAIM, sessionOf, STORE } from './console-fixtures.js';
import { fakeApi } from './fake-api.js';

// The queue and the overview in German, for a store that sells in German: the words are the
// catalogue's, none of the English ones is left, amounts and numbers in German notation.

const GERMAN = { ...sessionOf('agent'), store: { ...STORE, languages: ['de-de', 'en-us'] } };
const SECOND = { ...CLAIM, id: 2, number: 'R-5100001', version: 5, status: 'waiting_on_customer', created_at: '2026-11-01T10:00:00Z' };

function germanConsole(extra: Parameters<typeof fakeApi>[1] = {}) {
  return fakeApi('console', {
    'GET /v1/sessions/current': () => ({ status: 200, body: GERMAN }),
    'GET /v1/claims': () => ({ status: 200, body: { data: [CLAIM, SECOND], next_cursor: null } }),
    'GET /v1/stats/claims-by-status': () => ({ status: 200, body: { total: 2, counts: { new: 1, waiting_on_customer: 1 } } }),
    'GET /v1/reasons': () => ({ status: 200, body: { data: [] } }),
    ...extra,
  });
}

/** The English words of the screen that must not survive the translation. */
const ENGLISH = ['Claims', 'Needs action', 'Waiting on customer', 'In progress', 'Search', 'More filters', 'Apply', 'Clear', 'Mine', 'Unassigned',
  'Older than 3 days', 'Save this view', 'selected', 'Approve selected', 'Keyboard shortcuts', 'Customer', 'Last message', 'Previous page', 'Next page', 'overdue'];

describe('the console queue in German', () => {
  beforeEach(() => {
    window.localStorage.setItem('recourse.console.language', 'de');
    window.history.replaceState(null, '', '/console');
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    vi.restoreAllMocks();
  });

  it('names its heading, groups, filters, views and columns in German, with no English word left', async () => {
    const old = { ...CLAIM, created_at: new Date(Date.now() - 30 * 3_600_000).toISOString() };
    const { api } = germanConsole({
      'GET /v1/claims': () => ({ status: 200, body: { data: [old, SECOND], next_cursor: null } }),
      'GET /v1/policy': () => ({ status: 200, body: { store_id: 1, version: 1, policy: FASHION_POLICY, created_at: old.created_at } }),
    });
    render(<ConsoleApp api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anträge' })).toBeTruthy();
    expect(document.title).toBe('Anträge · Acme');
    expect((await screen.findByRole('button', { name: 'Handlungsbedarf (1)' })).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Wartet auf Kunden (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alle (2)' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Gespeicherte Ansichten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Älter als 3 Tage' })).toBeTruthy();
    expect(screen.getByLabelText('Suche')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'wartet auf Plattform' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Rücksendung' })).toBeTruthy();
    const table = screen.getByRole('region', { name: 'Tabelle: Anträge' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Auswählen', 'Antrag', 'Status', 'Fällig', 'Kunde', 'Art · Grund', 'Geforderter Betrag', 'Warteschlange · Merkmale', 'Zuständig', 'Letzte Nachricht', 'Alter']);
    const row = (await screen.findByRole('link', { name: 'R-5100000' })).closest('tr')!;
    expect(row.textContent).toContain('neu');
    expect(row.textContent).toContain('Rücksendung');
    expect(row.textContent).toContain('25,00');
    expect(within(row).getByText('seit 6 Std. überfällig')).toBeTruthy();
    expect(screen.getByLabelText('R-5100001 auswählen')).toBeTruthy();

    const text = document.body.textContent ?? '';
    for (const word of ENGLISH) expect(text).not.toContain(word);
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .flatMap((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''));
    for (const word of ['table', 'Select', 'Filters', 'number, order', 'Saved views', 'Claim groups', 'due']) {
      expect(labels.filter((value) => value.includes(word))).toEqual([]);
    }
  });

  it('asks before a bulk approval in German, and says how it went', async () => {
    const { api } = germanConsole({ 'POST /v1/claims/2/approve': () => ({ status: 200, body: SECOND }), 'POST /v1/claims/1/approve': () => ({ status: 200, body: CLAIM }) });
    render(<ConsoleApp api={api} />);
    await screen.findByRole('link', { name: 'R-5100001' });
    fireEvent.click(screen.getByLabelText('Alle angezeigten auswählen'));
    expect(screen.getByText('2 ausgewählt')).toBeTruthy();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Auswahl genehmigen' }));
    expect(confirm).toHaveBeenCalledWith('2 Anträge (davon 1 noch mit Status „wartet auf Kunden“) genehmigen? Die Kunden werden darüber informiert.');
    expect((await screen.findByRole('status')).textContent).toBe('Genehmigte Anträge: 2.');
  });

  it('shows the overview in German, durations and amounts in German notation', async () => {
    window.history.replaceState(null, '', '/console/overview');
    const { api } = germanConsole({
      'GET /v1/stats/overview': () => ({
        status: 200, body: {
          from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z',
          claims_per_day: [{ day: '2026-10-02', kind: 'return', status: 'new', count: 3 }],
          refund_totals: [{ currency: 'EUR', status: 'issued', amount: 123456, count: 2 }],
          first_response: { median_seconds: 5400, claims: 4 }, resolution: { median_seconds: 3 * 86_400, claims: 2 },
          top_reasons: [{ reason_id: null, subject: null, count: 3 }], top_skus: [{ sku: 'MUG', claims: 3, quantity: 3 }],
        },
      }),
    });
    // jsdom draws no canvas; the charts' numbers are in their tables all the same.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<ConsoleApp api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeTruthy();
    expect(await screen.findByText('1,5 Std.')).toBeTruthy();
    expect(screen.getByText('3,0 Tage')).toBeTruthy();
    expect(screen.getByText('4 Anträge beantwortet')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Erstattungssummen' })).toBeTruthy();
    const totals = screen.getByRole('region', { name: 'Tabelle: Erstattungssummen' });
    expect(within(totals).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Status', 'Erstattungen', 'Betrag']);
    expect(within(totals).getByText('ausgezahlt')).toBeTruthy();
    expect(within(totals).getByText('1.234,56 €')).toBeTruthy();
    expect(screen.getByText('Anträge pro Tag nach Art')).toBeTruthy();
    expect(screen.getByText('ohne Grund')).toBeTruthy();
    const text = document.body.textContent ?? '';
    for (const word of ['Claims', 'Refund', 'Median first response', 'Charts', 'Top reasons', 'Table', 'days', 'no reason']) expect(text).not.toContain(word);
  });
});
