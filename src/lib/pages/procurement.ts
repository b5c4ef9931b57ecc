/** What a procurement's page shows besides the shared entry shell, in the page's locale. */
import type { Locale } from '../../i18n';
import type { Procurement } from '../content/procurements';
import { dated } from '../dates';
import { routes } from '../routes';
import { sections, trail } from './trail';

export function procurementPage(procurement: Procurement, locale: Locale = 'nb') {
  const { data, category } = procurement;
  return {
    breadcrumbs: trail(sections.procurements),
    category: { title: category.data.title, url: routes.riskCategory(category.id) },
    deadlines: data.deadlines.map((deadline) => ({
      what: deadline.what,
      date: dated(deadline.date, locale),
    })),
    contact: { ...data.contact, href: `mailto:${data.contact.email}` },
  };
}
