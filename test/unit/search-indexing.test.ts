import { describe, expect, test } from 'vitest';
import { compoundHeads, compoundHints, wordsOf } from '../../src/lib/search/compounds';
import {
  HIGHEST,
  closeChunkBounds,
  decodeCbor,
  encodeCbor,
  type Cbor,
} from '../../src/lib/search/chunk-bounds';
import { byDate, dateOrder } from '../../src/lib/search/date-order';
import {
  HINT_WEIGHT,
  bodyText,
  indexCopy,
  isSearchable,
  copyWithHints,
} from '../../src/lib/search/index-html';

const vocabulary = new Set(
  wordsOf(
    'arbeid arbeidsklær klær sko vern vernesko leverandør leverandørkjeden kjeden barn barnearbeid egen ' +
      'erklæring egenerklæring forhold hold tilgang gang oversikt over ikt prinsippene prinsipp ene ' +
      'underleverandør under sosial dialog markedsdialog marked',
  ),
);

describe('compound words', () => {
  test.each([
    ['arbeidsklær', ['klær']],
    ['vernesko', ['sko']],
    ['leverandørkjeden', ['kjeden']],
    ['barnearbeid', ['arbeid']],
    ['egenerklæring', ['erklæring']],
    ['markedsdialog', ['dialog']],
    ['underleverandør', ['leverandør']],
  ])('%s ends in %j', (word, heads) => {
    expect(compoundHeads(word, vocabulary)).toEqual(heads);
  });

  test.each(['forhold', 'tilgang', 'oversikt', 'prinsippene', 'sosial', 'klær', 'sko'])(
    '%s is not split (function words, short words, plain words)',
    (word) => {
      expect(compoundHeads(word, vocabulary)).toEqual([]);
    },
  );

  test('a page gets the heads it does not already use on its own', () => {
    const page = wordsOf('Arbeidsklær og vernesko. Sko er også viktig, og leverandørkjeden.');
    expect(compoundHints(page, vocabulary).sort()).toEqual(['kjeden', 'klær']);
  });

  test('words with digits (codes, checksums) are not words', () => {
    expect(wordsOf('EH-K1 sha 1a70dde9 Økonomi')).toEqual(['eh', 'sha', 'økonomi']);
  });

  test('words are read character by character as Unicode letters and numbers are, for every character', () => {
    const byExpression = (text: string) =>
      (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((token) => !/\p{N}/u.test(token));
    // Every character below U+10000 alone, inside a word and after one (İ lower-cases to two).
    let text = '';
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      text += `${character} a${character}b ab${character}.`;
    }
    expect(wordsOf(text)).toEqual(byExpression(text));
    expect(wordsOf('Ord²')).toEqual([]);
    expect(wordsOf('Årsrapport ½ ÆØÅ')).toEqual(['årsrapport', 'æøå']);
    // Above U+10000 (surrogate pairs): 𝐀 is a letter, 😀 no word character.
    expect(wordsOf('Ord 𝐀bc og 😀 x2 𐐨𐐨')).toEqual(['ord', '𝐀bc', 'og', '𐐨𐐨']);
  });
});

const page = (main: string) =>
  `<!doctype html><html lang="nb"><body><header>Meny</header>${main}<footer>Bunn</footer></body></html>`;

