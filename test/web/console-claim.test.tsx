// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../web/src/console/App.js';
import { CLAIM, claimRoutes } from './console-fixtures.js';
import { fakeApi, problem } from './fake-api.js';

// The claim page's sections: each form keeps its own text, every action loads the claim
// again, and the page's keys reach the section they belong to.

describe('the console claim page', () => {
  beforeEach(() => window.history.replaceState(null, '', '/console/claims/1'));
  afterEach(cleanup);

  it.each([
    ['message', 'POST /v1/claims/1/messages', 'Message to the customer', 'We are on it.', 'Send message', 'Message: the claim is closed'],
    ['refund amount', 'POST /v1/claims/1/refunds', 'Amount (EUR)', '20', 'Book refund', 'Refund: the claim is closed'],
  ])('keeps a refused %s in its field and says why', async (_what, route, field, typed, button, alert) => {
    const { api } = fakeApi('console', claimRoutes('agent', { [route]: () => problem(422, 'claim_closed', 'the claim is closed') }));
    render(<ConsoleApp api={api} />);
    const input = await screen.findByLabelText(field);
    fireEvent.change(input, { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect((await screen.findByRole('alert')).textContent).toBe(alert);
    expect((input as HTMLInputElement).value).toBe(typed);
  });

  it('lets an agent take the claim with "Assign to me", with the version shown, and shows whose it is', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'PUT /v1/claims/1/assignee': () => ({ status: 200, body: { ...CLAIM, assignee: { id: 'u1', name: 'The agent' } } }),
    }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('claim-assignee')).textContent).toBe('Nobody');
    expect(screen.queryByLabelText('Assign to')).toBeNull(); // an agent cannot list the store's users
    fireEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect((await screen.findByRole('status')).textContent).toBe('Assign to me: done.');
    const put = sent.find((request) => request.method === 'PUT');
    expect([put?.path, put?.body, put?.headers.get('if-match')]).toEqual(['/v1/claims/1/assignee', { user_id: 'u1' }, '"3"']);
  });

  it('lets an owner give the claim to an agent or owner of the store, never a viewer or a disabled user, and take it back', async () => {
    const user = (id: string, name: string, role: string, disabled: string | null = null) => ({ id, store_id: 1, email: `${id}@acme.test`, name, role, disabled_at: disabled, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' });
    const { api, sent } = fakeApi('console', claimRoutes('owner', {
      'GET /v1/claims/1': () => ({ status: 200, body: { ...CLAIM, assignee: { id: 'u2', name: 'Ada' } } }),
      'GET /v1/users': () => ({ status: 200, body: { data: [user('u1', 'The owner', 'owner'), user('u2', 'Ada', 'agent'), user('u3', 'Vic', 'viewer'), user('u4', 'Gone', 'agent', '2026-11-02T00:00:00Z')] } }),
      'PUT /v1/claims/1/assignee': () => ({ status: 200, body: CLAIM }),
    }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('claim-assignee')).textContent).toBe('Ada');
    const select = await screen.findByLabelText('Assign to');
    await waitFor(() => expect([...(select as HTMLSelectElement).options].map((option) => option.text)).toEqual(['nobody', 'The owner', 'Ada']));
    fireEvent.change(select, { target: { value: 'u1' } });
    await waitFor(() => expect(sent.filter((request) => request.method === 'PUT').map((request) => request.body)).toEqual([{ user_id: 'u1' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Unassign' }));
    await waitFor(() => expect(sent.filter((request) => request.method === 'PUT').map((request) => request.body)).toEqual([{ user_id: 'u1' }, { user_id: null }]));
  });

  it('lists the emails sent about the claim, with the server\'s refusal for one that did not go out, and tells assignments in the timeline', async () => {
    const email = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
      id, recipient: 'ayse@example.com', recipient_kind: 'customer', notice: 'status_changed', language: 'en', subject: `Subject ${id}`,
      text_body: `Body ${id}`, status, attempt_count: 1, last_error: null, sent_at: null, created_at: '2026-11-01T10:00:00Z', ...extra,
    });
    const { api } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1/emails': () => ({ status: 200, body: { data: [email('e2', 'failed', { attempt_count: 3, last_error: '550 mailbox unavailable' }), email('e1', 'sent', { sent_at: '2026-11-01T10:01:00Z' })] } }),
      'GET /v1/claims/1/events': () => ({ status: 200, body: { data: [{
        id: 'ev1', type: 'claim.assigned', actor: { type: 'merchant', name: 'The owner' }, data: { assignee: 'u1', from: null }, created_at: '2026-11-01T10:02:00Z',
      }] } }),
    }));
    render(<ConsoleApp api={api} />);
    const table = await screen.findByTestId('claim-emails');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(2).map((cell) => cell.textContent));
    expect(rows).toEqual([['Subject e2Body e2', 'failed after 3 attempts — 550 mailbox unavailable'], ['Subject e1Body e1', 'sent']]);
    expect(screen.getByTestId('timeline').textContent).toContain('assigned the claim');
  });

  it('fills the message box and the rejection reason from the store\'s templates, with the claim\'s facts', async () => {
    const template = (id: string, kind: string, name: string, body: string) => ({ id, kind, name, body, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' });
    const { api } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/reply-templates': () => ({ status: 200, body: { data: [
        template('t1', 'message', 'Label sent', 'Hello {{customer_first_name}}, the label for {{claim_number}} is attached. {{store_name}}'),
        template('t2', 'rejection', 'Worn', 'Order {{order_number}}: the item was worn.'),
      ] } }),
    }));
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Use a template', { selector: '#message-template' }), { target: { value: 't1' } });
    expect((screen.getByLabelText('Message to the customer') as HTMLTextAreaElement).value)
      .toBe(`Hello ${CLAIM.customer.first_name}, the label for ${CLAIM.number} is attached. Acme`);
    const rejectPicker = screen.getByLabelText('Use a template', { selector: '#reject-template' }) as HTMLSelectElement;
    expect([...rejectPicker.options].map((option) => option.text)).toEqual(['choose…', 'Worn']);
    fireEvent.change(rejectPicker, { target: { value: 't2' } });
    expect((screen.getByLabelText('Reject with reason') as HTMLInputElement).value).toBe(`Order ${CLAIM.order.number}: the item was worn.`);
  });

  it('sends a message, empties the box and loads the claim again', async () => {
    let loads = 0;
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => { loads += 1; return { status: 200, body: CLAIM }; },
      'POST /v1/claims/1/messages': () => ({ status: 201, body: { id: 'm1' } }),
    }));
    render(<ConsoleApp api={api} />);
    const box = await screen.findByLabelText('Message to the customer');
    fireEvent.change(box, { target: { value: 'We are on it.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect((await screen.findByRole('status')).textContent).toBe('Message: done.');
    await waitFor(() => expect(loads).toBe(2));
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ body: 'We are on it.', internal: false });
  });

  it('answers its keys: n writes an internal note, r goes to the rejection reason, a approves with the version shown', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', { 'POST /v1/claims/1/approve': () => ({ status: 200, body: CLAIM }) }));
    render(<ConsoleApp api={api} />);
    await screen.findByRole('heading', { name: /Claim R-5100000/ });
    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Internal note (the customer does not see it)')));
    fireEvent.keyDown(document.body, { key: 'r' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Reject with reason')));
    // Typed into a field, a is a letter, not an approval.
    fireEvent.keyDown(screen.getByLabelText('Reject with reason'), { key: 'a' });
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'a' });
    expect((await screen.findByRole('status')).textContent).toBe('Approve: done.');
    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual(['/v1/claims/1/approve']);
    expect(posts[0]?.headers.get('if-match')).toBe('"3"');
  });

  it('rejects with the reason and the image URLs, one per line', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', { 'POST /v1/claims/1/reject': () => ({ status: 200, body: CLAIM }) }));
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Reject with reason'), { target: { value: 'Worn before return' } });
    fireEvent.change(screen.getByLabelText('Image URLs (optional, one per line)'), { target: { value: 'https://img.test/a.png\nhttps://img.test/b.png\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Worn before return', images: ['https://img.test/a.png', 'https://img.test/b.png'] }));
    expect(sent.find((request) => request.method === 'POST')?.headers.get('if-match')).toBe('"3"');
  });

  it('moves the claim to a status without a button of its own through the generic transition', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', { 'POST /v1/claims/1/transitions': () => ({ status: 200, body: CLAIM }) }));
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Move to'), { target: { value: 'open' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect((await screen.findByRole('status')).textContent).toBe('Move to open: done.');
    expect(sent.find((request) => request.method === 'POST')).toMatchObject({ path: '/v1/claims/1/transitions', body: { to: 'open' } });
  });

  it('registers a return parcel and marks it received', async () => {
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'POST /v1/claims/1/return-shipment': () => ({ status: 200, body: {} }),
      'POST /v1/claims/1/return-shipment/received': () => ({ status: 200, body: {} }),
    }));
    render(<ConsoleApp api={api} />);
    fireEvent.change(await screen.findByLabelText('Carrier'), { target: { value: 'Aras' } });
    fireEvent.change(screen.getByLabelText('Tracking number'), { target: { value: 'ARS123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register shipment' }));
    expect((await screen.findByRole('status')).textContent).toBe('Return shipment: done.');
    fireEvent.click(screen.getByRole('button', { name: 'Mark received' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Mark received: done.'));
    expect(sent.filter((request) => request.method === 'POST').map((request) => [request.path, request.body])).toEqual([
      ['/v1/claims/1/return-shipment', { carrier: 'Aras', tracking_number: 'ARS123' }],
      ['/v1/claims/1/return-shipment/received', {}],
    ]);
  });

  it('records what was found in a received parcel, per line, and shows it once recorded', async () => {
    const line = CLAIM.lines[0]!;
    const received = { ...CLAIM, status: 'received', lines: [line, { ...line, id: 2, order_item_id: 12, sku: 'LAMP', name: 'Desk lamp' }] };
    const graded = { ...received, lines: [{ ...line, disposition: 'restock', graded_at: CLAIM.created_at }, { ...received.lines[1]!, disposition: 'damaged', disposition_note: 'cracked', graded_at: CLAIM.created_at }] };
    let current: unknown = received;
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => ({ status: 200, body: current }),
      'POST /v1/claims/1/grades': () => { current = graded; return { status: 200, body: graded }; },
    }));
    render(<ConsoleApp api={api} />);
    const submit = await screen.findByRole('button', { name: 'Record what was found' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('1 × Classic mug'), { target: { value: 'restock' } });
    fireEvent.change(screen.getByLabelText('1 × Desk lamp'), { target: { value: 'damaged' } });
    fireEvent.change(screen.getAllByLabelText('Note')[1]!, { target: { value: ' cracked ' } });
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByTestId('grades').textContent).toBe('1 × Classic mug: back in stock1 × Desk lamp: damaged (cracked)'));
    expect(sent.find((request) => request.path === '/v1/claims/1/grades')?.body).toEqual({
      lines: [{ line_id: 1, disposition: 'restock' }, { line_id: 2, disposition: 'damaged', note: 'cracked' }],
    });
    expect(screen.queryByRole('button', { name: 'Record what was found' })).toBeNull();
  });

  it('records a resolution and tells a timeline of messages and moves, oldest first', async () => {
    const claim = {
      ...CLAIM,
      messages: [{ id: 'm1', body: 'It broke.', internal: false, sender_type: 'customer', author_name: 'Jane Doe', created_at: '2026-11-02T10:05:00Z', attachments: [] }],
    };
    const events = [
      { id: 'e2', type: 'claim.status_changed', data: { from: 'new', to: 'open' }, actor: { name: 'The agent' }, created_at: '2026-11-02T10:10:00Z' },
      { id: 'e1', type: 'claim.created', data: {}, actor: { name: 'Jane Doe' }, created_at: '2026-11-02T10:00:00Z' },
      { id: 'e3', type: 'message.created', data: {}, actor: { name: 'Jane Doe' }, created_at: '2026-11-02T10:05:00Z' },
    ];
    const { api, sent } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => ({ status: 200, body: claim }),
      'GET /v1/claims/1/events': () => ({ status: 200, body: { data: events } }),
      'POST /v1/claims/1/resolutions': () => ({ status: 201, body: {} }),
    }));
    render(<ConsoleApp api={api} />);
    const timeline = await screen.findByTestId('timeline');
    await waitFor(() => expect(timeline.querySelectorAll('li')).toHaveLength(3));
    const texts = [...timeline.querySelectorAll('li')].map((item) => item.textContent ?? '');
    expect(texts[0]).toContain('Jane Doe filed the claim');
    expect(texts[1]).toContain('It broke.');
    expect(texts[2]).toContain('The agent moved it from new to open');
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'STORE_CREDIT' } });
    fireEvent.change(screen.getByLabelText('Details'), { target: { value: 'voucher sent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record resolution' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'POST')?.body).toEqual({ type: 'STORE_CREDIT', details: 'voucher sent' }));
  });

  it('says what happens next and folds the forms this step does not need under More actions', async () => {
    const { api } = fakeApi('console', claimRoutes('agent'));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('next-step')).textContent).toBe('Next: Decide: approve to give the customer a return code, or reject with a reason. The customer asked for refund.');
    expect(screen.getByLabelText('Amount (EUR)').closest('details')?.open).toBe(false);
    expect(screen.getByLabelText('Message to the customer').closest('details')).toBeNull();
  });

  it('tells the agent, once a return is approved, to wait for the parcel and what follows, with the refund form open', async () => {
    const approved = {
      ...CLAIM, status: 'approved', allowed_transitions: ['in_return_transit', 'received', 'completed', 'closed'],
      return_shipment: { carrier: null, tracking_number: null, tracking_url: null, easy_return_code: 'ERK5TEST', code_valid_from: CLAIM.created_at, code_valid_until: '2026-12-15T10:00:00Z', status: 'pending', shipped_at: null, received_at: null },
    };
    const { api } = fakeApi('console', claimRoutes('agent', { 'GET /v1/claims/1': () => ({ status: 200, body: approved }) }));
    render(<ConsoleApp api={api} />);
    const line = await screen.findByTestId('next-step');
    await waitFor(() => expect(line.textContent).toContain('When it arrives: mark received → refund €25.00 → complete.'));
    expect(line.textContent).toContain('Waiting for the parcel, code ERK5TEST, valid until');
    expect(screen.getByLabelText('Amount (EUR)').closest('details')).toBeNull();
    expect(screen.getByLabelText('Carrier').closest('details')).toBeNull();
  });

  it("shows the policy's automatic decision, queue and flags, and the customer's other claims", async () => {
    const decided = { ...CLAIM, queue: 'risk', risk_flags: ['serial_returner'], automatic_decision: { rule_id: 'easy-return', action: 'approve', policy_version: 1, decided_at: CLAIM.created_at } };
    const other = { ...CLAIM, id: 9, number: 'R-5100009', status: 'closed' };
    const { api } = fakeApi('console', claimRoutes('agent', {
      'GET /v1/claims/1': () => ({ status: 200, body: decided }),
      'GET /v1/claims': () => ({ status: 200, body: { data: [decided, other], next_cursor: null } }),
    }));
    render(<ConsoleApp api={api} />);
    expect((await screen.findByTestId('automatic-decision')).textContent).toContain('rule easy-return: approve');
    expect(screen.getByText('serial returner')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'R-5100009' })).toBeTruthy();
  });
});
