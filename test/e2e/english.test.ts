/**
 * Issue 15, English for suppliers abroad: every page links its counterpart in the other language
 * (or that language's home, saying the page is missing there), English pages are `lang="en"` with
 * hreflang alternates that point both ways, the English search finds English pages only (and the
 * Norwegian one Norwegian pages), and the English finder answers without JavaScript. axe, the
 * check that no Norwegian interface string shows on an English page (in the same visit as axe)
 * and the HTML checks cover /en/ through the sitemap (a11y.test.ts, norwegian.ts,
 * scripts/quality.mjs); the first test here checks it lists /en/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { routes, routesIn } from '../../src/lib/routes';
import { docxText } from '../unit/requirements-helpers';
import { openPage, url } from './browser';
import { outDir, sitemapPaths } from './site-map';

const paths = sitemapPaths();
const english = paths.filter((p) => p.startsWith('/en/') || p === '/en/');
const built = new Set(paths);

/** What a built page says about its other language, read from the file the server sends. */
function languageOf(sitePath: string) {
  const html = readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf-8');
  const link =
    /<a class="eh-language__link" href="([^"]+)" hreflang="(\w+)" lang="(\w+)">([^<]*)</.exec(html);
  const alternates = [
    ...html.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g),
  ].map(([, lang, href]) => ({ lang, path: new URL(href ?? '').pathname }));
  return {
    lang: /<html lang="(\w+)"/.exec(html)?.[1],
    switcher: link && { href: link[1], hreflang: link[2], lang: link[3], text: link[4] },
    alternates,
  };
}

