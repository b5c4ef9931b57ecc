/**
 * What every collection is, in one place: its key, the folder under content/, its schema, the
 * address of an entry's page, its search type, and (typed by the key, in nb.collectionNames)
 * its name in the UI. The content config, the
 * data layer, the field reference, the search facets and the tests read this list; none keeps
 * a copy of its own. The order here is the order of the field reference.
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { caseSchema } from '../schemas/case';
import { courseSchema } from '../schemas/course';
import { glossarySchema } from '../schemas/glossary';
import { lessonSchema } from '../schemas/lesson';
import { meetingSchema } from '../schemas/meeting';
import { pageSchema } from '../schemas/page';
import { procurementSchema } from '../schemas/procurement';
import { requirementSchema } from '../schemas/requirement';
import { riskCategorySchema } from '../schemas/risk-category';
import { templateSchema } from '../schemas/template';
import {
  caseTranslationSchema,
  glossaryTranslationSchema,
  meetingTranslationSchema,
  pageTranslationSchema,
  procurementTranslationSchema,
  requirementTranslationSchema,
  riskCategoryTranslationSchema,
} from '../schemas/translation';
import { strings, type Locale } from '../i18n';
import { lessonSlug, routes } from './routes';
import type { SearchType } from './search/types';

interface CollectionInfo<S extends z.ZodType, E, T extends z.ZodType | undefined = undefined> {
  /** The folder under content/ that holds the entries. */
  folder: string;
  schema: S;
  /**
   * For a collection translated into English: the schema of a translation, which names the
   * reader-facing text fields (picked from `schema`, src/schemas/translation.ts). Translations
   * live in content/en/<folder>/, paired with the Norwegian entries by id.
   */
  translation?: T;
  /** The address of an entry's page. */
  url: (entry: E) => string;
  /** The type a reader filters search results by. */
  searchType: SearchType;
}

type ById = { id: string };
type LessonLike = { id: string; data: { course: { id: string } } };

const info = <S extends z.ZodType, E = ById, T extends z.ZodType | undefined = undefined>(
  collection: CollectionInfo<S, E, T>,
) => collection;

export const REGISTRY = {
  requirements: info({
    folder: 'requirements',
    schema: requirementSchema,
    translation: requirementTranslationSchema,
    url: ({ id }) => routes.requirement(id),
    searchType: 'krav',
  }),
  riskCategories: info({
    folder: 'risk-categories',
    schema: riskCategorySchema,
    translation: riskCategoryTranslationSchema,
    url: ({ id }) => routes.riskCategory(id),
    searchType: 'produktkategori',
  }),
  cases: info({
    folder: 'cases',
    schema: caseSchema,
    translation: caseTranslationSchema,
    url: ({ id }) => routes.case(id),
    searchType: 'erfaring',
  }),
  meetings: info({
    folder: 'meetings',
    schema: meetingSchema,
    translation: meetingTranslationSchema,
    url: ({ id }) => routes.meeting(id),
    searchType: 'møte',
  }),
  procurements: info({
    folder: 'procurements',
    schema: procurementSchema,
    translation: procurementTranslationSchema,
    url: ({ id }) => routes.procurement(id),
    searchType: 'anskaffelse',
  }),
  templates: info({
    folder: 'templates',
    schema: templateSchema,
    url: ({ id }) => routes.template(id),
    searchType: 'mal',
  }),
  courses: info({
    folder: 'courses',
    schema: courseSchema,
    url: ({ id }) => routes.course(id),
    searchType: 'kurs',
  }),
  lessons: info({
    folder: 'lessons',
    schema: lessonSchema,
    url: (lesson: LessonLike) => routes.lesson(lesson.data.course.id, lessonSlug(lesson.id)),
    searchType: 'kurs',
  }),
  glossary: info({
    folder: 'glossary',
    schema: glossarySchema,
    translation: glossaryTranslationSchema,
    url: ({ id }) => routes.term(id),
    searchType: 'ordliste',
  }),
  pages: info({
    folder: 'pages',
    schema: pageSchema,
    translation: pageTranslationSchema,
    url: ({ id }) => routes.page(id),
    searchType: 'om',
  }),
};

export type CollectionName = keyof typeof REGISTRY;

/** Every collection's key, in the registry's order. */
export const COLLECTIONS = Object.keys(REGISTRY) as CollectionName[];

/** The collections translated into English, in the registry's order. */
export const TRANSLATED = COLLECTIONS.filter(
  (name): name is TranslatedName => REGISTRY[name].translation !== undefined,
);
export type TranslatedName = {
  [K in CollectionName]: [NonNullable<(typeof REGISTRY)[K]['translation']>] extends [never]
    ? never
    : K;
}[CollectionName];

/** The schema of a translated collection's English entries. */
export const translationSchema = <K extends TranslatedName>(name: K) =>
  REGISTRY[name].translation as NonNullable<(typeof REGISTRY)[K]['translation']>;

/** The content collection that holds a translated collection's English entries. */
export const translationCollection = <K extends TranslatedName>(name: K) => `${name}En` as const;
export type TranslationCollectionName = ReturnType<typeof translationCollection<TranslatedName>>;

/** The folder under content/ of a translated collection's English entries. */
export const translationFolder = (name: TranslatedName) => `en/${REGISTRY[name].folder}`;

/**
 * Every collection Astro loads: each registry collection, and for each translated one its English
 * entries in content/en/<folder>/ (a folder that may not exist yet, so `optional`).
 */
export const CONTENT_COLLECTIONS = [
  ...COLLECTIONS.map((key) => ({
    key,
    folder: REGISTRY[key].folder,
    schema: REGISTRY[key].schema as z.ZodType,
    optional: false,
  })),
  ...TRANSLATED.map((key) => ({
    key: translationCollection(key),
    folder: translationFolder(key),
    schema: translationSchema(key) as z.ZodType,
    optional: true,
  })),
];

/** The content config's collections, typed by the schemas, so `getCollection` returns typed entries. */
export type ContentCollections = {
  [K in CollectionName]: { loader: Loader; schema: (typeof REGISTRY)[K]['schema'] };
} & {
  [K in TranslatedName as `${K}En`]: {
    loader: Loader;
    schema: NonNullable<(typeof REGISTRY)[K]['translation']>;
  };
};

/** The page an entry is published on. */
export function entryUrl(entry: { collection: CollectionName; id: string; data: unknown }): string {
  const { url } = REGISTRY[entry.collection] as CollectionInfo<z.ZodType, typeof entry>;
  return url(entry);
}

/** A collection's name in the UI («Krav», «Leksjon»): the dictionary's type has one per key. */
export const collectionLabel = (name: CollectionName, locale: Locale = 'nb'): string =>
  strings(locale).dict.collectionNames[name];
