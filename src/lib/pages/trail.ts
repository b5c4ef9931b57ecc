/**
 * Breadcrumb trails: every trail starts at the home page, and each section's crumb is named
 * once here, so pages say where they sit (`trail(sections.requirements)`) instead of spelling it.
 */
import { strings, type Locale } from '../../i18n';
import { cacheKey } from '../content/cache-key';
import { routesIn } from '../routes';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** The path from the home page (in `locale`) through `crumbs`; the layout adds the current page last. */
export const trailIn = (locale: Locale, ...crumbs: Crumb[]): Crumb[] => [
  { label: strings(locale).t('nav.home'), href: routesIn(locale).home() },
  ...crumbs,
];

/** The Norwegian trail. */
export const trail = (...crumbs: Crumb[]): Crumb[] => trailIn('nb', ...crumbs);

/** The sections entry pages sit in, in a language. */
export function sectionsIn(locale: Locale) {
  const { t } = strings(locale);
  const routes = routesIn(locale);
  return {
    requirements: { label: t('nav.requirements'), href: routes.requirements() },
    riskCategories: { label: t('req.highRiskTitle'), href: routes.riskCategories() },
    cases: { label: t('nav.cases'), href: routes.cases() },
    meetings: { label: t('nav.marketDialogue'), href: routes.meetings() },
    procurements: { label: t('procurements.title'), href: routes.procurements() },
    templates: { label: t('nav.templates'), href: routes.templates() },
    courses: { label: t('nav.courses'), href: routes.courses() },
    glossary: { label: t('nav.glossary'), href: routes.glossary() },
    pages: { label: t('nav.about'), href: routes.pages() },
    forEditors: { label: t('common.forEditors'), href: routes.fieldReference() },
  } satisfies Record<string, Crumb>;
}

/** The Norwegian sections. */
export const sections = sectionsIn('nb');

/**
 * `getStaticPaths` for pages with one entry per address, `/…/[id]/`, each with the content key
 * that lets a warm build reuse the page (src/lib/content/cache-key.ts).
 */
export async function entryPaths<E extends { id: string }>(
  list: Promise<readonly E[]>,
  keyOf: (entry: E) => Promise<string> = (entry) => cacheKey(entry as never),
) {
  return Promise.all(
    (await list).map(async (entry) => ({
      params: { id: entry.id },
      props: { entry },
      cacheKey: await keyOf(entry),
    })),
  );
}
