/**
 * The change log of the requirements: every published requirement is a change, either a new
 * requirement or a new version of one it supersedes. Newest first; the page and the RSS feed
 * both read this list, so they always agree.
 */
import type { RequirementData } from '../../schemas/requirement';
import { wordDiff, diffStats } from './diff';
import { escapeHtml } from '../html';
import { strings, type Locale } from '../../i18n';
import { inventedFacts, sourceLine } from '../provenance';

interface RequirementLike {
  id: string;
  data: RequirementData;
}

export interface Change<R extends RequirementLike = RequirementLike> {
  requirement: R;
  /** The version it replaces; absent for a new requirement. */
  previous?: R;
  kind: 'new' | 'version';
  date: Date;
  words: { added: number; removed: number } | undefined;
}

export function changeLog<R extends RequirementLike>(requirements: readonly R[]): Change<R>[] {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  return requirements
    .map((requirement): Change<R> => {
      const previous = requirement.data.supersedes
        ? byId.get(requirement.data.supersedes.id)
        : undefined;
      return {
        requirement,
        ...(previous ? { previous } : {}),
        kind: previous ? 'version' : 'new',
        date: requirement.data.effectiveFrom,
        words: previous
          ? diffStats(wordDiff(previous.data.requirementText, requirement.data.requirementText))
          : undefined,
      };
    })
    .toSorted(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        a.requirement.data.code.localeCompare(b.requirement.data.code, 'nb', { numeric: true }),
    );
}

/** The feed item's title; an illustration says so first, as everywhere else on the site. */
export function feedItemTitle(change: Change, locale: Locale = 'nb'): string {
  const { t, format } = strings(locale);
  const d = change.requirement.data;
  const label = t(change.kind === 'version' ? 'req.newVersion' : 'req.newRequirement');
  const values = { label, code: d.code, title: d.title, version: d.version };
  return format(d.example ? 'req.feedItemTitleExample' : 'req.feedItemTitle', values);
}

/** The feed item's HTML body: the illustration mark (or which facts are invented), summary, change note, requirement text and sources. */
export function feedItemContent(
  change: Change,
  labels: {
    changeNote: string;
    text: string;
    example: string;
    exampleNote: string;
    sources: string;
  },
): string {
  const d = change.requirement.data;
  const invented = inventedFacts(d).note;
  const paragraphs = d.requirementText
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`);
  return [
    ...(d.example
      ? [`<p><strong>${escapeHtml(labels.example)}:</strong> ${escapeHtml(labels.exampleNote)}</p>`]
      : []),
    ...(invented ? [`<p><strong>${escapeHtml(invented)}</strong></p>`] : []),
    `<p>${escapeHtml(d.summary)}</p>`,
    ...(d.changeNote
      ? [`<p><strong>${escapeHtml(labels.changeNote)}:</strong> ${escapeHtml(d.changeNote)}</p>`]
      : []),
    `<h2>${escapeHtml(labels.text)}</h2>`,
    `<blockquote>${paragraphs.join('')}</blockquote>`,
    ...(d.sources.length > 0
      ? [
          `<h2>${escapeHtml(labels.sources)}</h2>`,
          `<ul>${d.sources.map((s) => `<li>${escapeHtml(sourceLine(s))}</li>`).join('')}</ul>`,
        ]
      : []),
  ].join('');
}
