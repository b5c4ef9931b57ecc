/** What a case's page shows besides the shared entry shell. */
import { nb, t, tf } from '../../i18n/nb';
import { caseDetails, type CaseEntry } from '../content/cases';
import { formatNokWords } from '../format';
import { routes } from '../routes';
import { sections, trail } from './trail';

type Details = Awaited<ReturnType<typeof caseDetails>>;

export async function casePage(entry: CaseEntry) {
  return caseView(entry, await caseDetails(entry));
}

/** The page from the case and its resolved references (pure, for tests). */
export function caseView(entry: Pick<CaseEntry, 'data'>, { category, requirements }: Details) {
  const { data } = entry;
  return {
    breadcrumbs: trail(sections.cases),
    category: { title: category.data.title, url: routes.riskCategory(category.id) },
    value: tf('cases.valueText', {
      value: formatNokWords(data.contractValueNok),
      years: data.contractYears,
    }),
    /** «Status» or, when the facts are from a given year, «Status i [år]». */
    statusHeading:
      data.factsAsOf === undefined
        ? t('cases.status')
        : tf('cases.statusAsOf', { year: String(data.factsAsOf) }),
    status: nb.caseStatuses[data.status],
    requirements: requirements.map((requirement) => ({
      title: requirement.data.title,
      url: routes.requirement(requirement.id),
      example: requirement.data.example,
    })),
  };
}
