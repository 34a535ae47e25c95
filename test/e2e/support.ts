import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createCore, type Core } from '../../src/core/core.js';
import { buildApp } from '../../src/http/app.js';
import { openDatabase, type Database } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

// End-to-end support: the real service on a loopback port with an in-memory database,
// Debian's Chromium driven by playwright-core (never a downloaded browser), axe-core
// injected into each page, and screenshots written to docs/screenshots.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADMIN_KEY = 'e2e-admin-key-0123456789';
export const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Server {
  app: FastifyInstance;
  core: Core;
  database: Database;
  url: string;
  /** Calls the API in memory with a key, for setting the scene. */
  api(method: 'GET' | 'POST' | 'PATCH', url: string, key: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  process.env.RECOURSE_UPLOADS_DIR = mkdtempSync(join(tmpdir(), 'recourse-e2e-uploads-'));
  // A loopback webhook URL is accepted; no dispatcher runs here, so nothing is ever sent.
  process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await migrateToLatest(database.db);
  const core = createCore(database.db, { adminKey: ADMIN_KEY });
  const app = await buildApp({ core, database });
  // localhost, not 127.0.0.1: browsers treat it as a secure origin, so Secure cookies stick.
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const url = address.replace('127.0.0.1', 'localhost');
  // Photo links are built on the public address, the one the browser opens, so its cookie goes with them.
  process.env.RECOURSE_PUBLIC_URL = url;
  return {
    app, core, database, url,
    async api(method, path, key, body) {
      const response = await app.inject({ method, url: path, headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { payload: body as object }) });
      if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
      return response.statusCode === 204 ? undefined : response.json();
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A browser whose pages each get a context of their own; a page's uncaught error fails the test. */
export interface Pages {
  open(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchPages(): Promise<Pages> {
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    async open() {
      // bypassCSP only so axe-core can be injected; the pages themselves run under the service's CSP.
      const context = await browser.newContext({ locale: 'en-GB', bypassCSP: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => { throw error; });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}

/** Runs axe-core on the page as it is now; any WCAG A/AA violation fails the test. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)) }));
  });
  expect(violations, `axe on ${name}: ${JSON.stringify(violations)}`).toEqual([]);
}

/** Nothing on the page is wider than the window: no sideways scrolling of the whole page. */
export async function expectNoOverflow(page: Page, name: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide };
  });
  expect(widths.scroll, `${name}: the page is ${widths.scroll} px wide in a ${widths.inner} px window (${widths.wide.join(', ')})`).toBeLessThanOrEqual(widths.inner);
}

/** A screenshot at desktop and phone widths, each checked by axe and for sideways overflow at that width. */
export async function capture(page: Page, name: string): Promise<void> {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await expectNoOverflow(page, `${name} (${width})`);
    await expectAccessible(page, `${name} (${width})`);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** A real PNG (a 48×48 orange square with a dark crack), for the evidence upload. */
export const PHOTO = png(48, 48, (x, y) => (Math.abs(x - y) < 2 ? [40, 40, 40] : [230, 120, 40]));

function png(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rows.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
