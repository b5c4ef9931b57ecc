/**
 * Page feedback, end to end. The base fixture is built with PORTAL_FEEDBACK_ENDPOINT set and
 * served by a small host that does what the README asks of the real one: serves dist/ with the
 * site's CSP (from scripts/nginx/etiskhandel.conf), and takes POST /tilbakemelding, answering 303 to the thank-you page. Chromium then
 * answers the question with JavaScript off and on. Two more builds from the same cache: with
 * only PORTAL_FEEDBACK_EMAIL, the e-mail fallback; with neither variable, a link to the contact
 * page (there is no default address).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/system-deps.mjs';
import { fixedHeaders } from '../support/nginx-conf';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const ENDPOINT = '/tilbakemelding';
const PAGE = '/krav/fixturkrav/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** The CSP the site ships, from the production nginx configuration. */
function csp(): string {
  const policy = fixedHeaders().get('content-security-policy');
  if (!policy) throw new Error('no Content-Security-Policy in scripts/nginx/etiskhandel.conf');
  return policy;
}

interface Host {
  server: Server;
  origin: string;
  posts: URLSearchParams[];
}

async function host(outDir: string): Promise<Host> {
  const policy = csp();
  const posts: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (url.pathname === ENDPOINT && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        posts.push(new URLSearchParams(body));
        res.writeHead(303, { Location: '/tilbakemelding/takk/' }).end();
      });
      return;
    }
    const file = path.join(
      outDir,
      url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname,
    );
    stat(file)
      .then(async () => {
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': policy,
        });
        res.end(await readFile(file));
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, posts };
}

let site: FixtureSite;
let build: BuildResult;
let served: Host;
let browser: Browser;

beforeAll(async () => {
  site = await fixtureSite('base');
  build = await site.build({
    PORTAL_FEEDBACK_ENDPOINT: ENDPOINT,
    PORTAL_FEEDBACK_EMAIL: 'tilbakemelding@example.no',
  });
  if (!build.ok) return;
  served = await host(site.outDir);
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => served?.server.close(resolve));
  await site?.remove();
});

async function open(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, baseURL: served.origin });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  return { context, page, violations };
}

