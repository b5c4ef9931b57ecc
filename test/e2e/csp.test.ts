/**
 * Gate: security headers. nginx serves the build with the production configuration
 * (scripts/nginx/etiskhandel.conf); every page type is loaded with them, used (search, lesson progress) and must cause no
 * Content-Security-Policy violation: none reported as `securitypolicyviolation` events and
 * none in the console.
 */
import { describe, expect, test } from 'vitest';
import { editorHeaders, fixedHeaders } from '../support/nginx-conf';
import { newPage, url } from './browser';
import { PAGE_TYPES, exercise, pagePerType, summarizeGate, type PageType } from './site-map';

const types = pagePerType();
/** The headers the nginx configuration gives every response. */
const expected = fixedHeaders();
let visited = 0;
summarizeGate(
  'csp',
  () => `${visited} page types visited with the headers nginx sends, 0 violations`,
);

describe('the nginx configuration declares the security headers', () => {
  test.for([
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
  ])('%s', (name) => {
    expect(expected.get(name), `${name} in scripts/nginx/etiskhandel.conf`).toBeTruthy();
  });

  test('the script policy needs no unsafe-inline and no unsafe-eval', () => {
    const csp = expected.get('content-security-policy') ?? '';
    const scripts =
      /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1] ??
      /(?:^|;)\s*default-src([^;]*)/.exec(csp)?.[1] ??
      '';
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe('no page type violates the Content-Security-Policy', () => {
  test.for(Object.keys(PAGE_TYPES) as PageType[])('%s', async (type) => {
    const sitePath = types[type];
    expect(sitePath, `no ${type} page in the sitemap`).toBeDefined();
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        violations.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('__reportCspViolation', (text: string) =>
      violations.push(`event: ${text}`),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void })
          .__reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    const response = await page.goto(url(sitePath ?? '/'));
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    for (const [name, value] of expected)
      expect(headers[name], `${name} sent with ${sitePath}`).toBe(value);
    await exercise(page, type);
    visited += 1;
    expect(violations, `CSP violations on ${sitePath}`).toEqual([]);
    await page.context().close();
  });
});

describe('the web editor runs under its own policy', () => {
  test('/admin/ draws Decap’s login without a CSP violation', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        violations.push(`console: ${message.text()}`);
    });
    const response = await page.goto(url('/admin/'));
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    for (const [name, value] of editorHeaders())
      expect(headers[name], `${name} sent with /admin/`).toBe(value);
    // The production backend (GitHub) asks the editor to log in: the bundle has run.
    await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
