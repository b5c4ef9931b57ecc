/** The suppliers' landing page (/for-leverandorer/), from one call. */
import { strings, type Locale } from '../../i18n';
import { asNorwegian, localizer, localRoutes } from '../content/localized';
import { meetingIn, meetingSchedule, type Meeting } from '../content/meetings';
import {
  currentRequirements,
  requirementsForCategory,
  sourcedRequirements,
  type Requirement,
  type RiskCategory,
} from '../content/requirements';
import { highRiskCategories } from '../content/risk-categories';
import { site, type Entry } from '../content/site';
import { formatDate } from '../dates';
import { formatNok } from '../format';
import { uniqueSources } from '../provenance';
import { phaseOfKind } from '../requirements/checklist';
import { routesIn } from '../routes';
import { trailIn } from './trail';

type Localize = Awaited<ReturnType<typeof localizer>>;

/** The page in a language; in English it is also the English home (/en/). */
export async function supplierPage(locale: Locale = 'nb') {
  const [current, sourced, published, categories, schedule, routes, localize] = await Promise.all([
    currentRequirements(),
    sourcedRequirements(),
    site(),
    highRiskCategories(),
    meetingSchedule(),
    localRoutes(locale),
    localizer(locale),
  ]);
  const counts = await Promise.all(
    categories.map(async (category) => (await requirementsForCategory(category)).length),
  );
  return supplierView(
    {
      current,
      sourced,
      cases: published.cases,
      glossary: published.glossary,
      checklists: categories.filter((_, i) => (counts[i] ?? 0) > 0),
      // The same rule as the home page: the first upcoming meeting as of the build date.
      nextMeeting: schedule.upcoming[0] && (await meetingIn(schedule.upcoming[0], locale)),
    },
    { locale, routes, localize },
  );
}

/** The page from the entries it summarises (pure, for tests). */
export function supplierView(
  input: {
    current: Requirement[];
    sourced: Requirement[];
    cases: Entry<'cases'>[];
    glossary: Entry<'glossary'>[];
    checklists: RiskCategory[];
    nextMeeting: Meeting | undefined;
  },
  local: { locale: Locale; routes: ReturnType<typeof routesIn>; localize?: Localize } = {
    locale: 'nb',
    routes: routesIn('nb'),
  },
) {
  const { locale, routes } = local;
  const localize = local.localize ?? asNorwegian;
  const { t, format: tf } = strings(locale);
  const forSuppliers = input.current.filter((r) => r.data.audience.includes('leverandor'));
  const item = (requirement: Requirement) => {
    const { id, data } = localize(requirement);
    return {
      url: routes.requirement(id),
      label: `${data.code} ${data.title}`,
      example: data.example,
      /** A sourced requirement with facts the portal made up; the threshold may be one of them. */
      partlyFictional: data.illustrativeFields.length > 0,
      inventedThreshold: data.illustrativeFields.includes('appliesTo'),
      threshold: `${tf('suppliers.thresholdOf', { value: formatNok(data.appliesTo.valueOverNok, locale) })} ${t('req.exVat')}`,
      summary: data.summary,
    };
  };
  const meeting = input.nextMeeting;
  return {
    breadcrumbs: trailIn(locale),
    feed: {
      href: routes.requirementChangesFeed(),
      type: 'application/rss+xml',
      title: t('req.feedTitle'),
    },
    provenance: tf('suppliers.provenanceText', {
      sourced: input.sourced.length,
      examples: input.current.length - input.sourced.length,
    }),
    /** What suppliers meet when they tender, and then in the contract; empty phases left out. */
    phases: [
      { id: 'tender', title: t('suppliers.inTender'), phase: 'tilbud' },
      { id: 'contract', title: t('suppliers.inContract'), phase: 'kontrakt' },
    ]
      .map(({ id, title, phase }) => ({
        id,
        title,
        items: forSuppliers.filter((r) => phaseOfKind(r.data.kind) === phase).map(item),
      }))
      .filter((phase) => phase.items.length > 0),
    /** Checklists of the high-risk categories that have requirements. */
    checklists: input.checklists.map((category) => ({
      url: routes.checklist(category.id),
      title: localize(category).data.title,
    })),
    nextMeeting: meeting && {
      url: routes.meeting(meeting.id),
      title: meeting.data.title,
      example: meeting.data.example,
      /** Oslo wall-clock time as written ("YYYY-MM-DDTHH:mm"), a valid <time datetime>. */
      datetime: meeting.data.start,
      text: `${formatDate(new Date(`${meeting.data.start.slice(0, 10)}T00:00:00Z`), locale)} ${t('suppliers.at')} ${meeting.data.start.slice(11)}`,
    },
    // The page summarises the case, UKE's sourced requirements and the procurement rules on market
    // dialogue and announcement: it cites what those entries cite.
    sources: uniqueSources([
      ...input.sourced,
      ...input.cases.filter((c) => !c.data.example),
      ...input.glossary.filter((g) => g.id === 'markedsdialog'),
    ]),
  };
}