describe('feedback with an endpoint configured', () => {
  test('the site builds with the endpoint', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
  });

  test('without JavaScript: a plain form; no answer, no request; an answer posts and thanks', async () => {
    const { context, page, violations } = await open(false);
    const form = page.locator('form[data-feedback-form]');
    await expect(form.getAttribute('action')).resolves.toBe(ENDPOINT);
    await expect(
      form.getByRole('group', { name: 'Fant du det du lette etter?' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByLabel(/Hva lette du etter/).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-feedback-error]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-feedback-thanks]').isVisible()).resolves.toBe(false);

    await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
    await page.waitForTimeout(300);
    expect(served.posts).toHaveLength(0);
    expect(new URL(page.url()).pathname).toBe(PAGE);

    await page.getByRole('radio', { name: 'Nei' }).check();
    await page.getByLabel(/Hva lette du etter/).fill('Frister for egenerklæringen');
    await Promise.all([
      page.waitForURL('**/tilbakemelding/takk/'),
      page.getByRole('button', { name: 'Send tilbakemelding' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Takk for tilbakemeldingen',
    );
    expect(Object.fromEntries(served.posts.at(-1) ?? [])).toEqual({
      svar: 'nei',
      kommentar: 'Frister for egenerklæringen',
      side: `https://etiskhandel.uke.oslo.kommune.no${PAGE}`,
      tittel: 'FX-K1 Fixturkrav',
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  test('with JavaScript: the error is in the form, the comment follows the answer, the answer is sent in place', async () => {
    const before = served.posts.length;
    const { context, page, violations } = await open(true);
    const comment = page.getByLabel(/Hva lette du etter/);
    await expect(comment.isVisible()).resolves.toBe(false);

    // Keyboard only: to the button, press it without an answer.
    await page.getByRole('button', { name: 'Send tilbakemelding' }).focus();
    await page.keyboard.press('Enter');
    const error = page.locator('[data-feedback-error]');
    await expect(error.isVisible()).resolves.toBe(true);
    await expect(error.textContent()).resolves.toContain('Velg ja eller nei.');
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement).value),
    ).resolves.toBe('ja');
    await expect(
      page.getByRole('radio', { name: 'Ja' }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    expect(served.posts.length).toBe(before);
    const axe = await new AxeBuilder({ page })
      .include('.eh-feedback')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // axe's run may move focus; answer from the first radio with the keyboard.
    await page.getByRole('radio', { name: 'Ja' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Ja' }).isChecked()).resolves.toBe(true);
    await expect(error.isVisible()).resolves.toBe(false);
    await expect(comment.isVisible()).resolves.toBe(true);
    await comment.fill('Fant alt');
    await page.getByRole('button', { name: 'Send tilbakemelding' }).click();
    const thanks = page.locator('[data-feedback-thanks]');
    await thanks.waitFor({ state: 'visible' });
    await expect(thanks.textContent()).resolves.toContain('Takk for tilbakemeldingen!');
    await expect(
      page.evaluate(() => document.activeElement?.hasAttribute('data-feedback-thanks')),
    ).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    expect(served.posts.at(-1)?.get('svar')).toBe('ja');
    expect(served.posts.at(-1)?.get('kommentar')).toBe('Fant alt');
    expect(violations).toEqual([]);
    await context.close();
  });

  test('nothing is requested before the reader submits', async () => {
    const before = served.posts.length;
    const { context, page } = await open(true);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes(ENDPOINT))).toEqual([]);
    expect(served.posts.length).toBe(before);
    await context.close();
  });
});

/**
 * The next builds reuse the first build's cache with no content changed: the feedback
 * variables are part of the warm-build key (src/lib/content/cache-key.ts), so every page must
 * show the new configuration, none a cached form.
 */
describe('feedback without an endpoint', () => {
  test('with an address: two e-mail links with the page address and title filled in', async () => {
    const plain = await site.build({ PORTAL_FEEDBACK_EMAIL: 'tilbakemelding@example.no' });
    expect(plain.ok, plain.output.slice(-3000)).toBe(true);
    const html = await readFile(path.join(site.outDir, 'krav/fixturkrav/index.html'), 'utf-8');
    expect(html).not.toContain('data-feedback-form');
    const links = [...html.matchAll(/href="(mailto:[^"]+)"[^>]*data-feedback-mail="(ja|nei)"/g)];
    expect(links.map((m) => m[2])).toEqual(['ja', 'nei']);
    const mailto = new URL((links[0]?.[1] ?? '').replaceAll('&amp;', '&'));
    expect(mailto.pathname).toBe('tilbakemelding@example.no');
    expect(mailto.searchParams.get('subject')).toBe('Tilbakemelding: Ja – FX-K1 Fixturkrav');
    expect(mailto.searchParams.get('body')).toContain(
      `Side: FX-K1 Fixturkrav\r\nAdresse: https://etiskhandel.uke.oslo.kommune.no${PAGE}`,
    );
  });

  test('with no address either: the contact page, and no e-mail address anywhere', async () => {
    const bare = await site.build();
    expect(bare.ok, bare.output.slice(-3000)).toBe(true);
    const html = await readFile(path.join(site.outDir, 'krav/fixturkrav/index.html'), 'utf-8');
    expect(html).not.toContain('data-feedback-form');
    expect(html).not.toContain('data-feedback-mail');
    const start = html.indexOf('class="eh-feedback');
    const feedback = html.slice(start, html.indexOf('</section>', start));
    expect(feedback).toContain('Fant du det du lette etter?');
    expect(feedback).toMatch(
      /<a href="\/om\/kontakt\/" data-feedback-contact[^>]*>Til kontaktsiden<\/a>/,
    );
    expect(feedback).not.toMatch(/mailto:|@/);
    await expect(stat(path.join(site.outDir, 'om/kontakt/index.html'))).resolves.toBeTruthy();
  });
});
