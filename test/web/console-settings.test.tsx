// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleApp } from '../../web/src/console/App.js';
import { sessionOf } from './console-fixtures.js';
import { fakeApi, problem, type Route } from './fake-api.js';

// Settings: each tab's list loads, says when it cannot, and loads again after each write;
// its forms keep what was typed until the API has taken it.

const REASON = { id: 5, kind: 'return', subject: 'Too small', translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' }, requires_description: false, requires_evidence: false, active: true };
const KEY = { id: 'k1', name: 'ERP', key_prefix: 'rk_live_ab', role: 'merchant', customer_id: null, scopes: [], created_at: '2026-11-01T00:00:00Z', revoked_at: null, purpose: 'integration' };
const ENDPOINT = { id: 'w1', url: 'https://hooks.example.com/recourse', description: null, event_types: ['*'], format: 'native', enabled: true, disabled_reason: null, failure_count: 0 };
const DELIVERY = { id: 'd1', event_type: 'webhook.test', status: 'failed', attempt_count: 3, attempts_max: 3, last_status_code: 500, last_error: null, created_at: '2026-11-02T00:00:00Z' };

function open(tab: string, routes: Record<string, Route>, role: 'owner' | 'agent' = 'owner') {
  window.history.replaceState(null, '', `/console/settings/${tab}`);
  const fake = fakeApi('console', { 'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf(role) }), ...routes });
  render(<ConsoleApp api={fake.api} />);
  return fake;
}

/** A route that answers with a list and counts how often it was asked. */
function list(items: () => unknown[]) {
  const route = Object.assign(() => { route.calls += 1; return { status: 200, body: { data: items() } }; }, { calls: 0 });
  return route;
}

describe('the console settings', () => {
  afterEach(() => { cleanup(); vi.restoreAllMocks(); });

  it.each([
    ['reasons', 'GET /v1/reasons'],
    ['templates', 'GET /v1/reply-templates'],
    ['users', 'GET /v1/users'],
    ['keys', 'GET /v1/api-keys'],
    ['webhooks', 'GET /v1/webhook-endpoints'],
  ])('says why the %s list cannot be shown instead of showing it empty', async (tab, route) => {
    open(tab, { [route]: () => problem(403, 'scope_missing', 'this key lacks the scope for that') });
    expect((await screen.findByRole('alert')).textContent).toBe('this key lacks the scope for that');
  });

  it('changes a reason\'s subject and its text in each of the store\'s languages', async () => {
    const { sent } = open('reasons', {
      'GET /v1/reasons': list(() => [REASON]),
      'PATCH /v1/reasons/5': () => ({ status: 200, body: REASON }),
    });
    fireEvent.click(await screen.findByRole('button', { name: `Edit ${REASON.subject}` }));
    const subject = document.getElementById('reason-5-subject') as HTMLInputElement;
    const turkish = document.getElementById('reason-5-tr-tr') as HTMLInputElement;
    expect([subject.value, turkish.value, turkish.getAttribute('lang')]).toEqual([REASON.subject, REASON.translations['tr-tr'] ?? '', 'tr-tr']);
    fireEvent.change(subject, { target: { value: 'Too tight' } });
    fireEvent.change(turkish, { target: { value: 'Dar geldi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reason' }));
    expect((await screen.findByRole('status')).textContent).toBe('Reason saved.');
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      subject: 'Too tight', translations: { 'en-us': 'Too tight', 'tr-tr': 'Dar geldi' }, requires_description: REASON.requires_description, requires_evidence: REASON.requires_evidence,
    });
  });

  it('reads the policy aloud, tries a draft on the last 30 days, and saves it with the version it was opened at', async () => {
    let saves = 0;
    const { sent } = open('policy', {
      'GET /v1/policy': () => ({ status: 200, body: { store_id: 1, version: 3, policy: { windows: { return: { days_after_delivery: 30 } } }, created_by: null, created_at: '2026-11-01T00:00:00Z' } }),
      'POST /v1/policy/simulate': () => ({ status: 200, body: {
        claims: [{ claim: { id: 1, uuid: 'c', number: 'R-5100000', kind: 'return', status: 'new', decision: null, policy_version: 3, created_at: '2026-11-01T00:00:00Z' },
          verdict: { outcome: 'refused', refusal: { code: 'outside_window', message: 'the window ended' }, flags: [], matched_rules: [] } }],
        summary: { claims: 4, refused: 1, decided: 0, undecided: 3 },
      } }),
      'PUT /v1/policy': (_request, body) => {
        saves += 1;
        return saves === 1 ? problem(412, 'version_mismatch', 'stale') : { status: 200, body: { store_id: 1, version: 4, policy: body, created_by: null, created_at: '2026-11-02T00:00:00Z' } };
      },
    });
    await waitFor(() => expect(screen.getByTestId('policy-sentences').textContent).toContain('Items can be returned for 30 days after delivery'));
    const editor = screen.getByLabelText('The policy document (JSON)');
    fireEvent.change(editor, { target: { value: '{ "windows": ' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Not JSON/);
    expect((screen.getByRole('button', { name: 'Save as a new version' }) as HTMLButtonElement).disabled).toBe(true);
    const draft = { windows: { return: { days_after_delivery: 14 } } };
    fireEvent.change(editor, { target: { value: JSON.stringify(draft) } });
    expect(screen.getByTestId('policy-sentences').textContent).toContain('Items can be returned for 14 days after delivery');

    fireEvent.click(screen.getByRole('button', { name: 'Try on the last 30 days' }));
    expect((await screen.findByTestId('policy-simulation')).textContent).toContain('On the 4 claims of the last 30 days this draft would have refused 1, decided 0 and left 3 to an agent.');
    expect(screen.getByTestId('policy-simulation').textContent).toContain('R-5100000 (return, now new): refused — the window ended');
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ policy: draft, since_days: 30 });

    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone saved another version of the policy since you opened it');
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved as version 4.');
    const puts = sent.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => [request.headers.get('if-match'), request.body])).toEqual([['"3"', draft], ['"3"', draft]]);
  });

  it('shows an agent the policy without letting them change it', async () => {
    open('policy', { 'GET /v1/policy': () => problem(404, 'not_found', 'no policy') }, 'agent');
    expect((await screen.findByTestId('policy-sentences')).textContent).toContain('the policy sets no windows');
    expect((screen.getByLabelText('The policy document (JSON)') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Try on the last 30 days' })).toBeTruthy();
  });

  it('adds, changes and deletes reply templates', async () => {
    const saved = { id: 't1', kind: 'rejection', name: 'Worn', body: 'The item was worn, {{customer_first_name}}.', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' };
    const templates = list(() => (templates.calls > 1 ? [saved] : []));
    const { sent } = open('templates', {
      'GET /v1/reply-templates': templates,
      'POST /v1/reply-templates': () => ({ status: 201, body: saved }),
      'PATCH /v1/reply-templates/t1': () => ({ status: 200, body: saved }),
      'DELETE /v1/reply-templates/t1': () => ({ status: 204 }),
    });
    fireEvent.change(await screen.findByLabelText('Used for'), { target: { value: 'rejection' } });
    fireEvent.change(screen.getByLabelText('Template name'), { target: { value: 'Worn' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: saved.body } });
    fireEvent.click(screen.getByRole('button', { name: 'Add template' }));
    expect((await screen.findByRole('status')).textContent).toBe('Template added.');
    await screen.findByRole('cell', { name: 'Worn' });
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ kind: 'rejection', name: 'Worn', body: saved.body });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Worn' }));
    fireEvent.change(document.getElementById('template-t1-name')!, { target: { value: 'Worn or washed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({ kind: 'rejection', name: 'Worn or washed', body: saved.body }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Worn' }));
    await waitFor(() => expect(sent.some((request) => request.method === 'DELETE' && request.path === '/v1/reply-templates/t1')).toBe(true));
  });

  it('adds a reason, empties the form and loads the list again; a refused one keeps what was typed', async () => {
    const reasons = list(() => (reasons.calls > 1 ? [REASON] : []));
    let refuse = true;
    const { sent } = open('reasons', {
      'GET /v1/reasons': reasons,
      'POST /v1/reasons': () => (refuse ? problem(409, 'duplicate_reason', 'a reason with this subject exists') : { status: 201, body: REASON }),
    });
    const subject = await screen.findByLabelText('Subject (English)');
    fireEvent.change(subject, { target: { value: 'Too small' } });
    fireEvent.change(screen.getByLabelText('Turkish'), { target: { value: 'Küçük geldi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add reason' }));
    expect((await screen.findByRole('alert')).textContent).toBe('a reason with this subject exists');
    expect((subject as HTMLInputElement).value).toBe('Too small');
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Add reason' }));
    expect((await screen.findByRole('status')).textContent).toBe('Reason added.');
    expect((subject as HTMLInputElement).value).toBe('');
    await screen.findByRole('cell', { name: 'Too small' });
    expect(sent.at(-2)?.body).toEqual({ kind: 'return', subject: 'Too small', translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' }, requires_description: false, requires_evidence: false });
  });

  it('switches a reason off and loads the list again', async () => {
    const reasons = list(() => [{ ...REASON, active: reasons.calls === 1 }]);
    const { sent } = open('reasons', { 'GET /v1/reasons': reasons, 'PATCH /v1/reasons/5': () => ({ status: 200, body: REASON }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate' }));
    await screen.findByRole('button', { name: 'Activate' });
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({ active: false });
  });

  it("lists only the keys people created, not the portal's per-customer keys nor the console users' own", async () => {
    const portal = { ...KEY, id: 'k7', name: 'customer portal', key_prefix: 'rk_portal', role: 'customer', customer_id: 9, purpose: 'portal' };
    const backing = { ...KEY, id: 'k8', name: 'console: Aylin', purpose: 'console_user' };
    open('keys', { 'GET /v1/api-keys': list(() => [KEY, portal, backing]) });
    expect((await screen.findByTestId('hidden-keys')).textContent).toContain('Not listed: 2 keys');
    expect(screen.getByText('ERP')).toBeTruthy();
    expect(screen.queryByText('customer portal')).toBeNull();
    expect(screen.queryByText('console: Aylin')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Revoke' })).toHaveLength(1);
  });

  it('shows a new customer key once and lists it; revoking asks first', async () => {
    const keys = list(() => [KEY]);
    const { sent } = open('keys', {
      'GET /v1/api-keys': keys,
      'POST /v1/api-keys': () => ({ status: 201, body: { ...KEY, id: 'k2', key: 'rk_live_secret_123' } }),
      'DELETE /v1/api-keys/k1': () => ({ status: 204 }),
    });
    fireEvent.change(await screen.findByLabelText('Customer id'), { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('new-key')).textContent).toBe('rk_live_secret_123');
    await waitFor(() => expect(keys.calls).toBe(2));
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ store_id: 1, role: 'customer', customer_id: 42 });

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(keys.calls).toBe(3));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/v1/api-keys/k1']);
  });

  it('changes a user\'s role and adds a user, who can then sign in', async () => {
    const users = list(() => [{ ...sessionOf('agent').user, id: 'u2' }]);
    const { sent } = open('users', {
      'GET /v1/users': users,
      'PATCH /v1/users/u2': () => ({ status: 200, body: {} }),
      'POST /v1/users': () => ({ status: 201, body: {} }),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.change(await screen.findByLabelText('Role of agent@acme.test'), { target: { value: 'viewer' } });
    expect(confirm).toHaveBeenCalledWith('Make agent@acme.test a viewer?');
    expect(sent.some((request) => request.method === 'PATCH')).toBe(false);
    fireEvent.change(screen.getByLabelText('Role of agent@acme.test'), { target: { value: 'viewer' } });
    await waitFor(() => expect(users.calls).toBe(2));
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nora@acme.test' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Nora New' } });
    fireEvent.change(screen.getByLabelText('Password (10+ characters)'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    expect((await screen.findByRole('status')).textContent).toBe('nora@acme.test can now sign in.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('');
    expect(sent.filter((request) => request.method !== 'GET').map((request) => request.body)).toEqual([
      { role: 'viewer' }, { email: 'nora@acme.test', name: 'Nora New', role: 'agent', password: 'correct horse battery' },
    ]);
  });

  it('keeps the open delivery log current: a test message and a retry load it again', async () => {
    const deliveries = list(() => (deliveries.calls === 1 ? [] : [DELIVERY]));
    const { sent } = open('webhooks', {
      'GET /v1/webhook-endpoints': () => ({ status: 200, body: { data: [ENDPOINT] } }),
      'GET /v1/webhook-endpoints/w1/deliveries': deliveries,
      'POST /v1/webhook-endpoints/w1/test': () => ({ status: 202, body: {} }),
      'POST /v1/webhook-deliveries/d1/retry': () => ({ status: 202, body: {} }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delivery log' }));
    await screen.findByText('Nothing delivered yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Send test' }));
    expect((await screen.findByRole('status')).textContent).toBe('Test message: done.');
    const log = await screen.findByTestId('deliveries');
    await within(log).findByText('webhook.test');
    fireEvent.click(within(log).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Retry: done.'));
    expect(deliveries.calls).toBe(3);
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/v1/webhook-endpoints/w1/test', '/v1/webhook-deliveries/d1/retry']);
  });

  it('offers a retry for a delivery that failed or was given up, not for one the endpoint took', async () => {
    open('webhooks', {
      'GET /v1/webhook-endpoints': () => ({ status: 200, body: { data: [ENDPOINT] } }),
      'GET /v1/webhook-endpoints/w1/deliveries': () => ({ status: 200, body: { data: [
        { ...DELIVERY, id: 'd2', event_type: 'claim.created', status: 'succeeded', last_status_code: 200 },
        { ...DELIVERY, id: 'd3', event_type: 'claim.updated', status: 'cancelled' },
      ] } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delivery log' }));
    const log = await screen.findByTestId('deliveries');
    const rows = await within(log).findAllByRole('row');
    const retries = rows.map((row) => within(row).queryByRole('button', { name: 'Retry' }) !== null);
    // The header row, then the delivery the endpoint took, then the one given up.
    expect(retries).toEqual([false, false, true]);
  });

  it('shows a new endpoint\'s signing secret once and empties the form, sending the format chosen', async () => {
    const endpoints = list(() => (endpoints.calls > 1 ? [ENDPOINT] : []));
    const { sent } = open('webhooks', {
      'GET /v1/webhook-endpoints': endpoints,
      'POST /v1/webhook-endpoints': () => ({ status: 201, body: { ...ENDPOINT, secret: 'whsec_abc' } }),
    });
    const url = await screen.findByLabelText('URL');
    fireEvent.change(url, { target: { value: ENDPOINT.url } });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'orderprotection' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect((await screen.findByTestId('webhook-secret')).textContent).toBe('whsec_abc');
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ url: ENDPOINT.url, format: 'orderprotection' });
    await screen.findByText(ENDPOINT.url);
    expect((url as HTMLInputElement).value).toBe('');
  });

  it('changes an endpoint\'s format', async () => {
    const { sent } = open('webhooks', {
      'GET /v1/webhook-endpoints': list(() => [ENDPOINT]),
      'PATCH /v1/webhook-endpoints/w1': () => ({ status: 200, body: { ...ENDPOINT, format: 'orderprotection' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: `Edit ${ENDPOINT.url}` }));
    fireEvent.change(document.getElementById('edit-webhook-format')!, { target: { value: 'orderprotection' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save endpoint' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'PATCH')?.body).toMatchObject({ format: 'orderprotection', event_types: ['*'] }));
  });

  it('changes an endpoint\'s URL and the events it is sent, and deletes one after asking', async () => {
    const endpoints = list(() => [ENDPOINT]);
    const { sent } = open('webhooks', {
      'GET /v1/webhook-endpoints': endpoints,
      'PATCH /v1/webhook-endpoints/w1': () => ({ status: 200, body: ENDPOINT }),
      'DELETE /v1/webhook-endpoints/w1': () => ({ status: 204 }),
    });
    fireEvent.click(await screen.findByRole('button', { name: `Edit ${ENDPOINT.url}` }));
    fireEvent.change(screen.getByLabelText('Endpoint URL'), { target: { value: 'https://hooks.example.com/new' } });
    expect((document.getElementById('edit-webhook-format') as HTMLSelectElement).value).toBe('native');
    fireEvent.click(screen.getByLabelText('Every event'));
    fireEvent.click(screen.getByLabelText('claim.created'));
    fireEvent.click(screen.getByLabelText('message.created'));
    fireEvent.click(screen.getByRole('button', { name: 'Save endpoint' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      url: 'https://hooks.example.com/new', description: null, format: 'native', event_types: ['claim.created', 'message.created'],
    }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(await screen.findByRole('button', { name: `Delete ${ENDPOINT.url}` }));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: `Delete ${ENDPOINT.url}` }));
    await waitFor(() => expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/v1/webhook-endpoints/w1']));
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
