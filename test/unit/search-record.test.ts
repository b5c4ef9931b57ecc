/**
 * A page's record (src/lib/search/index-record.ts) must give the index Pagefind makes when it
 * reads the page's copy itself: each page here is indexed both ways by Pagefind's own program,
 * and every file of the two indexes must be the same byte for byte.
 */
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { copyWithHints, indexCopy, recordWithHints } from '../../src/lib/search/index-html';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Side</title></head><body>` +
  `<header><nav>Meny</nav></header>${main}<footer>Bunn</footer></body></html>`;

const searchMeta = (title: string, type: string, ...categories: string[]) =>
  `<div class="eh-search-meta" hidden data-pagefind-ignore>` +
  `<span data-pagefind-meta="title">${title}</span>` +
  `<span data-pagefind-meta="summary">  Et sammendrag\n over to linjer.  </span>` +
  `<span data-pagefind-meta="updated">2024-03-18</span>` +
  `<span data-pagefind-filter="type">${type}</span>` +
  categories.map((id) => `<span data-pagefind-filter="kategori">${id}</span>`).join('') +
  `<span data-pagefind-sort="dato">2024-03-18</span></div>`;

/** Pages with what the site's pages hold, and the odd corners of Pagefind's reader. */
const PAGES: [string, string, string[]][] = [
  [
    'a requirement page',
    page(
      'nb',
      `<main class="eh-main" data-pagefind-body><h1><span class="eh-req-code">EH-K179</span> Aktsomhet for arbeidsbukser</h1>
${searchMeta('Aktsomhet for arbeidsbukser', 'krav', 'senger', 'arbeidshansker')}
<p class="eh-lead">Erfaringen fra 2019 viser at bransjesamarbeid gir bedre innsikt.</p>
<figure class="eh-copy"><figcaption><span>Kravtekst <span>EH-K179</span></span></figcaption>
<div class="eh-copy__text"><p>Revisoren intervjuet seks arbeidere.</p></div>
<p class="eh-copy__status" role="status"></p><button type="button" data-pagefind-ignore>Kopier</button></figure>
<h2>Dette må leverandøren dokumentere</h2><div><section><h3>Ved kontraktsoppstart</h3>
<ul><li>Klageprosedyre<br><span>Frist: Innen 30 dager</span></li></ul></section></div>
<dl><dt>Type</dt><dd>Krav</dd><dt>Gjelder fra</dt><dd><time datetime="2024-01-01">1. januar 2024</time></dd></dl>
<table><tr><th>Land</th><td>Kina</td></tr><tr><th>Risiko</th><td>Høy</td></tr></table>
<div class="eh-prose"><p>Når prisen presses hardt, øker risikoen for «tvangsarbeid» i kjeden (se <a href="/krav/">kravene</a>)</p>
<ol><li>Råvarene kommer fra Kina, mens sømmen skjer i Myanmar!</li><li>R&amp;D &lt;kode&gt; og&nbsp;mer: «sitat»</li></ol>
<blockquote><p>Det viktigste er ikke at alt er perfekt.'</p></blockquote><p>Slutt med tall 25</p><p>Pris $</p><p>Stjerne *</p><p>Parentes (x)</p><p></p><p>   </p></div>
<details><summary>Mer</summary><p>Skjult<strong>tekst</strong>her</p></details>
<form><label>Navn <input name="navn"></label><p>Skjema</p></form>
<aside data-pagefind-weight="2"><h2>Vektet</h2><p>Viktig avsnitt</p></aside>
<p data-pagefind-ignore="index">Ignorert avsnitt</p>
<section aria-labelledby="kilder" data-pagefind-ignore><h2>Kilder</h2><ul><li>DFØ</li></ul></section>
</main>`,
    ),
    ['klær', 'arbeid'],
  ],
  [
    'a weighted page with an English title heading and no metadata title',
    page(
      'en',
      `<main data-pagefind-body data-pagefind-weight="3"><h1>Workwear <em>in</em> the supply chain</h1>
<p>Forced labour, child labour &amp; wages.</p><h4>Small heading</h4><h6>Smallest</h6>
<div data-pagefind-weight="0.5"><h2>Light</h2><p>Lightly weighed text "quoted"</p></div>
<span data-pagefind-meta="summary">Summary in the body</span></main>`,
    ),
    [],
  ],
  [
    'hints on a weighted page',
    page('nb', `<main data-pagefind-body data-pagefind-weight="2"><p>Arbeidsklær</p></main>`),
    ['klær'],
  ],
];

afterAll(() => pagefind.close());

async function indexed(add: (index: pagefind.PagefindIndex) => Promise<{ errors: string[] }>) {
  const { index, errors } = await pagefind.createIndex();
  expect(errors).toEqual([]);
  expect((await add(index!)).errors).toEqual([]);
  const { files, errors: fileErrors } = await index!.getFiles();
  expect(fileErrors).toEqual([]);
  await index!.deleteIndex();
  return new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
}

describe('a page as a ready record for Pagefind (index-record.ts)', () => {
  test.each(PAGES)('%s gives the index Pagefind makes of its copy', async (_, html, hints) => {
    const lang = /lang="(\w+)"/.exec(html)![1]!;
    const copy = indexCopy(html, lang)!;
    expect(copy.record).toBeDefined();
    const { meta, filters, sort } = copy.record!;
    const url = '/side/';
    const fromHtml = await indexed((index) =>
      index.addHTMLFile({ url, content: copyWithHints(copy, hints) }),
    );
    const fromRecord = await indexed((index) =>
      index.addCustomRecord({
        url,
        content: recordWithHints(copy.record!, copy.weight, hints),
        language: lang,
        meta,
        filters,
        sort,
      }),
    );
    expect([...fromRecord.keys()].sort()).toEqual([...fromHtml.keys()].sort());
    for (const [file, bytes] of fromHtml) expect(fromRecord.get(file), file).toEqual(bytes);
  });

  test('the record holds the metadata, filters and sort keys, and the title heading', () => {
    const record = indexCopy(PAGES[0]![1])!.record!;
    expect(record.meta).toEqual({
      title: 'Aktsomhet for arbeidsbukser',
      summary: 'Et sammendrag over to linjer.',
      updated: '2024-03-18',
    });
    expect(record.filters).toEqual({ type: ['krav'], kategori: ['senger', 'arbeidshansker'] });
    expect(record.sort).toEqual({ dato: '2024-03-18' });
    expect(indexCopy(PAGES[1]![1], 'en')!.record!.meta).toEqual({
      title: 'Workwear in the supply chain',
      summary: 'Summary in the body',
    });
  });

  test.each([
    [
      'an image (Pagefind takes its address as metadata)',
      '<p>Tekst <img src="/a.png" alt="Bilde"></p>',
    ],
    ['text Pagefind reads raw', '<noscript><p>Slå på JavaScript</p></noscript>'],
    [
      'an attribute Pagefind indexes',
      '<abbr data-pagefind-index-attrs="title" title="Etisk handel">EH</abbr>',
    ],
    ['a literal metadata value', '<span data-pagefind-meta="image:/a.png"></span>'],
    ['an entity in a filter', '<span data-pagefind-filter="type">R&amp;D</span>'],
  ])('a copy with %s gets no record: Pagefind reads its HTML', (_, body) => {
    const copy = indexCopy(page('nb', `<main data-pagefind-body><h1>Side</h1>${body}</main>`))!;
    expect(copy.html).toContain('<h1>Side</h1>');
    expect(copy.record).toBeUndefined();
  });
});
