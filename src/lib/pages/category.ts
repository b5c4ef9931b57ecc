/** What a product category's page and its checklist show besides the shared shell. */
import { nb, t, tf } from '../../i18n/nb';
import { lowestThreshold } from '../applicability';
import { categoryFeeds } from '../content/follow';
import { requirementsForCategory } from '../content/requirements';
import type { RiskCategory } from '../content/risk-categories';
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
