import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  readdirSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CopyWorkers } from '../../src/lib/search/copy-workers';
import { indexCopy, recordOrCopy } from '../../src/lib/search/index-html';
import { inOrder } from '../../src/lib/search/in-order';
import { makeCopy } from '../../src/lib/search/page-copy';
import { writeIndexFiles } from '../../src/lib/search/write-index';

/** Lets every promise that can settle, settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('feeding pages in order (in-order.ts)', () => {
  test('at most inFlight at once, the next starts when any finishes, results in item order', async () => {
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    let running = 0;
    let most = 0;
    const done = inOrder(
      ['a', 'b', 'c', 'd', 'e'],
      (item, index) => {
        started.push(item);
        most = Math.max(most, ++running);
        return new Promise<string>((resolve) =>
          finish.set(item, () => {
            running--;
            resolve(`${item}${index}`);
          }),
        );
      },
      2,
    );
    await settle();
    expect(started).toEqual(['a', 'b']);
    // «b» finishes while «a» still runs: «c» starts at once, not after the pair.
    finish.get('b')!();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    for (const item of ['c', 'a', 'd', 'e']) {
      finish.get(item)!();
      await settle();
    }
    expect(await done).toEqual(['a0', 'b1', 'c2', 'd3', 'e4']);
    expect(most).toBe(2);
  });

  test('fewer items than lanes, and none', async () => {
    expect(await inOrder([1, 2], async (n) => n * 2, 64)).toEqual([2, 4]);
    expect(await inOrder([], async () => 1, 4)).toEqual([]);
  });
});

describe('writing the index over the last one (write-index.ts)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const filesIn = (root: string) =>
    (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();

  test('leaves exactly the new files: changed ones rewritten, old ones and empty folders gone', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'write-index-'));
    mkdirSync(path.join(dir, 'fragment/nb_old'), { recursive: true });
    writeFileSync(path.join(dir, 'fragment/nb_old/1'), 'old fragment');
    mkdirSync(path.join(dir, 'index'));
    writeFileSync(path.join(dir, 'index/keep.pf_index'), 'old chunk');
    writeFileSync(path.join(dir, 'pagefind-entry.json'), '{"old":true}');

    const bytes = (text: string) => new TextEncoder().encode(text);
    await writeIndexFiles(
      dir,
      new Map([
        ['index/keep.pf_index', bytes('new chunk')],
        ['fragment/nb_new/1', bytes('new fragment')],
        ['pagefind-entry.json', bytes('{"new":true}')],
      ]),
    );

    expect(filesIn(dir)).toEqual([
      'fragment',
      'fragment/nb_new',
      'fragment/nb_new/1',
      'index',
      'index/keep.pf_index',
      'pagefind-entry.json',
    ]);
    expect(readFileSync(path.join(dir, 'index/keep.pf_index'), 'utf-8')).toBe('new chunk');
    expect(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf-8')).toBe('{"new":true}');
  });

  test('makes the folder when there was no index before', async () => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'write-index-')), 'pagefind');
    await writeIndexFiles(dir, new Map([['a/b.json', new Uint8Array([1, 2])]]));
    expect([...readFileSync(path.join(dir, 'a/b.json'))]).toEqual([1, 2]);
  });

  test('a file still being made is written when ready, the others before it', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'write-index-'));
    writeFileSync(path.join(dir, 'pagefind.nb_1.pf_meta'), 'old metadata');
    let ready: (bytes: Uint8Array) => void = () => {};
    const metadata = new Promise<Uint8Array>((resolve) => (ready = resolve));
    const written = writeIndexFiles(
      dir,
      new Map<string, Uint8Array | Promise<Uint8Array>>([
        ['pagefind.nb_1.pf_meta', metadata],
        ['index/a.pf_index', new Uint8Array([1])],
      ]),
    );
    await settle();
    expect(readFileSync(path.join(dir, 'index/a.pf_index'))).toEqual(Buffer.from([1]));
    expect(readFileSync(path.join(dir, 'pagefind.nb_1.pf_meta'), 'utf-8')).toBe('old metadata');
    ready(new Uint8Array([2, 3]));
    await written;
    expect(readFileSync(path.join(dir, 'pagefind.nb_1.pf_meta'))).toEqual(Buffer.from([2, 3]));
    expect(filesIn(dir)).toEqual(['index', 'index/a.pf_index', 'pagefind.nb_1.pf_meta']);
  });
});

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><body><header>Meny</header>${main}</body></html>`;
const norwegian = page(
  'nb',
  '<main data-pagefind-body><h1>Arbeidsklær</h1><p>Arbeidsklær og vernesko fra leverandøren.</p></main>',
);

describe("a page's copy for the index (page-copy.ts)", () => {
  test('a Norwegian page: its record for Pagefind with the text as bytes, its weight and its distinct words', () => {
    const made = makeCopy(norwegian);
    const expected = indexCopy(norwegian, 'nb')!;
    expect('copy' in made && made.copy).toBeTruthy();
    if (!('copy' in made) || !made.copy) return;
    const { text, ...record } = made.copy.record!;
    expect(new TextDecoder().decode(text)).toBe(expected.record!.text);
    expect(record).toEqual({ ...expected.record, text: undefined, language: 'nb' });
    expect(made.copy.html).toBeUndefined();
    expect(made.copy.weight).toBe(expected.weight);
    expect(made.copy.words.split(' ')).toEqual([
      'arbeidsklær',
      'og',
      'vernesko',
      'fra',
      'leverandøren',
    ]);
  });

  test('the HTML copy is made only for a page that gets no record', () => {
    const withImage = norwegian.replace('</p>', '<img src="/a.png" alt=""></p>');
    const { html, ...rest } = indexCopy(norwegian, 'nb')!;
    expect(html).toContain('<h1>Arbeidsklær</h1>');
    expect(recordOrCopy(norwegian, 'nb')).toEqual(rest);
    expect(recordOrCopy(withImage, 'nb')).toEqual(indexCopy(withImage, 'nb'));
    expect(recordOrCopy(page('nb', '<main><h1>Liste</h1></main>'))).toBeUndefined();
  });

  test('a page Pagefind must read itself: the index copy as bytes', () => {
    const withImage = norwegian.replace('</p>', '<img src="/a.png" alt=""></p>');
    const made = makeCopy(withImage);
    if (!('copy' in made) || !made.copy) throw new Error('no copy');
    expect(new TextDecoder().decode(made.copy.html)).toBe(indexCopy(withImage, 'nb')!.html);
    expect(made.copy.record).toBeUndefined();
  });

  test('an English page has no compound words; a list page is no search target', () => {
    const made = makeCopy(page('en', '<main data-pagefind-body><h1>Workwear</h1></main>'));
    expect('copy' in made && made.copy?.words).toBe('');
    expect(makeCopy(page('nb', '<main><h1>Liste</h1></main>'))).toEqual({ copy: null });
  });

  test('a page in a language the site does not have is named, not indexed', () => {
    expect(makeCopy(page('de', '<main data-pagefind-body><h1>Arbeit</h1></main>'))).toEqual({
      wrongLanguage: 'de',
    });
  });
});

describe('page copies on every core (copy-workers.ts)', () => {
  test('the copies made in worker threads are those made here, for every page', async () => {
    const workers = new CopyWorkers();
    const pages = Array.from({ length: 20 }, (_, i) =>
      page(
        i % 2 ? 'en' : 'nb',
        `<main data-pagefind-body><h1>Side ${i}</h1><p>Tekst ${i}</p></main>`,
      ),
    );
    try {
      const made = await Promise.all(pages.map((html) => workers.copy(Buffer.from(html))));
      // Compared as plain data: a copy from a thread arrives as a structured clone.
      const plain = (value: unknown) =>
        JSON.parse(JSON.stringify(value, (_, v) => (v instanceof Uint8Array ? [...v] : v)));
      expect(plain(made)).toEqual(plain(pages.map(makeCopy)));
    } finally {
      await workers.close();
    }
  });
});
