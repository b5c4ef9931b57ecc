/**
 * Every URL the site builds, in one place, so links and routes cannot drift apart: one route map
 * with each address's Norwegian path and, where the page exists in English, its English path.
 * `[name]` marks a parameter. Links are built from it (`routes` for Norwegian, `routesIn(locale)`),
 * and the language switcher, the hreflang alternates and the sitemap find a page's counterpart in
 * the other language from it (`counterpartPath`), so no address is ever spelled twice.
 */
// With its extension, as Node resolves it: astro.config.mjs imports this module (i18n/locales.ts).
import { LOCALES, type Locale } from '../i18n/locales.ts';

export type { Locale };

interface RouteDef {
  nb: string;
  /** The English address; absent for pages that are only in Norwegian (templates, courses …). */
  en?: string;
  /**
   * For an entry's page: the collection whose English translation must exist for the English
   * page to be built (the `id` parameter is the entry's id). A collection key of
   * src/lib/collections.ts (a string here: the registry builds its addresses from this file).
   */
  translated?: string;
  /** For a fixed address of one entry (the contact page): that entry's id. */
  id?: string;
}

const route = <const R extends RouteDef>(def: R) => def;

const MAP = {
  /** English readers are suppliers abroad: the English home is the suppliers' page. */
  suppliers: route({ nb: '/for-leverandorer/', en: '/en/' }),
  /** The home page's English counterpart is the English home; that one's Norwegian counterpart is the suppliers' page (listed first). */
  home: route({ nb: '/', en: '/en/' }),
  requirements: route({ nb: '/krav/', en: '/en/requirements/' }),
  requirement: route({
    nb: '/krav/[id]/',
    en: '/en/requirements/[id]/',
    translated: 'requirements',
  }),
  /** A requirement as a Word document. */
  requirementDocx: route({
    nb: '/krav/[id].docx',
    en: '/en/requirements/[id].docx',
    translated: 'requirements',
  }),
  /** The high-risk list: categories and their sources. */
  riskCategories: route({ nb: '/krav/hoyrisiko/', en: '/en/requirements/high-risk/' }),
  /** One category (high-risk or not) and the requirements that cover it; also the catalogue's category filter. */
  riskCategory: route({
    nb: '/krav/kategori/[id]/',
    en: '/en/requirements/category/[id]/',
    translated: 'riskCategories',
  }),
  categoryDocx: route({ nb: '/krav/kategori/[id].docx' }),
  /** RSS: changes to the category's requirements, procurements and meetings. */
  categoryFeed: route({ nb: '/krav/kategori/[id].xml' }),
  /** Calendar: the category's planned announcements, deadlines and upcoming meetings. */
  categoryCalendar: route({ nb: '/krav/kategori/[id].ics' }),
  requirementsOfKind: route({ nb: '/krav/type/[kind]/', en: '/en/requirements/type/[kind]/' }),
  requirementsOfPart: route({ nb: '/krav/del/[part]/', en: '/en/requirements/part/[part]/' }),
  /** Only UKE's own requirements with a source: the fictional examples left out. */
  sourcedRequirements: route({ nb: '/krav/med-kilde/', en: '/en/requirements/sourced/' }),
  requirementFinder: route({ nb: '/krav/finn/', en: '/en/requirements/finder/' }),
  requirementChanges: route({ nb: '/krav/endringer/' }),
  requirementChangesFeed: route({ nb: '/krav/endringer.xml' }),
  checklist: route({
    nb: '/krav/sjekkliste/[categoryId]/',
    en: '/en/requirements/checklist/[categoryId]/',
    translated: 'riskCategories',
  }),
  openData: route({ nb: '/data/' }),
  openRequirements: route({ nb: '/data/requirements.json' }),
  openRequirementsSchema: route({ nb: '/data/requirements.schema.json' }),
  openRiskCategories: route({ nb: '/data/risk-categories.json' }),
  openRiskCategoriesSchema: route({ nb: '/data/risk-categories.schema.json' }),
  reviewDue: route({ nb: '/for-redaktorer/gjennomgang/' }),
  meetings: route({ nb: '/markedsdialog/', en: '/en/market-dialogue/' }),
  meeting: route({
    nb: '/markedsdialog/[id]/',
    en: '/en/market-dialogue/[id]/',
    translated: 'meetings',
  }),
  meetingCalendar: route({
    nb: '/markedsdialog/[id].ics',
    en: '/en/market-dialogue/[id].ics',
    translated: 'meetings',
  }),
  meetingFeed: route({ nb: '/markedsdialog/kalender.ics' }),
  /** A meeting's material is a file, the same in both languages. */
  meetingMaterial: route({ nb: '/markedsdialog/[id]/[fileName]' }),
  procurements: route({ nb: '/anskaffelser/', en: '/en/procurements/' }),
  procurement: route({
    nb: '/anskaffelser/[id]/',
    en: '/en/procurements/[id]/',
    translated: 'procurements',
  }),
  cases: route({ nb: '/erfaringer/', en: '/en/cases/' }),
  case: route({ nb: '/erfaringer/[id]/', en: '/en/cases/[id]/', translated: 'cases' }),
  templates: route({ nb: '/maler/' }),
  template: route({ nb: '/maler/[id]/' }),
  templatesForStage: route({ nb: '/maler/fase/[stage]/' }),
  templatesForAudience: route({ nb: '/maler/for/[audience]/' }),
  /** Stable download address: the same file name keeps its address when a new version comes. */
  templateFile: route({ nb: '/maler/[id]/[fileName]' }),
  templateFileVersion: route({ nb: '/maler/[id]/[version]/[fileName]' }),
  courses: route({ nb: '/kurs/' }),
  course: route({ nb: '/kurs/[id]/' }),
  lesson: route({ nb: '/kurs/[courseId]/[lessonId]/' }),
  glossary: route({ nb: '/ordliste/', en: '/en/glossary/' }),
  term: route({ nb: '/ordliste/[id]/', en: '/en/glossary/[id]/', translated: 'glossary' }),
  termAnchor: route({ nb: '/ordliste/#[id]', en: '/en/glossary/#[id]' }),
  pages: route({ nb: '/om/', en: '/en/about/' }),
  /** "Om innholdet": what is UKE's sourced material and what is an illustration; every example label links here. */
  aboutContent: route({
    nb: '/om/innholdet/',
    en: '/en/about/innholdet/',
    translated: 'pages',
    id: 'innholdet',
  }),
  page: route({ nb: '/om/[id]/', en: '/en/about/[id]/', translated: 'pages' }),
  /** The contact page (content/pages/kontakt.md); page feedback points here when no address is configured. */
  contact: route({
    nb: '/om/kontakt/',
    en: '/en/about/kontakt/',
    translated: 'pages',
    id: 'kontakt',
  }),
  search: route({ nb: '/sok/', en: '/en/search/' }),
  fieldReference: route({ nb: '/for-redaktorer/felter/' }),
  /** Every feed and calendar, with instructions. */
  subscribe: route({ nb: '/abonner/' }),
  /** Every change across the collections, newest first. */
  changes: route({ nb: '/nytt/' }),
  /** Where a feedback endpoint sends readers after a submission without JavaScript. */
  feedbackThanks: route({ nb: '/tilbakemelding/takk/' }),
} as const;

