/**
 * Issue 5: the search index of a real build. The base fixture plus the words in
 * test/fixtures/search/ is built by `npm run build` (which indexes it), then searched from Node
 * with the options the search page uses. Guards check that the fixture pages really contain,
 * or really lack, the words a test relies on, so the fixture cannot drift into proving nothing.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { decodeCbor, type Cbor } from '../../src/lib/search/chunk-bounds';
import { indexChunkSize } from '../../src/lib/search/chunk-size';
import { PACKED_DIR, packedName } from '../../src/lib/search/engine-wasm';
import { wordsOf } from '../../src/lib/search/compounds';
import type { PagefindData } from '../../src/lib/search/engine';
import { bodyText } from '../../src/lib/search/index-html';
import { pagefindOptions, readState } from '../../src/lib/search/query';
import { fixtureSite, type FixtureSite } from './fixture-site';
import { openIndex, type IndexSearch } from './search-index';

const repo = fileURLToPath(new URL('../..', import.meta.url));

let site: FixtureSite;
let index: IndexSearch;

beforeAll(async () => {
  site = await fixtureSite('base');
  await cp(path.join(repo, 'test/fixtures/search'), site.contentDir, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'README.md',
  });
  const result = await site.build();
  expect(result.ok, result.output).toBe(true);
  expect(result.output).toMatch(/Søkeindeks: \d+ sider/);
  index = await openIndex(site.outDir);
});

afterAll(async () => {
  index?.close();
  await site?.remove();
});

const urls = (hits: PagefindData[]) => hits.map((hit) => hit.url);
const find = async (term: string | null, query = '') => {
  const state = readState(query);
  return urls(await index.search(term, pagefindOptions(state), state.sort));
};

/** The words of a built page's searchable part, as the indexer sees them. */
async function pageWords(sitePath: string): Promise<string[]> {
  const html = await readFile(path.join(site.outDir, sitePath, 'index.html'), 'utf-8');
  return wordsOf(bodyText(html));
}

describe('what is indexed', () => {
  test('every published entry page and the tools, and no list, navigation page or draft', async () => {
    expect((await find(null)).sort()).toEqual(
      [
        // Tools readers search for.
        routes.requirementFinder(),
        routes.checklist('fixturkategori'),
        routes.riskCategories(),
        routes.page('innholdet'),
        routes.requirement('fixturkrav'),
        routes.requirement('produksjonssteder'),
        routes.requirement('produksjonssteder-v1'),
        routes.riskCategory('fixturkategori'),
        routes.riskCategory('arbeidsklaer'),
        routes.case('fixtureksempel'),
        routes.case('uniformer'),
        routes.meeting('fixturmote'),
        routes.procurement('fixturanskaffelse'),
        routes.template('fixturmal'),
        routes.course('fixturkurs'),
        routes.lesson('fixturkurs', 'fixturleksjon'),
        routes.term('fixturbegrep'),
        routes.term('tekstiler'),
        routes.term('okonomisk-risiko'),
        routes.term('malbilde'),
        routes.page('kontakt'),
        routes.page('om-etisk-handel'),
        routes.page('tilgjengelighetserklaering'),
        routes.page('hvem-kan-levere'),
      ].sort(),
    );
  });

  test('navigation, the skip link, "Sist oppdatert" and the example note are not searchable', async () => {
    const page = routes.page('hvem-kan-levere');
    const html = await readFile(path.join(site.outDir, page, 'index.html'), 'utf-8');
    expect(html).toContain('Gå til hovedinnholdet');
    expect(html).toMatch(/Sist oppdatert: <time[^>]*>1\. februar 2026/);
    expect(await find('hovedinnholdet')).toEqual([]); // skip link
    expect(await find('oppdatert')).not.toContain(page); // "Sist oppdatert" on every entry page
    expect(await find('februar')).not.toContain(page); // … and its date
    const example = routes.procurement('fixturanskaffelse');
    expect(await readFile(path.join(site.outDir, example, 'index.html'), 'utf-8')).toContain(
      'Laget for å vise hvordan portalen virker',
    );
    expect(await find('virker')).not.toContain(example); // the "Fiktivt eksempel" label's note
  });
});

