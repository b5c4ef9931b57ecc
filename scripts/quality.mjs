#!/usr/bin/env node
/**
 * The post-build quality gates over the built site, one summary line each:
 * valid HTML, links and anchors, page weight. The browser gates (axe, keyboard, third-party
 * requests, CSP) run in `npm run test:e2e`; the draft-leak gate in the build tests.
 *
 *   node scripts/quality.mjs [dist] [--verbose]      (default $PORTAL_OUT_DIR or dist/)
 *
 * Details of a failing gate are printed above the summary; --verbose prints them always.
 */
import { checkHtml } from './check-html.mjs';
import { checkLinks } from './check-links.mjs';
import { checkWeight } from './check-weight.mjs';
import { distDir } from './dist-files.mjs';

const verbose = process.argv.includes('--verbose');
const dist = distDir();
const gates = [checkHtml, checkLinks, checkWeight];

const results = [];
for (const gate of gates) {
  try {
    results.push(await gate(dist));
  } catch (error) {
    results.push({
      ok: false,
      summary: `✗ ${gate.name}: crashed`,
      details: String(error?.stack ?? error),
    });
  }
}
for (const result of results) {
  if (result.details && (verbose || !result.ok)) console.log(`${result.details}\n`);
}
for (const result of results) console.log(result.summary);
process.exit(results.every((result) => result.ok) ? 0 : 1);
