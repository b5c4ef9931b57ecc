/**
 * Which entries are due for an editor's review: `reviewBy` has passed, or falls within the
 * warning window (60 days) of the build date. Pure, so the rule is tested without a build.
 */
import { daysBetween, isoDate } from '../dates';
import { entryUrl, type CollectionName } from '../collections';

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

/** One build-log line per overdue entry, naming the file an editor must open. */
export function overdueWarnings(items: readonly ReviewItem[]): string[] {
  return items
    .filter((item) => item.status === 'overdue')
    .map(
      (item) =>
        `[gjennomgang] ${item.file}: reviewBy ${isoDate(item.reviewBy)} er passert ` +
        `(${-item.daysLeft} dager siden) – les gjennom «${item.title}» og sett ny reviewBy`,
    );
}
