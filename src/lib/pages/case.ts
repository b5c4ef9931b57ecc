/** What a case's page shows besides the shared entry shell, in either language. */
import { strings, type Locale } from '../../i18n';
import { caseDetails, type CaseEntry } from '../content/cases';
import { localizer, localRoutes } from '../content/localized';
import { formatNokWords } from '../format';
import { routesIn } from '../routes';
import { sectionsIn, trailIn } from './trail';

type Details = Awaited<ReturnType<typeof caseDetails>>;

/** `entry` is the Norwegian case; in English its text comes from the translation. */
export async function casePage(entry: CaseEntry, locale: Locale = 'nb') {
  const [details, routes, localize] = await Promise.all([
    caseDetails(entry),
    localRoutes(locale),
    localizer(locale),
  ]);
  const local = localize(entry);
  return {
    entry: local,
    ...caseView(
      local,
      { category: localize(details.category), requirements: details.requirements.map(localize) },
      { locale, routes },
    ),
  };
}

/** The page from the case and its resolved references (pure, for tests). */
export function caseView(
  entry: Pick<CaseEntry, 'data'>,
  { category, requirements }: Details,
  { locale, routes }: { locale: Locale; routes: ReturnType<typeof routesIn> } = {
    locale: 'nb',
    routes: routesIn('nb'),
  },
) {
  const { t, format, dict } = strings(locale);
  const { data } = entry;
  return {
    breadcrumbs: trailIn(locale, sectionsIn(locale).cases),
    category: { title: category.data.title, url: routes.riskCategory(category.id) },
    value: format('cases.valueText', {
      value: formatNokWords(data.contractValueNok, locale),
      years: data.contractYears,
    }),
    /** «Status» or, when the facts are from a given year, «Status i [år]». */
    statusHeading:
      data.factsAsOf === undefined
        ? t('cases.status')
        : format('cases.statusAsOf', { year: String(data.factsAsOf) }),
    status: dict.caseStatuses[data.status],
    requirements: requirements.map((requirement) => ({
      title: requirement.data.title,
      url: routes.requirement(requirement.id),
      example: requirement.data.example,
    })),
  };
}
