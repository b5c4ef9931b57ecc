/**
 * What every collection is, in one place: its key, the folder under content/, its schema, the
 * address of an entry's page, its search type, and (typed by the key, in nb.collectionNames)
 * its name in the UI. The content config, the
 * data layer, the field reference, the search facets and the tests read this list; none keeps
 * a copy of its own. The order here is the order of the field reference.
 */
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
import { nb } from '../i18n/nb';
import { lessonSlug, routes } from './routes';
import type { SearchType } from './search/types';

interface CollectionInfo<S extends z.ZodType, E> {
  /** The folder under content/ that holds the entries. */
  folder: string;
  schema: S;
  /** The address of an entry's page. */
  url: (entry: E) => string;
  /** The type a reader filters search results by. */
  searchType: SearchType;
}

type ById = { id: string };
type LessonLike = { id: string; data: { course: { id: string } } };

const info = <S extends z.ZodType, E = ById>(collection: CollectionInfo<S, E>) => collection;

export const REGISTRY = {
  requirements: info({
    folder: 'requirements',
    schema: requirementSchema,
    url: ({ id }) => routes.requirement(id),
    searchType: 'krav',
  }),
  riskCategories: info({
    folder: 'risk-categories',
    schema: riskCategorySchema,
    url: ({ id }) => routes.riskCategory(id),
    searchType: 'produktkategori',
  }),
  cases: info({
    folder: 'cases',
    schema: caseSchema,
    url: ({ id }) => routes.case(id),
    searchType: 'erfaring',
  }),
  meetings: info({
    folder: 'meetings',
    schema: meetingSchema,
    url: ({ id }) => routes.meeting(id),
    searchType: 'møte',
  }),
  procurements: info({
    folder: 'procurements',
    schema: procurementSchema,
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
    url: ({ id }) => routes.term(id),
    searchType: 'ordliste',
  }),
  pages: info({
    folder: 'pages',
    schema: pageSchema,
    url: ({ id }) => routes.page(id),
    searchType: 'om',
  }),
};

export type CollectionName = keyof typeof REGISTRY;

/** Every collection's key, in the registry's order. */
export const COLLECTIONS = Object.keys(REGISTRY) as CollectionName[];

/** The page an entry is published on. */
export function entryUrl(entry: { collection: CollectionName; id: string; data: unknown }): string {
  const { url } = REGISTRY[entry.collection] as CollectionInfo<z.ZodType, typeof entry>;
  return url(entry);
}

/** A collection's name in the UI («Krav», «Leksjon»): the dictionary's type has one per key. */
export const collectionLabel = (name: CollectionName): string => nb.collectionNames[name];
