import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, demoInstructions } from '../../src/cli/seed.js';
import { uploadsFolder } from '../../src/config.js';
import { capture, launchPages, startServer, type Pages, type Server } from './support.js';

// A new merchant's first day, following only what `recourse seed --demo` prints: create the
// owner with the printed command, sign in to the console with the printed store code, email
// and password, and file a return in the portal with the printed order number and email.
// The queue and the overview are captured here, on the demo's weeks of history.

function parsePrinted(lines: readonly string[]) {
  const text = lines.join('\n');
  const owner = /curl -s -X POST (\S+) -H "Authorization: Bearer (\S+)" -H 'content-type: application\/json' -d '(.+)'/.exec(text);
  const console = /Console: (\S+)\n\s+store code (\S+), email (\S+), password (\S+)/.exec(text);
  const portal = /Portal: (\S+)\n\s+order (\S+), email (\S+) /.exec(text);
  if (owner === null || console === null || portal === null) throw new Error(`the seed did not print the steps:\n${text}`);
  return {
    owner: { url: owner[1] ?? '', key: owner[2] ?? '', body: owner[3] ?? '' },
    console: { url: console[1] ?? '', store: console[2] ?? '', email: console[3] ?? '', password: console[4] ?? '' },
    portal: { url: portal[1] ?? '', order: portal[2] ?? '', email: portal[3] ?? '' },
  };
}

describe('the demo, as the seed tells a new merchant to open it', () => {
  let server: Server;
  let pages: Pages;
  let printed: ReturnType<typeof parsePrinted>;
  const newPage = (): Promise<Page> => pages.open();

  beforeAll(async () => {
    server = await startServer();
    const lines: string[] = [];
    const result = await buildDemo(server.core, 120, (line) => lines.push(line), { origin: server.url, uploadsFolder: uploadsFolder() });
    lines.push(...demoInstructions(result));
    printed = parsePrinted(lines);
    pages = await launchPages();
  }, 240_000);

  afterAll(async () => {
    await pages?.close();
    await server?.close();
  });

  it('creates the owner with the printed command', async () => {
    const response = await fetch(printed.owner.url, {
      method: 'POST', headers: { authorization: `Bearer ${printed.owner.key}`, 'content-type': 'application/json' }, body: printed.owner.body,
    });
    expect(response.status).toBe(201);
  });

  it('signs the owner in with the printed store code, email and password, onto a queue with weeks of history', async () => {
    const page = await newPage();
    await page.goto(printed.console.url);
    await page.getByLabel('Store code').fill(printed.console.store);
    await page.getByLabel('Email').fill(printed.console.email);
    await page.getByLabel('Password').fill(printed.console.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Claims' }).waitFor();
    // It opens on what needs action: a backlog with due times from the policy, some already overdue.
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.locator('tbody .overdue').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await capture(page, 'console-queue');
    await page.getByRole('button', { name: /^All \(\d+\)$/ }).click();
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(10);

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByText('Claims per day by kind').waitFor();
    await expect.poll(async () => Number(await page.locator('.kpi strong').first().textContent()), { timeout: 15_000 }).toBeGreaterThan(20);
    await capture(page, 'console-overview');
  });

  it('files a return in the portal with the printed order number and email', async () => {
    const page = await newPage();
    await page.goto(printed.portal.url);
    await page.getByLabel('Order number').fill(printed.portal.order);
    await page.getByLabel('Email address').fill(printed.portal.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: `Order ${printed.portal.order}` }).waitFor();
    await page.getByLabel('Quantity: Sneakers, size 42').selectOption('1');
    await page.getByLabel('Reason').selectOption({ label: 'Too small' });
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request has been sent').waitFor();
    // The policy's easy-return rule approved it at once: the return code is there, also as a QR code.
    await expect.poll(() => page.getByTestId('claim-status').textContent(), { timeout: 10_000 }).toBe('Approved');
    const code = await page.getByTestId('easy-return-code').textContent();
    await page.getByRole('img', { name: `Easy-return code ${code}` }).waitFor();
    await expect.poll(() => page.getByTestId('refund-estimate').textContent(), { timeout: 10_000 }).toBe('Expected refund: €89.90');
    await capture(page, 'portal-return-code');
  });

  it('speaks German, the store\'s third language, in the console and the portal, chosen before signing in', async () => {
    const page = await newPage();
    await page.goto(printed.console.url);
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Shop-Code').fill(printed.console.store);
    await page.getByLabel('E-Mail').fill(printed.console.email);
    await page.getByLabel('Passwort').fill(printed.console.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { name: 'Anträge' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.locator('tbody tr a').first().click();
    await page.getByRole('heading', { level: 1, name: /^Antrag / }).waitFor();
    await capture(page, 'console-claim-de');

    const portal = await newPage();
    await portal.goto(printed.portal.url);
    await portal.getByLabel('Language').selectOption('de');
    await portal.getByLabel('Bestellnummer').fill(printed.portal.order);
    await portal.getByLabel('E-Mail-Adresse').fill(printed.portal.email);
    await portal.getByRole('button', { name: 'Weiter' }).click();
    await portal.getByRole('heading', { name: `Bestellung ${printed.portal.order}` }).waitFor();
    await portal.getByText('Ihre Artikel').waitFor();
    await capture(portal, 'portal-order-de');
  });
});
