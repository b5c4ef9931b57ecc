/**
 * What a browser test needs: the served site's `baseUrl` and pages in the shared Chromium.
 *
 *   import { openPage } from './browser';
 *   const page = await openPage('/krav/');      // fails unless the response is 200
 *   const missing = await openPage('/nope/', { status: 404 });
 *
 * Every page gets its own browser context (fresh cookies and storage) and is closed after
 * the test file. Sweeps over every page visit them on a few reused pages instead (`pagePool`).
 * Run through `npm run test:e2e`, which builds nothing: it serves dist/.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';

const served = process.env['PORTAL_BASE_URL'];
if (!served) {
  throw new Error('PORTAL_BASE_URL is not set: run browser tests with `npm run test:e2e`.');
}
/** The served site's origin, e.g. "http://127.0.0.1:41234" (no trailing slash). */
export const baseUrl = served.replace(/\/$/, '');

/** Absolute URL of a site path such as "/krav/". */
export const url = (sitePath: string) => new URL(sitePath, `${baseUrl}/`).href;

let connection: Promise<Browser> | undefined;
/** The Chromium shared by the whole run. */
export function browser(): Promise<Browser> {
  connection ??= chromium.connect(inject('chromiumEndpoint'));
  return connection;
}

const open = new Set<{ close(): Promise<void> }>();
afterAll(async () => {
  await Promise.all([...open].map((context) => context.close()));
  open.clear();
  if (connection) await (await connection).close();
  connection = undefined;
});

/** A blank page in a fresh context; options such as viewport, javaScriptEnabled, reducedMotion. */
export async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (await browser()).newContext({ baseURL: `${baseUrl}/`, ...options });
  open.add(context);
  return context.newPage();
}

export interface OpenOptions extends BrowserContextOptions {
  /** The HTTP status the page must answer with (default 200). */
  status?: number;
}

/** Opens a site path in a fresh page and checks the HTTP status. */
export async function openPage(
  sitePath: string,
  { status = 200, ...options }: OpenOptions = {},
): Promise<Page> {
  const page = await newPage(options);
  const response = await page.goto(url(sitePath));
  expect(response?.status(), `HTTP status of ${sitePath}`).toBe(status);
  return page;
}

/** A page the pool lends out, already at the site path asked for. */
export type Visit<T> = (page: Page, sitePath: string) => Promise<T>;

/**
 * `size` pages that sweeps over every page navigate again and again, so that a visit does not
 * pay for a new context and a new renderer process (with axe, about a third of the visit).
 * Each navigation starts from empty storage, as in a fresh context: an init script clears
 * localStorage and sessionStorage before the page's own scripts run (the site uses no cookies,
 * IndexedDB or service worker). At most `size` visits run at once; the others wait their turn.
 *
 *   const visit = pagePool(2);
 *   const title = await visit('/krav/', (page) => page.title());   // fails unless 200
 *
 * `initScript` is added to every document before its own scripts, e.g. a checker's source,
 * which Chromium then keeps instead of receiving it again for every visit.
 */
export function pagePool(
  size: number,
  { initScript, ...options }: BrowserContextOptions & { initScript?: string } = {},
) {
  const open = async () => {
    const page = await newPage(options);
    await page.addInitScript(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    if (initScript !== undefined) await page.addInitScript(initScript);
    return page;
  };
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;
  const borrow = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (opened < size) {
      opened += 1;
      return open();
    }
    return new Promise((lend) => waiting.push(lend));
  };
  const giveBack = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };
  return async <T>(sitePath: string, use: Visit<T>): Promise<T> => {
    const page = await borrow();
    try {
      const response = await page.goto(url(sitePath));
      expect(response?.status(), `HTTP status of ${sitePath}`).toBe(200);
      return await use(page, sitePath);
    } finally {
      giveBack(page);
    }
  };
}
