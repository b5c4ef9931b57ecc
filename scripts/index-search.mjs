#!/usr/bin/env node
/**
 * The search index, built after `astro build` as part of `npm run build`: Pagefind over the
 * pages the layout marks as search targets (`data-pagefind-body`: entry pages, never lists or
 * navigation), one index per language of the pages' `<html lang>` (the search page loads the
 * index of its own language, so English pages find English results): Norwegian bokmål so words
 * are stemmed ("leverandører" finds "leverandør"), with compound hints so "klær" finds
 * "arbeidsklær" (src/lib/search/compounds.ts), and English; chunk ranges
 * that hold their words (src/lib/search/chunk-bounds.ts) and are sized to the site
 * (src/lib/search/chunk-size.ts), short result ids (src/lib/search/page-ids.ts), and the date
 * order the search page
 * sorts by (src/lib/search/date-order.ts).
 *
 * Each page is read once: Pagefind gets a small copy of its searchable part
 * (src/lib/search/index-html.ts), kept in memory until the whole site's words are known and
 * the hints can be added.
 * Reads and writes $PORTAL_OUT_DIR (default dist/); the index goes to <out>/pagefind/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { closeChunkBounds, decodeCbor, encodeCbor } from '../src/lib/search/chunk-bounds.ts';
import { CHUNK_SIZE_VARIABLE, indexChunkSize } from '../src/lib/search/chunk-size.ts';
import { compoundHints, wordsOf } from '../src/lib/search/compounds.ts';
import { DATE_ORDER_FILE, dateOrder } from '../src/lib/search/date-order.ts';
import { copyWithHints, indexCopy } from '../src/lib/search/index-html.ts';
import { usePackedEngines } from '../src/lib/search/engine-wasm.ts';
import { minifyEngine } from '../src/lib/search/minify-engine.ts';
import { shortenPageIds } from '../src/lib/search/page-ids.ts';

/** The site's languages; compound hints are for Norwegian only. */
const LANGUAGES = ['nb', 'en'];
const COMPOUNDING = 'nb';
const langOf = (html) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? COMPOUNDING;
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
/** Pages read, or handed to Pagefind, at once. */
const BATCH = 32;
/** How Pagefind marks a decompressed file (fragment, metadata), before its content. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

const outDir = path.resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
const indexDir = path.join(outDir, 'pagefind');

/** "krav/x/index.html" → "/krav/x/", as the site serves it. */
const urlOf = (file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function fail(message) {
  console.error(`Søkeindeksen kunne ikke bygges: ${message}`);
  process.exit(1);
}

async function inBatches(items, work) {
  const results = [];
  for (let i = 0; i < items.length; i += BATCH)
    results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  return results;
}

/**
 * What the first pass makes of each page, kept between builds by the page's bytes, so a warm
 * build parses only the pages that changed: in the cache folder, valid for this version of the
 * code that makes it (the index copy and the words).
 */
const copiesFile = path.join(
  path.resolve(process.env.PORTAL_CACHE_DIR ?? 'node_modules/.astro'),
  'search-copies.bin',
);
const copiesCode = createHash('sha256');
for (const file of [
  '../src/lib/search/index-html.ts',
  '../src/lib/search/compounds.ts',
  '../node_modules/htmlparser2/package.json',
])
  copiesCode.update(await readFile(new URL(file, import.meta.url)));
const copiesKey = `${LANGUAGES.join(',')} ${copiesCode.digest('hex')}`;
const previousCopies = await readFile(copiesFile)
  .then((bytes) => deserialize(bytes))
  .then((saved) => (saved.key === copiesKey ? saved.pages : new Map()))
  .catch(() => new Map());
const copies = new Map();

/** A page's index copy and words (`null` for a page that is no search target). */
function copyOf(bytes) {
  const hash = createHash('sha256').update(bytes).digest('base64');
  let copy = previousCopies.get(hash);
  if (copy === undefined) {
    const html = bytes.toString('utf-8');
    const lang = langOf(html);
    if (!LANGUAGES.includes(lang))
      fail(`en side har språket «${lang}», ventet ${LANGUAGES.join(' eller ')}.`);
    const made = indexCopy(html, lang);
    copy = made
      ? {
          html: Buffer.from(made.html),
          weight: made.weight,
          // Compound hints only for Norwegian words.
          words: lang === COMPOUNDING ? [...new Set(wordsOf(made.text))] : [],
        }
      : null;
  }
  copies.set(hash, copy);
  return copy;
}

const started = Date.now();
const htmlFiles = (await readdir(outDir, { recursive: true }))
  .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
  .sort();

// One pass over the pages: which are search targets, their index copies, and every word the
// site uses (for compounds). Copies are kept as bytes (a third of the size of a JS string), the
// words as one string per page.
const vocabulary = new Set();
const targets = (
  await inBatches(htmlFiles, async (file) => {
    const copy = copyOf(await readFile(path.join(outDir, file)));
    if (!copy) return undefined;
    for (const word of copy.words) vocabulary.add(word);
    return { file, html: copy.html, weight: copy.weight, words: copy.words.join(' ') };
  })
).filter(Boolean);
if (targets.length === 0) {
  fail(`ingen sider i ${outDir} er merket som søkbare (data-pagefind-body). Er sidene bygget?`);
}

await rm(indexDir, { recursive: true, force: true });
// Index chunks sized to the site, so a lookup fetches little more than its word
// (src/lib/search/chunk-size.ts). Pagefind's program reads it when the index is created.
process.env[CHUNK_SIZE_VARIABLE] = String(indexChunkSize(targets.length));
// No forced language: Pagefind reads each copy's <html lang> and writes an index per language.
const { index, errors: createErrors } = await pagefind.createIndex();
if (!index) fail(createErrors.join('\n'));

// Index each page, with the heads of its compounds as extra words.
const splits = new Map();
let hinted = 0;
const responses = await inBatches(targets, (page) => {
  const hints = compoundHints(page.words ? page.words.split(' ') : [], vocabulary, splits);
  if (hints.length > 0) hinted++;
  const content = copyWithHints({ html: page.html.toString('utf-8'), weight: page.weight }, hints);
  page.html = undefined;
  return index.addHTMLFile({ url: urlOf(page.file), content });
});
const addErrors = responses.flatMap((response, i) =>
  response.errors.map((e) => `${targets[i].file}: ${e}`),
);
if (addErrors.length > 0) fail(addErrors.join('\n'));

const written = await index.writeFiles({ outputPath: indexDir });
if (written.errors.length > 0) fail(written.errors.join('\n'));
await pagefind.close();
await Promise.all(UNUSED.map((file) => rm(path.join(indexDir, file), { force: true })));
// The search page loads Pagefind's scripts and engine ahead of the first query: the scripts
// minified, the engine packed with zopfli (src/lib/search/engine-wasm.ts).
await minifyEngine(indexDir);
for (const engine of await usePackedEngines(indexDir)) {
  if (!engine.packed && !engine.file.includes('.unknown.'))
    console.warn(
      `Søkeindeksen: ingen pakket kopi av ${engine.file} for denne Pagefind-versjonen; kjør node scripts/pack-search-engine.mjs etter bygget.`,
    );
}

// The metadata: chunk ranges that hold every word of their chunk (src/lib/search/chunk-bounds.ts)
// and short result ids (src/lib/search/page-ids.ts). The file is named by its content, so it
// gets a new name, and the entry file points to it.
const entryFile = path.join(indexDir, 'pagefind-entry.json');
const entry = JSON.parse(await readFile(entryFile, 'utf-8'));
const signature = Buffer.from(FRAGMENT_SIGNATURE);
const indexed = Object.keys(entry.languages ?? {});
if (!indexed.includes(COMPOUNDING)) fail(`${entryFile} nevner ikke språket ${COMPOUNDING}.`);
/** Each fragment's name as Pagefind wrote it → its short id. */
const pageIds = new Map();
for (const lang of indexed) {
  const language = entry.languages[lang];
  if (!LANGUAGES.includes(lang) || !language?.hash) fail(`${entryFile}: ukjent språk «${lang}».`);
  const metaFile = path.join(indexDir, `pagefind.${language.hash}.pf_meta`);
  const metaText = gunzipSync(await readFile(metaFile));
  if (!metaText.subarray(0, signature.length).equals(signature)) {
    fail(
      `${metaFile} er ikke en Pagefind-metadatafil slik denne versjonen av skriptet kjenner dem.`,
    );
  }
  const metaCbor = metaText.subarray(signature.length);
  const meta = decodeCbor(metaCbor);
  // Only a file this code reads and writes back unchanged is rewritten.
  if (!Buffer.from(encodeCbor(meta)).equals(metaCbor)) {
    fail(
      `${metaFile}: formatet er endret (ny Pagefind-versjon?); se src/lib/search/chunk-bounds.ts.`,
    );
  }
  closeChunkBounds(meta);
  for (const [old, id] of shortenPageIds(meta, lang)) pageIds.set(old, id);
  const rewritten = Buffer.concat([signature, encodeCbor(meta)]);
  const hash = `${lang}_${createHash('sha256').update(rewritten).digest('hex').slice(0, 10)}`;
  await rm(metaFile);
  await writeFile(path.join(indexDir, `pagefind.${hash}.pf_meta`), gzipSync(rewritten));
  language.hash = hash;
}
await writeFile(entryFile, JSON.stringify(entry));

// Each fragment moves to its short id, written without the page's text: the search page shows
// a result's title, type, date and summary from its metadata and never Pagefind's excerpt, so
// the text was most of every result's download (2.4 of 2.7 kB gzip per result in the bench
// corpus). The date order comes from the same fragments.
const fragmentDir = path.join(indexDir, 'fragment');
const fragments = (await readdir(fragmentDir)).filter((file) => file.endsWith('.pf_fragment'));
const unlisted = fragments.filter((file) => !pageIds.has(file.slice(0, -'.pf_fragment'.length)));
if (unlisted.length > 0)
  fail(`${fragmentDir}: fragmenter ingen side peker på: ${unlisted.join(', ')}`);
if (fragments.length !== pageIds.size) {
  fail(`${fragmentDir}: ${fragments.length} fragmenter for ${pageIds.size} sider.`);
}
const dated = await inBatches(fragments, async (file) => {
  const fragmentFile = path.join(fragmentDir, file);
  const text = gunzipSync(await readFile(fragmentFile)).toString('utf-8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) {
    fail(`${file} er ikke et Pagefind-fragment slik denne versjonen av skriptet kjenner dem.`);
  }
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length));
  fragment.content = '';
  const id = pageIds.get(file.slice(0, -'.pf_fragment'.length));
  const moved = path.join(fragmentDir, `${id}.pf_fragment`);
  await mkdir(path.dirname(moved), { recursive: true });
  await writeFile(moved, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)));
  await rm(fragmentFile);
  return { id, date: fragment.meta?.updated };
});
if (dated.length === 0) fail(`Pagefind skrev ingen fragmenter til ${fragmentDir}.`);
await writeFile(path.join(indexDir, DATE_ORDER_FILE), JSON.stringify(dateOrder(dated)));
// Saved only after an index was written: this build's pages alone.
await mkdir(path.dirname(copiesFile), { recursive: true });
await writeFile(copiesFile, serialize({ key: copiesKey, pages: copies }));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Søkeindeks: ${targets.length} sider på ${indexed.join(', ')} (${hinted} med ordledd fra sammensatte ord) → ` +
    `${path.relative(process.cwd(), indexDir) || indexDir} på ${seconds} s`,
);
