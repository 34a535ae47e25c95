// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../web/src/console/App.js';
import { CLAIM, claimRoutes, sessionOf, STORE } from './console-fixtures.js';
import { fakeApi, problem } from './fake-api.js';
import type { Route } from './fake-api.js';

// The claim page in German, for a store that sells in German and an agent who chose it in
// the header: its headings, buttons, money, next step and notices speak German, with German
// dates and amounts, and none of the English words are left.

const GERMAN_STORE_SESSION = { ...sessionOf('agent'), store: { ...STORE, languages: ['en-us', 'de-de'] } };
const routes = (extra: Record<string, Route> = {}) => claimRoutes('agent', {
  'GET /v1/sessions/current': () => ({ status: 200, body: GERMAN_STORE_SESSION }),
  ...extra,
});

describe('the console claim page in German', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/console/claims/1');
    window.localStorage.setItem('recourse.console.language', 'de');
  });
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });

  it('names the claim, its actions, its money and its next step in German', async () => {
    const { api } = fakeApi('console', routes());
    render(<ConsoleApp api={api} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Antrag R-5100000 neu');
    expect(screen.getByRole('button', { name: 'Genehmigen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Antrag zurückziehen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Kunde und Bestellung' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Beträge' })).toBeTruthy();
    for (const label of ['Beansprucht', 'Für diesen Antrag erstattet', 'Für diesen Antrag noch offen', 'Für diese Bestellung noch erstattbar']) {
      expect(screen.getByText(label).tagName).toBe('DT');
    }
    await waitFor(() => expect(screen.getByTestId('claimed').textContent).toBe('25,00\u00a0€'));
    expect(screen.getByTestId('refundable').textContent).toBe('89,49\u00a0€');
    expect(screen.getByTestId('next-step').textContent)
      .toBe('Nächster Schritt: Entscheiden Sie: genehmigen, damit der Kunde einen Rücksendecode erhält, oder mit Begründung ablehnen. Wunsch des Kunden: Erstattung.');
    expect(screen.getByLabelText('Betrag (EUR)')).toBeTruthy();
    expect(screen.getByLabelText('Nachricht an den Kunden')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erstattung verbuchen' })).toBeTruthy();
    expect(screen.getByText('Weitere Aktionen')).toBeTruthy();

    for (const english of ['Approve', 'Cancel claim', 'Send message', 'Book refund']) expect(screen.queryByRole('button', { name: english })).toBeNull();
    expect(screen.queryByLabelText('Amount (EUR)')).toBeNull();
    const text = document.body.textContent ?? '';
    for (const english of ['Claim R-5100000', 'Next:', 'Decide:', 'Customer and order', 'Claimed', 'Refunded on this claim', 'Still owed on this claim',
      'Still refundable on this order', 'More actions', 'Timeline', 'Emails', 'Policy and history', 'Assignee']) {
      expect(text).not.toContain(english);
    }
  });

  it('names the reason in German when the store translated it, and by its subject when not', async () => {
    const reason = { id: 5, uuid: 'r5', subject: 'Too small', translations: { 'en-us': 'Too small', 'de-de': 'Zu klein' } };
    const { api } = fakeApi('console', routes({ 'GET /v1/claims/1': () => ({ status: 200, body: { ...CLAIM, reason } }) }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByText('Zu klein')).tagName).toBe('DD');
    cleanup();
    const untranslated = fakeApi('console', routes({ 'GET /v1/claims/1': () => ({ status: 200, body: { ...CLAIM, reason: { ...reason, translations: { 'en-us': 'Too small' } } } }) }));
    render(<ConsoleApp api={untranslated.api} />);
    expect((await screen.findByText('Too small')).tagName).toBe('DD');
  });

  it('tells an approved return in German, with a German date and amount', async () => {
    const approved = {
      ...CLAIM, status: 'approved', allowed_transitions: ['in_return_transit', 'received', 'completed', 'closed'],
      return_shipment: { carrier: null, tracking_number: null, tracking_url: null, easy_return_code: 'ERK5TEST', code_valid_from: CLAIM.created_at, code_valid_until: '2026-12-15T10:00:00Z', status: 'pending', shipped_at: null, received_at: null },
    };
    const { api } = fakeApi('console', routes({ 'GET /v1/claims/1': () => ({ status: 200, body: approved }) }));
    render(<ConsoleApp api={api} />);
    const line = await screen.findByTestId('next-step');
    await waitFor(() => expect(line.textContent)
      .toBe('Nächster Schritt: Warten auf das Paket, Code ERK5TEST, gültig bis 15.12.2026. Nach Eingang: als eingegangen markieren → 25,00\u00a0€ erstatten → abschließen.'));
    expect(screen.getByTestId('claim-status').textContent).toBe('genehmigt');
  });

  it('says in German that an action went through, and that the claim changed meanwhile', async () => {
    let approvals = 0;
    const { api } = fakeApi('console', routes({
      'POST /v1/claims/1/approve': () => { approvals += 1; return approvals === 1 ? { status: 200, body: CLAIM } : problem(412, 'version_mismatch', 'stale'); },
    }));
    render(<ConsoleApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Genehmigen' }));
    expect((await screen.findByRole('status')).textContent).toBe('Genehmigen: erledigt.');
    fireEvent.click(await screen.findByRole('button', { name: 'Genehmigen' }));
    const stale = await screen.findByRole('alert');
    expect(stale.textContent).toBe('Dieser Antrag wurde geändert, seit Sie ihn geöffnet haben. Neu laden');
  });
});
