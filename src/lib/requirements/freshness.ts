/**
 * Which entries are due for an editor's review: `reviewBy` has passed, or falls within the
 * warning window (60 days) of the build date. Pure, so the rule is tested without a build.
 */
import { daysBetween, isoDate } from '../dates';
import { lessonSlug, routes } from '../routes';

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
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: { title: string; reviewBy: Date; updated: Date };
}

export interface ReviewItem {
  collection: string;
  id: string;
  title: string;
  /** The file an editor opens, relative to the project. */
  file: string;
  /** The entry's page, when it has one. */
  url: string | undefined;
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

/** The public page of an entry, for links from the review list. */
export function entryUrl(entry: {
  collection: string;
  id: string;
  data: unknown;
}): string | undefined {
  const { id } = entry;
  switch (entry.collection) {
    case 'requirements':
      return routes.requirement(id);
    case 'riskCategories':
      return routes.riskCategory(id);
    case 'cases':
      return routes.case(id);
    case 'meetings':
      return routes.meeting(id);
    case 'procurements':
      return routes.procurement(id);
    case 'templates':
      return routes.template(id);
    case 'courses':
      return routes.course(id);
    case 'lessons': {
      const course = (entry.data as { course?: { id: string } }).course;
      return course ? routes.lesson(course.id, lessonSlug(id)) : undefined;
    }
    case 'glossary':
      return routes.term(id);
    case 'pages':
      return routes.page(id);
    default:
      return undefined;
  }
}
