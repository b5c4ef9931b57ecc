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
 * (src/lib/search/index-html.ts), as a ready record of its text, metadata and filters where one
 * can be made (src/lib/search/index-record.ts; Pagefind's program then parses no HTML), made in
 * worker threads on every core
 * (src/lib/search/copy-workers.ts) and kept in memory until the whole site's words are known and
 * the hints can be added. Pagefind's files come back in memory and are finished there
 * (src/lib/search/index-output.ts) before they are written.
 * Reads and writes $PORTAL_OUT_DIR (default dist/); the index goes to <out>/pagefind/.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import * as pagefind from 'pagefind';
import { CHUNK_SIZE_VARIABLE, indexChunkSize } from '../src/lib/search/chunk-size.ts';
import { compoundHints } from '../src/lib/search/compounds.ts';
import { CopyWorkers } from '../src/lib/search/copy-workers.ts';
import { copyWithHints, recordWithHints } from '../src/lib/search/index-html.ts';
import {
  finishFragments,
  finishMetadata,
  IndexOutputError,
} from '../src/lib/search/index-output.ts';
import { inOrder } from '../src/lib/search/in-order.ts';
import { usePackedEngines } from '../src/lib/search/engine-wasm.ts';
import { minifyEngine } from '../src/lib/search/minify-engine.ts';
import { isMetadata, MetadataPacker } from '../src/lib/search/pack-metadata.ts';
import { writeIndexFiles } from '../src/lib/search/write-index.ts';
import { COMPOUNDING, LANGUAGES } from '../src/lib/search/page-copy.ts';

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
/**
 * Pages read ahead of the one being parsed, or sent to Pagefind ahead of the one it indexes, so
 * the workers and Pagefind never wait for the next.
 */
const IN_FLIGHT = 64;

const outDir = path.resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
const indexDir = path.join(outDir, 'pagefind');

/** "krav/x/index.html" → "/krav/x/", as the site serves it. */
const urlOf = (file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function fail(message) {
  console.error(`Søkeindeksen kunne ikke bygges: ${message}`);
  process.exit(1);
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
  '../src/lib/search/page-copy.ts',
  '../src/lib/search/index-html.ts',
  '../src/lib/search/index-record.ts',
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

const copyWorkers = new CopyWorkers();

/** A page's index copy and words (`null` for a page that is no search target). */
async function copyOf(file, bytes) {
  const hash = createHash('sha256').update(bytes).digest('base64');
  let copy = previousCopies.get(hash);
  if (copy === undefined) {
    const made = await copyWorkers.copy(bytes);
    if ('wrongLanguage' in made) {
      fail(`${file} har språket «${made.wrongLanguage}», ventet ${LANGUAGES.join(' eller ')}.`);
    }
    const { html, record, weight, words } = made.copy ?? {};
    const buffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    copy = made.copy
      ? {
          ...(record
            ? { record: { ...record, text: buffer(record.text) } }
            : { html: buffer(html) }),
          weight,
          words,
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
  await inOrder(
    htmlFiles,
    async (file) => {
      const copy = await copyOf(file, await readFile(path.join(outDir, file)));
      if (!copy) return undefined;
      if (copy.words) for (const word of copy.words.split(' ')) vocabulary.add(word);
      return { file, html: copy.html, record: copy.record, weight: copy.weight, words: copy.words };
    },
    IN_FLIGHT,
  )
).filter(Boolean);
await copyWorkers.close();
if (targets.length === 0) {
  fail(`ingen sider i ${outDir} er merket som søkbare (data-pagefind-body). Er sidene bygget?`);
}

// Index chunks sized to the site, so a lookup fetches little more than its word
// (src/lib/search/chunk-size.ts). Pagefind's program reads it when the index is created.
process.env[CHUNK_SIZE_VARIABLE] = String(indexChunkSize(targets.length));
// No forced language: Pagefind reads each copy's <html lang> and writes an index per language.
const { index, errors: createErrors } = await pagefind.createIndex();
if (!index) fail(createErrors.join('\n'));

// Index each page, with the heads of its compounds as extra words.
const splits = new Map();
let hinted = 0;
const responses = await inOrder(
  targets,
  (page) => {
    const hints = compoundHints(page.words ? page.words.split(' ') : [], vocabulary, splits);
    if (hints.length > 0) hinted++;
    const url = urlOf(page.file);
    if (page.record) {
      const { text, language, meta, filters, sort, bodyWeight } = page.record;
      page.record = undefined;
      const content = recordWithHints(
        { text: text.toString('utf-8'), bodyWeight },
        page.weight,
        hints,
      );
      return index.addCustomRecord({ url, content, language, meta, filters, sort });
    }
    const content = copyWithHints(
      { html: page.html.toString('utf-8'), weight: page.weight },
      hints,
    );
    page.html = undefined;
    return index.addHTMLFile({ url, content });
  },
  IN_FLIGHT,
);
const addErrors = responses.flatMap((response, i) =>
  response.errors.map((e) => `${targets[i].file}: ${e}`),
);
if (addErrors.length > 0) fail(addErrors.join('\n'));

// Pagefind builds the index on its own core; meanwhile this thread packs the copies for the
// next build (src/lib/search/copy-workers.ts), into a file that replaces the last one only
// once an index has been written: this build's pages alone.
const builtFiles = index.getFiles();
const metadataPacker = new MetadataPacker();
const copiesNext = `${copiesFile}.next`;
await mkdir(path.dirname(copiesFile), { recursive: true });
const copiesSaved = writeFile(copiesNext, serialize({ key: copiesKey, pages: copies }));

// The files in memory, finished there (src/lib/search/index-output.ts), then written once, over
// the last build's (src/lib/search/write-index.ts).
const built = await builtFiles;
if (built.errors.length > 0) fail(built.errors.join('\n'));
await pagefind.close();
const files = new Map(
  built.files
    .filter((file) => !UNUSED.includes(file.path))
    .map((file) => [file.path.split(path.sep).join('/'), file.content]),
);
let indexed;
// The metadata, which every first search loads, packed with zopfli on a worker thread
// (src/lib/search/pack-metadata.ts) while this one finishes the fragments and writes the rest.
const packing = new Map();
try {
  const metadata = finishMetadata(files, LANGUAGES, COMPOUNDING);
  indexed = metadata.indexed;
  for (const [file, bytes] of files)
    if (isMetadata(file)) packing.set(file, metadataPacker.pack(bytes));
  finishFragments(files, metadata.pageIds);
} catch (error) {
  if (error instanceof IndexOutputError) fail(`${indexDir}: ${error.message}`);
  throw error;
}
await writeIndexFiles(
  indexDir,
  new Map([...files].map(([file, bytes]) => [file, packing.get(file) ?? bytes])),
);
await metadataPacker.close();
// The search page loads Pagefind's scripts and engine ahead of the first query: the scripts
// minified, the engine packed with zopfli (src/lib/search/engine-wasm.ts).
await minifyEngine(indexDir);
for (const engine of await usePackedEngines(indexDir)) {
  if (!engine.packed && !engine.file.includes('.unknown.'))
    console.warn(
      `Søkeindeksen: ingen pakket kopi av ${engine.file} for denne Pagefind-versjonen; kjør node scripts/pack-search-engine.mjs etter bygget.`,
    );
}

await copiesSaved;
await rename(copiesNext, copiesFile);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Søkeindeks: ${targets.length} sider på ${indexed.join(', ')} (${hinted} med ordledd fra sammensatte ord) → ` +
    `${path.relative(process.cwd(), indexDir) || indexDir} på ${seconds} s`,
);
