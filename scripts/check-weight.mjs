#!/usr/bin/env node
/**
 * Gate: page weight. For every built page, adds up the gzip size of its HTML, the stylesheets
 * it links and the JavaScript it loads (script src, inline scripts and their static and
 * literal dynamic imports). A content page may weigh at most 50 kB and ship no JavaScript;
 * the few enhancements that need JavaScript each have their own budget in BUDGETS below.
 * Fonts, images and the search index fetched at query time are not counted.
 *
 *   node scripts/check-weight.mjs [dist]      (default $PORTAL_OUT_DIR or dist/)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startTags } from './check-links.mjs';
import {
  distDir,
  fileOfUrlPath,
  filesIn,
  kilobytes,
  summaryLine,
  urlPathOf,
} from './dist-files.mjs';

/** Every content page: HTML + CSS + JS, gzip. */
export const DEFAULT_BUDGET = { total: 50_000, js: 0 };

/**
 * Added to every page's budget: the layout's classic script that sets `js-enabled` before first
 * paint (src/layouts/js-enabled.js, 148 bytes gzip).
 */
export const LAYOUT_SCRIPT_BUDGET = { js: 200, why: 'js-enabled i <head>' };

/**
 * The only pages allowed to ship JavaScript, each with what it is for and its own budget
 * (bytes, gzip). A page matches the first row whose pattern fits its URL path; English pages
 * (/en/…, src/lib/routes.ts) have the budget of their Norwegian counterparts.
 */
/**
 * One small enhancement: its own module plus the shared message formatter (src/i18n/format.ts,
 * 0.9 kB gzip, for plurals and placeholders in the page's language, issue 15), which the
 * since-last-visit tags and the meeting watch load; the largest such page needs 2.0 kB.
 */
const SMALL_ENHANCEMENT = { total: 52_500, js: 2_500 };

export const BUDGETS = [
  {
    pages: /^\/(sok|en\/search)\/$/,
    why: 'søkesiden: Pagefind-søk i nettleseren',
    total: 80_000,
    js: 30_000,
  },
  {
    pages: /^\/(krav\/finn|en\/requirements\/finder)\/$/,
    why: 'kravfinneren: viser kravene mens man velger',
    total: 54_000,
    js: 4_000,
  },
  {
    pages:
      /^\/(krav\/(?!finn\/|endringer\/|hoyrisiko\/)|en\/requirements\/(?!finder\/|high-risk\/))[^/]+\/$/,
    why: 'kravsidene: kopiknapp for kravteksten',
    ...SMALL_ENHANCEMENT,
  },
  {
    pages: /^\/(markedsdialog|en\/market-dialogue)\/([^/]+\/)?$/,
    why: 'markedsdialog: merker et møte som gjennomført når slutten har passert',
    ...SMALL_ENHANCEMENT,
  },
  {
    pages: /^\/nytt\/$/,
    why: 'nytt og endret: merker det som er nytt siden forrige besøk (localStorage)',
    ...SMALL_ENHANCEMENT,
  },
  {
    pages:
      /^\/(krav\/((kategori|type|del)\/[^/]+\/)?|maler\/((fase|for)\/[^/]+\/)?|anskaffelser\/|erfaringer\/|en\/requirements\/((category|type|part)\/[^/]+\/)?|en\/procurements\/|en\/cases\/)$/,
    why: 'listene: merker det som er endret siden forrige besøk (localStorage)',
    ...SMALL_ENHANCEMENT,
  },
  {
    pages: /^\/kurs\/([^/]+\/){0,2}$/,
    why: 'kurs og leksjoner: fremdrift (localStorage) og quiz',
    total: 54_000,
    js: 4_000,
  },
  {
    // Only editors open it; Decap CMS is one prebuilt bundle (1.52 MB gzip in 3.16.3, plus
    // chunks it loads on demand). The row keeps it from growing unnoticed on an upgrade.
    pages: /^\/admin\/$/,
    why: 'webredigeringen (Decap CMS), bare for redaktører',
    total: 1_560_000,
    js: 1_555_000,
  },
];

/**
 * Added to a page's budget when it ends with the feedback form: built only when a feedback
 * endpoint is configured (PORTAL_FEEDBACK_ENDPOINT), and then on every content page.
 */
export const FEEDBACK_FORM_BUDGET = { js: 2_000, why: 'tilbakemeldingsskjemaet' };

/** The budget that applies to a URL path (and a page with the feedback form). */
export function budgetFor(urlPath, { feedbackForm = false } = {}) {
  const row = BUDGETS.find((budget) => budget.pages.test(urlPath));
  const base = row
    ? { ...row, pattern: row.pages.source }
    : { ...DEFAULT_BUDGET, why: 'innholdsside' };
  const budget = {
    ...base,
    js: base.js + LAYOUT_SCRIPT_BUDGET.js,
    total: base.total + LAYOUT_SCRIPT_BUDGET.js,
  };
  return feedbackForm
    ? {
        ...budget,
        js: budget.js + FEEDBACK_FORM_BUDGET.js,
        total: budget.total + FEEDBACK_FORM_BUDGET.js,
        why: `${budget.why}, og ${FEEDBACK_FORM_BUDGET.why}`,
      }
    : budget;
}

const gzipCache = new Map();
const gzipBytes = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length);
  return gzipCache.get(file);
};

