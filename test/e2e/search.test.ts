/**
 * Issue 5 in Chromium over the built site: the search page searches as the reader types,
 * filters, links (?q=), says when nothing is found, and explains itself without JavaScript;
 * the header form reaches it; Pagefind's engine loads when the page is idle, its index chunks on
 * the first query, and only on this page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/lib/routes';
import { strings } from '../../src/i18n';

const { t } = strings('nb');
import { DATE_ORDER_URL } from '../../src/lib/search/engine';
import { newPage, openPage, url } from './browser';

const status = (page: Page) => page.locator('[data-search-status]');
const hits = (page: Page) => page.locator('.eh-search__hit');

/** Waits until the live region announces a finished search, and returns what it says. */
async function announced(page: Page, pattern = /treff/): Promise<string> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    pattern.source,
  );
  return (await status(page).textContent()) ?? '';
}

/** Paths the page has requested so far. */
function requestsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The search page once its engine has loaded ahead (idle), with every request since arrival. */
async function searchPageWithEngine(): Promise<{ page: Page; arrival: string[] }> {
  const page = await newPage();
  const arrival = requestsOf(page);
  await page.goto(url(routes.search()));
  // The engine (worker, wasm, metadata) comes ahead, when the page is idle.
  await expect
    .poll(() => arrival.some((p) => p.endsWith('.pf_meta')), { timeout: 10_000 })
    .toBe(true);
  await page.waitForLoadState('networkidle');
  return { page, arrival };
}