export type RouteName = keyof typeof MAP;

/** The route map itself, for tests and the sitemap. */
export const ROUTE_MAP: Readonly<Record<RouteName, Readonly<RouteDef>>> = MAP;

/** The parameters of a path template, in order: '/krav/[id]/' → [id: string]. */
type Params<T extends string> = T extends `${string}[${string}]${infer Rest}`
  ? [string, ...Params<Rest>]
  : [];
type Builders = { [K in RouteName]: (...params: Params<(typeof MAP)[K]['nb']>) => string };

const PARAM = /\[([^\]]+)\]/g;
const fill = (template: string, params: readonly string[]) => {
  let i = 0;
  return template.replace(PARAM, () => params[i++] ?? '');
};

const templateOf = (name: RouteName, locale: Locale): string | undefined => {
  const def: RouteDef = MAP[name];
  return locale === 'en' ? def.en : def.nb;
};

function builders(locale: Locale): Builders {
  return Object.fromEntries(
    (Object.keys(MAP) as RouteName[]).map((name) => [
      name,
      // A Norwegian-only page keeps its Norwegian address in English links.
      (...params: string[]) => fill(templateOf(name, locale) ?? MAP[name].nb, params),
    ]),
  ) as Builders;
}

/** Norwegian addresses. */
export const routes = builders('nb');
const english = builders('en');