describe('only what the page itself says', () => {
  test('notes, labels and lists of other entries on an entry page are not searchable', async () => {
    const requirement = routes.requirement('fixturkrav');
    const html = await readFile(path.join(site.outDir, requirement, 'index.html'), 'utf-8');
    expect(html).toContain('ordlyden i konkurransegrunnlaget'); // the note under every requirement text
    expect(await pageWords(requirement)).not.toContain('ordlyden');
    expect(await find('ordlyden')).not.toContain(requirement);
    // A procurement lists the requirements that apply; their titles are theirs, not its.
    const procurement = routes.procurement('fixturanskaffelse');
    const listing = await readFile(path.join(site.outDir, procurement, 'index.html'), 'utf-8');
    expect(listing).toContain(`href="${requirement}"`);
    expect(await pageWords(procurement)).not.toContain('fixturkrav');
    expect(await find('fixturkrav')).toContain(requirement);
    expect(await find('fixturkrav')).not.toContain(procurement);
  });
});

describe('Norwegian words', () => {
  test('"leverandører" finds a page that only says "leverandør" (stemming)', async () => {
    const words = await pageWords(routes.page('hvem-kan-levere'));
    expect(words).toContain('leverandør');
    expect(words).not.toContain('leverandører');
    expect(await find('leverandører')).toContain(routes.page('hvem-kan-levere'));
  });

  test('"arbeidsklær" finds the case and the product category', async () => {
    const hits = await find('arbeidsklær');
    expect(hits).toContain(routes.case('uniformer'));
    expect(hits).toContain(routes.riskCategory('arbeidsklaer'));
  });

  test('"klær" finds pages that only say it inside compounds such as "arbeidsklær"', async () => {
    const words = await pageWords(routes.case('uniformer'));
    expect(words).toContain('arbeidsklær');
    expect(words).not.toContain('klær');
    const hits = await find('klær');
    expect(hits).toContain(routes.term('tekstiler'));
    expect(hits).toContain(routes.case('uniformer'));
    // The page that says the word itself ranks above pages that have it inside a compound.
    expect(hits.indexOf(routes.term('tekstiler'))).toBeLessThan(
      hits.indexOf(routes.case('uniformer')),
    );
  });

  test('"øko" finds words that begin with it: økonomisk, økologisk', async () => {
    expect(await find('øko')).toContain(routes.term('okonomisk-risiko'));
    expect(await find('økologisk')).toContain(routes.term('okonomisk-risiko'));
  });

  test('æ, ø and å are letters of their own: o is not ø, a is not å', async () => {
    expect(await find('okonomisk')).toEqual([]);
    expect(await find('mål')).toContain(routes.term('malbilde'));
    expect(await find('målbilde')).toEqual([routes.term('malbilde')]);
    expect(await find('malbilde')).toEqual([]);
    expect(await find('mal')).not.toContain(routes.term('malbilde'));
  });
});

describe('filters, metadata and order', () => {
  const typeOf = (hit: PagefindData) => hit.filters['type'];

  test('by content type; values of one group widen the search', async () => {
    const krav = await index.search(null, pagefindOptions(readState('?type=krav')));
    expect(urls(krav).sort()).toEqual(
      [
        routes.requirement('fixturkrav'),
        routes.requirement('produksjonssteder'),
        routes.requirement('produksjonssteder-v1'),
      ].sort(),
    );
    const courses = await find(null, '?type=kurs');
    expect(courses.sort()).toEqual(
      [routes.course('fixturkurs'), routes.lesson('fixturkurs', 'fixturleksjon')].sort(),
    );
    const both = await index.search(null, pagefindOptions(readState('?type=krav&type=mal')));
    expect(both.map(typeOf).sort()).toEqual([['krav'], ['krav'], ['krav'], ['mal']]);
  });

  test('by product category, and groups narrow the search', async () => {
    expect((await find(null, '?kategori=arbeidsklaer')).sort()).toEqual(
      [routes.case('uniformer'), routes.riskCategory('arbeidsklaer')].sort(),
    );
    expect(await find(null, '?kategori=arbeidsklaer&type=erfaring')).toEqual([
      routes.case('uniformer'),
    ]);
    // The meeting concerns the category of the procurement it presents.
    expect(await find(null, '?kategori=fixturkategori&type=møte')).toEqual([
      routes.meeting('fixturmote'),
    ]);
  });

  test('by audience', async () => {
    expect((await find(null, '?malgruppe=kursdeltaker')).sort()).toEqual(
      [routes.course('fixturkurs'), routes.lesson('fixturkurs', 'fixturleksjon')].sort(),
    );
    const suppliers = await find(null, '?malgruppe=leverandor');
    expect(suppliers).toContain(routes.requirement('fixturkrav'));
    expect(suppliers).toContain(routes.meeting('fixturmote'));
    expect(suppliers).toContain(routes.procurement('fixturanskaffelse'));
  });

  test('results carry title, summary, date, type and the example flag', async () => {
    const [procurement] = await index.search('fixturanskaffelse');
    expect(procurement?.url).toBe(routes.procurement('fixturanskaffelse'));
    expect(procurement?.meta).toMatchObject({
      title: 'Fixturanskaffelse',
      summary: 'En planlagt anskaffelse, brukt i testene.',
      updated: '2026-01-15',
      example: 'true',
    });
    expect(procurement?.filters['type']).toEqual(['anskaffelse']);
    const [meeting] = await index.search(null, pagefindOptions(readState('?type=møte')));
    expect(meeting?.meta).toMatchObject({ meetingDate: '2026-02-10' });
    expect(meeting?.meta['example']).toBeUndefined();
  });

  test('sorted by date, newest first', async () => {
    expect(await find(null, '?type=ordliste&sort=dato')).toEqual([
      routes.term('malbilde'), // 2026-01-30
      routes.term('okonomisk-risiko'), // 2026-01-25
      routes.term('tekstiler'), // 2026-01-20
      routes.term('fixturbegrep'), // 2026-01-15
    ]);
  });
});