/** Script types that run as JavaScript (JSON-LD and other data blocks do not). */
const isExecutable = (type) =>
  type === undefined ||
  type === '' ||
  /^(module|(text|application)\/(java|ecma)script)$/i.test(type);

/**
 * The JS files a module pulls in: static imports, dynamic imports of literal paths, and
 * site-absolute .js paths in strings (a module loaded later by a computed import(), such as
 * /pagefind/pagefind.js). Pagefind's WebAssembly and index chunks, fetched on the first
 * search, are not counted.
 */
function jsGraph(dist, entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf-8');
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.m?js)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g),
    ...code.matchAll(/["'`](\/[\w./-]+\.m?js)["'`]/g),
  ].map((m) => m[1] ?? '');
  for (const specifier of specifiers) {
    const target = specifier.startsWith('/')
      ? fileOfUrlPath(dist, specifier)
      : path.resolve(path.dirname(entry), specifier);
    if (target) jsGraph(dist, target, seen);
  }
  return seen;
}

/** Weight of one page: { path, html, css, js, total, scripts }. */
export function weighPage(dist, file) {
  const html = readFileSync(file, 'utf-8');
  const urlPath = urlPathOf(dist, file);
  const resolve = (href) =>
    fileOfUrlPath(dist, new URL(href, `http://portal.invalid${urlPath}`).pathname);
  const cssFiles = new Set();
  const jsFiles = new Set();
  let inlineJs = 0;
  for (const tag of startTags(html)) {
    const rel = tag.attributes.get('rel') ?? '';
    if (tag.name === 'link' && /\bstylesheet\b/.test(rel)) {
      const css = resolve(tag.attributes.get('href') ?? '');
      if (css && existsSync(css)) cssFiles.add(css);
    }
    if (tag.name === 'link' && /\bmodulepreload\b/.test(rel)) {
      const js = resolve(tag.attributes.get('href') ?? '');
      if (js) jsGraph(dist, js, jsFiles);
    }
    if (
      tag.name === 'script' &&
      isExecutable(tag.attributes.get('type')) &&
      tag.attributes.has('src')
    ) {
      const js = resolve(tag.attributes.get('src') ?? '');
      if (js) jsGraph(dist, js, jsFiles);
    }
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(match[1] ?? '')?.[1];
    if (isExecutable(type) && (match[2] ?? '').trim()) inlineJs += gzipSync(match[2] ?? '').length;
  }
  const htmlBytes = gzipSync(html).length;
  const css = [...cssFiles].reduce((sum, f) => sum + gzipBytes(f), 0);
  const js = [...jsFiles].reduce((sum, f) => sum + gzipBytes(f), 0) + inlineJs;
  return {
    path: urlPath,
    html: htmlBytes,
    css,
    js,
    total: htmlBytes + css + js,
    scripts: [...jsFiles].map((f) => urlPathOf(dist, f)).concat(inlineJs ? ['(inline)'] : []),
    feedbackForm: /<form\b[^>]*\bdata-feedback-form\b/.test(html),
  };
}

/** Weighs every page against its budget; resolves to { ok, summary, details, pages, failures }. */
export async function checkWeight(dist, { heaviest = 8 } = {}) {
  const pages = filesIn(dist, ['.html']).map((file) => weighPage(dist, file));
  const failures = [];
  for (const page of pages) {
    const budget = budgetFor(page.path, page);
    if (page.js > budget.js) {
      failures.push(
        budget.js === 0
          ? `${page.path}: ships ${kilobytes(page.js)} JavaScript (${page.scripts.join(', ')}); content pages ship none – add a row to BUDGETS in scripts/check-weight.mjs only if the page needs it`
          : `${page.path}: ${kilobytes(page.js)} JavaScript, budget ${kilobytes(budget.js)} (${budget.why})`,
      );
    }
    if (page.total > budget.total) {
      failures.push(
        `${page.path}: ${kilobytes(page.total)} (HTML ${kilobytes(page.html)} + CSS ${kilobytes(page.css)} + JS ${kilobytes(page.js)}), budget ${kilobytes(budget.total)} (${budget.why})`,
      );
    }
  }
  const sorted = [...pages].sort((a, b) => b.total - a.total);
  const table = [
    `  ${'Heaviest pages (gzip)'.padEnd(40)} ${['total', 'HTML', 'CSS', 'JS', 'budget'].map((h) => h.padStart(8)).join(' ')}`,
    ...sorted.slice(0, heaviest).map((p) => {
      const cells = [p.total, p.html, p.css, p.js].map((b) => kilobytes(b).padStart(8)).join(' ');
      return `  ${p.path.padEnd(40).slice(0, 40)} ${cells} ${kilobytes(budgetFor(p.path, p).total).padStart(8)}`;
    }),
  ].join('\n');
  const withJs = pages.filter((p) => p.js > 0);
  const top = sorted[0];
  const ok = failures.length === 0;
  const text =
    `${pages.length} pages, ${failures.length} over budget; heaviest ${top?.path} ${kilobytes(top?.total ?? 0)}` +
    `; JavaScript on ${withJs.length} pages` +
    (withJs.length ? ` (largest ${kilobytes(Math.max(...withJs.map((p) => p.js)))})` : '');
  return {
    ok,
    summary: summaryLine(ok, 'page-weight', text),
    details: [table, ...failures].join('\n'),
    pages,
    failures,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checkWeight(distDir());
  console.log(result.details);
  console.log(result.summary);
  process.exit(result.ok ? 0 : 1);
}