/**
 * Addresses in a language. An English link to a page that is only in Norwegian gets the
 * Norwegian address (`hasEnglish` tells which); whether an entry's English page exists depends
 * on its translation, which the data layer knows (`localRoutes` in src/lib/content/localized.ts).
 */
export const routesIn = (locale: Locale): Builders => (locale === 'en' ? english : routes);

/** Whether a route has an English page at all (entry routes: when the entry is translated). */
export const hasEnglish = (name: RouteName): boolean => templateOf(name, 'en') !== undefined;

/** The collection whose translation an English entry page needs, if the route is one. */
export const translatedBy = (name: RouteName): string | undefined =>
  (MAP[name] as RouteDef).translated;

/** The id of the entry an entry route shows: its first parameter, or the fixed id of the route. */
export const entryIdOf = (name: RouteName, params: readonly string[]): string =>
  (MAP[name] as RouteDef).id ?? params[0] ?? '';

const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, '\\$&');
// Fixed addresses before patterns ('/krav/finn/' is the finder, not a requirement called «finn»).
const patterns = LOCALES.flatMap((locale) =>
  (Object.keys(MAP) as RouteName[]).flatMap((name) => {
    const template = templateOf(name, locale);
    if (!template || template.includes('#')) return [];
    const source = template
      .split(PARAM)
      .map((part, i) => (i % 2 === 0 ? escape(part) : '([^/]+?)'))
      .join('');
    return [
      { locale, name, regex: new RegExp(`^${source}$`), params: template.split(PARAM).length },
    ];
  }),
).sort((a, b) => a.params - b.params);

/** Which route a path is, in which language, with its parameters; undefined for an unknown path. */
export function matchRoute(
  pathname: string,
): { name: RouteName; locale: Locale; params: string[] } | undefined {
  for (const { locale, name, regex } of patterns) {
    const found = regex.exec(pathname);
    if (found) return { name, locale, params: found.slice(1) };
  }
  return undefined;
}

/** A page's counterpart in the other language, before anyone asked whether it is built. */
export interface Counterpart {
  locale: Locale;
  path: string;
  /** For an English entry page: the translation it needs. */
  needs?: { collection: string; id: string } | undefined;
}

/**
 * The same page's address in the other language: undefined when the route has no page in that
 * language, or `isBuilt` says the page is not there (an entry without a published translation).
 */
export function counterpartPath(
  pathname: string,
  isBuilt: (counterpart: Counterpart) => boolean,
): Counterpart | undefined {
  const match = matchRoute(pathname);
  if (!match) return undefined;
  const locale: Locale = match.locale === 'en' ? 'nb' : 'en';
  const template = templateOf(match.name, locale);
  if (!template) return undefined;
  const collection = translatedBy(match.name);
  const counterpart: Counterpart = {
    locale,
    path: fill(template, match.params),
    needs:
      locale === 'en' && collection
        ? { collection, id: entryIdOf(match.name, match.params) }
        : undefined,
  };
  return isBuilt(counterpart) ? counterpart : undefined;
}

/**
 * The hreflang alternates of a page: itself and its counterpart, each in its language, when the
 * two point at each other (the home page points at the English home, which points back at the
 * suppliers' page, so neither lists the pair); empty otherwise.
 */
export function languageAlternates(
  pathname: string,
  isBuilt: (counterpart: Counterpart) => boolean,
): { locale: Locale; path: string }[] {
  const other = counterpartPath(pathname, isBuilt);
  const self = matchRoute(pathname);
  if (!other || !self) return [];
  if (counterpartPath(other.path, () => true)?.path !== pathname) return [];
  const both = [
    { locale: self.locale, path: pathname },
    { locale: other.locale, path: other.path },
  ];
  return both.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

/** A lesson id is "<course>/<lesson>" when lessons sit in a folder per course; the URL uses the last part. */
export const lessonSlug = (lessonId: string) => lessonId.split('/').at(-1) ?? lessonId;
