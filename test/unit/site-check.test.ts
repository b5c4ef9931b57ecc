import { describe, expect, test } from 'vitest';
import { checkSite, indexByReference, referencesIn } from '../../src/lib/content/site';
import { once } from '../../src/lib/once';

type Site = Parameters<typeof checkSite>[0];
type AnyEntry = Site[string][number];

const source = { title: 'Kilde', publisher: 'UKE, Oslo kommune', date: 2020 };

/** A hand-made entry: only the fields checkSite reads. */
function entry(collection: string, id: string, data: Record<string, unknown> = {}): AnyEntry {
  return {
    collection,
    id,
    filePath: `content/${collection}/${id}.md`,
    data: { draft: false, example: false, sources: [source], ...data },
  } as unknown as AnyEntry;
}

const ref = (collection: string, id: string) => ({ collection, id });

const workwear = entry('riskCategories', 'arbeidsklaer');
const requirement = (id: string, code: string, data: Record<string, unknown> = {}) =>
  entry('requirements', id, {
    code,
    appliesTo: { riskCategories: [ref('riskCategories', 'arbeidsklaer')], valueOverNok: 500_000 },
    ...data,
  });
const lesson = (id: string, order: number, course = 'grunnkurs') =>
  entry('lessons', id, { course: ref('courses', course), order });

/** checkSite's result as plain data, sorted by file, for readable assertions. */
const check = (site: Site) => Object.fromEntries([...checkSite(site)].sort());

