// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../web/src/console/App.js';
import { BALANCES, CLAIM, claimRoutes, sessionOf } from './console-fixtures.js';
import { fakeApi, problem } from './fake-api.js';

describe('the operator console', () => {
  beforeEach(() => window.history.replaceState(null, '', '/console/claims/1'));
  afterEach(cleanup);

  it('says "this claim changed, reload" when an action meets a newer version', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', { 'POST /v1/claims/1/approve': () => problem(412, 'version_mismatch', 'stale') }));
    render(<ConsoleApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This claim changed since you opened it.');
    const approve = sent.find((request) => request.path === '/v1/claims/1/approve');
    expect(approve?.headers.get('if-match')).toBe('"3"');
    expect(approve?.headers.get('x-csrf-token')).toBe('csrf-9');
  });

  it('refuses in the page a refund above what is still refundable, and asks for a tick beyond what the claim is owed', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent'));
    render(<ConsoleApp api={api} />);
    const amount = await screen.findByLabelText('Amount (EUR)');
    // Prefilled with what this claim is owed: one mug of €25.00.
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('25.00'));
    expect(screen.getByTestId('claimed').textContent).toBe('€25.00');
    expect(screen.getByTestId('owed').textContent).toBe('€25.00');
    fireEvent.change(amount, { target: { value: '90' } });
    expect(screen.getByText('More than the €89.49 still refundable.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Book refund' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Amount (EUR)'), { target: { value: '89.49' } });
    expect(screen.getByText('More than the €25.00 this claim is still owed.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Book refund' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Refund more than this claim is owed'));
    expect((screen.getByRole('button', { name: 'Book refund' }) as HTMLButtonElement).disabled).toBe(false);
    expect(sent.some((request) => request.method === 'POST')).toBe(false);
  });

  it('books a refund as requested unless it was already paid elsewhere, and moves it along its lifecycle', async () => {
    const refund = { id: 41, uuid: 'r', claim_id: 1, order_id: 7, amount: 2500, currency: 'EUR', status: 'requested', method: 'original_payment', reason: null,
      response_reason: null, requester: 'merchant', needs_return: false, created_at: CLAIM.created_at, updated_at: CLAIM.created_at, approved_at: null,
      processing_at: null, issued_at: null, denied_at: null, cancelled_at: null };
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => ({ status: 200, body: { ...CLAIM, refunds: [refund] } }),
      'POST /v1/claims/1/refunds': () => ({ status: 201, body: refund }),
      'POST /v1/refunds/41/issue': () => ({ status: 200, body: { ...refund, status: 'issued' } }),
    }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('refunded')).textContent).toBe('€25.00');
    expect(screen.getByTestId('owed').textContent).toBe('€0.00');
    expect((screen.getByLabelText(/Already refunded elsewhere/) as HTMLInputElement).checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Amount (EUR)'), { target: { value: '10' } });
    fireEvent.click(screen.getByLabelText('Refund more than this claim is owed'));
    fireEvent.click(screen.getByRole('button', { name: 'Book refund' }));
    await waitFor(() => expect(sent.find((request) => request.path === '/v1/claims/1/refunds')?.body).toEqual({ amount: 1000, status: 'requested' }));
    expect(screen.getByRole('button', { name: 'Approve: refund of €25.00' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deny: refund of €25.00' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark issued: refund of €25.00' }));
    await waitFor(() => expect(sent.some((request) => request.path === '/v1/refunds/41/issue')).toBe(true));
  });

  it('issues store credit of the value owed', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'POST /v1/claims/1/store-credits': () => ({ status: 201, body: { id: 's', type: 'gift_card', code: 'GIFT-1', value: 2500, bonus: 0, currency: 'EUR', email_status: 'not_sent', created_at: CLAIM.created_at } }),
    }));
    render(<ConsoleApp api={api} />);
    await waitFor(async () => expect(((await screen.findByLabelText('Value (EUR)')) as HTMLInputElement).value).toBe('25.00'));
    fireEvent.click(screen.getByRole('button', { name: 'Issue store credit' }));
    await waitFor(() => expect(sent.find((request) => request.path === '/v1/claims/1/store-credits')?.body).toEqual({ type: 'gift_card', value: 2500, currency: 'EUR' }));
  });

  // ISO 4217 gives HUF 2 digits and IQD 3, as the API counts them; Intl would show both whole.
  it.each([
    ['HUF', 12_345, 'HUF\u00a0123.45', 10_000],
    ['IQD', 123_456, 'IQD\u00a0123.456', 100_000],
  ])('shows %s amounts and books a typed one as the API counts them', async (currency, totalMinor, total, typedMinor) => {
    const claim = { ...CLAIM, order: { ...CLAIM.order, currency, total_amount: totalMinor } };
    const balances = { ...BALANCES, currency, refundable: totalMinor };
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => ({ status: 200, body: claim }),
      'GET /v1/claims/1/balances': () => ({ status: 200, body: balances }),
      'POST /v1/claims/1/refunds': () => ({ status: 201, body: { id: 'r1' } }),
    }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('refundable')).textContent).toBe(total);
    // The matcher sees the text with its no-break spaces made plain.
    expect(screen.getByText((text) => text.startsWith('A-1001 · placed') && text.endsWith(` · ${total.replace('\u00a0', ' ')}`))).toBeTruthy();
    fireEvent.change(screen.getByLabelText(`Amount (${currency})`), { target: { value: '100' } });
    fireEvent.click(screen.getByLabelText('Refund more than this claim is owed'));
    fireEvent.click(screen.getByRole('button', { name: 'Book refund' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ amount: typedMinor, status: 'requested' }));
  });

  it('shows a viewer the claim without any action', async () => {
    const { api } = fakeApi('console', claimRoutes('viewer'));
    render(<ConsoleApp api={api} />);
    await screen.findByRole('heading', { name: /Claim R-5100000/ });
    expect(screen.getByText(/read-only access/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send message' })).toBeNull();
  });

  it('signs in with an internationalised email, leaving the address to the server', async () => {
    window.history.replaceState(null, '', '/console');
    const { api, sent } = fakeApi('console', {
      'GET /v1/sessions/current': () => problem(401, 'unauthenticated', 'no session'),
      'POST /v1/sessions': () => problem(401, 'invalid_credentials', 'no'),
    });
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Store code'), { target: { value: 'acme' } });
    const email = screen.getByLabelText('Email');
    expect([email.getAttribute('type'), email.getAttribute('inputmode'), email.getAttribute('autocomplete')]).toEqual(['text', 'email', 'username']);
    fireEvent.change(email, { target: { value: 'sofia.yılmaz.99@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(sent.at(-1)?.body).toEqual({ store_code: 'acme', email: 'sofia.yılmaz.99@example.com', password: 'correct horse battery' }));
  });

  it('filters the queue by an internationalised customer email', async () => {
    window.history.replaceState(null, '', '/console');
    const { api, sent } = fakeApi('console', {
      'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf('agent') }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
      'GET /v1/stats/claims-by-status': () => ({ status: 200, body: { total: 0, counts: {} } }),
      'GET /v1/reasons': () => ({ status: 200, body: { data: [] } }),
    });
    render(<ConsoleApp api={api} />);
    const email = await screen.findByLabelText('Customer email');
    expect([email.getAttribute('type'), email.getAttribute('inputmode')]).toEqual(['text', 'email']);
    fireEvent.change(email, { target: { value: 'sofia.yılmaz.99@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(sent.some((request) => request.path === '/v1/claims' && new URL(window.location.href).searchParams.get('customer_email') === 'sofia.yılmaz.99@example.com')).toBe(true));
  });

  it('lets the owner add a user with an internationalised email and shows the server\'s answer', async () => {
    window.history.replaceState(null, '', '/console/settings/users');
    const { api, sent } = fakeApi('console', {
      'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf('owner') }),
      'GET /v1/users': () => ({ status: 200, body: { data: [] } }),
      'POST /v1/users': () => problem(400, 'validation_failed', 'body/email must match format "email"'),
    });
    render(<ConsoleApp api={api} />);
    const email = await screen.findByLabelText('Email');
    expect([email.getAttribute('type'), email.getAttribute('inputmode')]).toEqual(['text', 'email']);
    fireEvent.change(email, { target: { value: 'sofia.yılmaz.99@example.com' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Sofia Yılmaz' } });
    fireEvent.change(screen.getByLabelText('Password (10+ characters)'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    expect((await screen.findByRole('alert')).textContent).toBe('body/email must match format "email"');
    expect(sent.find((request) => request.method === 'POST')?.body).toMatchObject({ email: 'sofia.yılmaz.99@example.com' });
  });

  it('tells a wrong password apart from nothing else', async () => {
    window.history.replaceState(null, '', '/console');
    const { api } = fakeApi('console', {
      'GET /v1/sessions/current': () => problem(401, 'unauthenticated', 'no session'),
      'POST /v1/sessions': () => problem(401, 'invalid_credentials', 'no'),
    });
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Store code'), { target: { value: 'acme' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@acme.test' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The store, email or password is not right.'));
  });
});
