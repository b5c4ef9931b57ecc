/**
 * What the search index knows about an entry besides its text: its type, the product
 * categories and audiences it concerns (the filters), the date results sort by, and the
 * title and summary a result shows. Pure: related entries arrive already looked up.
 */
import type { Audience } from '../../schemas/fields';
import type { Entry } from '../content/site';
import { REGISTRY, type CollectionName } from '../collections';
import type { SearchType } from './types';
import { isoDate } from '../dates';

export { FILTER_KEYS, SEARCH_TYPES, type SearchType } from './types';

export type Collection = CollectionName;
/** Any published entry, discriminated by its collection. */
export type AnyEntry = { [C in Collection]: Entry<C> }[Collection];

/**
 * How much a superseded requirement version's words count in the index (Pagefind's
 * `data-pagefind-weight` on the page's searchable part): its text is nearly the current
 * version's, and at a tenth of the weight it ranks below it for the same words.
 */
export const SUPERSEDED_WEIGHT = 0.1;

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
  /** A sourced requirement with facts the portal made up: the result says so. */
  partlyFictional?: boolean;
  /** A superseded requirement version: the code and title of the version that replaced it. */
  supersededBy?: string | undefined;
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
  /** The published requirement that supersedes a requirement, as «code title». */
  replacedBy: (requirementId: string) => string | undefined;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

export function searchFacets(entry: AnyEntry, related: Related): SearchFacets {
  const common = {
    type: REGISTRY[entry.collection].searchType,
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
        ...(entry.data.illustrativeFields.length > 0 && { partlyFictional: true }),
        supersededBy: related.replacedBy(entry.id),
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
  requirements: readonly Entry<'requirements'>[];
}): Related {
  const courses = new Map(published.courses.map((c) => [c.id, c.data.audience]));
  const procurements = new Map(published.procurements.map((p) => [p.id, p.data.category.id]));
  const replacedBy = new Map(
    published.requirements.flatMap((r) =>
      r.data.supersedes ? [[r.data.supersedes.id, `${r.data.code} ${r.data.title}`] as const] : [],
    ),
  );
  return {
    highRiskCategories: published.riskCategories.filter((c) => c.data.highRisk).map((c) => c.id),
    courseAudience: (id) => courses.get(id) ?? [],
    procurementCategory: (id) => procurements.get(id),
    replacedBy: (id) => replacedBy.get(id),
  };
}
