/**
 * The built site's pages as the quality gates see them: every path in the sitemap, and one
 * path per page type (home, a list, a requirement, a case ...) picked from it.
 * Reads the build the test run serves ($PORTAL_OUT_DIR, set by scripts/test-e2e.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../src/lib/routes';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built site being served. */
export const outDir = path.resolve(root, process.env['PORTAL_OUT_DIR'] ?? 'dist');

/**
 * The day the served site was built for (its «i dag», PORTAL_BUILD_DATE), as the editors' review
 * page states it; `npm test` pins it (scripts/e2e-build-date.mjs).
 */
export function builtFor(dist = outDir): string {
  const page = readFileSync(path.join(dist, routes.reviewDue(), 'index.html'), 'utf-8');
  const day = /<main[^>]*>[\s\S]*?<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(page)?.[1];
  if (!day) throw new Error(`No build date on ${routes.reviewDue()} in ${dist}`);
  return day;
}

const locsIn = (file: string) =>
  [...readFileSync(file, 'utf-8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').trim());

/** Every page path listed in the built sitemap(s), e.g. ["/", "/krav/", ...]. */
export function sitemapPaths(dist = outDir): string[] {
  const index = path.join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`No sitemap-index.xml in ${dist}: is the site built?`);
  const sitemaps = locsIn(index).map((loc) => path.join(dist, new URL(loc).pathname));
  return [...new Set(sitemaps.flatMap(locsIn).map((loc) => new URL(loc).pathname))].sort();
}

/**
 * Names of the fixed routes inside a section (src/pages/krav/finn.astro → "finn"), so that
 * /krav/finn/ is not taken for a requirement called "finn".
 */
function fixedRoutesIn(section: string): Set<string> {
  const folder = path.join(root, 'src/pages', section);
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder)
      .filter((name) => !name.startsWith('[') && !name.startsWith('_') && name !== 'index.astro')
      .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, '')),
  );
}

/** Paths one level below a section's list page (/krav/<x>/), fixed routes excluded. */
function entryPaths(paths: string[], sectionPath: string): string[] {
  const section = sectionPath.replace(/^\/|\/$/g, '');
  const fixed = fixedRoutesIn(section);
  return paths.filter((p) => {
    const match = new RegExp(`^/${section}/([^/]+)/$`).exec(p);
    return match !== null && !fixed.has(match[1] ?? '');
  });
}

/** The page types every browser gate visits, and how to find one of each in the sitemap. */
export const PAGE_TYPES = {
  forside: (paths: string[]) => paths.filter((p) => p === routes.home()),
  'liste (krav)': (paths: string[]) => paths.filter((p) => p === routes.requirements()),
  krav: (paths: string[]) => entryPaths(paths, routes.requirements()),
  eksempel: (paths: string[]) => entryPaths(paths, routes.cases()),
  møte: (paths: string[]) => entryPaths(paths, routes.meetings()),
  anskaffelse: (paths: string[]) => entryPaths(paths, routes.procurements()),
  mal: (paths: string[]) => entryPaths(paths, routes.templates()),
  kurs: (paths: string[]) => entryPaths(paths, routes.courses()),
  leksjon: (paths: string[]) => {
    const courses = new Set(entryPaths(paths, routes.courses()));
    return paths.filter((p) => courses.has(p.replace(/[^/]+\/$/, '')));
  },
  ordliste: (paths: string[]) => paths.filter((p) => p === routes.glossary()),
  søk: (paths: string[]) => paths.filter((p) => p === routes.search()),
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** One path per page type, the first in the sitemap; undefined when the site has none yet. */
export function pagePerType(paths = sitemapPaths()): Record<PageType, string | undefined> {
  return Object.fromEntries(
    Object.entries(PAGE_TYPES).map(([type, find]) => [type, find(paths)[0]]),
  ) as Record<PageType, string | undefined>;
}

/** The main navigation's eight sections, in order: the label a reader sees and the address. */
export const MAIN_SECTIONS = [
  { label: 'Krav', path: routes.requirements() },
  { label: 'For leverandører', path: routes.suppliers() },
  { label: 'Markedsdialog', path: routes.meetings() },
  { label: 'Erfaringer', path: routes.cases() },
  { label: 'Maler', path: routes.templates() },
  { label: 'Kurs', path: routes.courses() },
  { label: 'Ordliste', path: routes.glossary() },
  { label: 'Søk', path: routes.search() },
];

/** A word that the search index certainly holds (the portal's subject). */
export const SEARCH_QUERY = 'sosial dialog';

/**
 * Prints the gate's one summary line after the file's tests: "✓ gate: text", or "✗ gate: …"
 * with the number of failing tests. `text` is called at the end, so it can report counts.
 */
export function summarizeGate(gate: string, text: () => string) {
  let failed = 0;
  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      failed += 1;
    });
  });
  afterAll(() => {
    console.log(
      `${failed ? '✗' : '✓'} ${gate}: ${text()}${failed ? `; ${failed} failing tests` : ''}`,
    );
  });
}

/** Types the search query into the search page's field and waits for the first hit. */
export async function searchFor(page: Page, query = SEARCH_QUERY) {
  const field = page.locator('main input[type="search"], main input[name="q"]').first();
  await field.fill(query);
  await field.press('Enter');
  // Results arrive asynchronously (Pagefind loads its index): wait for a link in the hit list
  // (src/components/search/SearchPage.astro).
  await page.locator('[data-search-list] a').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** The button that marks a lesson as done (src/components/courses/MarkDone.astro). */
export const markDoneControl = (page: Page) => page.locator('[data-eh-done] button').first();

/** The course page's progress box (src/components/courses/CourseProgress.astro). */
export const courseProgress = (page: Page) => page.locator('[data-eh-progress]').first();

/**
 * Uses the page's enhancement, so the browser gates see the states that only JavaScript
 * brings: a search with hits, a lesson marked as done.
 */
export async function exercise(page: Page, type: PageType) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  if (type === 'søk') await searchFor(page);
  if (type === 'leksjon') {
    const mark = markDoneControl(page);
    if (await mark.count()) await mark.click();
  }
  await page.waitForLoadState('networkidle');
}