describe('search page', () => {
  test('loads the engine while idle and no index chunk or result until the reader types, then shows and announces results', async () => {
    // From the arrival on, every request of the page and of Pagefind's web worker.
    const { page, arrival } = await searchPageWithEngine();
    const chunks = (paths: string[]) =>
      paths.filter((p) => /\.(pf_index|pf_fragment|pf_filter)$/.test(p));
    expect(arrival).toContain('/pagefind/pagefind-worker.js');
    // The page drives Pagefind's worker itself: Pagefind's own script, with the second engine
    // it carries for browsers without the worker, is not loaded (src/lib/search/engine-worker.ts).
    expect(arrival).not.toContain('/pagefind/pagefind.js');
    expect(chunks(arrival)).toEqual([]);
    const requests = requestsOf(page);
    const input = page.getByLabel(t('search.label'));
    await input.fill('sosial dialog');
    const said = await announced(page);
    expect(said).toMatch(/^\d+ treff på «sosial dialog»$/);
    expect(chunks(requests).length).toBeGreaterThan(0);
    // The engine is not fetched again.
    expect(requests).not.toContain('/pagefind/pagefind.js');
    expect(requests).not.toContain('/pagefind/pagefind-worker.js');
    expect(requests).not.toContain(DATE_ORDER_URL);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await hits(page).count()).toBeGreaterThan(0);
    const titles = await page.locator('.eh-search__hit-title').allInnerTexts();
    expect(titles.some((title) => /sosial dialog/i.test(title))).toBe(true);
    // Every result says what it is and when it changed.
    const first = hits(page).first();
    expect(await first.locator('.pkt-tag').first().innerText()).not.toBe('');
    expect(await first.locator('.eh-search__hit-date').innerText()).toMatch(/\d{4}/);
    expect(new URL(page.url()).search).toBe('?q=sosial+dialog');
  });

  test('a word of one or two letters typed slowly fetches no index chunk and shows nothing new; submitting «EU» searches it', async () => {
    // The engine loaded ahead, so anything fetched after typing is the query's own.
    const { page } = await searchPageWithEngine();
    const requests = requestsOf(page);
    const input = page.getByLabel(t('search.label'));
    // 200 ms between keys: longer than the page's pause before an automatic search (120 ms).
    await input.pressSequentially('EU', { delay: 200 });
    await page.waitForTimeout(600);
    expect(requests.filter((p) => p.endsWith('.pf_index'))).toEqual([]);
    expect(await status(page).textContent()).toBe('');
    expect(await hits(page).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    // The hint tells the reader how short words are searched.
    expect(await page.locator('#sok-hint').innerText()).toContain(t('search.hintShort'));
    await input.press('Enter');
    expect(await announced(page)).toMatch(/^(\d+ treff|Ingen treff) på «EU»\.?$/);
    expect(requests.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=EU');
  });

  test('while the last word is short, the earlier results and their status stay; the button searches', async () => {
    const page = await openPage(`${routes.search()}?q=sosial+dialog`);
    const said = await announced(page);
    const titles = await page.locator('.eh-search__hit-title').allInnerTexts();
    const requests = requestsOf(page);
    const input = page.getByLabel(t('search.label'));
    await input.press('End');
    await input.pressSequentially(' ar', { delay: 200 });
    await page.waitForTimeout(600);
    expect(requests.filter((p) => p.endsWith('.pf_index'))).toEqual([]);
    expect(await status(page).textContent()).toBe(said);
    expect(await page.locator('.eh-search__hit-title').allInnerTexts()).toEqual(titles);
    expect(new URL(page.url()).search).toBe('?q=sosial+dialog');
    await page.locator('form[data-search] button[type="submit"]').click();
    expect(await announced(page, /«sosial dialog ar»/)).toMatch(/på «sosial dialog ar»\.?$/);
    expect(new URL(page.url()).search).toBe('?q=sosial+dialog+ar');
  });

  test("searches with Pagefind's own script where its worker cannot start", async () => {
    const page = await newPage();
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
    const requests = requestsOf(page);
    await page.goto(url(`${routes.search()}?q=sosial+dialog`));
    expect(await announced(page)).toMatch(/^\d+ treff på «sosial dialog»$/);
    expect(await hits(page).count()).toBeGreaterThan(0);
    expect(requests).toContain('/pagefind/pagefind.js');
  });

  test('filters by content type and keeps the filter in the address', async () => {
    const page = await openPage(`${routes.search()}?q=sosial+dialog`);
    const all = Number((await announced(page)).match(/^\d+/)?.[0]);
    await page.getByRole('checkbox', { name: 'Krav', exact: true }).check();
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-search-status]')?.textContent?.match(/^\d+/)?.[0]) <
        before,
      all,
    );
    const tags = await page.locator('.eh-search__hit .pkt-tag--blue-light').allInnerTexts();
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['Krav']));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['krav']);
  });

  test('opens a result', async () => {
    const page = await openPage(`${routes.search()}?q=arbeidskl%C3%A6r`);
    await announced(page);
    const link = page.locator('.eh-search__hit-title a').first();
    const title = await link.innerText();
    const href = await link.getAttribute('href');
    await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
    expect(await page.locator('h1').innerText()).toBe(title);
  });

  test('a deep link fills the form and searches at once', async () => {
    const page = await openPage(`${routes.search()}?q=egenerkl%C3%A6ring&type=mal`);
    expect(await announced(page)).toMatch(/treff på «egenerklæring»$/);
    expect(await page.getByLabel(t('search.label')).inputValue()).toBe('egenerklæring');
    expect(await page.getByRole('checkbox', { name: 'Maler', exact: true }).isChecked()).toBe(true);
    expect(await hits(page).count()).toBeGreaterThan(0);
  });

  test('says so when nothing is found, and why æ, ø and å matter', async () => {
    const page = await openPage(routes.search());
    await page.getByLabel(t('search.label')).fill('qxzqxz');
    expect(await announced(page, /Ingen treff/)).toBe('Ingen treff på «qxzqxz».');
    expect(await hits(page).count()).toBe(0);
    const help = page.locator('[data-search-empty]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('ø');
  });

  test('a query written with ae, oe, aa is read with æ, ø, å', async () => {
    const page = await openPage(`${routes.search()}?q=arbeidsklaer`);
    expect(await announced(page)).toMatch(
      /^\d+ treff på «arbeidsklær»\. Vi leste «arbeidsklaer» med æ, ø og å\.$/,
    );
    expect(await hits(page).count()).toBeGreaterThan(0);
  });

  test('sorts by date on request', async () => {
    const page = await openPage(`${routes.search()}?q=krav`);
    await announced(page);
    // The date order is a file of its own, fetched only now (not with every first search).
    const order = page.waitForRequest((request) => request.url().endsWith(DATE_ORDER_URL));
    await page.getByLabel(t('search.sort')).selectOption('dato');
    await order;
    await page.waitForURL((url) => url.searchParams.get('sort') === 'dato');
    // The live region still holds the previous count while the sorted list renders: wait for hits.
    await page.waitForFunction(() => document.querySelectorAll('.eh-search__hit').length > 0);
    await announced(page);
    expect(await hits(page).count()).toBeGreaterThan(0);
  });

  test('"Vis flere treff" adds results and moves focus to the first new one', async () => {
    const page = await openPage(`${routes.search()}?type=krav&type=kurs&type=ordliste`);
    await announced(page);
    const more = page.getByRole('button', { name: t('search.more') });
    expect(await hits(page).count()).toBe(10);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.eh-search__hit').length > 10);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.eh-search__hit') !== null),
    ).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.eh-search__hit')].indexOf(
          document.activeElement?.closest('.eh-search__hit') as Element,
        ),
      ),
    ).toBe(10);
  });

  test('without JavaScript it explains itself and links to the lists', async () => {
    const page = await openPage(`${routes.search()}?q=sosial+dialog`, { javaScriptEnabled: false });
    const notice = page.locator('.eh-search__notice').first();
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('JavaScript');
    expect(
      await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toContain(routes.requirements());
    expect(await page.locator('[data-search-enhanced]').isVisible()).toBe(false);
  });
});

describe('search from elsewhere', () => {
  test('the header form sends the query to the search page', async () => {
    const page = await openPage(routes.home());
    const requests = requestsOf(page);
    await page.getByRole('searchbox', { name: t('common.searchLabel') }).fill('sosial dialog');
    await Promise.all([
      page.waitForURL(/\/sok\/\?q=sosial\+dialog$/),
      page.keyboard.press('Enter'),
    ]);
    expect(await announced(page)).toMatch(/treff på «sosial dialog»$/);
    // The home page itself loaded nothing of the search.
    const beforeSearchPage = requests.slice(0, requests.indexOf(routes.search()));
    expect(
      beforeSearchPage.filter((p) => p.startsWith('/pagefind/') || /SearchPage/.test(p)),
    ).toEqual([]);
  });

  test('other pages load no search code', async () => {
    for (const path of [
      routes.home(),
      routes.requirements(),
      routes.case('sosial-dialog-arbeidstoy'),
    ]) {
      const page = await openPage(path);
      const scripts = await page
        .locator('script[src]')
        .evaluateAll((s) => s.map((e) => e.getAttribute('src') ?? ''));
      expect(
        scripts.filter((src) => /SearchPage|pagefind/.test(src)),
        path,
      ).toEqual([]);
    }
  });
});