describe("readers' words find the tools", () => {
  test('«hvilke krav gjelder for meg» finds the finder first', async () => {
    const hits = await find('hvilke krav gjelder for meg');
    expect(hits[0]).toBe(routes.requirementFinder());
  });

  test('«sjekkliste» finds the checklists, with a title and summary to show', async () => {
    const hits = await index.search('sjekkliste');
    expect(urls(hits)[0]).toBe(routes.checklist('fixturkategori'));
    expect(hits[0]?.meta).toMatchObject({
      title: 'Sjekkliste: Fixturkategori',
      summary: expect.stringMatching(/dokumentere/) as unknown,
    });
    // The reader's words are indexed, never shown.
    const html = await readFile(
      path.join(site.outDir, routes.checklist('fixturkategori'), 'index.html'),
      'utf-8',
    );
    expect(html).toMatch(/<p class="eh-search-words" hidden>[^<]*sjekkliste/);
  });

  test('the high-risk list is found by the words readers use for it', async () => {
    for (const words of ['høyrisikoliste', 'liste over høyrisikoprodukter', 'høyrisikokategorier'])
      expect((await find(words))[0], words).toBe(routes.riskCategories());
  });
});

describe('superseded requirement versions', () => {
  test('are marked as such in results and rank below the version in force', async () => {
    const current = routes.requirement('produksjonssteder');
    const old = routes.requirement('produksjonssteder-v1');
    // The guard: both pages say the words searched for.
    for (const page of [current, old]) expect(await pageWords(page)).toContain('produksjonssteder');
    for (const term of ['produksjonssteder', 'oversikt over produksjonssteder', 'adresse']) {
      const hits = await index.search(term);
      const order = urls(hits);
      expect(order, term).toContain(old);
      expect(order.indexOf(current), term).toBeLessThan(order.indexOf(old));
      const oldHit = hits.find((hit) => hit.url === old);
      expect(oldHit?.meta['supersededBy']).toBe('FX-P1 Oversikt over produksjonssteder');
      expect(hits.find((hit) => hit.url === current)?.meta['supersededBy']).toBeUndefined();
    }
  });
});

