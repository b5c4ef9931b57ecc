/**
 * The incremental build (astro.config.mjs, src/lib/content/cache-key.ts) never serves stale
 * output. A site with two requirements is built cold; one requirement's text changes; the
 * second, warm build reuses what it can from the cache. Then:
 * - the warm build equals a cold build of the changed content, byte for byte, file by file;
 * - every output that shows the changed text has it (the requirement's page and .docx, its
 *   category's .docx, open data, the change feed, the search index);
 * - every other output is byte-identical to the first build, and the other requirement's page
 *   and .docx were copied from the cache, not rendered again.
 * The lists keyed by the site digest alone (by kind, by part, the checklists; they show no
 * requirement text) are copied in that build, and rendered again when what they list changes.
 * A last warm build after the other requirement is deleted leaves none of its outputs behind
 * (the output folder is kept between builds, src/lib/content/keep-output.ts), and takes it off
 * those lists.
 * The same warm build also changes a template's text: its generated .docx, which the build memo
 * (src/lib/content/build-memo.ts) keeps between builds, must change too, while the calendars come
 * from the memo.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSiteFiles } from '../support/site-files';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const CHANGED = 'requirements/fixturkrav.md';
const SENTENCE = 'Leverandøren skal også svare på spørsmål fra UKE innen ti dager.';
const TEMPLATE = 'templates/fixturmal.md';
const TEMPLATE_SENTENCE = 'Malen har fått et nytt avsnitt om oppfølging.';

/** Every file of a built site with its SHA-256. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
  const hashes = await Promise.all(
    files.map(async (file): Promise<[string, string]> => [
      path.relative(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    ]),
  );
  return new Map(hashes.toSorted(([a], [b]) => (a < b ? -1 : 1)));
}

/** Lists and a feed that show the requirements' titles but not their text: keyed by the site digest alone. */
const LISTS = [
  'krav/type/kontraktsvilkar/index.html',
  'krav/del/leverandorkjeder/index.html',
  'krav/sjekkliste/fixturkategori/index.html',
  'en/requirements/type/kontraktsvilkar/index.html',
  'krav/kategori/fixturkategori.xml',
  // At a fixed address, keyed all the same (fixedListPaths in src/lib/content/cache-key.ts).
  'krav/index.html',
  'krav/med-kilde/index.html',
  'en/requirements/index.html',
  'en/requirements/sourced/index.html',
];
/** Keyed lists too, where the fixture's requirements are not listed (no high-risk category). */
const OTHER_LISTS = [
  'krav/hoyrisiko/index.html',
  'en/requirements/high-risk/index.html',
  'anskaffelser/index.html',
  'en/procurements/index.html',
  'markedsdialog/index.html',
  'en/market-dialogue/index.html',
  'erfaringer/index.html',
  'en/cases/index.html',
];

/**
 * The build log's line for an output file. Astro writes a rendered page's line break only when
 * the page is done, so the lines of pages copied meanwhile follow it: split before each "├─".
 */
const logLineOf = (output: string, file: string) =>
  output.split(/\n|(?=\d\d:\d\d:\d\d\s+[├└]─)/).find((line) => line.includes(file));

const changedBetween = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();

let site: FixtureSite;
let first: Map<string, string>;
let warmBuild: BuildResult;
let warm: Map<string, string>;
let cold: Map<string, string>;
let afterRemoval: BuildResult;
let removed: Map<string, string>;
/** The lists' text in the cold build, both requirements on them. */
let coldLists: string[];

beforeAll(async () => {
  site = await fixtureSite('base');
  // A second requirement in the same category: its outputs must come from the cache unchanged.
  const original = await site.read(CHANGED);
  await site.write(
    'requirements/fixturkrav-to.md',
    original
      .replace('code: FX-K1', 'code: FX-K2')
      .replace('title: Fixturkrav', 'title: Fixturkrav to'),
  );
  // The template's text as a generated Word document (its bytes come from the build memo).
  await site.edit(TEMPLATE, 'version: "1.0"', 'generateDocx: true\nversion: "1.0"');
  const built = await site.build();
  expect(built.ok, built.output.slice(-3000)).toBe(true);
  first = await snapshot(site.outDir);

  await site.edit(
    CHANGED,
    'requirementText: Leverandøren skal ha rutiner for etisk handel.',
    `requirementText: Leverandøren skal ha rutiner for etisk handel. ${SENTENCE}`,
  );
  await site.edit(TEMPLATE, 'Tekst i malen.', `Tekst i malen.\n\n${TEMPLATE_SENTENCE}`);
  warmBuild = await site.build();
  expect(warmBuild.ok, warmBuild.output.slice(-3000)).toBe(true);
  warm = await snapshot(site.outDir);

  // The same content from nothing: no output, no cache.
  await rm(site.outDir, { recursive: true, force: true });
  await rm(path.join(site.dir, 'cache'), { recursive: true, force: true });
  const coldBuild = await site.build();
  expect(coldBuild.ok, coldBuild.output.slice(-3000)).toBe(true);
  cold = await snapshot(site.outDir);
  coldLists = await Promise.all(
    LISTS.map((file) => readFile(path.join(site.outDir, file), 'utf-8')),
  );

  await rm(path.join(site.contentDir, 'requirements/fixturkrav-to.md'));
  afterRemoval = await site.build();
  expect(afterRemoval.ok, afterRemoval.output.slice(-3000)).toBe(true);
  removed = await snapshot(site.outDir);
  // Four builds: up to 20 minutes on a busy two-core machine.
}, 1_200_000);
afterAll(async () => {
  await site?.remove();
});

