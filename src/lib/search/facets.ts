/**
 * What the search index knows about an entry besides its text: its type, the product
 * categories and audiences it concerns (the filters), the date results sort by, and the
 * title and summary a result shows. Pure: related entries arrive already looked up.
 */
import type { Audience } from '../../schemas/fields';
import type { COLLECTIONS, Entry } from '../content/site';
import { isoDate } from '../dates';

/** Content types a reader can filter by. Lessons count as courses. */
export const SEARCH_TYPES = [
  'krav',
  'erfaring',
  'møte',
  'anskaffelse',
  'mal',
  'kurs',
  'ordliste',
  'produktkategori',
  'om',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type Collection = (typeof COLLECTIONS)[number];
/** Any published entry, discriminated by its collection. */
export type AnyEntry = { [C in Collection]: Entry<C> }[Collection];

/** The search type of each collection. */
export const COLLECTION_TYPES = {
  requirements: 'krav',
  cases: 'erfaring',
  meetings: 'møte',
  procurements: 'anskaffelse',
  templates: 'mal',
  courses: 'kurs',
  lessons: 'kurs',
  glossary: 'ordliste',
  riskCategories: 'produktkategori',
  pages: 'om',
} as const satisfies Record<Collection, SearchType>;

/** Filter names as the index stores them (Pagefind's `data-pagefind-filter`). */
export const FILTER_KEYS = { type: 'type', category: 'kategori', audience: 'målgruppe' } as const;

/** Market dialogue (meetings and procurements) is written for suppliers. */
const MARKET_DIALOGUE_AUDIENCE: readonly Audience[] = ['leverandor'];

export interface SearchFacets {
  type: SearchType;
  title: string;
  summary: string;
  /** YYYY-MM-DD: when the entry last changed in substance ("Sist oppdatert"); results sort by it. */
  updated: string;
  /** YYYY-MM-DD of a meeting's start, shown on meeting results. */
  meetingDate?: string | undefined;
  /** Invented example data: the result shows the "Eksempel" label. */
  example: boolean;
  /** Risk-category ids the entry concerns. */
  categories: string[];
  /** Who the entry is written for. */
  audiences: Audience[];
}

/** What facets need from other entries. */
export interface Related {
  /** Ids of every published high-risk category: a requirement for "alle-hoyrisiko" concerns each. */
  highRiskCategories: readonly string[];
  /** A course's audience, which its lessons share. */
  courseAudience: (courseId: string) => readonly Audience[];
  /** A procurement's category, which the meetings that present it concern. */
  procurementCategory: (procurementId: string) => string | undefined;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

export function searchFacets(entry: AnyEntry, related: Related): SearchFacets {
  const common = {
    type: COLLECTION_TYPES[entry.collection],
    title: entry.data.title,
    updated: isoDate(entry.data.updated),
    example: entry.data.example,
    categories: [] as string[],
    audiences: [] as Audience[],
  };
  switch (entry.collection) {
    case 'requirements': {
      const { riskCategories } = entry.data.appliesTo;
      return {
        ...common,
        summary: entry.data.summary,
        categories: unique(
          riskCategories === 'alle-hoyrisiko'
            ? related.highRiskCategories
            : riskCategories.map((r) => r.id),
        ),
        audiences: unique(entry.data.audience),
      };
    }
    case 'cases':
      return { ...common, summary: entry.data.summary, categories: [entry.data.category.id] };
    case 'procurements':
      return {
        ...common,
        summary: entry.data.summary,
        categories: [entry.data.category.id],
        audiences: [...MARKET_DIALOGUE_AUDIENCE],
      };
    case 'meetings':
      return {
        ...common,
        summary: entry.data.summary,
        meetingDate: entry.data.start.slice(0, 10),
        categories: unique(
          entry.data.procurements.flatMap((p) => related.procurementCategory(p.id) ?? []),
        ),
        audiences: [...MARKET_DIALOGUE_AUDIENCE],
      };
    case 'templates':
      return { ...common, summary: entry.data.purpose, audiences: unique(entry.data.audience) };
    case 'courses':
      return { ...common, summary: entry.data.summary, audiences: unique(entry.data.audience) };
    case 'lessons':
      return {
        ...common,
        summary: entry.data.summary,
        audiences: [...related.courseAudience(entry.data.course.id)],
      };
    case 'riskCategories':
      return { ...common, summary: entry.data.summary, categories: [entry.id] };
    case 'glossary':
    case 'pages':
      return { ...common, summary: entry.data.summary };
  }
}

/** `Related` built from the published site. */
export function relatedFrom(published: {
  riskCategories: readonly Entry<'riskCategories'>[];
  courses: readonly Entry<'courses'>[];
  procurements: readonly Entry<'procurements'>[];
}): Related {
  const courses = new Map(published.courses.map((c) => [c.id, c.data.audience]));
  const procurements = new Map(published.procurements.map((p) => [p.id, p.data.category.id]));
  return {
    highRiskCategories: published.riskCategories.filter((c) => c.data.highRisk).map((c) => c.id),
    courseAudience: (id) => courses.get(id) ?? [],
    procurementCategory: (id) => procurements.get(id),
  };
}
