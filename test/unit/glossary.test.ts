import { describe, expect, test } from 'vitest';
import { groupByLetter } from '../../src/lib/glossary/letters';
import { checkTermUses, findTermUses, linesBeforeBody } from '../../src/lib/glossary/term-uses';

describe('findTermUses', () => {
  test('finds every <Term> with its id and line, in any quoting', () => {
    const body = [
      'Kravet bygger på <Term id="sosial-dialog">sosial dialog</Term>.',
      '',
      'Se <Term id=\'ungp\'>UNGP</Term> og <Term id={"oslomodellen"} />.',
      '<Term>uten id</Term>',
    ].join('\n');
    expect(findTermUses(body).map(({ id, line }) => ({ id, line }))).toEqual([
      { id: 'sosial-dialog', line: 1 },
      { id: 'ungp', line: 3 },
      { id: 'oslomodellen', line: 3 },
      { id: undefined, line: 4 },
    ]);
  });

  test('ignores code blocks and inline code, where editors show the syntax', () => {
    expect(findTermUses('```mdx\n<Term id="x">x</Term>\n```\nSkriv `<Term id="y">`.')).toEqual([]);
  });
});

describe('checkTermUses', () => {
  const known = ['oslomodellen', 'sosial-dialog'];

  test('no problems when every id is a term', () => {
    const file = 'content/lessons/grunnkurs/01-intro.mdx';
    expect(
      checkTermUses([{ file, body: '<Term id="oslomodellen">Oslomodellen</Term>' }], known).size,
    ).toBe(0);
  });

  test('an unknown id names the file, the line in the file and the ids that exist', () => {
    const file = 'content/lessons/grunnkurs/01-intro.mdx';
    const problems = checkTermUses(
      [
        {
          file,
          body: 'Tekst\n\n<Term id="sosial-dialogg">sosial dialog</Term>',
          bodyStartLine: 12,
        },
      ],
      known,
    );
    expect(Object.fromEntries(problems)).toEqual({
      [file]: [
        {
          field: 'brødteksten, linje 15',
          found: '<Term id="sosial-dialogg">, men «sosial-dialogg» finnes ikke i ordlisten',
          expected: 'id-en til et publisert begrep i ordlisten (oslomodellen, sosial-dialog)',
        },
      ],
    });
  });

  test('a tag without an id, and a tag in a .md file where it does nothing, are problems too', () => {
    const problems = checkTermUses(
      [
        { file: 'content/requirements/a.mdx', body: '<Term>sosial dialog</Term>' },
        { file: 'content/requirements/b.md', body: '<Term id="oslomodellen">x</Term>' },
      ],
      known,
    );
    expect(problems.get('content/requirements/a.mdx')?.[0]?.expected).toContain('<Term id="…">');
    expect(problems.get('content/requirements/b.md')?.[0]?.expected).toContain('.mdx');
  });
});

describe('linesBeforeBody', () => {
  test('counts the frontmatter lines above the body', () => {
    const body = '\nFørste avsnitt.\n';
    expect(linesBeforeBody(`---\ntitle: A\nupdated: 2026-01-01\n---${body}`, body)).toBe(3);
  });
});

describe('groupByLetter', () => {
  test('groups under first letters in Norwegian order, with æ, ø and å last', () => {
    const term = (title: string) => ({ data: { title } });
    const groups = groupByLetter([
      term('Åpenhetsloven'),
      term('ILO'),
      term('arbeidslivskriminalitet'),
      term('Øko'),
      term('Aktsomhet'),
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.data.title)])).toEqual([
      ['A', ['Aktsomhet', 'arbeidslivskriminalitet']],
      ['I', ['ILO']],
      ['Ø', ['Øko']],
      ['Å', ['Åpenhetsloven']],
    ]);
  });
});
