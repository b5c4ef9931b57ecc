/**
 * The site's sections as links in a language: the header's menu and the search page's lists
 * name them from here. English pages leave out the sections that are only in Norwegian and name
 * them apart (`norwegianOnly`), so no English link leads to a page that does not exist.
 */
import { strings, type Locale, type UiKey } from '../i18n';
import { hasEnglish, routesIn, type RouteName } from './routes';

const SECTIONS = {
  requirements: 'nav.requirements',
  suppliers: 'nav.suppliers',
  meetings: 'nav.marketDialogue',
  cases: 'nav.cases',
  templates: 'nav.templates',
  courses: 'nav.courses',
  glossary: 'nav.glossary',
  search: 'nav.search',
} as const satisfies Partial<Record<RouteName, UiKey>>;

export type Section = keyof typeof SECTIONS;
export interface SectionLink {
  href: string;
  label: string;
}

/** The sections' links in `locale`, in the order given, and (English) those only in Norwegian. */
export function sectionLinks(
  locale: Locale,
  sections: readonly Section[],
): { shown: SectionLink[]; norwegianOnly: SectionLink[] } {
  const { t } = strings(locale);
  const link = (section: Section, inLocale: Locale): SectionLink => ({
    href: routesIn(inLocale)[section](),
    label: t(SECTIONS[section]),
  });
  const inLanguage = (section: Section) => locale === 'nb' || hasEnglish(section);
  return {
    shown: sections.filter(inLanguage).map((section) => link(section, locale)),
    norwegianOnly: sections
      .filter((section) => !inLanguage(section))
      .map((section) => link(section, 'nb')),
  };
}
