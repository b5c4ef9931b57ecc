/** Everything a requirement's page shows besides the shared entry shell, from one call. */
import { nb, t, tf } from '../../i18n/nb';
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
import { entryUrl } from '../collections';
import { formatNok } from '../format';
import { wordDiff } from '../requirements/diff';
import { routes } from '../routes';
import { sections, trail } from './trail';

export async function requirementPage(requirement: Requirement, site: URL) {
  const { id, data } = requirement;
  const [categories, previous, next, history, related] = await Promise.all([
    categoriesOf(requirement),
    supersedesOf(requirement),
    supersededBy(id),
    versionHistory(requirement),
    relatedTo(requirement),
  ]);
  const relatedGroups = [
    { heading: t('req.relatedCases'), entries: related.cases },
    { heading: t('req.relatedTemplates'), entries: related.templates },
    { heading: t('req.relatedProcurements'), entries: related.procurements },
    { heading: t('req.relatedMeetings'), entries: related.meetings },
  ]
    .filter((group) => group.entries.length > 0)
    .map(({ heading, entries }) => ({
      heading,
      items: entries.map((entry) => ({
        title: entry.data.title,
        url: entryUrl(entry),
        example: entry.data.example,
      })),
    }));
  const inventedList = data.illustrativeFields
    .map((field) => nb.illustrativeFields[field])
    .join(', ');
  return {
    title: `${data.code} ${data.title}`,
    /** Facts the portal made up for illustration; each gets the fictional mark. */
    invented: new Set(data.illustrativeFields),
    wordingNote: data.example ? t('provenance.wordingExample') : t('provenance.wordingSourced'),
    inventedNote: inventedList
      ? tf('provenance.illustrativeFields', { fields: inventedList })
      : undefined,
    /** Documentation duties grouped by phase, in phase order. */
    dutyPhases: dutiesByPhase(data.documentation).map(({ phase, duties }) => ({
      id: `duty-${phase}`,
      phase: nb.documentationPhases[phase],
      duties,
    })),
    breadcrumbs: trail(sections.requirements),
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
      details: tf('req.versionEffectiveFrom', {
        version: next.data.version,
        date: formatDate(next.data.effectiveFrom),
      }),
    },
    facts: {
      kind: { label: nb.requirementKinds[data.kind], url: routes.requirementsOfKind(data.kind) },
      part: {
        label: nb.oslomodellenParts[data.oslomodellenPart],
        url: routes.requirementsOfPart(data.oslomodellenPart),
      },
      allHighRisk: data.appliesTo.riskCategories === 'alle-hoyrisiko',
      categories: categories.map((c) => ({ title: c.data.title, url: routes.riskCategory(c.id) })),
      threshold: formatNok(data.appliesTo.valueOverNok),
      level: nb.levels[data.level],
      weight: isAwardCriterion(data) ? `${data.weightPercent} %` : undefined,
      version: data.version,
      effectiveFrom: dated(data.effectiveFrom),
      audience: data.audience.map((a) => nb.audiences[a]).join(', '),
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
            label: tf('req.versionLabel', { version: entry.data.version }),
            effectiveFrom: dated(entry.data.effectiveFrom),
            changeNote: entry.data.changeNote,
          }))
        : [],
    related: relatedGroups,
    /** «gjelder fra», as it reads inside a sentence. */
    effectiveFromWord: t('req.effectiveFromInline'),
  };
}
