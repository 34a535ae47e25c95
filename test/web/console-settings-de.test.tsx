// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeholdersOf } from '../../web/src/shared/languages.js';
import { ConsoleApp } from '../../web/src/console/App.js';
import * as settings from '../../web/src/console/i18n/settings.js';
import { sessionOf, STORE } from './console-fixtures.js';
import { fakeApi, type Route } from './fake-api.js';

// The settings screens speak the language chosen in the header: a store selling in English and
// German, a console switched to German, and every tab, heading and table header in German.

const KEY = { id: 'k1', name: 'ERP', key_prefix: 'rk_live_ab', role: 'merchant', customer_id: null, scopes: [], created_at: '2026-11-01T00:00:00Z', revoked_at: null, purpose: 'integration' };
const REASON = { id: 5, kind: 'return', subject: 'Too small', translations: { 'en-us': 'Too small', 'de-de': 'Zu klein' }, requires_description: true, requires_evidence: false, active: true };

function openInGerman(tab: string, routes: Record<string, Route>) {
  window.localStorage.setItem('recourse.console.language', 'de');
  window.history.replaceState(null, '', `/console/settings/${tab}`);
  const session = { ...sessionOf('owner'), store: { ...STORE, languages: ['en-us', 'de-de'] } };
  const fake = fakeApi('console', { 'GET /v1/sessions/current': () => ({ status: 200, body: session }), ...routes });
  render(<ConsoleApp api={fake.api} />);
  return fake;
}

const headers = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((cell) => cell.textContent);

describe('the console settings in German', () => {
  afterEach(() => { cleanup(); vi.restoreAllMocks(); window.localStorage.clear(); });

  it('names the tabs, the heading and the API keys table in German', async () => {
    openInGerman('keys', { 'GET /v1/api-keys': () => ({ status: 200, body: { data: [KEY] } }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
    const tabs = within(screen.getByRole('group', { name: 'Einstellungsbereiche' })).getAllByRole('button').map((button) => button.textContent);
    expect(tabs).toEqual(['Richtlinie', 'Gründe', 'Vorlagen', 'API-Schlüssel', 'Webhooks', 'Benutzer']);
    expect(screen.getByRole('heading', { level: 2, name: 'API-Schlüssel' })).toBeTruthy();
    await screen.findByText('ERP');
    expect(headers(screen.getByRole('table'))).toEqual(['Name', 'Schlüssel', 'Rolle', 'Berechtigungen', 'Erstellt', 'Status', 'Aktionen']);
    expect(screen.getByRole('button', { name: 'Widerrufen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Neuer Kundenschlüssel' })).toBeTruthy();
    expect(screen.getByLabelText('Kunden-ID')).toBeTruthy();
    expect(screen.getByText('Händler')).toBeTruthy();
    expect(document.title).toBe('API-Schlüssel · Einstellungen · Acme');
    for (const english of ['Settings', 'API keys', 'Revoke', 'Create a customer key', 'Customer id', 'Scopes']) expect(screen.queryByText(english)).toBeNull();
  });

  it('names the store\'s languages and a reason\'s kind in German', async () => {
    openInGerman('reasons', { 'GET /v1/reasons': () => ({ status: 200, body: { data: [REASON] } }) });
    await screen.findByText('Too small');
    expect(headers(screen.getByRole('table'))).toEqual(['Art', 'Bezeichnung', 'Übersetzungen', 'Erfordert', 'Aktiv']);
    expect(screen.getByRole('cell', { name: 'Rücksendung' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Beschreibung' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deaktivieren' })).toBeTruthy();
    expect(screen.getByLabelText('Bezeichnung (Englisch)')).toBeTruthy();
    expect(screen.getByLabelText('Deutsch')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Grund hinzufügen' })).toBeTruthy();
    for (const english of ['Reasons', 'Kind', 'Subject (English)', 'Deactivate', 'Add reason', 'German']) expect(screen.queryByText(english)).toBeNull();
  });

  it('says in German that there are no webhook endpoints yet', async () => {
    openInGerman('webhooks', { 'GET /v1/webhook-endpoints': () => ({ status: 200, body: { data: [] } }) });
    expect(await screen.findByText('Noch keine Webhook-Endpunkte.')).toBeTruthy();
    expect(headers(screen.getByRole('table'))).toEqual(['URL', 'Ereignisse', 'Format', 'Status', 'Aktionen']);
    expect(screen.getByRole('button', { name: 'Endpunkt hinzufügen' })).toBeTruthy();
    expect(screen.queryByText('No webhook endpoints yet.')).toBeNull();
  });
});

describe('the settings catalogue', () => {
  it('gives every word in Turkish and German with the same {placeholders} as in English', () => {
    for (const [key, english] of Object.entries(settings.en) as Array<[keyof typeof settings.en, string]>) {
      expect(key.startsWith('settings.')).toBe(true);
      for (const other of [settings.tr, settings.de]) {
        expect(other[key].trim()).not.toBe('');
        expect(placeholdersOf(other[key]), key).toEqual(placeholdersOf(english));
      }
    }
  });
});
