/**
 * Breadcrumb trails: every trail starts at the home page, and each section's crumb is named
 * once here, so pages say where they sit (`trail(sections.requirements)`) instead of spelling it.
 */
import { t } from '../../i18n/nb';
import { cacheKey } from '../content/cache-key';
import { routes } from '../routes';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** The path from the home page through `crumbs`; the layout adds the current page last. */
export const trail = (...crumbs: Crumb[]): Crumb[] => [
  { label: t('nav.home'), href: routes.home() },
  ...crumbs,
];

/** The sections entry pages sit in. */
export const sections = {
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