describe('index chunks', () => {
  /** A Pagefind file of the built index, decoded (gzip, then a signature, then CBOR). */
  const pagefindFile = async (file: string): Promise<Cbor[]> => {
    const bytes = gunzipSync(await readFile(path.join(site.outDir, 'pagefind', file)));
    return decodeCbor(bytes.subarray('pagefind_dcd'.length)) as Cbor[];
  };
  const languages = async () =>
    (
      JSON.parse(
        await readFile(path.join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf-8'),
      ) as { languages: Record<string, { hash: string; page_count: number; wasm: string }> }
    ).languages;

  test('are as large as chunk-size.ts chose for the site: Pagefind still reads the setting', async () => {
    const indexed = await languages();
    const pages = Object.values(indexed).reduce((sum, l) => sum + l.page_count, 0);
    const size = indexChunkSize(pages);
    const meta = await pagefindFile(`pagefind.${indexed['nb']!.hash}.pf_meta`);
    const chunks = meta[2] as [string, string, string][];
    // Pagefind's default (20 000) would put the fixture's few thousand entries in one chunk.
    expect(chunks.length).toBeGreaterThan(2);
    // Pagefind closes a chunk at the word that brings it to about the size (it counts an entry
    // per page and per place, variants included, slightly differently from what the files show):
    // every chunk but the last holds at least half the size, and less than twice the size
    // without its last word, which may be a large one.
    const entries = (word: Cbor[]) =>
      [...(word[1] as Cbor[][]), ...(word[2] as Cbor[][]).flatMap((v) => v[1] as Cbor[][])].reduce(
        (sum, page) => sum + (page[1] as Cbor[]).length + (page[2] as Cbor[]).length + 1,
        0,
      );
    for (const [i, [, , hash]] of chunks.slice(0, -1).entries()) {
      const words = (await pagefindFile(`index/${hash}.pf_index`))[0] as Cbor[][];
      const sizes = words.map(entries);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total, `${i} ${hash}`).toBeGreaterThanOrEqual(size / 2);
      expect(total - sizes.at(-1)!, `${i} ${hash}`).toBeLessThan(2 * size);
    }
  });

  test('results have short ids, and each names its fragment in the one folder of its language', async () => {
    const listed: string[] = [];
    for (const [lang, { hash }] of Object.entries(await languages())) {
      const pages = (await pagefindFile(`pagefind.${hash}.pf_meta`))[1] as [string, number][];
      const ids = pages.map(([id]) => id);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${lang}_[0-9a-f]{6}/[0-9a-z]+$`));
      expect(new Set(ids.map((id) => id.split('/')[0])).size).toBe(1);
      listed.push(...ids);
    }
    const files = (
      await readdir(path.join(site.outDir, 'pagefind', 'fragment'), { recursive: true })
    )
      .filter((file) => file.endsWith('.pf_fragment'))
      .map((file) => file.slice(0, -'.pf_fragment'.length).split(path.sep).join('/'));
    expect(files.sort()).toEqual(listed.sort());
    const hits = await index.search('arbeidsklær');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.meta['title']).toBeTruthy();
  });

  test('have short names in one folder per language: exactly the chunks the metadata lists', async () => {
    const listed: string[] = [];
    for (const [lang, { hash }] of Object.entries(await languages())) {
      const chunks = (await pagefindFile(`pagefind.${hash}.pf_meta`))[2] as string[][];
      const names = chunks.map((chunk) => chunk[2]!);
      for (const name of names) expect(name).toMatch(new RegExp(`^${lang}_[0-9a-f]{6}/[0-9a-z]+$`));
      expect(new Set(names.map((name) => name.split('/')[0])).size).toBe(1);
      listed.push(...names);
    }
    const files = (await readdir(path.join(site.outDir, 'pagefind', 'index'), { recursive: true }))
      .filter((file) => file.endsWith('.pf_index'))
      .map((file) => file.slice(0, -'.pf_index'.length).split(path.sep).join('/'));
    expect(files.sort()).toEqual(listed.sort());
  });

  test('the metadata, loaded before the first query, is packed smaller than gzip at its best', async () => {
    for (const { hash } of Object.values(await languages())) {
      const served = await readFile(path.join(site.outDir, 'pagefind', `pagefind.${hash}.pf_meta`));
      expect(served.length).toBeLessThan(gzipSync(gunzipSync(served), { level: 9 }).length);
    }
  });

  test('the engines the search page loads are the zopfli copies kept for this Pagefind version', async () => {
    for (const { wasm } of Object.values(await languages())) {
      const served = await readFile(path.join(site.outDir, 'pagefind', `wasm.${wasm}.pagefind`));
      const copy = await readFile(new URL(packedName(gunzipSync(served)), PACKED_DIR)).catch(
        () => undefined,
      );
      // Missing after a Pagefind upgrade: run `node scripts/pack-search-engine.mjs` after a build.
      expect(copy, `packed copy of wasm.${wasm}.pagefind`).toBeDefined();
      expect(served.equals(copy!)).toBe(true);
    }
  });
});