describe('a warm build after one requirement changed', () => {
  test('equals a cold build of the same content, file by file', () => {
    expect(warm.size).toBeGreaterThan(50);
    expect(changedBetween(warm, cold)).toEqual([]);
  });

  test('copied the other requirement’s page and document, and the lists, from the cache', () => {
    const lists = [...LISTS, ...OTHER_LISTS].map((file) => `/${file}`);
    for (const file of ['/krav/fixturkrav-to/index.html', '/krav/fixturkrav-to.docx', ...lists]) {
      const line = logLineOf(warmBuild.output, file);
      expect(line, `${file} in the build log`).toMatch(/\((cached|restored)\)/);
    }
    const line = logLineOf(warmBuild.output, '/krav/fixturkrav/index.html');
    expect(line).toBeDefined();
    expect(line).not.toMatch(/\((cached|restored)\)/);
  });

  test('changed every output that shows the text, and nothing else', async () => {
    const changed = changedBetween(first, warm);
    const dependents = [
      'krav/fixturkrav/index.html',
      'krav/fixturkrav.docx',
      'krav/kategori/fixturkategori.docx',
      'data/requirements.json',
      'krav/endringer.xml',
    ];
    // The template's documents, and its page, which gives their size and checksum.
    const templateDocuments = [
      'maler/fixturmal/fixturmal.docx',
      'maler/fixturmal/1.0/fixturmal.docx',
    ];
    for (const file of [...templateDocuments, 'maler/fixturmal/index.html'])
      expect(changed, file).toContain(file);
    for (const file of dependents) expect(changed, file).toContain(file);
    expect(changed.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(
      changed.filter(
        (file) =>
          !dependents.includes(file) &&
          !templateDocuments.includes(file) &&
          file !== 'maler/fixturmal/index.html' &&
          !file.startsWith('pagefind/'),
      ),
    ).toEqual([]);

    // And they changed because they now hold the new sentence (Word files unpacked).
    const texts = await readSiteFiles(site.outDir);
    const holds = (file: string, text: string) =>
      texts.some((f) => f.file.split('!')[0] === file && f.text.includes(text));
    for (const file of dependents)
      expect(holds(file, SENTENCE), `${file} holds the new text`).toBe(true);
    for (const file of templateDocuments)
      expect(holds(file, TEMPLATE_SENTENCE), `${file} holds the template's new text`).toBe(true);
  });

  test('took unchanged results from the build memo and made the changed ones anew', () => {
    const memoLine = (name: string) =>
      new RegExp(`\\[build-memo\\] ${name}: (\\d+) reused, (\\d+) made`).exec(warmBuild.output);
    // Every calendar event is as before.
    const ics = memoLine('ics');
    expect(Number(ics?.[1]), warmBuild.output.slice(-3000)).toBeGreaterThan(0);
    expect(ics?.[2]).toBe('0');
    // The template's text changed: its document is made again, not reused.
    expect(memoLine('template-docx')?.slice(1)).toEqual(['0', '1']);
  });
});

describe('a warm build after a requirement was deleted', () => {
  test('leaves none of its outputs, and no file the cold build did not have', () => {
    for (const file of ['krav/fixturkrav-to/index.html', 'krav/fixturkrav-to.docx']) {
      expect(cold.has(file), `${file} before`).toBe(true);
      expect(removed.has(file), `${file} after`).toBe(false);
    }
    // The search index is written anew after every build, its files named by their content.
    const left = [...removed.keys()].filter((file) => !file.startsWith('pagefind/'));
    expect(left.filter((file) => !cold.has(file))).toEqual([]);
    expect(afterRemoval.output).toMatch(/file\(s\) from earlier builds removed from the output/);
  });

  test('takes it off the lists that showed it', async () => {
    const text = async (file: string) => readFile(path.join(site.outDir, file), 'utf-8');
    for (const [i, file] of LISTS.entries()) {
      expect(coldLists[i], `${file} before`).toContain('FX-K2');
      expect(removed.get(file), `${file} rendered again`).not.toBe(cold.get(file));
      expect(await text(file), `${file} after`).not.toContain('FX-K2');
      expect(await text(file), `${file} after`).toContain('FX-K1');
    }
  });
});
