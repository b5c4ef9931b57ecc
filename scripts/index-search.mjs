#!/usr/bin/env node
/**
 * The search index, built after `astro build` as part of `npm run build`: Pagefind over the
 * pages the layout marks as search targets (`data-pagefind-body`: entry pages, never lists or
 * navigation), in Norwegian bokmål so words are stemmed ("leverandører" finds "leverandør"),
 * with compound hints so "klær" finds "arbeidsklær" (src/lib/search/compounds.ts).
 * Reads and writes $PORTAL_OUT_DIR (default dist/); the index goes to <out>/pagefind/.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compoundHints, wordsOf } from '../src/lib/search/compounds.ts';
import { bodyText, isSearchable, withHints } from '../src/lib/search/index-html.ts';

const LANGUAGE = 'nb';
/** Pagefind's ready-made interfaces: the portal has its own search page, so they are not shipped. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** Pages handed to Pagefind at once. */
const BATCH = 32;

const outDir = path.resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
const indexDir = path.join(outDir, 'pagefind');

/** "krav/x/index.html" → "/krav/x/", as the site serves it. */
const urlOf = (file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function fail(message) {
  console.error(`Søkeindeksen kunne ikke bygges: ${message}`);
  process.exit(1);
}

const started = Date.now();
const htmlFiles = (await readdir(outDir, { recursive: true }))
  .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
  .sort();

// First pass: which pages are search targets, and every word the site uses (for compounds).
const targets = [];
const vocabulary = new Set();
for (const file of htmlFiles) {
  const html = await readFile(path.join(outDir, file), 'utf-8');
  if (!isSearchable(html)) continue;
  targets.push(file);
  for (const word of wordsOf(bodyText(html))) vocabulary.add(word);
}
if (targets.length === 0) {
  fail(`ingen sider i ${outDir} er merket som søkbare (data-pagefind-body). Er sidene bygget?`);
}

await rm(indexDir, { recursive: true, force: true });
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
if (!index) fail(createErrors.join('\n'));

// Second pass: index each page, with the heads of its compounds as extra words.
const splits = new Map();
let hinted = 0;
for (let i = 0; i < targets.length; i += BATCH) {
  const batch = targets.slice(i, i + BATCH);
  const responses = await Promise.all(
    batch.map(async (file) => {
      const html = await readFile(path.join(outDir, file), 'utf-8');
      const hints = compoundHints(wordsOf(bodyText(html)), vocabulary, splits);
      if (hints.length > 0) hinted++;
      return index.addHTMLFile({ url: urlOf(file), content: withHints(html, hints) });
    }),
  );
  const errors = responses.flatMap((response, j) =>
    response.errors.map((e) => `${batch[j]}: ${e}`),
  );
  if (errors.length > 0) fail(errors.join('\n'));
}

const written = await index.writeFiles({ outputPath: indexDir });
if (written.errors.length > 0) fail(written.errors.join('\n'));
await pagefind.close();
await Promise.all(UNUSED.map((file) => rm(path.join(indexDir, file), { force: true })));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Søkeindeks: ${targets.length} sider (${hinted} med ordledd fra sammensatte ord) → ` +
    `${path.relative(process.cwd(), indexDir) || indexDir} på ${seconds} s`,
);
