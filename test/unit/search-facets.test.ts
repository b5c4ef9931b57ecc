import { describe, expect, test } from 'vitest';
import { COLLECTIONS, REGISTRY } from '../../src/lib/collections';
import {
  SEARCH_TYPES,
  relatedFrom,
  searchFacets,
  type AnyEntry,
  type Related,
} from '../../src/lib/search/facets';
import { nb } from '../../src/i18n/nb';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ref = (collection: string, id: string) => ({ collection, id });

/** A hand-made entry with the fields facets read. */
function entry(collection: string, id: string, data: Record<string, unknown>): AnyEntry {
  return {
    collection,
    id,
    data: {
      title: `Tittel ${id}`,
      summary: `Om ${id}`,
      updated: day('2026-03-01'),
      example: false,
      // The schema's default for every requirement.
      ...(collection === 'requirements' && { illustrativeFields: [] }),
      ...data,
    },
  } as unknown as AnyEntry;
}

const related: Related = relatedFrom({
  riskCategories: [
    entry('riskCategories', 'arbeidsklaer', { highRisk: true }),
    entry('riskCategories', 'tekstiler', { highRisk: true }),
    entry('riskCategories', 'konsulenttjenester', { highRisk: false }),
  ] as never,
  courses: [entry('courses', 'grunnkurs', { audience: ['kursdeltaker', 'innkjoper'] })] as never,
  procurements: [
    entry('procurements', 'arbeidstoy-2027', { category: ref('riskCategories', 'arbeidsklaer') }),
  ] as never,
  requirements: [
    entry('requirements', 'produksjonssteder-v1', { code: 'EH-1' }),
    entry('requirements', 'produksjonssteder', {
      code: 'EH-2',
      title: 'Produksjonssteder',
      supersedes: ref('requirements', 'produksjonssteder-v1'),
    }),
  ] as never,
});

describe('search facets', () => {
  test('every collection has a type, every type a label in both forms', () => {
    const types = COLLECTIONS.map((name) => REGISTRY[name].searchType);
    expect(new Set(types)).toEqual(new Set(SEARCH_TYPES));
    for (const type of SEARCH_TYPES) {
      expect(nb.searchType[type]).toBeTruthy();
      expect(nb.searchTypes[type]).toBeTruthy();
    }
    expect(REGISTRY.lessons.searchType).toBe('kurs');
  });

  test('a requirement for every high-risk category concerns each of them, not the others', () => {
    const facets = searchFacets(
      entry('requirements', 'etisk-handel', {
        appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: 500_000 },
        audience: ['leverandor', 'innkjoper'],
      }),
      related,
    );
    expect(facets).toEqual({
      type: 'krav',
      title: 'Tittel etisk-handel',
      summary: 'Om etisk-handel',
      updated: '2026-03-01',
      example: false,
      categories: ['arbeidsklaer', 'tekstiler'],
      audiences: ['leverandor', 'innkjoper'],
    });
  });

  test('a superseded version names the version that replaced it; the current one names none', () => {
    const requirement = (id: string) =>
      entry('requirements', id, {
        appliesTo: { riskCategories: 'alle-hoyrisiko', valueOverNok: 500_000 },
        audience: ['leverandor'],
      });
    expect(searchFacets(requirement('produksjonssteder-v1'), related).supersededBy).toBe(
      'EH-2 Produksjonssteder',
    );
    expect(searchFacets(requirement('produksjonssteder'), related).supersededBy).toBeUndefined();
  });

  test('a requirement for named categories concerns those', () => {
    const facets = searchFacets(
      entry('requirements', 'sosial-dialog', {
        appliesTo: { riskCategories: [ref('riskCategories', 'tekstiler')], valueOverNok: 0 },
        audience: ['leverandor'],
      }),
      related,
    );
    expect(facets.categories).toEqual(['tekstiler']);
  });

  test('a sourced requirement with invented facts is flagged for its result label', () => {
    const appliesTo = { riskCategories: [ref('riskCategories', 'tekstiler')], valueOverNok: 0 };
    const partly = entry('requirements', 'sosial-dialog', {
      appliesTo,
      audience: ['leverandor'],
      illustrativeFields: ['code', 'version'],
    });
    expect(searchFacets(partly, related).partlyFictional).toBe(true);
    const sourced = entry('requirements', 'sosial-dialog', { appliesTo, audience: ['leverandor'] });
    expect(searchFacets(sourced, related).partlyFictional).toBeUndefined();
  });

  test('market dialogue is for suppliers; a meeting concerns the categories of its procurements', () => {
    const meeting = searchFacets(
      entry('meetings', 'dialogmote', {
        start: '2027-03-12T09:00',
        procurements: [ref('procurements', 'arbeidstoy-2027')],
        example: true,
      }),
      related,
    );
    expect(meeting).toMatchObject({
      type: 'møte',
      meetingDate: '2027-03-12',
      categories: ['arbeidsklaer'],
      audiences: ['leverandor'],
      example: true,
    });
    const procurement = searchFacets(
      entry('procurements', 'arbeidstoy-2027', { category: ref('riskCategories', 'arbeidsklaer') }),
      related,
    );
    expect(procurement).toMatchObject({
      type: 'anskaffelse',
      categories: ['arbeidsklaer'],
      audiences: ['leverandor'],
    });
  });

  test('a lesson counts as a course and shares its course audience', () => {
    const lesson = searchFacets(
      entry('lessons', 'grunnkurs/01-intro', { course: ref('courses', 'grunnkurs') }),
      related,
    );
    expect(lesson).toMatchObject({
      type: 'kurs',
      audiences: ['kursdeltaker', 'innkjoper'],
      categories: [],
    });
  });

  test('a template is summed up by its purpose', () => {
    const template = searchFacets(
      entry('templates', 'egenerklaering', {
        purpose: 'Egenerklæring for leverandører.',
        audience: ['innkjoper'],
      }),
      related,
    );
    expect(template).toMatchObject({
      type: 'mal',
      summary: 'Egenerklæring for leverandører.',
      audiences: ['innkjoper'],
    });
  });

  test('cases and categories carry their category; glossary terms and pages carry none', () => {
    expect(
      searchFacets(
        entry('cases', 'arbeidstoy', { category: ref('riskCategories', 'arbeidsklaer') }),
        related,
      ),
    ).toMatchObject({ type: 'erfaring', categories: ['arbeidsklaer'], audiences: [] });
    expect(searchFacets(entry('riskCategories', 'tekstiler', {}), related)).toMatchObject({
      type: 'produktkategori',
      categories: ['tekstiler'],
    });
    expect(searchFacets(entry('glossary', 'sosial-dialog', {}), related)).toMatchObject({
      type: 'ordliste',
      categories: [],
      audiences: [],
    });
    expect(searchFacets(entry('pages', 'kontakt', {}), related)).toMatchObject({ type: 'om' });
  });
});
