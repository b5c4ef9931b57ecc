#!/usr/bin/env node
/**
 * The post-build quality gates over the built site, one summary line each:
 * valid HTML (html-validate, and the Nu Html Checker over pages, CSS and SVG), links and
 * anchors, page weight, and every published file format read back by an independent parser
 * (calendars, feeds, Word documents, open data; scripts/check-formats.mjs). The browser gates (axe, keyboard, third-party
 * requests, CSP) run in `npm run test:e2e`; the draft-leak gate in the build tests.
 *
 *   node scripts/quality.mjs [dist] [--verbose]      (default $PORTAL_OUT_DIR or dist/)
 *
 * Details of a failing gate are printed above the summary; --verbose prints them always.
 */
import { checkHtml } from './check-html.mjs';
import { FORMAT_GATES } from './check-formats.mjs';
import { checkLinks } from './check-links.mjs';
import { checkVnu } from './check-vnu.mjs';
import { checkWeight } from './check-weight.mjs';
import { distDir } from './dist-files.mjs';

const verbose = process.argv.includes('--verbose');
const dist = distDir();
const gates = [checkHtml, checkVnu, checkLinks, checkWeight, ...FORMAT_GATES];

const run = async (gate) => {
  try {
    return await gate(dist);
  } catch (error) {
    return {
      ok: false,
      summary: `✗ ${gate.name}: crashed`,
      details: String(error?.stack ?? error),
    };
  }
};
// The Nu Html Checker is one Java process: it runs while the other gates run here.
const vnu = run(checkVnu);
const results = [];
for (const gate of gates) results.push(gate === checkVnu ? vnu : await run(gate));
for (let i = 0; i < results.length; i += 1) results[i] = await results[i];
for (const result of results) {
  if (result.details && (verbose || !result.ok)) console.log(`${result.details}\n`);
}
for (const result of results) console.log(result.summary);
process.exit(results.every((result) => result.ok) ? 0 : 1);
