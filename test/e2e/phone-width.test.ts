/**
 * Gate: no page scrolls sideways on a phone. Every page in the built sitemap, 375 px wide, with
 * and without JavaScript: the document is no wider than the screen, and if it is, the message
 * names the elements that stick out, so the fix is easy to find.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { newPage, url } from './browser';
import { sitemapPaths, summarizeGate } from './site-map';

const PHONE = { width: 375, height: 800 };
const paths = sitemapPaths();

/** How wide the page is, and the innermost elements whose right edge passes the screen's. */
async function overflow(page: Page) {
  return page.evaluate((width) => {
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.right > width + 0.5 && box.width > 0;
    });
    const innermost = wide.filter(
      (el) => !wide.some((other) => other !== el && el.contains(other)),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprits: innermost.slice(0, 5).map((el) => {
        const name =
          el.tagName.toLowerCase() +
          (el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : '');
        return `${name} «${(el.textContent ?? '').trim().slice(0, 40)}» ends at ${Math.round(el.getBoundingClientRect().right)} px`;
      }),
    };
  }, PHONE.width);
}

const wider: string[] = [];
summarizeGate('phone width (375 px)', () =>
  wider.length === 0
    ? `${paths.length} pages, with and without JavaScript, none wider than the screen`
    : `${wider.length} pages scroll sideways: ${wider.join(', ')}`,
);

describe('no page scrolls sideways at 375 px', () => {
  test('the sitemap lists the site', () => {
    expect(paths).toContain(routes.home());
    expect(paths).toContain(routes.requirementFinder());
  });

  // The two sweeps run side by side, each on a page of its own.
  for (const javaScriptEnabled of [true, false]) {
    test.concurrent(
      `every sitemap page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`,
      { timeout: 300_000 },
      async () => {
        const page = await newPage({ viewport: PHONE, javaScriptEnabled });
        const failures: string[] = [];
        for (const sitePath of paths) {
          await page.goto(url(sitePath), { waitUntil: 'load' });
          const { scrollWidth, culprits } = await overflow(page);
          if (scrollWidth > PHONE.width) {
            failures.push(`${sitePath}: ${scrollWidth} px wide\n    ${culprits.join('\n    ')}`);
            if (!wider.includes(sitePath)) wider.push(sitePath);
          }
        }
        expect(failures.join('\n'), 'pages wider than 375 px').toBe('');
      },
    );
  }
});
