// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalApp } from '../../web/src/portal/App.js';
import { fakeApi, problem } from './fake-api.js';

const SESSION = {
  kind: 'portal', csrf_token: 'csrf-1', expires_at: '2030-01-01T00:00:00Z', order_id: 7,
  customer: { id: 3, first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' }, store: { code: 'acme', name: 'Acme', languages: ['en-us', 'tr-tr'] },
};
const ORDER = {
  order: { id: 7, number: 'A-1001', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', items_amount: 8450, shipping_amount: 499, total_amount: 8949 },
  store: SESSION.store,
  items: [
    {
      id: 11, sku: 'MUG', name: 'Classic mug', quantity: 2, unit_price: 2500, fulfillment_status: 'delivered', tracking_number: null, claimable: { cancellation: 0, return: 2, incident: 2 },
      eligibility: {
        cancellation: { claimable: 0, until: null, because: 'already_shipped' }, return: { claimable: 2, until: '2026-12-15T00:00:00Z', because: null },
        incident: { claimable: 2, until: null, because: null },
      },
    },
    {
      id: 12, sku: 'LAMP', name: 'Desk lamp', quantity: 1, unit_price: 3450, fulfillment_status: 'unfulfilled', tracking_number: null, claimable: { cancellation: 1, return: 0, incident: 0 },
      eligibility: {
        cancellation: { claimable: 1, until: null, because: null }, return: { claimable: 0, until: null, because: 'not_shipped' },
        incident: { claimable: 0, until: null, because: 'not_shipped' },
      },
    },
  ],
  service_levels: {},
  withdrawal: { open: false, until: null },
  reasons: [{ id: 5, kind: 'return', subject: 'Arrived damaged', translations: { 'tr-tr': 'Hasarlı geldi' }, requires_description: false, requires_evidence: true }],
};

describe('the customer portal', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/portal/acme');
  });
  afterEach(cleanup);

  it('answers a wrong number and a wrong email with one message', async () => {
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => problem(401, 'unauthenticated', 'no session'),
      'POST /v1/portal/sessions': () => problem(404, 'order_not_found', 'no order matches'),
    });
    render(<PortalApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Order number'), { target: { value: 'A-1001' } });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'jane@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toBe('We could not find an order with this order number and email address. Please check both.');
    expect(sent.at(-1)).toMatchObject({ method: 'POST', path: '/v1/portal/sessions', body: { store_code: 'acme', order_number: 'A-1001', email: 'jane@example.com' } });
    expect(sent.at(-1)?.headers.get('x-recourse-session')).toBe('portal');
  });

  // The browser's type=email refuses a dotless ı before the @; the address is legal and the API takes it.
  it('finds an order for an internationalised address such as sofia.yılmaz.99@example.com', async () => {
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => problem(401, 'unauthenticated', 'no session'),
      'POST /v1/portal/sessions': () => problem(404, 'order_not_found', 'no order matches'),
    });
    render(<PortalApp api={api} />);
    const email = await screen.findByLabelText('Email address');
    expect([email.getAttribute('type'), email.getAttribute('inputmode'), email.getAttribute('autocomplete')]).toEqual(['text', 'email', 'email']);
    fireEvent.change(screen.getByLabelText('Order number'), { target: { value: 'D-100297' } });
    fireEvent.change(email, { target: { value: 'sofia.yılmaz.99@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ method: 'POST', path: '/v1/portal/sessions', body: { order_number: 'D-100297', email: 'sofia.yılmaz.99@example.com' } }));
  });

  it('speaks Turkish when the browser asks for it, and can switch', async () => {
    window.localStorage.setItem('recourse.portal.language', 'tr');
    const { api } = fakeApi('portal', { 'GET /v1/sessions/current': () => problem(401, 'unauthenticated', 'no session') });
    render(<PortalApp api={api} />);
    expect(await screen.findByLabelText('Sipariş numarası')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dil'), { target: { value: 'en' } });
    expect(await screen.findByLabelText('Order number')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers only the quantities the engine allows and asks for the photo the reason requires, sending nothing', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: ORDER }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
    });
    render(<PortalApp api={api} />);
    const mug = await screen.findByLabelText('Quantity: Classic mug');
    expect(mug.querySelectorAll('option')).toHaveLength(3);
    expect((screen.getByLabelText('Quantity: Desk lamp') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.change(mug, { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '5' } });
    expect(screen.getByLabelText('Photos (required for this reason)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please add at least one photo.');
    expect(sent.some((request) => request.method === 'POST')).toBe(false);
  });

  it('says per item until when it can be returned, or why not, before the form is filled', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const late = { ...ORDER, items: [ORDER.items[0], { ...ORDER.items[0], id: 13, name: 'Old mug', claimable: { cancellation: 0, return: 0, incident: 0 },
      eligibility: { ...ORDER.items[0]!.eligibility, return: { claimable: 0, until: '2026-11-20T00:00:00Z', because: 'window_closed' } } }, ORDER.items[1]] };
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: late }),
    });
    render(<PortalApp api={api} />);
    const mug = await screen.findByTestId('eligibility-11');
    // The window ends at midnight (exclusive): the last day to claim is the day before.
    expect(mug.textContent).toMatch(/^2 you may claim · until 1[45] December 2026$/);
    expect(screen.getByTestId('eligibility-13').textContent).toMatch(/^the period for this ended on 1[89] November 2026$/);
    expect(screen.getByTestId('eligibility-12').textContent).toBe('not shipped yet');
  });

  it('tells the customer by when the store will reply, then by when it will decide, from the store\'s service levels', async () => {
    window.history.replaceState(null, '', '/portal/acme/claims/R-5100009');
    const filed = new Date(Date.now() - 3_600_000).toISOString();
    const claim = {
      id: 9, number: 'R-5100009', kind: 'return', status: 'open', version: 2, created_at: filed, resolution_requested: 'REFUND', rejection: null,
      order: { id: 7, currency: 'EUR' }, lines: [], attachments: [], refunds: [], messages: [] as unknown[], return_shipment: null, attributes: {},
    };
    const levels = { ...ORDER, service_levels: { return: { first_response_hours: 24, resolution_hours: 72 } } };
    const routes = {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/claims/R-5100009': () => ({ status: 200, body: claim }),
      'GET /v1/claims/R-5100009/events': () => ({ status: 200, body: { data: [] } }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: levels }),
    };
    render(<PortalApp api={fakeApi('portal', routes).api} />);
    const reply = await screen.findByTestId('expected-reply');
    const expected = new Date(new Date(filed).getTime() + 24 * 3_600_000).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
    expect(reply.textContent).toBe(`We will reply by ${expected}`);
    cleanup();

    claim.messages = [{ id: 'm1', sender_type: 'merchant', internal: false, author_name: 'Acme', body: 'We are looking', attachments: [], created_at: filed }];
    render(<PortalApp api={fakeApi('portal', routes).api} />);
    const decision = new Date(new Date(filed).getTime() + 72 * 3_600_000).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
    expect((await screen.findByTestId('expected-reply')).textContent).toBe(`We will decide by ${decision}`);
  });

  it('offers the withdrawal function while the order may be withdrawn from: a plain button, the statement, and a confirm button', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const withdrawable = { ...ORDER, withdrawal: { open: true, until: '2026-12-16T00:00:00Z' } };
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: withdrawable }),
      'POST /v1/portal/withdrawals': () => ({ status: 201, body: { declared_at: '2026-12-03T09:15:00.000Z', claims: [{ id: 21, uuid: 'w', number: 'R-5100021', kind: 'return' }] } }),
      'GET /v1/claims/R-5100021': () => ({ status: 200, body: {
        id: 21, number: 'R-5100021', kind: 'return', status: 'new', version: 1, created_at: '2026-12-03T09:15:00.000Z', resolution_requested: null, rejection: null,
        order: { id: 7, currency: 'EUR', number: 'A-1001' }, lines: [], attachments: [], refunds: [], messages: [], return_shipment: null,
        attributes: { withdrawal: { name: 'Jane A. Doe', declared_at: '2026-12-03T09:15:00.000Z' } },
      } }),
      'GET /v1/claims/R-5100021/events': () => ({ status: 200, body: { data: [] } }),
    });
    render(<PortalApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw from contract here' }));
    expect(screen.getByRole('heading', { name: 'Withdraw from the contract' })).toBeTruthy();
    expect(screen.getByText(/For the items delivered, this is possible until 15 December 2026\./)).toBeTruthy();
    const name = screen.getByLabelText('Your name') as HTMLInputElement;
    expect(name.value).toBe('Jane Doe');
    fireEvent.change(name, { target: { value: 'Jane A. Doe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm withdrawal' }));
    expect((await screen.findByTestId('withdrawn')).textContent).toMatch(/^We have received your withdrawal, made on 3 December 2026.*A confirmation is on its way to your email address\.$/);
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ order_id: 7, name: 'Jane A. Doe' });
    expect(screen.getByRole('link', { name: 'Download the confirmation of your withdrawal' })).toBeTruthy();
  });

  it('shows no withdrawal button once nothing of the order may be withdrawn from', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: ORDER }),
    });
    render(<PortalApp api={api} />);
    await screen.findByRole('heading', { name: /Order A-1001/ });
    expect(screen.queryByRole('button', { name: 'Withdraw from contract here' })).toBeNull();
  });

  it('shows the order in HUF with the two digits the API counts', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const inForints = { ...ORDER, order: { ...ORDER.order, currency: 'HUF', total_amount: 12_345 } };
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: inForints }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
    });
    render(<PortalApp api={api} />);
    // The matcher sees the text with its no-break spaces made plain.
    expect(await screen.findByText(/· HUF 123\.45$/)).toBeTruthy();
    expect(screen.getByText(/^MUG · 2 ordered · HUF 25\.00 ·/)).toBeTruthy();
  });

  it('files with the session CSRF token and the chosen lines, reason and outcome', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    const noEvidence = { ...ORDER, reasons: [{ ...ORDER.reasons[0], requires_evidence: false }] };
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: noEvidence }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
      'POST /v1/claims': () => ({ status: 201, body: { id: 1, number: 'R-5100000' } }),
    });
    render(<PortalApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Quantity: Classic mug'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText('Store credit'));
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(window.location.pathname).toBe('/portal/acme/claims/R-5100000'));
    const filed = sent.find((request) => request.method === 'POST');
    expect(filed?.body).toEqual({ order_id: 7, kind: 'return', reason_id: 5, lines: [{ order_item_id: 11, quantity: 2 }], resolution_requested: 'STORE_CREDIT' });
    expect(filed?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('shows a refusal in the customer\'s language by its code, with the date, never the English detail', async () => {
    window.localStorage.setItem('recourse.portal.language', 'tr');
    window.history.replaceState(null, '', '/portal/acme/order');
    const noEvidence = { ...ORDER, reasons: [{ ...ORDER.reasons[0], requires_evidence: false }] };
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: noEvidence }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
      'POST /v1/claims': () => ({ status: 422, body: { ...problem(422, 'outside_window', 'the window for a return on this order ended at 2026-12-05T22:00:00.000Z').body, kind: 'return', windowEndedAt: '2026-12-05T12:00:00.000Z' } }),
    });
    render(<PortalApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Adet: Classic mug'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Neden'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Talebi gönder' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Bu talep için süre 5 Aralık 2026 tarihinde doldu.');
    expect(alert.textContent).not.toContain('window');
  });

  it('keeps the draft when the session has ended, and offers it again once the order is found', async () => {
    window.history.replaceState(null, '', '/portal/acme/order');
    let signedIn = true;
    const noEvidence = { ...ORDER, reasons: [{ ...ORDER.reasons[0], requires_evidence: false }] };
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => (signedIn ? { status: 200, body: SESSION } : problem(401, 'unauthenticated', 'no session')),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: noEvidence }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [], next_cursor: null } }),
      'POST /v1/claims': () => problem(401, 'unauthenticated', 'a valid API key is required in the Authorization header'),
      'POST /v1/portal/sessions': () => ({ status: 201, body: SESSION }),
    });
    render(<PortalApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Quantity: Classic mug'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Tell us more'), { target: { value: 'The handle came off.' } });
    signedIn = false;
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect((await screen.findByRole('alert')).textContent).toBe('For your security the session ended. Your request is kept: find your order again to send it.');
    fireEvent.click(screen.getByRole('button', { name: 'Find your order' }));
    fireEvent.change(await screen.findByLabelText('Order number'), { target: { value: 'A-1001' } });
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'jane@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(async () => expect(((await screen.findByLabelText('Tell us more')) as HTMLTextAreaElement).value).toBe('The handle came off.'));
    expect((screen.getByLabelText('Quantity: Classic mug') as HTMLSelectElement).value).toBe('1');
  });

  it('lets the customer withdraw a request nobody has decided yet, with the version shown, and shows what a refund would be', async () => {
    window.history.replaceState(null, '', '/portal/acme/claims/R-5100000');
    const claim = {
      id: 1, number: 'R-5100000', kind: 'return', status: 'new', version: 4, resolution_requested: 'REFUND', rejection: null,
      order: { currency: 'EUR' }, lines: [{ id: 1, quantity: 2, name: 'Classic mug', sku: 'MUG', unit_price: 2500 }],
      attachments: [], refunds: [], messages: [], return_shipment: null, attributes: {},
    };
    const { api, sent } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/claims/R-5100000': () => ({ status: 200, body: claim }),
      'GET /v1/claims/R-5100000/events': () => ({ status: 200, body: { data: [] } }),
      'POST /v1/claims/R-5100000/cancel': () => ({ status: 200, body: { ...claim, status: 'cancelled' } }),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<PortalApp api={api} />);
    expect((await screen.findByTestId('refund-estimate')).textContent).toBe('Expected refund: €50.00');
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw this request' }));
    expect(confirm).toHaveBeenCalled();
    await waitFor(() => expect(sent.find((request) => request.path === '/v1/claims/R-5100000/cancel')?.headers.get('if-match')).toBe('"4"'));
    confirm.mockRestore();
    expect(screen.queryByTestId('withdrawal-receipt')).toBeNull();
  });

  it('speaks German for a store that declares it, and offers only the store\'s languages once the order is found', async () => {
    const german = { ...SESSION, store: { ...SESSION.store, languages: ['de-de', 'en-us'] } };
    window.localStorage.setItem('recourse.portal.language', 'de');
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: german }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: { ...ORDER, store: german.store } }),
    });
    render(<PortalApp api={api} />);
    expect(await screen.findByText('Ihre Artikel')).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    const choices = [...(screen.getByLabelText('Sprache') as HTMLSelectElement).options].map((option) => option.textContent);
    expect(choices).toEqual(['Deutsch', 'English']);
  });

  it('falls back to the store\'s language when the one chosen before is not among the store\'s', async () => {
    window.localStorage.setItem('recourse.portal.language', 'de');
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/portal/orders/7': () => ({ status: 200, body: ORDER }),
    });
    render(<PortalApp api={api} />);
    expect(await screen.findByText('Your items')).toBeTruthy();
    expect([...(screen.getByLabelText('Language') as HTMLSelectElement).options].map((option) => option.value)).toEqual(['en', 'tr']);
  });

  it('offers the confirmation of a withdrawal as a file to keep, written from what the store recorded', async () => {
    window.history.replaceState(null, '', '/portal/acme/claims/R-5100001');
    const claim = {
      id: 2, number: 'R-5100001', kind: 'return', status: 'new', version: 1, resolution_requested: 'REFUND', rejection: null,
      order: { currency: 'EUR', number: 'A-1001' }, lines: [{ id: 1, quantity: 2, name: 'Classic mug', sku: 'MUG', unit_price: 2500 }],
      attachments: [], refunds: [], messages: [], return_shipment: null,
      attributes: { withdrawal: { name: 'Jane Doe', declared_at: '2026-12-03T09:30:00.000Z' } },
    };
    const { api } = fakeApi('portal', {
      'GET /v1/sessions/current': () => ({ status: 200, body: SESSION }),
      'GET /v1/claims/R-5100001': () => ({ status: 200, body: claim }),
      'GET /v1/claims/R-5100001/events': () => ({ status: 200, body: { data: [] } }),
    });
    render(<PortalApp api={api} />);
    const link = await screen.findByRole('link', { name: 'Download the confirmation of your withdrawal' });
    expect(link.getAttribute('download')).toBe('withdrawal-R-5100001.txt');
    const text = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:text\/plain;charset=utf-8,/, ''));
    expect(text).toContain('Acme confirms that it received the following declaration of withdrawal.');
    expect(text).toContain('the items of order A-1001 listed below');
    expect(text).toContain('Declared by: Jane Doe');
    expect(text).toContain('Request number: R-5100001');
    expect(text).toContain('- 2 × Classic mug (MUG)');
    expect(text).toMatch(/Received on: 3 December 2026/);
  });
});
