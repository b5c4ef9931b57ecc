/**
 * Reader journey: a purchaser with two purchases, textiles for 800 000 kr and furniture for
 * 450 000 kr (below the threshold). From the home page through the finder for both; the
 * textiles' requirement texts into a tender (the category's .docx, and one text copied); the
 * templates written for purchasers, one downloaded; a term looked up in the glossary. At
 * desktop width and at 375 px with JavaScript, and at 375 px without it. Nothing here depends
 * on the build date.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { baseUrl, newPage } from './browser';
import {
  askFinder,
  docxText,
  download,
  expectedRequirements,
  fitsScreen,
  homeToFinder,
  inView,
  requirementWordFile,
  shownRequirements,
  VIEWPORTS,
  writtenEntries,
} from './journeys';

const TEXTILES = { category: 'tekstiler', value: 800_000, typed: '800 000' };
const FURNITURE = { category: 'mobler', value: 450_000, typed: '450 000' };

/** Templates whose editors wrote them for purchasers, as site paths. */
async function purchaserTemplates(): Promise<string[]> {
  return (await writtenEntries('templates'))
    .filter((entry) => /\binnkjoper\b/.test(entry.field('audience')))
    .map((entry) => routes.template(entry.id))
    .toSorted();
}

/** The codes of the requirements a list of requirement links shows ("EH-KO1 …"). */
const codesIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((as) =>
      as.map((a) => /^\s*(\S+)/.exec(a.textContent ?? '')?.[1] ?? '').filter(Boolean),
    );

/** The category's .docx from its page: every applicable requirement's code is in it. */
async function categoryTexts(page: Page, codes: string[]) {
  await page.waitForURL(`**${routes.riskCategory(TEXTILES.category)}`);
  await fitsScreen(page);
  const file = await download(
    page,
    page.getByRole('link', { name: /alle kravene for kategorien som Word-dokument/ }),
  );
  expect(file.name).toMatch(/\.docx$/);
  const text = await docxText(file.bytes);
  for (const code of codes) expect(text).toContain(code);
}

