/**
 * Pagefind's output finished in memory (src/lib/search/index-output.ts), over an index Pagefind's
 * own program makes of a few pages in both languages: every name the metadata and the entry file
 * give is a file there, each fragment is under its short id without the page's text, and the date
 * order is there. Output this code does not know fails the build with what is wrong.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeCbor, type Cbor } from '../../src/lib/search/chunk-bounds';
import { DATE_ORDER_FILE, dateOrder } from '../../src/lib/search/date-order';
import {
  ENTRY_FILE,
  FRAGMENT_SIGNATURE,
  finishFragments,
  finishMetadata,
  type IndexFiles,
} from '../../src/lib/search/index-output';
import { COMPOUNDING, LANGUAGES } from '../../src/lib/search/page-copy';

const PAGES = [
  { url: '/krav/aktsomhet/', lang: 'nb', title: 'Aktsomhet', updated: '2026-03-18' },
  { url: '/krav/klager/', lang: 'nb', title: 'Klageordning', updated: '2026-10-01' },
  { url: '/ordliste/', lang: 'nb', title: 'Ordliste', updated: undefined },
  { url: '/en/requirements/', lang: 'en', title: 'Due diligence', updated: '2026-03-18' },
];

const html = ({ lang, title, updated }: (typeof PAGES)[number]) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1>` +
  (updated ? `<span data-pagefind-meta="updated">${updated}</span>` : '') +
  `<p>${title}: leverandøren skal kartlegge risiko i leverandørkjeden, supplier due diligence.</p>` +
  `</main></body></html>`;

/** The files as Pagefind makes them, by path in the index folder. */
let output: IndexFiles;
beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex();
  expect(errors).toEqual([]);
  for (const page of PAGES) {
    expect((await index!.addHTMLFile({ url: page.url, content: html(page) })).errors).toEqual([]);
  }
  const { files, errors: fileErrors } = await index!.getFiles();
  expect(fileErrors).toEqual([]);
  await index!.deleteIndex();
  output = new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
});
afterAll(() => pagefind.close());

const json = (bytes: Uint8Array | undefined) =>
  JSON.parse(Buffer.from(bytes ?? []).toString('utf-8')) as Record<string, unknown>;

/** Each language's metadata file, as the entry file names it, decoded. */
function metadata(files: IndexFiles): Map<string, Cbor[]> {
  const { languages } = json(files.get(ENTRY_FILE)) as {
    languages: Record<string, { hash: string }>;
  };
  return new Map(
    Object.entries(languages).map(([lang, { hash }]) => {
      const packed = files.get(`pagefind.${hash}.pf_meta`);
      expect(packed, `${lang}: pagefind.${hash}.pf_meta`).toBeDefined();
      const text = gunzipSync(packed!);
      expect(text.subarray(0, FRAGMENT_SIGNATURE.length).toString()).toBe(FRAGMENT_SIGNATURE);
      return [lang, decodeCbor(text.subarray(FRAGMENT_SIGNATURE.length)) as Cbor[]];
    }),
  );
}

const pagesOf = (meta: Cbor[]) => (meta[1] as [string, number, string][]).map(([id]) => id);
const chunksOf = (meta: Cbor[]) => (meta[2] as [string, string, string][]).map(([, , id]) => id);
const fragment = (bytes: Uint8Array | undefined) =>
  JSON.parse(gunzipSync(bytes!).toString('utf-8').slice(FRAGMENT_SIGNATURE.length)) as {
    url: string;
    content: string;
    meta: { title: string; updated?: string };
  };

