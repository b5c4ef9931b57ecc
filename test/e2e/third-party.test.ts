/**
 * Gate: no third-party requests. Readers' visits must not reach any host but the portal's own
 * (fonts, icons and scripts are self-hosted). One page of every page type is loaded, scrolled
 * and used (a search with hits, a lesson marked done); any request elsewhere fails the test.
 * Such requests are blocked, so the test never touches the network.
 */
import { describe, expect, test } from 'vitest';
import { baseUrl, newPage, url } from './browser';
import { PAGE_TYPES, exercise, pagePerType, summarizeGate, type PageType } from './site-map';

const types = pagePerType();
const own = new URL(baseUrl).host;
let requests = 0;
let visited = 0;
let blocked = 0;
summarizeGate(
  'third-party requests',
  () =>
    `${visited} page types visited (${Object.values(types).filter(Boolean).join(' ')}), ` +
    `${requests} requests, ${blocked} to other hosts`,
);

describe('every page type loads only from the portal itself', () => {
  test.for(Object.keys(PAGE_TYPES) as PageType[])('%s', async (type) => {
    const sitePath = types[type];
    expect(sitePath, `no ${type} page in the sitemap`).toBeDefined();
    // Without the CSP, which would block some such requests before they are made and so hide them.
    const page = await newPage({ bypassCSP: true });
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const request = route.request();
      requests += 1;
      if (new URL(request.url()).host === own) return route.continue();
      blocked += 1;
      elsewhere.push(`${request.resourceType()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });
    page.on('websocket', (socket) => elsewhere.push(`websocket ${socket.url()}`));
    const response = await page.goto(url(sitePath ?? '/'));
    expect(response?.status()).toBe(200);
    await exercise(page, type);
    visited += 1;
    expect(elsewhere, `requests from ${sitePath} to other hosts`).toEqual([]);
    await page.context().close();
  });
});
