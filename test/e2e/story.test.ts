import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/core/identity/api-keys.js';
import { importOrder } from '../../src/core/orders/orders.js';
import { ADMIN_KEY, capture, expectAccessible, launchPages, PHOTO, startServer, type Pages, type Server } from './support.js';

// The whole story through the two web pages, in a real browser against the real service:
// a customer files a return with a photo in the portal → an agent finds it in the queue,
// messages the customer, approves, books a refund → the customer sees the status and the
// message. Around it: sign-in, a wrong password, a viewer who cannot act, another store's
// agent who cannot see the claim, and a stale page that must reload. axe-core checks every
// page; each page is captured at desktop and phone widths into docs/screenshots.

const PASSWORD = 'correct horse battery';

describe('the web story', () => {
  let server: Server;
  let pages: Pages;
  let store: { id: number; code: string; key: string };
  let order: { id: number; number: string; customer: { email: string } };
  const newPage = (): Promise<Page> => pages.open();

  async function signIn(page: Page, email: string, password = PASSWORD, storeCode = store.code): Promise<void> {
    await page.goto(`${server.url}/console`);
    await page.getByLabel('Store code').fill(storeCode);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    server = await startServer();
    pages = await launchPages();
    const created = await server.api('POST', '/v1/stores', ADMIN_KEY, { name: 'Acme Outfitters', code: 'acme', currency: 'EUR', languages: ['en-us', 'tr-tr'] });
    const key = await server.api('POST', '/v1/api-keys', ADMIN_KEY, { store_id: created.id, role: 'merchant', name: 'acme' });
    store = { id: created.id, code: 'acme', key: key.key };
    for (const [email, name, role] of [['owner@acme.test', 'Olivia Owner', 'owner'], ['agent@acme.test', 'Aylin Agent', 'agent'], ['viewer@acme.test', 'Victor Viewer', 'viewer']]) {
      await server.api('POST', '/v1/users', store.key, { email, name, role, password: PASSWORD });
    }
    await server.api('POST', '/v1/reasons', store.key, { kind: 'return', subject: 'Arrived damaged', translations: { 'en-us': 'Arrived damaged', 'tr-tr': 'Hasarlı geldi' }, requires_evidence: true });
    await server.api('POST', '/v1/reasons', store.key, { kind: 'return', subject: 'Too small', translations: { 'en-us': 'Too small', 'tr-tr': 'Küçük geldi' } });
    await server.api('POST', '/v1/reasons', store.key, { kind: 'cancellation', subject: 'Ordered by mistake', translations: { 'en-us': 'Ordered by mistake', 'tr-tr': 'Yanlışlıkla sipariş verdim' } });
    order = await server.api('POST', '/v1/orders', store.key, {
      number: 'A-1001', currency: 'EUR', placed_at: '2026-11-01T10:00:00Z',
      customer: { email: 'jane@example.com', first_name: 'Jane', last_name: 'Doe' }, shipping_amount: 499,
      items: [
        { sku: 'MUG-CLASSIC', name: 'Classic mug', quantity: 2, unit_price: 2500, fulfillment_status: 'delivered' },
        { sku: 'LAMP-DESK', name: 'Desk lamp', quantity: 1, unit_price: 3450, fulfillment_status: 'unfulfilled' },
      ],
    });
    // A customer whose address the browser's type=email would refuse (ı before the @), as
    // 42 % of the demo's are. The native import's Email format is ASCII-only, so this order
    // is imported through the core, as the demo seed imports its orders.
    const merchant = await authenticate(server.core, store.key);
    if (merchant === undefined) throw new Error('the store key does not authenticate');
    await importOrder(server.core, merchant, {
      number: 'A-1002', currency: 'EUR', placedAt: new Date('2026-11-01T11:00:00Z'), shippingAmountMinor: 0,
      customer: { email: 'sofia.yılmaz.99@example.com', firstName: 'Sofia', lastName: 'Yılmaz' },
      items: [{ sku: 'MUG-CLASSIC', name: 'Classic mug', quantity: 1, unitPriceMinor: 2500, fulfillmentStatus: 'delivered' }],
    });
    const other = await server.api('POST', '/v1/stores', ADMIN_KEY, { name: 'Other Shop', code: 'other', currency: 'EUR' });
    const otherKey = await server.api('POST', '/v1/api-keys', ADMIN_KEY, { store_id: other.id, role: 'merchant' });
    await server.api('POST', '/v1/users', otherKey.key, { email: 'agent@other.test', name: 'Otto Other', role: 'agent', password: PASSWORD });
  });

  afterAll(async () => {
    await pages?.close();
    await server?.close();
  });

  let claimNumber = '';
  let claimId = 0;
  let customer: Page;

  it('lets the customer find the order, with no hint which field was wrong', async () => {
    customer = await newPage();
    await customer.goto(`${server.url}/portal/acme`);
    await customer.getByRole('heading', { name: 'Find your order' }).waitFor();
    await capture(customer, 'portal-lookup');
    await customer.getByLabel('Order number').fill(order.number);
    await customer.getByLabel('Email address').fill('someone.else@example.com');
    await customer.getByRole('button', { name: 'Continue' }).click();
    await customer.getByRole('alert').waitFor();
    await expect.poll(() => customer.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('could not find an order with this order number and email');
    await customer.getByLabel('Email address').fill(order.customer.email);
    await customer.getByRole('button', { name: 'Continue' }).click();
    await customer.getByRole('heading', { name: `Order ${order.number}` }).waitFor();
    await expect.poll(() => customer.title(), { timeout: 10_000 }).toBe(`Order ${order.number} · Acme Outfitters`);
    await expect.poll(() => customer.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 }).toBe(`Order ${order.number}`);
  });

  it('finds the order of a customer whose email address is internationalised', async () => {
    const sofia = await newPage();
    await sofia.goto(`${server.url}/portal/acme`);
    await sofia.getByLabel('Order number').fill('A-1002');
    await sofia.getByLabel('Email address').fill('sofia.yılmaz.99@example.com');
    await sofia.getByRole('button', { name: 'Continue' }).click();
    await sofia.getByRole('heading', { name: 'Order A-1002' }).waitFor();
  });

  it('shows only what the engine allows and files a return with a photo', async () => {
    const mug = customer.getByLabel('Quantity: Classic mug');
    await expect.poll(() => mug.locator('option').count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => customer.getByLabel('Quantity: Desk lamp').isDisabled(), { timeout: 10_000 }).toBe(true);
    await capture(customer, 'portal-order');
    await mug.selectOption('1');
    await customer.getByLabel('Reason').selectOption({ label: 'Arrived damaged' });
    await customer.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => customer.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('at least one photo');
    await customer.getByLabel('Photos (required for this reason)').setInputFiles({ name: 'crack.png', mimeType: 'image/png', buffer: PHOTO });
    await customer.getByRole('img', { name: 'crack.png' }).waitFor();
    await customer.getByLabel('Tell us more').fill('The handle came off in the box.');
    await customer.getByLabel('A refund').check();
    await customer.getByRole('button', { name: 'Send request' }).click();
    await customer.getByText('Your request has been sent').waitFor();
    const heading = await customer.getByRole('heading', { level: 1 }).textContent();
    claimNumber = /R-\d+/.exec(heading ?? '')?.[0] ?? '';
    expect(claimNumber).toMatch(/^R-\d+$/);
    await expect.poll(() => customer.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('Received');
    await capture(customer, 'portal-claim-filed');
  });

  it('refuses a wrong password and signs the agent in', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/console`);
    await capture(page, 'console-sign-in');
    await signIn(page, 'agent@acme.test', 'not the password');
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('The store, email or password is not right.');
    await signIn(page, 'agent@acme.test');
    await page.getByRole('heading', { name: 'Claims' }).waitFor();
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('Claims · Acme Outfitters');
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(icon).toMatchObject({ status: 200, type: expect.stringContaining('image/svg+xml') });
  });

  it('lets the agent find the claim, message the customer, approve it and book a refund', async () => {
    const agent = await newPage();
    await signIn(agent, 'agent@acme.test');
    await agent.getByRole('heading', { name: 'Claims' }).waitFor();
    await agent.getByLabel('Search').fill(claimNumber);
    await agent.getByRole('button', { name: 'Apply' }).click();
    await agent.getByRole('link', { name: claimNumber }).waitFor();
    await expect.poll(() => agent.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await agent.getByRole('button', { name: 'Clear' }).click();
    await agent.getByRole('link', { name: claimNumber }).waitFor();
    await expectAccessible(agent, 'console queue');

    await agent.getByRole('link', { name: claimNumber }).click();
    await agent.getByRole('heading', { name: `Claim ${claimNumber}` }).waitFor();
    // The tab says which claim this is, and focus starts at the page's heading, not at <body>.
    await expect.poll(() => agent.title(), { timeout: 10_000 }).toBe(`${claimNumber} · Jane Doe · Acme Outfitters`);
    await expect.poll(() => agent.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('H1');
    claimId = Number(new URL(agent.url()).pathname.split('/').pop());
    await expect.poll(() => agent.getByTestId('refundable').textContent(), { timeout: 10_000 }).toBe('€89.49');
    await agent.getByRole('button', { name: 'Open photo 1 of 1' }).click();
    await agent.getByRole('img', { name: 'Evidence photo 1 of 1' }).waitFor();
    await agent.getByRole('button', { name: 'Close', exact: true }).click();

    await agent.getByLabel('Message to the customer').fill('Sorry about the mug. We will refund you right away.');
    await agent.getByRole('button', { name: 'Send message' }).click();
    await agent.getByText('Message: done.').waitFor();
    await agent.getByLabel('Internal note').check();
    await agent.getByLabel('Internal note (the customer does not see it)').fill('Carrier damage; claim with the carrier.');
    await agent.getByRole('button', { name: 'Add note' }).click();
    await agent.getByText('Internal note: done.').waitFor();

    await agent.getByRole('button', { name: 'Approve' }).click();
    await agent.getByText('Approve: done.').waitFor();
    // The page reloads the claim after the action: wait for it rather than race it.
    await expect.poll(() => agent.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('approved');

    // The refund starts at what the claim is owed (one mug); past the order's remainder it cannot go.
    await expect.poll(() => agent.getByLabel('Amount (EUR)').inputValue(), { timeout: 10_000 }).toBe('25.00');
    await expect.poll(() => agent.getByTestId('owed').textContent(), { timeout: 10_000 }).toBe('€25.00');
    await agent.getByLabel('Amount (EUR)').fill('100');
    await expect.poll(() => agent.getByRole('button', { name: 'Book refund' }).isDisabled(), { timeout: 10_000 }).toBe(true);
    await agent.getByText('More than the €89.49 still refundable.').waitFor();
    await agent.getByLabel('Amount (EUR)').fill('25.00');
    expect(await agent.getByLabel(/Already refunded elsewhere/).isChecked()).toBe(false);
    await agent.getByRole('button', { name: 'Book refund' }).click();
    await agent.getByText('Refund: done.').waitFor();
    await expect.poll(() => agent.getByTestId('refundable').textContent(), { timeout: 10_000 }).toBe('€64.49');
    await expect.poll(() => agent.getByTestId('owed').textContent(), { timeout: 10_000 }).toBe('€0.00');
    await expect.poll(() => agent.getByTestId('timeline').textContent(), { timeout: 10_000 }).toContain('asked for a refund of €25.00 (requested)');
    // Recourse moves no money: the agent marks the refund issued once the payment went out.
    await agent.getByRole('button', { name: 'Mark issued: refund of €25.00' }).click();
    await agent.getByText('Refund mark issued: done.').waitFor();
    await capture(agent, 'console-claim');
  });

  it('shows the customer the new status, the message and the return instructions, not the internal note', async () => {
    await customer.reload();
    await customer.getByTestId('claim-status').waitFor();
    await expect.poll(() => customer.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('Approved');
    const thread = await customer.getByTestId('messages').textContent();
    expect(thread).toContain('We will refund you right away.');
    expect(thread).not.toContain('Carrier damage');
    await expect.poll(() => customer.getByTestId('easy-return-code').textContent(), { timeout: 10_000 }).toMatch(/\S+/);
    await customer.getByText('€25.00 — issued').waitFor({ timeout: 10_000 });
    await capture(customer, 'portal-claim-status');
    await customer.getByLabel('Language').selectOption('tr');
    await customer.getByRole('heading', { name: /Talep numarası/ }).waitFor();
    await expect.poll(() => customer.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('Kabul edildi');
    expect(await customer.evaluate(() => document.documentElement.lang)).toBe('tr');
    await expectAccessible(customer, 'portal claim status in Turkish');
  });

  it('tells an agent whose page is stale that the claim changed, instead of losing an update', async () => {
    const agent = await newPage();
    await signIn(agent, 'agent@acme.test');
    await agent.getByRole('heading', { name: 'Claims' }).waitFor();
    await agent.goto(`${server.url}/console/claims/${claimId}`);
    await agent.getByRole('button', { name: 'Complete' }).waitFor();
    await server.api('POST', `/v1/claims/${claimId}/transitions`, store.key, { to: 'in_return_transit' });
    await agent.getByRole('button', { name: 'Complete' }).click();
    await agent.getByText('This claim changed since you opened it.').waitFor();
    await agent.getByRole('button', { name: 'Reload' }).click();
    await agent.getByText('in return transit', { exact: true }).first().waitFor();
  });

  it('lets a viewer read the claim but not act on it, in the page or through the API', async () => {
    const viewer = await newPage();
    await signIn(viewer, 'viewer@acme.test');
    await viewer.getByText('You have read-only access').waitFor();
    await viewer.goto(`${server.url}/console/claims/${claimId}`);
    await viewer.getByRole('heading', { name: `Claim ${claimNumber}` }).waitFor();
    await expect.poll(() => viewer.getByRole('button', { name: 'Send message' }).count(), { timeout: 10_000 }).toBe(0);
    const status = await viewer.evaluate(async (id) => {
      const session = await (await fetch('/v1/sessions/current', { headers: { 'x-recourse-session': 'console' } })).json();
      const response = await fetch(`/v1/claims/${id}/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token, 'x-recourse-session': 'console' }, body: JSON.stringify({ body: 'sneaky' }),
      });
      return response.status;
    }, claimId);
    expect(status).toBe(403);
  });

  it("hides the claim from another store's agent", async () => {
    const outsider = await newPage();
    await signIn(outsider, 'agent@other.test', PASSWORD, 'other');
    await outsider.getByRole('heading', { name: 'Claims' }).waitFor();
    await outsider.getByText('No claims match.').waitFor();
    await outsider.goto(`${server.url}/console/claims/${claimId}`);
    await outsider.getByRole('alert').waitFor();
    await expect.poll(() => outsider.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('not found');
  });

  it('shows the owner the overview and the settings', async () => {
    const owner = await newPage();
    await signIn(owner, 'owner@acme.test');
    await owner.getByRole('heading', { name: 'Claims' }).waitFor();
    await owner.getByRole('link', { name: 'Overview' }).click();
    await owner.getByText('Claims per day by kind').waitFor();
    await expect.poll(() => owner.locator('.kpi strong').first().textContent(), { timeout: 10_000 }).toBe('1');
    await expectAccessible(owner, 'console overview');
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('heading', { name: /^Policy/ }).waitFor();
    await expect.poll(async () => (await owner.getByTestId('policy-sentences').textContent()) ?? '', { timeout: 10_000 }).toContain('the policy sets no windows');
    await owner.getByLabel('The policy document (JSON)').fill(JSON.stringify({
      windows: { return: { days_after_delivery: 30 } }, rules: [{ id: 'big-returns', when: { kinds: ['return'], claimed_amount: { min: 20000 } }, then: [{ type: 'assign', queue: 'senior' }] }],
    }, null, 2));
    await expect.poll(async () => (await owner.getByTestId('policy-sentences').textContent()) ?? '').toContain('Items can be returned for 30 days after delivery');
    await owner.getByRole('button', { name: 'Try on the last 30 days' }).click();
    await expect.poll(async () => (await owner.getByTestId('policy-simulation').textContent()) ?? '', { timeout: 10_000 }).toMatch(/this draft would have refused \d+, decided \d+/);
    await expectAccessible(owner, 'console settings policy');
    await capture(owner, 'console-settings-policy');
    await owner.getByRole('button', { name: 'Save as a new version' }).click();
    await owner.getByText('Saved as version 1.').waitFor();
    await owner.getByRole('button', { name: 'Reasons' }).click();
    await owner.getByRole('heading', { name: 'Reasons' }).waitFor();
    await capture(owner, 'console-settings-reasons');
    await owner.getByRole('button', { name: 'Users' }).click();
    await owner.getByRole('heading', { name: 'Users' }).waitFor();
    await owner.getByLabel('Email').fill('new.agent@acme.test');
    await owner.getByLabel('Name').fill('Nora New');
    await owner.getByLabel('Password (10+ characters)').fill(PASSWORD);
    await owner.getByRole('button', { name: 'Add user' }).click();
    await owner.getByText('new.agent@acme.test can now sign in.').waitFor();
    await capture(owner, 'console-settings-users');
    await owner.getByRole('button', { name: 'API keys' }).click();
    await owner.getByRole('heading', { name: 'API keys' }).waitFor();
    await capture(owner, 'console-settings-keys');
    await owner.getByRole('button', { name: 'Webhooks' }).click();
    await owner.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await owner.getByLabel('URL').fill('http://127.0.0.1:9/recourse-e2e');
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    await expect.poll(() => owner.getByTestId('webhook-secret').textContent(), { timeout: 10_000 }).toMatch(/^whsec_/);
    await owner.getByRole('button', { name: 'Send test' }).click();
    await owner.getByText('Test message: done.').waitFor();
    await owner.getByRole('button', { name: 'Delivery log' }).click();
    await owner.getByTestId('deliveries').getByText('webhook.test').waitFor();
    await capture(owner, 'console-settings-webhooks');
  });

  it('lets a customer withdraw from the contract in two steps, and acknowledges it with its time', async () => {
    const sofia = await newPage();
    await sofia.goto(`${server.url}/portal/acme`);
    await sofia.getByLabel('Order number').fill('a-1002');
    await sofia.getByLabel('Email address').fill('sofia.yılmaz.99@example.com');
    await sofia.getByRole('button', { name: 'Continue' }).click();
    await sofia.getByRole('heading', { name: 'Order A-1002' }).waitFor();
    await sofia.getByRole('button', { name: 'Withdraw from contract here' }).click();
    await expect.poll(() => sofia.getByLabel('Your name').inputValue(), { timeout: 10_000 }).toBe('Sofia Yılmaz');
    await expectAccessible(sofia, 'portal withdrawal statement');
    await capture(sofia, 'portal-withdrawal');
    await sofia.getByRole('button', { name: 'Confirm withdrawal' }).click();
    await expect.poll(async () => (await sofia.getByTestId('withdrawn').textContent()) ?? '', { timeout: 10_000 }).toMatch(/^We have received your withdrawal, made on /);
    await expect.poll(() => sofia.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('Received');
    await capture(sofia, 'portal-withdrawn');
  });
});