describe('checkSite', () => {
  test('a published entry with no source and no example mark is a problem; drafts and examples are not', () => {
    const site = {
      pages: [
        entry('pages', 'uten-kilde', { sources: [] }),
        entry('pages', 'eksempel', { sources: [], example: true }),
        entry('pages', 'utkast', { sources: [], draft: true }),
        entry('pages', 'med-kilde'),
      ],
    };
    expect(check(site)).toEqual({
      'content/pages/uten-kilde.md': [
        {
          field: 'sources',
          found: 'ingen kilder, og oppføringen er ikke merket som fiktivt eksempel',
          expected:
            'minst én kilde (title, publisher, date og eventuelt url), eller example: true når innholdet er laget som illustrasjon',
        },
      ],
    });
  });

  test('a consistent site has no problems', () => {
    expect(
      check({
        riskCategories: [workwear],
        requirements: [requirement('etisk-handel', 'EH-K1')],
        courses: [entry('courses', 'grunnkurs')],
        lessons: [lesson('intro', 1), lesson('krav', 2), lesson('oppfolging', 3)],
      }),
    ).toEqual({});
  });

  test('an unknown reference names the field, the missing id and the ids that exist', () => {
    const site = {
      riskCategories: [workwear, entry('riskCategories', 'sko')],
      cases: [
        entry('cases', 'arbeidsklaer-avtale', {
          category: ref('riskCategories', 'arbeidsklar'),
          requirements: [ref('requirements', 'sosial-dialog')],
        }),
      ],
      requirements: [],
    };
    expect(check(site)).toEqual({
      'content/cases/arbeidsklaer-avtale.md': [
        {
          field: 'category',
          found: '«arbeidsklar», som ikke finnes i riskCategories',
          expected: 'id-en til en oppføring i riskCategories (arbeidsklaer, sko)',
        },
        {
          field: 'requirements[0]',
          found: '«sosial-dialog», som ikke finnes i requirements',
          expected: 'id-en til en oppføring i requirements',
        },
      ],
    });
  });

  test('a published entry may not point at a draft; a draft may', () => {
    const draftRequirement = requirement('utkast', 'EH-U1', { draft: true });
    const site = {
      riskCategories: [workwear],
      requirements: [draftRequirement],
      procurements: [
        entry('procurements', 'publisert', { requirements: [ref('requirements', 'utkast')] }),
        entry('procurements', 'ogsa-utkast', {
          draft: true,
          requirements: [ref('requirements', 'utkast')],
        }),
      ],
    };
    expect(check(site)).toEqual({
      'content/procurements/publisert.md': [
        {
          field: 'requirements[0]',
          found: '«utkast», som er et utkast (draft: true)',
          expected: 'en publisert oppføring; publiser den eller fjern henvisningen',
        },
      ],
    });
  });

  test('references nested in objects and lists are found', () => {
    const site = {
      riskCategories: [workwear],
      requirements: [
        requirement('a', 'EH-A', {
          appliesTo: { riskCategories: [ref('riskCategories', 'mat')], valueOverNok: 0 },
          supersedes: ref('requirements', 'gammel'),
        }),
      ],
    };
    expect(check(site)['content/requirements/a.md']?.map((p) => p.field)).toEqual([
      'appliesTo.riskCategories[0]',
      'supersedes',
    ]);
  });

  test('two requirements with the same code: the second names the first', () => {
    const site = {
      riskCategories: [workwear],
      requirements: [
        requirement('a', 'EH-K1'),
        requirement('b', 'EH-K1'),
        requirement('c', 'EH-K2'),
      ],
    };
    expect(check(site)).toEqual({
      'content/requirements/b.md': [
        {
          field: 'code',
          found: '«EH-K1», som også brukes i content/requirements/a.md',
          expected: 'en kode som ingen andre krav har',
        },
      ],
    });
  });

  test('a gap in lesson order points at the lesson after the gap', () => {
    const site = {
      courses: [entry('courses', 'grunnkurs')],
      lessons: [lesson('intro', 1), lesson('krav', 3)],
    };
    expect(check(site)).toEqual({
      'content/lessons/krav.md': [
        {
          field: 'order',
          found: 'tallet 3',
          expected:
            'tallet 2: leksjonene i et kurs nummereres 1, 2, 3 … uten hull eller gjentakelser',
        },
      ],
    });
  });

  test('a repeated lesson number names the other lesson', () => {
    const site = {
      courses: [entry('courses', 'grunnkurs')],
      lessons: [lesson('intro', 1), lesson('krav', 2), lesson('oppfolging', 2)],
    };
    const problems = check(site);
    expect(Object.keys(problems)).toEqual(['content/lessons/oppfolging.md']);
    expect(problems['content/lessons/oppfolging.md']?.[0]?.found).toBe(
      'tallet 2, som også brukes av content/lessons/krav.md',
    );
  });

  test('lessons are numbered per course', () => {
    const site = {
      courses: [entry('courses', 'grunnkurs'), entry('courses', 'videregaende')],
      lessons: [lesson('a', 1), lesson('b', 2), lesson('c', 1, 'videregaende')],
    };
    expect(check(site)).toEqual({});
  });
});

describe('referencesIn', () => {
  test('ignores dates and look-alikes that do not name a collection', () => {
    const data = {
      updated: new Date('2026-01-01'),
      source: { collection: 'bibliotek', id: 'x' },
      category: ref('riskCategories', 'sko'),
    };
    expect(referencesIn(data)).toEqual([{ field: 'category', ref: ref('riskCategories', 'sko') }]);
  });
});

describe('indexByReference', () => {
  test('lists, for each referenced id, the entries that reference it, in list order and once each', () => {
    const list = [
      { id: 'a', refs: [{ id: 'x' }, { id: 'y' }, { id: 'x' }] },
      { id: 'b', refs: [] },
      { id: 'c', refs: [{ id: 'x' }] },
    ];
    const index = indexByReference(list, (e) => e.refs);
    expect(index.get('x')?.map((e) => e.id)).toEqual(['a', 'c']);
    expect(index.get('y')?.map((e) => e.id)).toEqual(['a']);
    expect(index.has('b')).toBe(false);
  });
});

describe('once', () => {
  test('computes on the first call and hands out the same promise afterwards', async () => {
    let calls = 0;
    const value = once(async () => ++calls);
    expect(await value()).toBe(1);
    expect(await value()).toBe(1);
    expect(calls).toBe(1);
  });
});
