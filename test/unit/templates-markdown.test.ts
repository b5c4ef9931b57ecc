import { describe, expect, test } from 'vitest';
import { parseInline, parseMarkdown, plainText } from '../../src/lib/templates/markdown';

describe('parseInline', () => {
  test('keeps emphasis, strong and code as styled runs', () => {
    expect(parseInline('Fyll inn **navn**, *dato* og `kode`.')).toEqual([
      { text: 'Fyll inn ' },
      { text: 'navn', bold: true },
      { text: ', ' },
      { text: 'dato', italic: true },
      { text: ' og ' },
      { text: 'kode', code: true },
      { text: '.' },
    ]);
  });

  test('keeps the words of components and links, drops tags and internal addresses', () => {
    expect(
      plainText(
        parseInline(
          'Se <Term id="sosial-dialog">sosial dialog</Term> og [kravet](/krav/sosial-dialog/).',
        ),
      ),
    ).toBe('Se sosial dialog og kravet.');
    expect(plainText(parseInline('Les [UNGP](https://www.ohchr.org/ungp).'))).toBe(
      'Les UNGP (https://www.ohchr.org/ungp).',
    );
  });

  test('leaves placeholders in square brackets, escapes and snake_case alone', () => {
    expect(plainText(parseInline('**Leverandør:** [navn] \\*ikke kursiv\\* file_name_here'))).toBe(
      'Leverandør: [navn] *ikke kursiv* file_name_here',
    );
  });
});

describe('parseMarkdown', () => {
  test('reads headings, paragraphs, lists, tables and quotes; skips imports, comments and rules', () => {
    const blocks = parseMarkdown(
      [
        "import Term from '../../src/components/Term.astro';",
        '',
        '## Del 1',
        '',
        'Første linje',
        'fortsetter her.',
        '',
        '{/* redaktørnotat */}',
        '---',
        '- en',
        '- to',
        '  - under',
        '',
        '4. fire',
        '5. fem',
        '',
        '| Tiltak | Frist |',
        '| --- | :---: |',
        '| Opplæring | 1. mars |',
        '',
        '> Sitat',
      ].join('\n'),
      'mdx',
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'table',
      'quote',
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
    expect(plainText(blocks[1]?.kind === 'paragraph' ? blocks[1].content : [])).toBe(
      'Første linje fortsetter her.',
    );
    expect(blocks[2]).toMatchObject({
      ordered: false,
      items: [{ level: 0 }, { level: 0 }, { level: 1 }],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 4 });
    const table = blocks[4];
    expect(table?.kind === 'table' && table.rows.map((row) => row.map(plainText))).toEqual([
      ['Opplæring', '1. mars'],
    ]);
  });

  test('keeps list items that run over several lines together', () => {
    const [list] = parseMarkdown('1. Hvem har ansvaret\n   for etisk handel?\n2. Neste');
    expect(list?.kind === 'list' && list.items.map((i) => plainText(i.content))).toEqual([
      'Hvem har ansvaret for etisk handel?',
      'Neste',
    ]);
  });

  test('a fenced code block stays one block and its lines are kept', () => {
    const [code] = parseMarkdown('```\n## ikke en overskrift\n```');
    expect(code).toEqual({
      kind: 'paragraph',
      content: [{ text: '## ikke en overskrift', code: true }],
    });
  });

  test('a .md body is Markdown: braces and a lone < are text, HTML tags go and their words stay', () => {
    const [paragraph] = parseMarkdown('Pris {eks. mva} < 5 000 kr, se <abbr title="x">UKE</abbr>.');
    expect(paragraph?.kind === 'paragraph' && plainText(paragraph.content)).toBe(
      'Pris {eks. mva} < 5 000 kr, se UKE.',
    );
  });

  test('an .mdx body is MDX: the words inside components stay, expressions go', () => {
    const blocks = parseMarkdown(
      '<Callout>\n\nHusk *fristen*.\n\n</Callout>\n\nSe {props.x} <Term id="a">ordet</Term>.',
      'mdx',
    );
    expect(blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.content) : b.kind))).toEqual([
      'Husk fristen.',
      'Se  ordet.',
    ]);
  });
});
