/** What a procurement's page shows besides the shared entry shell, in the page's locale. */
import { strings, type Locale } from '../../i18n';
import type { Procurement } from '../content/procurements';
import { dated } from '../dates';
import { routesIn } from '../routes';
import { sectionsIn, trailIn } from './trail';

/**
 * `procurement` as the page's language shows it (`procurementIn`); `routes` are the page's links
 * (`localRoutes(locale)`, which knows which English pages are built).
 */
export function procurementPage(
  procurement: Procurement,
  locale: Locale = 'nb',
  routes: ReturnType<typeof routesIn> = routesIn(locale),
) {
  const { data, category } = procurement;
  const { t, dict } = strings(locale);
  return {
    breadcrumbs: trailIn(locale, sectionsIn(locale).procurements),
    /** The facts above the deadlines: a term, and a text that may link. */
    facts: [
      {
        term: t('procurements.category'),
        text: category.data.title,
        href: routes.riskCategory(category.id),
      },
      { term: t('procurements.value'), text: procurement.valueBand },
      { term: t('procurements.announcement'), text: procurement.announcement },
      { term: t('procurements.status'), text: dict.procurementStatuses[data.status] },
    ],
    deadlines: data.deadlines.map((deadline) => ({
      what: deadline.what,
      date: dated(deadline.date, locale),
    })),
    contact: { ...data.contact, href: `mailto:${data.contact.email}` },
  };
}
