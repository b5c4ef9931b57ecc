/**
 * Reader journey: searching in one's own words from the header. «hvilke krav gjelder for meg»
 * leads to the finder, «sjekkliste» to the checklists, «høyrisikoliste» to the high-risk list,
 * and a superseded requirement version is marked as such and listed below the version in force.
 * At desktop width and 375 px; without JavaScript the search page says so and offers the lists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n';

const { t } = strings('nb');
import { routes } from '../../src/lib/routes';
import { newPage } from './browser';
import { fitsScreen, VIEWPORTS } from './journeys';

/** Types into the header's search field and waits for the announced result. */
async function searchFromHeader(page: Page, words: string) {
  await page.goto('/');
  await page.locator('#header-search').fill(words);
  await page.locator('#header-search').press('Enter');
  await page.waitForURL(`**${routes.search()}?q=*`);
  await page.waitForFunction(() =>
    /treff/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
}

const hitLinks = (page: Page) =>
  page
    .locator('.eh-search__hit-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

describe('searching in readers’ words', () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${width}: the tools come first, a superseded version is marked and below the current`, async () => {
      const page = await newPage({ viewport });

      await searchFromHeader(page, 'hvilke krav gjelder for meg');
      expect((await hitLinks(page))[0]).toBe(routes.requirementFinder());
      await fitsScreen(page);
      await page.locator('.eh-search__hit-title a').first().click();
      await page.waitForURL(`**${routes.requirementFinder()}`);

      await searchFromHeader(page, 'sjekkliste');
      expect((await hitLinks(page))[0]).toMatch(/^\/krav\/sjekkliste\/[^/]+\/$/);

      await searchFromHeader(page, 'høyrisikoliste');
      expect((await hitLinks(page))[0]).toBe(routes.riskCategories());

      // The version chain in the content: the current version, and the one it replaced.
      await page.goto(routes.requirement('etisk-handel-produksjonssteder-v1'));
      const current = await page.locator('.eh-req-notice a').first().getAttribute('href');
      expect(current).toBe(routes.requirement('etisk-handel-produksjonssteder'));
      await searchFromHeader(page, 'produksjonssteder');
      const order = await hitLinks(page);
      const old = routes.requirement('etisk-handel-produksjonssteder-v1');
      expect(order).toContain(old);
      expect(order.indexOf(current ?? '')).toBeLessThan(order.indexOf(old));
      const oldHit = page.locator('.eh-search__hit', {
        has: page.locator(`.eh-search__hit-title a[href="${old}"]`),
      });
      expect(await oldHit.locator('.eh-search__hit-meta').innerText()).toMatch(
        /Erstattet av EH-KO2/,
      );
      const currentHit = page.locator('.eh-search__hit', {
        has: page.locator(`.eh-search__hit-title a[href="${current ?? ''}"]`),
      });
      expect(await currentHit.locator('.eh-search__hit-meta').innerText()).not.toMatch(/Erstattet/);
      await fitsScreen(page);
    });
  }

  test('375 px without JavaScript: the search page says why, and the lists are one tap away', async () => {
    const page = await newPage({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('#header-search').fill('sjekkliste');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(`**${routes.search()}?q=sjekkliste`);
    const notice = page.locator('.eh-search__notice').first();
    expect(await notice.innerText()).toContain(t('search.noScript'));
    expect(await notice.locator(`a[href="${routes.requirements()}"]`).count()).toBe(1);
    await fitsScreen(page);
  });

  test('the readers’ words a tools page is found by are indexed, not shown', async () => {
    for (const path of [routes.requirementFinder(), routes.riskCategories()]) {
      const page = await newPage();
      await page.goto(path);
      const words = page.locator('.eh-search-words');
      expect(await words.count(), path).toBe(1);
      expect(await words.isVisible(), path).toBe(false);
      await page.context().close();
    }
  });
});