describe('finishing the index (index-output.ts)', () => {
  test('every file the metadata names is there under its short name, fragments without the text', () => {
    const files = new Map(output);
    const before = metadata(files);
    const { indexed, pageIds } = finishMetadata(files, LANGUAGES, COMPOUNDING);
    finishFragments(files, pageIds);
    const after = metadata(files);

    expect(indexed.toSorted()).toEqual(['en', 'nb']);
    expect([...after.keys()].toSorted()).toEqual(['en', 'nb']);
    const ids: string[] = [];
    for (const [lang, meta] of after) {
      const old = before.get(lang)!;
      // The same pages and chunks in the same order, each under a short name in the language.
      expect(pagesOf(meta)).toEqual(pagesOf(old).map((id) => pageIds.get(id)));
      for (const id of [...pagesOf(meta), ...chunksOf(meta)]) expect(id).toMatch(`${lang}_`);
      for (const [i, chunk] of chunksOf(meta).entries()) {
        expect(files.get(`index/${chunk}.pf_index`), chunk).toEqual(
          output.get(`index/${chunksOf(old)[i]!}.pf_index`),
        );
      }
      ids.push(...pagesOf(meta));
    }
    // No file is left under Pagefind's names: no other chunk, fragment or metadata file.
    const named = (prefix: string) => [...files.keys()].filter((f) => f.startsWith(prefix)).sort();
    expect(named('index/')).toEqual(
      [...after.values()]
        .flatMap((meta) => chunksOf(meta).map((c) => `index/${c}.pf_index`))
        .sort(),
    );
    expect(named('fragment/')).toEqual(ids.map((id) => `fragment/${id}.pf_fragment`).sort());
    expect(named('pagefind.').filter((f) => f.endsWith('.pf_meta'))).toHaveLength(2);

    const fragments = ids.map((id) => ({
      id,
      ...fragment(files.get(`fragment/${id}.pf_fragment`)),
    }));
    expect(fragments.map((f) => f.url).toSorted()).toEqual(PAGES.map((p) => p.url).toSorted());
    for (const { url, content, meta } of fragments) {
      const page = PAGES.find((p) => p.url === url)!;
      expect(content).toBe('');
      expect(meta.title).toBe(page.title);
      expect(meta.updated).toBe(page.updated);
    }
    expect(json(files.get(DATE_ORDER_FILE))).toEqual(
      dateOrder(fragments.map(({ id, meta }) => ({ id, date: meta.updated }))),
    );
  });

  /** Finishes a copy of Pagefind's output after `change` to it. */
  function finishChanged(
    change: (files: IndexFiles) => void,
    languages = LANGUAGES,
    required = COMPOUNDING,
  ) {
    const files = new Map(output);
    change(files);
    const { pageIds } = finishMetadata(files, languages, required);
    finishFragments(files, pageIds);
  }
  const metaFiles = () => [...output.keys()].filter((f) => f.endsWith('.pf_meta'));
  const firstOf = (prefix: string) => [...output.keys()].find((f) => f.startsWith(prefix))!;

  test('output it does not know fails with what is wrong', () => {
    expect(() => finishChanged((files) => files.delete(ENTRY_FILE))).toThrow(
      `Pagefind skrev ingen ${ENTRY_FILE}.`,
    );
    expect(() => finishChanged(() => undefined, ['nb', 'en', 'sv'], 'sv')).toThrow(
      `${ENTRY_FILE} nevner ikke språket sv.`,
    );
    expect(() => finishChanged(() => undefined, ['nb'])).toThrow(
      `${ENTRY_FILE}: ukjent språk «en».`,
    );
    const [meta] = metaFiles();
    expect(() => finishChanged((files) => files.delete(meta!))).toThrow(
      `Pagefind skrev ikke ${meta}.`,
    );
    expect(() => finishChanged((files) => files.set(meta!, gzipSync('{"pages":[]}')))).toThrow(
      `${meta} er ikke en Pagefind-metadatafil`,
    );
    const chunk = firstOf('index/');
    expect(() => finishChanged((files) => files.delete(chunk))).toThrow(
      /nevner indeksbiten .*, som mangler/,
    );
    expect(() =>
      finishChanged((files) => files.set('index/ekstra.pf_index', gzipSync(''))),
    ).toThrow('index/: indeksbiter ingen metadata nevner: index/ekstra.pf_index');
    expect(() =>
      finishChanged((files) => files.set('fragment/ekstra.pf_fragment', gzipSync(''))),
    ).toThrow('fragment/: fragmenter ingen side peker på: ekstra');
    const page = firstOf('fragment/');
    expect(() => finishChanged((files) => files.delete(page))).toThrow(
      `fragment/: ${PAGES.length - 1} fragmenter for ${PAGES.length} sider.`,
    );
    expect(() => finishChanged((files) => files.set(page, gzipSync('{}')))).toThrow(
      `${page} er ikke et Pagefind-fragment`,
    );
  });
});
