/**
 * Which entries are due for an editor's review: `reviewBy` has passed, or falls within the
 * warning window (60 days) of the build date. Pure, so the rule is tested without a build.
 */
import { strings } from '../../i18n';
import { daysBetween, isoDate } from '../dates';
import { entryUrl, type CollectionName } from '../collections';
import { routes } from '../routes';

export const REVIEW_WINDOW_DAYS = 60;

export type ReviewStatus = 'overdue' | 'due-soon' | 'ok';

/** Overdue once the review date is before today; due soon from today up to the window's end. */
export function reviewStatus(
  reviewBy: Date,
  today: Date,
  windowDays = REVIEW_WINDOW_DAYS,
): ReviewStatus {
  const daysLeft = daysBetween(today, reviewBy);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= windowDays ? 'due-soon' : 'ok';
}

export interface ReviewableEntry {
  collection: CollectionName;
  id: string;
  filePath?: string | undefined;
  data: { title: string; reviewBy: Date; updated: Date };
}

export interface ReviewItem {
  collection: CollectionName;
  id: string;
  title: string;
  /** The file an editor opens, relative to the project. */
  file: string;
  /** The entry's page. */
  url: string;
  reviewBy: Date;
  updated: Date;
  /** Negative when overdue. */
  daysLeft: number;
  status: Exclude<ReviewStatus, 'ok'>;
}

/** Entries that need review, most overdue first. */
export function dueForReview(
  entries: readonly ReviewableEntry[],
  today: Date,
  windowDays = REVIEW_WINDOW_DAYS,
): ReviewItem[] {
  return entries
    .flatMap((entry): ReviewItem[] => {
      const status = reviewStatus(entry.data.reviewBy, today, windowDays);
      if (status === 'ok') return [];
      return [
        {
          collection: entry.collection,
          id: entry.id,
          title: entry.data.title,
          file: entry.filePath ?? `${entry.collection}/${entry.id}`,
          url: entryUrl(entry),
          reviewBy: entry.data.reviewBy,
          updated: entry.data.updated,
          daysLeft: daysBetween(today, entry.data.reviewBy),
          status,
        },
      ];
    })
    .toSorted((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

/** How many overdue files the build log names; the review page lists them all. */
export const OVERDUE_LISTED = 10;

// The build log is for the editors, in Norwegian: the day count in the review page's words.
const { format } = strings('nb');

/**
 * One build-log message for all overdue entries, or undefined when none is: how many, the files
 * that have waited longest, and the editors' review page, which lists every one with its file.
 * A line per entry was thousands of lines in a large build, and hid everything else in the log.
 */
export function overdueWarning(
  items: readonly ReviewItem[],
  listed = OVERDUE_LISTED,
): string | undefined {
  const overdue = items.filter((item) => item.status === 'overdue');
  if (overdue.length === 0) return undefined;
  const more = overdue.length - Math.min(listed, overdue.length);
  const page = routes.reviewDue();
  return [
    overdue.length === 1
      ? '[gjennomgang] 1 oppføring har passert reviewBy – les den gjennom og sett ny reviewBy:'
      : `[gjennomgang] ${overdue.length} oppføringer har passert reviewBy – les dem gjennom og sett ny reviewBy:`,
    ...overdue
      .slice(0, listed)
      .map(
        (item) =>
          `  ${item.file}: reviewBy ${isoDate(item.reviewBy)} (${format('review.daysAgo', { days: -item.daysLeft })}) «${item.title}»`,
      ),
    more > 0 ? `  … og ${more} til. Alle står med fil på ${page}` : `  Alle står også på ${page}`,
  ].join('\n');
}
