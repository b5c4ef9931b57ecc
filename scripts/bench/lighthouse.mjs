/**
 * Lighthouse (pinned 12.2.3) over the built site as readers get it: dist/ served by Debian's
 * nginx with the production configuration, audited in Debian's Chromium. One page of each
 * kind the issue names: home, a requirement, the finder, a meeting, the templates list,
 * a lesson, and the search page with a query.
 *
 *   const runs = await lighthouseRuns(dist, { formFactors: ['mobile', 'desktop'] });
 *
 * Each page gets a fresh Chromium; the four category scores (0–100) come back per page
 * and form factor. "mobile" is Lighthouse's default (simulated slow 4G, 4× slower CPU),
 * "desktop" its desktop preset.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveWithNginx } from '../nginx/serve.mjs';
import { CHROMIUM_ARGS, ensureSystem } from '../system-deps.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** What the search page is asked; the same query the browser tests use. */
export const SEARCH_QUERY = 'sosial dialog';
/** Targets: 100 everywhere, but performance at least 95 on the search page. */
export const TARGETS = { default: 100, searchPerformance: 95 };

/** Chromium flags: the browser tests' set (nothing phones home), headless. */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const locs = (file) =>
  [...readFileSync(file, 'utf-8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());

/** The audited pages, picked from the built sitemap: [{ name, path }]. */
export function auditedPages(dist) {
  const sitemaps = locs(path.join(dist, 'sitemap-index.xml')).map((loc) =>
    path.join(dist, new URL(loc).pathname),
  );
  const paths = sitemaps.flatMap(locs).map((loc) => new URL(loc).pathname);
  const fixed = /^\/krav\/(finn|endringer|hoyrisiko|del|kategori|type|sjekkliste)\/$/;
  const first = (pattern, name) => {
    const found = paths.find((p) => pattern.test(p) && !fixed.test(p));
    if (!found) throw new Error(`Lighthouse: no ${name} page in the sitemap`);
    return found;
  };
  return [
    { name: 'forside', path: '/' },
    { name: 'krav', path: first(/^\/krav\/[^/]+\/$/, 'requirement') },
    { name: 'kravfinner', path: '/krav/finn/' },
    { name: 'møte', path: first(/^\/markedsdialog\/[^/]+\/$/, 'meeting') },
    { name: 'maler', path: '/maler/' },
    { name: 'leksjon', path: first(/^\/kurs\/[^/]+\/[^/]+\/$/, 'lesson') },
    { name: 'søk', path: `/sok/?q=${encodeURIComponent(SEARCH_QUERY)}` },
  ];
}

/** Runs Lighthouse once on `url`; resolves to { scores, metrics, version }. */
async function audit(url, { chromium, formFactor }) {
  const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: CHROME_FLAGS });
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    };
    const result = await lighthouse(
      url,
      flags,
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const below = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .filter((a) =>
        CATEGORIES.some((id) =>
          lhr.categories[id]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
        ),
      )
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    const metric = (id) => lhr.audits[id]?.numericValue;
    return {
      scores,
      below,
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      version: lhr.lighthouseVersion,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Runs `audit` again, once, when Lighthouse could not record the page load (on a busy machine
 * its trace sometimes lacks the navigation start, NO_NAVSTART, and it asks to be run again),
 * instead of losing the whole table to one page.
 */
async function auditWithRetry(url, options, say) {
  try {
    return await audit(url, options);
  } catch (error) {
    if (!/NO_NAVSTART|NO_FCP|NO_LCP/.test(String(error))) throw error;
    say(`lighthouse: ${String(error.message ?? error)}; running it once more`);
    return audit(url, options);
  }
}

/**
 * Serves `dist` with nginx and audits every page in every form factor.
 * Resolves to [{ name, path, formFactor, scores, below, metrics }].
 */
export async function lighthouseRuns(
  dist,
  { formFactors = ['mobile', 'desktop'], say = () => {} } = {},
) {
  const { chromium, nginx } = ensureSystem(['chromium', 'nginx']);
  const site = await serveWithNginx(dist, { nginx });
  const runs = [];
  try {
    for (const formFactor of formFactors) {
      for (const page of auditedPages(dist)) {
        say(`lighthouse: ${formFactor} ${page.path}`);
        const result = await auditWithRetry(
          `${site.url}${page.path}`,
          { chromium, formFactor },
          say,
        );
        runs.push({ ...page, formFactor, ...result });
      }
    }
  } finally {
    await site.close();
  }
  return runs;
}

/** Whether a run meets the targets. */
export function meetsTargets(run) {
  return CATEGORIES.every((id) => {
    const target =
      id === 'performance' && run.name === 'søk' ? TARGETS.searchPerformance : TARGETS.default;
    return run.scores[id] >= target;
  });
}

/** A Markdown table: one row per page and form factor. */
export function lighthouseTable(runs) {
  const rows = [
    '| side | adresse | form | ytelse | tilgjengelighet | beste praksis | SEO | LCP | TBT |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (run) =>
        `| ${run.name} | \`${run.path}\` | ${run.formFactor} | ${CATEGORIES.map((id) => run.scores[id]).join(' | ')} | ` +
        `${(run.metrics.lcpMs / 1000).toFixed(1)} s | ${Math.round(run.metrics.tbtMs)} ms |`,
    ),
  ];
  return rows.join('\n');
}
