/**
 * Reader journeys through the finder, as a supplier (workwear, 2 MNOK) and a purchaser
 * (furniture for 450 000 kr, below the threshold): from the home page, by links and the form,
 * at desktop width, at 375 px and with JavaScript off. Asserts what the person sees: the answer
 * in view, focus on it, the right requirements and no others, or a clear alternative.
 */
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { baseUrl, openPage } from './browser';
import {
  askFinder,
  expectedRequirements,
  fitsScreen,
  homeToFinder,
  inView,
  shownRequirements,
  VIEWPORTS,
} from './journeys';

const expected = (categoryId: string, valueNok: number) =>
  expectedRequirements(baseUrl, categoryId, valueNok);

const journeys = [
  {
    who: 'supplier',
    card: 'Jeg er leverandør',
    category: 'arbeidsklaer-sko-verneutstyr',
    value: 2_000_000,
    typed: '2 000 000',
  },
  {
    who: 'purchaser',
    card: 'Jeg er innkjøper',
    category: 'mobler',
    value: 450_000,
    typed: '450 000',
  },
] as const;

describe('finder journeys with JavaScript', () => {
  for (const journey of journeys) {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      test(`${journey.who}, ${journey.typed} kr, ${width}: the answer is in view, focused, and exact`, async () => {
        const page = await openPage(routes.home(), { viewport });
        await homeToFinder(page, journey.card);
        await askFinder(page, journey.category, journey.typed);
        const heading = '[data-finder-result] [data-finder-heading]';
        expect(
          await page.evaluate(() => document.activeElement?.hasAttribute('data-finder-heading')),
        ).toBe(true);
        expect(await inView(page, heading)).toBe(true);
        const want = await expected(journey.category, journey.value);
        expect(await shownRequirements(page)).toEqual(want);
        if (want.length === 0) {
          // Below every threshold: what still applies, with links there, not a dead end.
          const result = page.locator('[data-finder-result]');
          expect(await result.innerText()).toMatch(/Anskaffelsesloven § 5/);
          expect(await result.locator('a[href^="/maler/"]').count()).toBeGreaterThan(0);
          expect(await result.locator('a[href^="/kurs/"]').count()).toBeGreaterThan(0);
        } else {
          // What to hand in, and when: the tender first, the yearly report never under it.
          const text = await page.locator('[data-finder-result]').innerText();
          expect(text).toMatch(/Sammen med tilbudet/);
        }
        await fitsScreen(page);
      });
    }
  }
});

describe('finder journeys without JavaScript', () => {
  for (const journey of journeys) {
    test(`${journey.who}, 375 px, no JavaScript: a notice and the category's answer, one link away`, async () => {
      const page = await openPage(routes.home(), {
        viewport: VIEWPORTS.phone,
        javaScriptEnabled: false,
      });
      await homeToFinder(page, journey.card);
      expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
      await page.locator('.eh-finder__notice a').click();
      await page.waitForURL('**#svar-per-kategori');
      expect(await inView(page, '#svar-per-kategori')).toBe(true);
      const answer = page.locator(`[data-finder-answer="${journey.category}"]`);
      const all = (
        await answer.locator('ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      ).toSorted();
      // Every requirement at or below the reader's value is listed in the category's answer.
      for (const href of await expected(journey.category, journey.value))
        expect(all).toContain(href);
      expect(await answer.innerText()).toMatch(/Til og med|Ingen av UKEs krav/);
      expect(await answer.locator('a[href="#dette-gjelder-likevel"]').count()).toBe(1);
    });
  }
});
