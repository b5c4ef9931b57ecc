/** What a product category's page and its checklist show besides the shared shell. */
import { strings, type Locale } from '../../i18n';
import { lowestThreshold } from '../applicability';
import { categoryFeeds } from '../content/follow';
import { requirementsForCategory, type Requirement } from '../content/requirements';
import { allCategories, categoriesByRisk, type RiskCategory } from '../content/risk-categories';
import { buildChecklist } from '../requirements/checklist';
import { listKey } from '../content/cache-key';
import { formatNok } from '../format';
import { localizer, localRoutes, withEnglish } from '../content/localized';
import { sectionsIn, trailIn } from './trail';

/** «Kravene gjelder fra 100 000 kr eks. mva.»: the lowest threshold among the category's requirements. */
export function thresholdNote(
  requirements: Parameters<typeof lowestThreshold>[0],
  locale: Locale = 'nb',
): string {
  const { t } = strings(locale);
  return `${t('req.categoryThreshold')} ${formatNok(lowestThreshold(requirements), locale)} ${t('req.exVat')}`;
}

/** `category` is the Norwegian entry; in English its text comes from the translation. */
export async function categoryPage(norwegian: RiskCategory, locale: Locale = 'nb') {
  const { t, format: tf, dict } = strings(locale);
  const [routes, localize] = await Promise.all([localRoutes(locale), localizer(locale)]);
  const category = localize(norwegian);
  const { data } = category;
  const sections = sectionsIn(locale);
  const requirements = await requirementsForCategory(norwegian);
  const feeds = (await categoryFeeds()).get(category.id);
  const feedName = tf('follow.feedTitle', { category: data.title });
  return {
    /** The entry in the page's language, for the entry layout. */
    entry: category,
    /** The category's feeds (Norwegian), where there is something to follow. */
    alternates:
      locale === 'en'
        ? []
        : [
            ...(feeds?.rss
              ? [
                  {
                    href: routes.categoryFeed(category.id),
                    type: 'application/rss+xml',
                    title: feedName,
                  },
                ]
              : []),
            ...(feeds?.ics
              ? [
                  {
                    href: routes.categoryCalendar(category.id),
                    type: 'text/calendar',
                    title: feedName,
                  },
                ]
              : []),
          ],
    followLead: tf('follow.categoryLead', { category: data.title }),
    breadcrumbs: trailIn(
      locale,
      sections.requirements,
      ...(data.highRisk ? [sections.riskCategories] : []),
    ),
    highRisk: data.highRisk,
    products: data.products.join(', '),
    risks: data.risks.length > 0 ? data.risks.join(', ') : undefined,
    classifiedBy:
      data.classifiedBy.length > 0
        ? data.classifiedBy.map((s) => dict.riskSources[s]).join(', ')
        : undefined,
    requirements,
    threshold: requirements.length > 0 ? thresholdNote(requirements, locale) : undefined,
    checklist: routes.checklist(category.id),
    docx: routes.categoryDocx(category.id),
    none: data.highRisk ? t('req.categoryNoneHighRisk') : t('req.categoryNone'),
  };
}

/**
 * `getStaticPaths` of the checklists: only categories some requirement covers have one (in
 * English, only translated categories).
 */
export async function checklistPaths(locale: Locale = 'nb') {
  const categories = locale === 'en' ? await withEnglish(allCategories()) : await allCategories();
  const withRequirements = await Promise.all(
    categories.map(async (category) => ({
      category,
      requirements: await requirementsForCategory(category),
    })),
  );
  const cacheKey = await listKey();
  return withRequirements
    .filter(({ requirements }) => requirements.length > 0)
    .map(({ category, requirements }) => ({
      params: { category: category.id },
      props: { category, requirements },
      cacheKey,
    }));
}

/** «Dette vil du bli bedt om» for one category: its requirements' documents, by phase. */
export async function checklistPage(
  norwegian: RiskCategory,
  norwegianRequirements: readonly Requirement[],
  site: URL,
  locale: Locale = 'nb',
) {
  const { t, dict } = strings(locale);
  const [routes, localize] = await Promise.all([localRoutes(locale), localizer(locale)]);
  const category = localize(norwegian);
  const requirements = norwegianRequirements.map(localize);
  const { title } = category.data;
  const sections = sectionsIn(locale);
  return {
    /** The category in the page's language. */
    category,
    title: `${t('req.checklistTitle')}: ${title}`,
    searchTitle: `${t('req.checklistShort')}: ${title}`,
    breadcrumbs: trailIn(locale, sections.requirements, {
      label: title,
      href: routes.riskCategory(category.id),
    }),
    /** The page's own address, printed on paper copies. */
    printUrl: new URL(routes.checklist(category.id), site).href,
    threshold: `${thresholdNote(requirements, locale)} ${t('req.checklistPrintHint')}`,
    groups: buildChecklist(requirements).map((group) => ({
      id: `phase-${group.phase}`,
      phase: dict.documentationPhases[group.phase],
      items: group.items.map((item) => ({
        what: item.what,
        when: item.when,
        requirement: {
          url: routes.requirement(item.requirement.id),
          label: `${item.requirement.code} ${item.requirement.title}`,
          example: item.requirement.example,
          /** The requirement's facts that the portal made up: labelled, and the deadline marked. */
          illustrativeFields: item.requirement.illustrativeFields,
        },
      })),
    })),
  };
}

/**
 * The high-risk list: each category on it with its requirements, and the categories off it,
 * in the page's language.
 */
export async function highRiskPage(locale: Locale = 'nb') {
  const [{ highRisk, other }, localize] = await Promise.all([
    categoriesByRisk(),
    localizer(locale),
  ]);
  return {
    highRisk: await Promise.all(
      highRisk.map(async (category) => ({
        category: localize(category),
        requirements: await requirementsForCategory(category),
      })),
    ),
    other: other.map(localize),
  };
}
