/**
 * Gate: accessibility. axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every page in the
 * built sitemap, plus the states a static page does not show: the search page with a query
 * typed and a course page with a lesson marked as done. Zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { openPage } from './browser';
import {
  PAGE_TYPES,
  courseProgress,
  SEARCH_QUERY,
  markDoneControl,
  searchFor,
  sitemapPaths,
  summarizeGate,
} from './site-map';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/**
 * The violations on the page as it is now. axe.run() in the page itself ("legacy mode"): the
 * default runs axe in each frame and then again in a blank page of its own to merge the frames'
 * results, which costs a fifth more CPU and only matters for cross-origin frames; the site has
 * no frames at all.
 */
async function violationsOn(page: Page): Promise<Violations> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .analyze();
  return results.violations;
}

/** One readable block per violation: rule, impact, what to do, and where (first elements). */
export function describeViolations(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    ${node.target.join(' ')}\n      ${node.failureSummary?.split('\n').join('\n      ') ?? ''}`,
        );
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [
        `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help} – ${v.helpUrl}`,
        ...nodes,
        ...more,
      ].join('\n');
    })
    .join('\n');
}

const paths = sitemapPaths();

/** Runs at most `slots` of the given tasks at once. */
function limit(slots: number) {
  const waiting: (() => void)[] = [];
  let running = 0;
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
const checked: { path: string; violations: number }[] = [];

async function expectNoViolations(page: Page, label: string) {
  const violations = await violationsOn(page);
  checked.push({ path: label, violations: violations.reduce((sum, v) => sum + v.nodes.length, 0) });
  expect(describeViolations(violations), `axe violations on ${label}`).toBe('');
}

summarizeGate('axe (WCAG 2.2 AA)', () => {
  const failing = checked.filter((c) => c.violations > 0);
  const total = failing.reduce((sum, c) => sum + c.violations, 0);
  return (
    `${checked.length} pages and states, ${total} violations` +
    (failing.length ? ` (on ${failing.map((c) => c.path).join(', ')})` : '')
  );
});

describe('axe finds no WCAG 2.2 A/AA violation', () => {
  test('the sitemap lists the site', () => {
    expect(paths).toContain(routes.home());
  });

  // axe is CPU-bound: two pages at a time keep both cores busy; more only queue (and time out).
  const twoAtATime = limit(2);
  test.concurrent.for(paths)('%s', { timeout: 120_000 }, (sitePath) =>
    twoAtATime(async () => {
      const page = await openPage(sitePath);
      try {
        await expectNoViolations(page, sitePath);
      } finally {
        await page.context().close();
      }
    }),
  );

  test('the search page with a query typed', { timeout: 60_000 }, async () => {
    expect(paths).toContain(routes.search());
    const page = await openPage(routes.search());
    await searchFor(page);
    await expectNoViolations(page, `${routes.search()} (søk på «${SEARCH_QUERY}»)`);
    await page.context().close();
  });

  test('a course page with a lesson marked as done', { timeout: 60_000 }, async () => {
    const lessonPath = PAGE_TYPES['leksjon'](paths)[0];
    expect(lessonPath, 'a lesson in the sitemap').toBeDefined();
    if (!lessonPath) return;
    const page = await openPage(lessonPath);
    const mark = markDoneControl(page);
    await mark.waitFor({ timeout: 5_000 });
    await mark.click();
    await expectNoViolations(page, `${lessonPath} (markert som fullført)`);
    const coursePath = lessonPath.replace(/[^/]+\/$/, '');
    await page.goto(coursePath);
    await courseProgress(page).waitFor({ state: 'visible', timeout: 5_000 });
    await expectNoViolations(page, `${coursePath} (med fremdrift)`);
    await page.context().close();
  });
});
