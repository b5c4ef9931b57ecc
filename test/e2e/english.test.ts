/**
 * Issue 15, English for suppliers abroad: every page links its counterpart in the other language
 * (or that language's home, saying the page is missing there), English pages are `lang="en"` with
 * hreflang alternates that point both ways, no Norwegian interface string shows on an English
 * page, the English search finds English pages only (and the Norwegian one Norwegian pages), and
 * the English finder answers without JavaScript. axe and the HTML checks cover /en/ through the
 * sitemap (a11y.test.ts, scripts/quality.mjs); the first test here checks it lists /en/.
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
const NORWEGIAN_DATE =
  /\b\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/g;
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

  test('no Norwegian interface string shows on an English page', async () => {
    // Every Norwegian dictionary text that English says differently, long enough to be a phrase.
    // Names English keeps (Oslomodellen, which English texts explain in brackets; the
    // organisation Etisk Handel Norge, named beside its English name) are not interface strings.
    const englishTexts = Object.values(en).flatMap((texts) => Object.values(texts) as string[]);
    const names = new Set(['Etisk Handel Norge']);
    const norwegian = Object.entries(nb).flatMap(([group, texts]) =>
      Object.entries(texts as Record<string, string>)
        .filter(([key, text]) => {
          const english = (en as unknown as Record<string, Record<string, string>>)[group]?.[key];
          return (
            text !== english &&
            text.length >= 12 &&
            !text.includes('{') &&
            !names.has(text) &&
            !englishTexts.some((englishText) => englishText.includes(text))
          );
        })
        .map(([key, text]) => ({ key: `${group}.${key}`, text })),
    );
    expect(norwegian.length).toBeGreaterThan(200);
    const found: string[] = [];
    for (const sitePath of english) {
      const page = await openPage(sitePath);
      // What the reader sees, without what is marked as Norwegian (names of Norwegian-only pages)
      // and the citations of sources, whose titles and publishers are given as published.
      const text = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        for (const element of body.querySelectorAll(
          '[lang="nb"], .eh-sources__list, script, style, noscript',
        )) {
          element.remove();
        }
        return body.innerText;
      });
      for (const { key, text: phrase } of norwegian) {
        if (text.includes(phrase)) found.push(`${sitePath}: ${key} «${phrase}»`);
      }
      // Dates as English writes them, not «30. november 2026».
      for (const [date] of text.matchAll(NORWEGIAN_DATE)) found.push(`${sitePath}: date «${date}»`);
      await page.close();
    }
    expect(found).toEqual([]);
  }, 300_000);

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