describe('English pages and the language switcher', () => {
  test('the sitemap lists the English pages, so axe and the HTML checks cover them', () => {
    expect(english).toContain('/en/');
    expect(english).toContain(routesIn('en').requirements());
    expect(english).toContain(routesIn('en').requirement('sosial-dialog'));
    expect(english).toContain(routesIn('en').requirementFinder());
    expect(english.length).toBeGreaterThan(40);
  });

  test('every page is in its language and links the same page in the other one, both ways', () => {
    const problems: string[] = [];
    for (const sitePath of paths) {
      const { lang, switcher } = languageOf(sitePath);
      const expected = sitePath.startsWith('/en/') ? 'en' : 'nb';
      const other = expected === 'en' ? 'nb' : 'en';
      if (lang !== expected) problems.push(`${sitePath}: lang="${lang}"`);
      if (!switcher) {
        problems.push(`${sitePath}: no language switcher`);
        continue;
      }
      if (switcher.hreflang !== other || switcher.lang !== other) {
        problems.push(`${sitePath}: switcher in ${switcher.lang}`);
      }
      if (!built.has(switcher.href ?? ''))
        problems.push(`${sitePath}: switcher to ${switcher.href}`);
      const home = routesIn(other).home();
      if (switcher.href === home && switcher.text === (other === 'en' ? en : nb).language.missing) {
        continue; // No counterpart: the other language's home, saying so.
      }
      // The counterpart links back (the English home's counterpart is the suppliers' page).
      const back = languageOf(switcher.href ?? '').switcher?.href;
      const here = sitePath === routes.home() ? routes.suppliers() : sitePath;
      if (back !== here) problems.push(`${sitePath} → ${switcher.href} → ${back}`);
    }
    expect(problems).toEqual([]);
  });

  test('hreflang alternates name the page and its counterpart, and the counterpart names both back', () => {
    const problems: string[] = [];
    for (const sitePath of paths) {
      const { alternates } = languageOf(sitePath);
      if (alternates.length === 0) continue;
      const langs = alternates.map((a) => a.lang).sort();
      if (langs.join() !== 'en,nb') problems.push(`${sitePath}: hreflang ${langs.join()}`);
      if (!alternates.some((a) => a.path === sitePath)) problems.push(`${sitePath}: not its own`);
      for (const alternate of alternates) {
        const theirs = languageOf(alternate.path).alternates;
        if (JSON.stringify(theirs) !== JSON.stringify(alternates)) {
          problems.push(`${sitePath} and ${alternate.path} disagree`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(languageOf(routesIn('en').requirement('sosial-dialog')).alternates).toEqual([
      { lang: 'nb', path: routes.requirement('sosial-dialog') },
      { lang: 'en', path: routesIn('en').requirement('sosial-dialog') },
    ]);
  });

  test('the switcher takes the reader to the same page in the other language and back', async () => {
    const page = await openPage(routes.requirement('sosial-dialog'));
    await page.locator('.eh-language__link').click();
    await page.waitForURL(`**${routesIn('en').requirement('sosial-dialog')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.eh-language__link').click();
    await page.waitForURL(`**${routes.requirement('sosial-dialog')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    // A Norwegian-only page: the English home, and the link says why.
    const templates = await openPage(routes.templates());
    const link = templates.locator('.eh-language__link');
    expect(await link.innerText()).toBe(en.language.missing);
    await link.click();
    await templates.waitForURL(`**${routesIn('en').home()}`);
  });

  test('search on an English page finds English pages, on a Norwegian page Norwegian ones', async () => {
    const results = async (sitePath: string, query: string) => {
      const page = await openPage(`${sitePath}?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-list] a').first().waitFor({ timeout: 15_000 });
      return page
        .locator('[data-search-list] a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    const inEnglish = await results(routesIn('en').search(), 'social dialogue');
    expect(inEnglish.length).toBeGreaterThan(0);
    expect(inEnglish.filter((p) => !p.startsWith('/en/'))).toEqual([]);
    expect(inEnglish).toContain(routesIn('en').requirement('sosial-dialog'));
    const inNorwegian = await results(routes.search(), 'sosial dialog');
    expect(inNorwegian.length).toBeGreaterThan(0);
    expect(inNorwegian.filter((p) => p.startsWith('/en/'))).toEqual([]);
  });

  test('the English finder answers with JavaScript in English, amounts in NOK', async () => {
    const page = await openPage(routesIn('en').requirementFinder());
    await page.selectOption('#finder-category', 'arbeidsklaer-sko-verneutstyr');
    await page.fill('#finder-value', '2000000');
    await page.locator('form[data-finder] button[type="submit"]').click();
    const result = page.locator('[data-finder-result]');
    await result.locator('[data-finder-heading]').waitFor();
    const text = await result.innerText();
    expect(text).toContain('NOK 2,000,000');
    expect(text).toContain('Social dialogue at factory level');
    expect(text).not.toMatch(/\d kr\b/);
  });

  test('the English finder answers without JavaScript', async () => {
    const page = await openPage(routesIn('en').requirementFinder(), { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const answers = page.locator('#svar-per-kategori');
    await answers.scrollIntoViewIfNeeded();
    expect(await answers.isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Workwear, shoes and protective equipment');
    expect(text).toContain('Social dialogue at factory level');
  });

  test('the English requirement document and meeting calendar are in English, with the Norwegian facts', async () => {
    const docx = await fetch(url(routesIn('en').requirementDocx('sosial-dialog')));
    expect(docx.status).toBe(200);
    const text = docxText(Buffer.from(await docx.arrayBuffer()));
    expect(text).toContain('EH-SD2 Social dialogue at factory level');
    expect(text).toContain('NOK 500,000');
    expect(text).not.toMatch(/Kravtekst|Gjelder fra|Nivå|500 000 kr/);
    const meeting = routesIn('en').meetingCalendar('markedsdialog-var-2027');
    const ics = await (await fetch(url(meeting))).text();
    expect(ics).toContain('SUMMARY:Fictional example: Market dialogue meeting');
    expect(ics).toContain('URL:https://');
    expect(ics.replace(/\r\n /g, '')).toContain(routesIn('en').meeting('markedsdialog-var-2027'));
    expect(ics).not.toMatch(/Fiktivt eksempel|påmelding/);
  });
});
