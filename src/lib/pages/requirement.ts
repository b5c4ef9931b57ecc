/** Everything a requirement's page shows besides the shared entry shell, from one call. */
import { strings, type Locale } from '../../i18n';
import { dutiesByPhase } from '../requirements/checklist';
import {
  categoriesOf,
  isAwardCriterion,
  relatedTo,
  supersededBy,
  supersedesOf,
  versionHistory,
  type Requirement,
} from '../content/requirements';
import { dated, formatDate } from '../dates';
import { localEntryUrl, localizer, localRoutes } from '../content/localized';
import { formatNok } from '../format';
import { wordDiff } from '../requirements/diff';
import { sectionsIn, trailIn } from './trail';

/**
 * `requirement` is the Norwegian entry; in English its text comes from the translation and every
 * fact from the Norwegian entry (src/lib/content/localized.ts).
 */
export async function requirementPage(requirement: Requirement, site: URL, locale: Locale = 'nb') {
  const { t, format, dict } = strings(locale);
  const [categories, previousNb, nextNb, history, related, routes, localize] = await Promise.all([
    categoriesOf(requirement),
    supersedesOf(requirement),
    supersededBy(requirement.id),
    versionHistory(requirement),
    relatedTo(requirement),
    localRoutes(locale),
    localizer(locale),
  ]);
  const entry = localize(requirement);
  const { id, data } = entry;
  const previous = previousNb && localize(previousNb);
  const next = nextNb && localize(nextNb);
  const relatedGroups = await Promise.all(
    [
      { heading: t('req.relatedCases'), entries: related.cases.map(localize) },
      { heading: t('req.relatedTemplates'), entries: related.templates.map(localize) },
      { heading: t('req.relatedProcurements'), entries: related.procurements.map(localize) },
      { heading: t('req.relatedMeetings'), entries: related.meetings.map(localize) },
    ]
      .filter((group) => group.entries.length > 0)
      .map(async ({ heading, entries }) => ({
        heading,
        items: await Promise.all(
          entries.map(async (entry) => ({
            title: entry.data.title,
            url: await localEntryUrl(entry, locale),
            example: entry.data.example,
            /** A Norwegian-only entry on an English page. */
            lang: entry.lang === locale ? undefined : entry.lang,
          })),
        ),
      })),
  );
  const inventedList = data.illustrativeFields
    .map((field) => dict.illustrativeFields[field])
    .join(', ');
  return {
    /** The entry in the page's language, for the entry layout. */
    entry,
    title: `${data.code} ${data.title}`,
    /** Facts the portal made up for illustration; each gets the fictional mark. */
    invented: new Set(data.illustrativeFields),
    wordingNote: data.example ? t('provenance.wordingExample') : t('provenance.wordingSourced'),
    inventedNote: inventedList
      ? format('provenance.illustrativeFields', { fields: inventedList })
      : undefined,
    /** Documentation duties grouped by phase, in phase order. */
    dutyPhases: dutiesByPhase(data.documentation).map(({ phase, duties }) => ({
      id: `duty-${phase}`,
      phase: dict.documentationPhases[phase],
      duties,
    })),
    breadcrumbs: trailIn(locale, sectionsIn(locale).requirements),
    alternates: [
      {
        href: routes.requirementChangesFeed(),
        type: 'application/rss+xml',
        title: t('req.feedTitle'),
      },
    ],
    /** The page's own address, printed on paper copies. */
    printUrl: new URL(routes.requirement(id), site).href,
    /** The version that replaces this one, when there is one. */
    replacedBy: next && {
      url: routes.requirement(next.id),
      label: `${next.data.code} ${next.data.title}`,
      details: format('req.versionEffectiveFrom', {
        version: next.data.version,
        date: formatDate(next.data.effectiveFrom, locale),
      }),
    },
    facts: {
      kind: { label: dict.requirementKinds[data.kind], url: routes.requirementsOfKind(data.kind) },
      part: {
        label: dict.oslomodellenParts[data.oslomodellenPart],
        url: routes.requirementsOfPart(data.oslomodellenPart),
      },
      allHighRisk: data.appliesTo.riskCategories === 'alle-hoyrisiko',
      categories: categories
        .map(localize)
        .map((c) => ({ title: c.data.title, url: routes.riskCategory(c.id) })),
      threshold: formatNok(data.appliesTo.valueOverNok, locale),
      level: dict.levels[data.level],
      weight: isAwardCriterion(data) ? `${data.weightPercent} %` : undefined,
      version: data.version,
      effectiveFrom: dated(data.effectiveFrom, locale),
      audience: data.audience.map((a) => dict.audiences[a]).join(', '),
    },
    docx: routes.requirementDocx(id),
    /** What changed since the version this one replaces, word by word. */
    changes: previous && {
      heading: `${t('req.changesSince')} ${previous.data.version}`,
      note: data.changeNote,
      parts: wordDiff(previous.data.requirementText, data.requirementText),
      previous: {
        url: routes.requirement(previous.id),
        label: `${t('req.readVersion')} ${previous.data.version}`,
      },
    },
    /** Every version of the requirement, oldest first; empty when there is only this one. */
    versions:
      history.length > 1
        ? history.map((entry) => ({
            current: entry.id === id,
            url: routes.requirement(entry.id),
            label: format('req.versionLabel', { version: entry.data.version }),
            effectiveFrom: dated(entry.data.effectiveFrom, locale),
            changeNote: localize(entry).data.changeNote,
          }))
        : [],
    related: relatedGroups,
    /** «gjelder fra», as it reads inside a sentence. */
    effectiveFromWord: t('req.effectiveFromInline'),
  };
}
