import { describe, expect, test } from 'vitest';
import { compoundHeads, compoundHints, wordsOf } from '../../src/lib/search/compounds';
import { HINT_WEIGHT, bodyText, isSearchable, withHints } from '../../src/lib/search/index-html';

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

  test('hints go at the end of the main content, lightly weighted', () => {
    const html = page('<main data-pagefind-body><p>Arbeidsklær</p></main>');
    expect(withHints(html, ['klær'])).toContain(
      `<p>Arbeidsklær</p><div data-pagefind-weight="${HINT_WEIGHT}">klær</div></main><footer>`,
    );
    expect(withHints(html, [])).toBe(html);
    expect(HINT_WEIGHT).toBeLessThan(1);
  });
});
