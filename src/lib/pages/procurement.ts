/** What a procurement's page shows besides the shared entry shell, in the page's locale. */
import type { Locale } from '../../i18n';
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
  return {
    breadcrumbs: trailIn(locale, sectionsIn(locale).procurements),
    category: { title: category.data.title, url: routes.riskCategory(category.id) },
    deadlines: data.deadlines.map((deadline) => ({
      what: deadline.what,
      date: dated(deadline.date, locale),
    })),
    contact: { ...data.contact, href: `mailto:${data.contact.email}` },
  };
}
