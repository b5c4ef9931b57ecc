/**
 * Gate: accessibility. axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every page in the
 * built sitemap, plus the states a static page does not show: the search page with a query
 * typed and a course page with a lesson marked as done. Zero violations.
 *
 * The sweep over the sitemap visits each page once, on two reused pages (`pagePool`), and the
 * other every-page check at desktop width reads the same visit: no Norwegian interface string
 * on an English page (issue 15; what it looks for is in norwegian.ts). Each check is a test of
 * its own per page, so a failure names the check and the page.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { openPage, pagePool } from './browser';
import { norwegianIn, norwegianPhrases, readerText } from './norwegian';
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
 * no frames at all. With `preloaded`, axe-core (the same package) is already in the page from
 * an init script, and AxeBuilder injects only a comment instead of its 600 kB source.
 */
async function violationsOn(page: Page, { preloaded = false } = {}): Promise<Violations> {
  const builder = new AxeBuilder(
    preloaded
      ? { page, axeSource: '/* axe-core: the init script put it in the page */' }
      : { page },
  );
  const results = await builder
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
const english = paths.filter((p) => p.startsWith('/en/'));

/** What one visit to a sitemap page found: axe's violations, and an English page's text. */
interface Visit {
  violations: Violations;
  /** The reader's text, on English pages. */
  text: string | undefined;
}
// axe is CPU-bound: two pages at a time keep both cores busy; more only queue (and time out).
// axe-core goes into every document as an init script: sent once per page instead of with
// every visit, it saved about a fifth of the sweep's CPU (41 pages: 23 → 18 CPU s).
const visitOn = pagePool(2, { initScript: axe.source });
const visits = new Map<string, Promise<Visit>>();
/** The page's one visit, shared by the checks that read it (the first check to ask makes it). */
function visit(sitePath: string): Promise<Visit> {
  let found = visits.get(sitePath);
  if (found === undefined) {
    found = visitOn<Visit>(sitePath, async (page) => ({
      violations: await violationsOn(page, { preloaded: true }),
      text: english.includes(sitePath) ? await readerText(page) : undefined,
    }));
    visits.set(sitePath, found);
  }
  return found;
}

const checked: { path: string; violations: number }[] = [];

function record(label: string, violations: Violations) {
  checked.push({ path: label, violations: violations.reduce((sum, v) => sum + v.nodes.length, 0) });
}

async function expectNoViolations(page: Page, label: string) {
  const violations = await violationsOn(page);
  record(label, violations);
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

  test.concurrent.for(paths)('%s', { timeout: 120_000 }, async (sitePath) => {
    const { violations } = await visit(sitePath);
    record(sitePath, violations);
    expect(describeViolations(violations), `axe violations on ${sitePath}`).toBe('');
  });

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

describe('no Norwegian interface string shows on an English page', () => {
  const phrases = norwegianPhrases();

  test('the dictionary gives the Norwegian phrases to look for', () => {
    expect(phrases.length).toBeGreaterThan(200);
    expect(english).toContain('/en/');
  });

  test.concurrent.for(english)('%s', { timeout: 120_000 }, async (sitePath) => {
    const { text } = await visit(sitePath);
    expect(norwegianIn(text ?? '', phrases), `Norwegian on ${sitePath}`).toEqual([]);
  });
});
