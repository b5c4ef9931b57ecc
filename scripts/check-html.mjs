#!/usr/bin/env node
/**
 * Gate: every built page is valid HTML. Runs html-validate with the project's
 * .htmlvalidate.json (html-validate:recommended) over every .html file in the built site.
 *
 *   node scripts/check-html.mjs [dist]      (default $PORTAL_OUT_DIR or dist/)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate';
import { distDir, filesIn, projectRoot, summaryLine, urlPathOf } from './dist-files.mjs';

/**
 * Why each rule that is switched off or relaxed in .htmlvalidate.json is relaxed. The config
 * format allows no comments, so the reasons live here, and the check refuses a relaxed rule
 * without one.
 */
export const RELAXED_RULES = {
  'long-title':
    'Every <title> is the entry title followed by " – Etisk handel i Oslo kommune" (30 characters), so the ' +
    'default 70 leaves editors 40 characters. The limit is a search-snippet heuristic, not validity or ' +
    'WCAG 2.4.2 (which asks for descriptive titles); 120 still catches a runaway title.',
  'form-dup-name':
    'Filters that work without JavaScript are GET forms with checkbox groups sharing one name ' +
    '(?type=krav&type=mal), which HTML allows; checkboxes are added to the default shared types, nothing else changes.',
};

/** The project's html-validate configuration, checked for unexplained relaxations. */
export function loadConfig() {
  const config = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf-8'));
  const unexplained = Object.keys(config.rules ?? {}).filter((rule) => !(rule in RELAXED_RULES));
  if (unexplained.length > 0) {
    throw new Error(
      `.htmlvalidate.json relaxes ${unexplained.join(', ')} without a reason in RELAXED_RULES (scripts/check-html.mjs).`,
    );
  }
  return config;
}

/** Validates every page; resolves to { ok, summary, details, pages, errors }. */
export async function checkHtml(dist) {
  const validator = new HtmlValidate(new StaticConfigLoader(loadConfig()));
  const files = filesIn(dist, ['.html']);
  const results = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf-8'), file);
    errors += report.errorCount;
    warnings += report.warningCount;
    results.push(...report.results);
  }
  const failing = new Set(
    results.filter((r) => r.errorCount > 0).map((r) => urlPathOf(dist, r.filePath)),
  );
  const ok = errors === 0;
  const text =
    `${files.length} pages, ${errors} errors` +
    (warnings ? `, ${warnings} warnings` : '') +
    (failing.size
      ? ` (in ${[...failing].slice(0, 5).join(', ')}${failing.size > 5 ? ' …' : ''})`
      : '');
  const details = results.length ? formatterFactory('stylish')(results) : '';
  return {
    ok,
    summary: summaryLine(ok, 'html-validate', text),
    details,
    pages: files.length,
    errors,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checkHtml(distDir());
  if (result.details) console.log(result.details);
  console.log(result.summary);
  process.exit(result.ok ? 0 : 1);
}