/** The templates filter for purchasers lists exactly theirs; one of them downloads and opens. */
async function templatesForPurchasers(page: Page) {
  await page.locator('nav.eh-nav').getByRole('link', { name: 'Maler' }).click();
  await page.waitForURL(`**${routes.templates()}`);
  await page.getByRole('link', { name: 'Innkjøpere', exact: true }).click();
  await page.waitForURL(`**${routes.templatesForAudience('innkjoper')}`);
  await fitsScreen(page);
  const listed = (
    await page
      .locator('main h2 a[href^="/maler/"], main h3 a[href^="/maler/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  )
    .filter((href) => /^\/maler\/[^/]+\/$/.test(href) && !/^\/maler\/(fase|for)\//.test(href))
    .toSorted();
  expect(listed).toEqual(await purchaserTemplates());
  const wordFile = page.locator('main a[download][href$=".docx"]').first();
  const file = await download(page, wordFile);
  expect((await docxText(file.bytes)).length).toBeGreaterThan(50);
}

/** A term, from the menu: the glossary, the term's page and its definition. */
async function lookUpTerm(page: Page) {
  await page.locator('nav.eh-nav').getByRole('link', { name: 'Ordliste' }).click();
  await page.waitForURL(`**${routes.glossary()}`);
  await page
    .locator('main')
    .getByRole('link', { name: 'Tildelingskriterium', exact: true })
    .click();
  await page.waitForURL(`**${routes.term('tildelingskriterium')}`);
  await fitsScreen(page);
  expect((await page.locator('h1').innerText()).trim()).toBe('Tildelingskriterium');
  expect(
    (await page.locator('main .eh-lead, main .eh-prose p').first().innerText()).length,
  ).toBeGreaterThan(20);
}

describe('purchaser, textiles 800 000 kr and furniture 450 000 kr, with JavaScript', () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${width}: both purchases, requirement texts into a tender, templates, a term`, async () => {
      const page = await newPage({
        viewport,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await page.goto('/');
      await homeToFinder(page, 'Jeg er innkjøper');

      // Furniture for 450 000 kr: below the threshold, and what still applies, with links there.
      await askFinder(page, FURNITURE.category, FURNITURE.typed);
      expect(await inView(page, '[data-finder-result] [data-finder-heading]')).toBe(true);
      expect(await expectedRequirements(baseUrl, FURNITURE.category, FURNITURE.value)).toEqual([]);
      expect(await shownRequirements(page)).toEqual([]);
      const still = page.locator('[data-finder-result] [data-finder-still]');
      expect(await still.innerText()).toMatch(/Anskaffelsesloven § 5/);
      expect(await still.locator('a[href^="/maler/"]').count()).toBe(1);

      // Textiles for 800 000 kr: exactly the requirements the rule applies.
      await askFinder(page, TEXTILES.category, TEXTILES.typed);
      expect(await inView(page, '[data-finder-result] [data-finder-heading]')).toBe(true);
      const want = await expectedRequirements(baseUrl, TEXTILES.category, TEXTILES.value);
      expect(want.length).toBeGreaterThan(0);
      expect(await shownRequirements(page)).toEqual(want);
      await fitsScreen(page);
      const codes = await codesIn(page, '.eh-finder__matches a:not(.eh-example__tag)');
      expect(codes).toHaveLength(want.length);

      // All the texts as one Word file, then one text copied as it stands.
      await page.getByRole('link', { name: 'Se alle kravene for kategorien' }).click();
      await categoryTexts(page, codes);
      await page.goto(want[0] ?? '');
      const block = (await page.locator('.eh-copy__text').first().innerText()).trim();
      await page.getByRole('button', { name: 'Kopier kravteksten' }).first().click();
      // The clipboard answers asynchronously; the status is written when it has.
      await expect
        .poll(() => page.locator('.eh-copy__status').first().innerText())
        .toMatch(/kopiert/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.replace(/\s+/g, ' ').trim()).toBe(block.replace(/\s+/g, ' '));

      await templatesForPurchasers(page);
      await lookUpTerm(page);
    });
  }
});

describe('purchaser without JavaScript', () => {
  test('375 px: both answers written out, the texts as .docx and on the page, templates, a term', async () => {
    const page = await newPage({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    await page.goto('/');
    await homeToFinder(page, 'Jeg er innkjøper');
    await page.locator('.eh-finder__notice a').click();
    await page.waitForURL('**#svar-per-kategori');

    // Furniture: nothing up to 500 000 kr, and one link to what applies anyway.
    const furniture = page.locator(`[data-finder-answer="${FURNITURE.category}"]`);
    expect(await furniture.innerText()).toMatch(/ingen av UKEs krav/i);
    await furniture.locator('a[href="#dette-gjelder-likevel"]').click();
    expect(await inView(page, '#dette-gjelder-likevel')).toBe(true);
    expect(await page.locator('[data-finder-still] a[href^="/maler/"]').count()).toBe(1);

    // Textiles: every requirement that applies at 800 000 kr is in the category's answer.
    const textiles = page.locator(`[data-finder-answer="${TEXTILES.category}"]`);
    const listed = await textiles
      .locator('ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const want = await expectedRequirements(baseUrl, TEXTILES.category, TEXTILES.value);
    for (const href of want) expect(listed).toContain(href);
    await fitsScreen(page);

    await textiles.locator('h3 a').click();
    await categoryTexts(page, []);
    // On the requirement's page the text stands ready to select; the copy button needs a script.
    await page.goto(want[0] ?? '');
    expect(await page.locator('.eh-copy__text').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Kopier kravteksten' }).count()).toBe(0);
    await requirementWordFile(page);

    await templatesForPurchasers(page);
    await lookUpTerm(page);
  });
});