describe('the indexing copy of a page', () => {
  test('only pages whose main content is marked are search targets', () => {
    expect(
      isSearchable(page('<main id="main" tabindex="-1" data-pagefind-body><h1>Krav</h1></main>')),
    ).toBe(true);
    expect(isSearchable(page('<main id="main" tabindex="-1"><h1>Liste</h1></main>'))).toBe(false);
    expect(isSearchable(page('<main data-pagefind-bodyx><h1>Nei</h1></main>'))).toBe(false);
  });

  test('the searchable text leaves out navigation, tags and scripts, and decodes entities', () => {
    const html = page(
      '<main data-pagefind-body><h1>Sosial&nbsp;dialog</h1><p>A &amp; B &#229; &#xF8;</p><script>var x</script></main>',
    );
    expect(bodyText(html).replace(/\s+/g, ' ').trim()).toBe('Sosial dialog A & B å ø');
    expect(bodyText(page('<main><p>x</p></main>'))).toBe('');
  });

  test('ignored parts are left out of the text, however deeply they nest', () => {
    const html = page(
      '<main data-pagefind-body><p>Krav</p><section data-pagefind-ignore><h2>Brukt i</h2>' +
        '<section><p>Mal</p></section><p>Møte</p></section><p>Tekst</p><img data-pagefind-ignore alt="">' +
        '<ul data-pagefind-ignore="all"><li>Lenke</li></ul><p>Slutt</p></main>',
    );
    expect(wordsOf(bodyText(html))).toEqual(['krav', 'tekst', 'slutt']);
  });

  test("the index copy: the searchable part alone, with Pagefind's data kept and ids dropped", () => {
    const html = page(
      '<main id="main" data-pagefind-body><h1>Krav</h1>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Krav</span></div>' +
        '<p data-pagefind-ignore>Sist oppdatert</p><h2 id="mål">Mål</h2>' +
        '<dl><dt>Type</dt><dd>Kvalifikasjonskrav</dd></dl><script>var x</script></main>',
    );
    const copy = indexCopy(html);
    expect(copy?.html).toBe(
      '<!doctype html><html lang="nb"><body><main data-pagefind-body><h1>Krav</h1> ' +
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">Krav</span></div> ' +
        '<h2>Mål</h2> <dl><dt>Type</dt> <dd>Kvalifikasjonskrav</dd> </dl></main></body></html>',
    );
    // Words of adjacent elements stay apart ("type", "kvalifikasjonskrav", not "typekvalifikasjonskrav").
    expect(wordsOf(copy?.text ?? '')).toEqual(['krav', 'mål', 'type', 'kvalifikasjonskrav']);
    expect(indexCopy(page('<main><p>Liste</p></main>'))).toBeUndefined();
  });

  test('only the searchable part is parsed, unless its start tag is not the only one of its kind', () => {
    const main = '<main data-pagefind-body><p>Arbeidsklær</p></main>';
    const expected = indexCopy(page(main));
    // Text that looks like the tag elsewhere (here in a script) means the whole page is parsed.
    const decoy = `<script>const x = '<main data-pagefind-body>';</script>`;
    expect(indexCopy(page(`${decoy}${main}`))).toEqual(expected);
    expect(bodyText(page(`${decoy}${main}`))).toBe(bodyText(page(main)));
  });

  test('hints go at the end of the main content, lightly weighted', () => {
    const copy = indexCopy(page('<main data-pagefind-body><p>Arbeidsklær</p></main>'));
    if (!copy) throw new Error('no index copy');
    expect(copyWithHints(copy, ['klær', 'arbeid'])).toBe(
      '<!doctype html><html lang="nb"><body><main data-pagefind-body><p>Arbeidsklær</p> ' +
        `<div data-pagefind-weight="${HINT_WEIGHT}">klær arbeid</div></main></body></html>`,
    );
    expect(copyWithHints(copy, [])).toBe(copy.html);
    expect(HINT_WEIGHT).toBeLessThan(1);
  });

  test("a page's own weight (a superseded version) stays on the copy, and its hints weigh less with it", () => {
    const html = page(
      '<main id="main" data-pagefind-body data-pagefind-weight="0.1"><p>Arbeidsklær</p></main>',
    );
    const copy = indexCopy(html);
    if (!copy) throw new Error('no index copy');
    expect(copy.html).toContain(
      '<main data-pagefind-body data-pagefind-weight="0.1"><p>Arbeidsklær</p>',
    );
    expect(copyWithHints(copy, ['klær'])).toContain(
      `<div data-pagefind-weight="${HINT_WEIGHT * 0.1}">klær</div></main>`,
    );
  });
});

describe('date order', () => {
  const order = dateOrder([
    { id: 'nb_a', date: '2026-01-10' },
    { id: 'nb_b', date: '2026-03-01' },
    { id: 'nb_c', date: undefined },
    { id: 'nb_d', date: '2026-01-10' },
  ]);

  test('ids grouped by date, newest first, undated last', () => {
    expect(order).toEqual(['nb_b', 'nb_a nb_d', 'nb_c']);
  });

  test('sorts every hit; hits of one date keep their order by relevance', () => {
    const hits = ['nb_c', 'nb_d', 'nb_x', 'nb_a', 'nb_b'].map((id) => ({ id }));
    expect(byDate(hits, order).map((hit) => hit.id)).toEqual([
      'nb_b',
      'nb_d',
      'nb_a',
      'nb_c',
      'nb_x',
    ]);
  });
});

describe("chunk ranges in Pagefind's metadata", () => {
  const meta = (): Cbor => [
    '1.6.0',
    [['nb_a1b2c3d', 702]],
    [
      ['80', 'a', 'nb_1'],
      ['ab', 'arbeid', 'nb_2'],
      ['arbeidsi', 'arbeidskl', 'nb_3'],
      ['arbeidsko', 'kla', 'nb_4'],
      ['klo', 'lever', 'nb_5'],
      ['levera', 'leverandør', 'nb_6'],
      ['leverandøra', 'øy', 'nb_7'],
    ],
    [],
    [],
    ['title'],
  ];

  test('CBOR is read and written back byte for byte', () => {
    const bytes = encodeCbor(meta());
    expect(decodeCbor(bytes)).toEqual(meta());
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
    const numbers: Cbor = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, -1, -25, -300];
    expect(decodeCbor(encodeCbor(numbers))).toEqual(numbers);
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5/);
  });

  test('shortened ends are closed; whole words before a longer neighbour and the last end stay', () => {
    const closed = meta();
    expect(closeChunkBounds(closed)).toBe(2);
    const ranges = (closed as Cbor[])[2] as string[][];
    expect(ranges.map(([from, to]) => `${from}..${to}`)).toEqual([
      '80..a', // "a" is a whole word: the next chunk starts "ab"
      'ab..arbeid',
      `arbeidsi..arbeidskl${HIGHEST}`, // shortened from "arbeidsklær", before "arbeidsko…"
      `arbeidsko..kla${HIGHEST}`,
      'klo..lever',
      'levera..leverandør',
      'leverandøra..øy', // the last chunk ends in its last word
    ]);
    // Every word of a chunk sorts inside its range and before the next one (UTF-8 order).
    const sorts = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    expect(sorts('arbeidsklær', ranges[2]?.[1] ?? '')).toBeLessThan(0);
    expect(sorts(ranges[2]?.[1] ?? '', 'arbeidsko')).toBeLessThan(0);
    expect(closeChunkBounds(closed)).toBe(0);
  });

  test('metadata of another shape is refused, not rewritten', () => {
    expect(() => closeChunkBounds(['1.6.0', [], [['a', 'b']]])).toThrow(/chunk list/);
  });
});
