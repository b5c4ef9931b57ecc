/** What a product category's page and its checklist show besides the shared shell. */
import { nb, t, tf } from '../../i18n/nb';
import { lowestThreshold } from '../applicability';
import { categoryFeeds } from '../content/follow';
import { requirementsForCategory, type Requirement } from '../content/requirements';
import { allCategories, type RiskCategory } from '../content/risk-categories';
import { buildChecklist } from '../requirements/checklist';
import { formatNok } from '../format';
import { routes } from '../routes';
import { sections, trail } from './trail';

/** «Kravene gjelder fra 100 000 kr eks. mva.»: the lowest threshold among the category's requirements. */
export function thresholdNote(requirements: Parameters<typeof lowestThreshold>[0]): string {
  return `${t('req.categoryThreshold')} ${formatNok(lowestThreshold(requirements))} ${t('req.exVat')}`;
}

export async function categoryPage(category: RiskCategory) {
  const { data } = category;
  const requirements = await requirementsForCategory(category);
  const feeds = (await categoryFeeds()).get(category.id);
  const feedName = tf('follow.feedTitle', { category: data.title });
  return {
    /** The category's feeds, where there is something to follow. */
    alternates: [
      ...(feeds?.rss
        ? [{ href: routes.categoryFeed(category.id), type: 'application/rss+xml', title: feedName }]
        : []),
      ...(feeds?.ics
        ? [{ href: routes.categoryCalendar(category.id), type: 'text/calendar', title: feedName }]
        : []),
    ],
    followLead: tf('follow.categoryLead', { category: data.title }),
    breadcrumbs: trail(sections.requirements, ...(data.highRisk ? [sections.riskCategories] : [])),
    highRisk: data.highRisk,
    products: data.products.join(', '),
    risks: data.risks.length > 0 ? data.risks.join(', ') : undefined,
    classifiedBy:
      data.classifiedBy.length > 0
        ? data.classifiedBy.map((s) => nb.riskSources[s]).join(', ')
        : undefined,
    requirements,
    threshold: requirements.length > 0 ? thresholdNote(requirements) : undefined,
    checklist: routes.checklist(category.id),
    docx: routes.categoryDocx(category.id),
    none: data.highRisk ? t('req.categoryNoneHighRisk') : t('req.categoryNone'),
  };
}

/** `getStaticPaths` of the checklists: only categories some requirement covers have one. */
export async function checklistPaths() {
  const categories = await allCategories();
  const withRequirements = await Promise.all(
    categories.map(async (category) => ({
      category,
      requirements: await requirementsForCategory(category),
    })),
  );
  return withRequirements
    .filter(({ requirements }) => requirements.length > 0)
    .map(({ category, requirements }) => ({
      params: { category: category.id },
      props: { category, requirements },
    }));
}

/** «Dette vil du bli bedt om» for one category: its requirements' documents, by phase. */
export function checklistPage(
  category: RiskCategory,
  requirements: readonly Requirement[],
  site: URL,
) {
  const { title } = category.data;
  return {
    title: `${t('req.checklistTitle')}: ${title}`,
    searchTitle: `${t('req.checklistShort')}: ${title}`,
    breadcrumbs: trail(sections.requirements, {
      label: title,
      href: routes.riskCategory(category.id),
    }),
    /** The page's own address, printed on paper copies. */
    printUrl: new URL(routes.checklist(category.id), site).href,
    threshold: `${thresholdNote(requirements)} ${t('req.checklistPrintHint')}`,
    groups: buildChecklist(requirements).map((group) => ({
      id: `phase-${group.phase}`,
      phase: nb.documentationPhases[group.phase],
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
