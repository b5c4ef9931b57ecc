/**
 * Dates and times. Meetings are written in Oslo wall-clock time; everything shown
 * to readers is formatted in Europe/Oslo, whatever time zone the build machine is in.
 */
// The formatter module, not ../i18n: the search page's browser bundle imports this file.
import { formatCalendarDate, type MessageLocale as Locale } from '../i18n/format';
import type { Problem } from './editor-errors';

export const OSLO = 'Europe/Oslo';

/** True when y-m-d is a real calendar date (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DATE_IN_FRONTMATTER =
  /^\s*(?:-\s+)?([A-Za-z][\w]*)\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** Finds YYYY-MM-DD values in a file's frontmatter that are not real dates or times. */
export function findImpossibleDates(fileText: string): Problem[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  const problems: Problem[] = [];
  for (const line of frontmatter.split(/\r?\n/)) {
    const m = DATE_IN_FRONTMATTER.exec(line);
    if (!m) continue;
    const [, field, y, mo, d, h, mi] = m;
    const dateOk = isRealDate(Number(y), Number(mo), Number(d));
    const timeOk = h === undefined || (Number(h) < 24 && Number(mi) < 60);
    if (!dateOk || !timeOk) {
      const written = `${y}-${mo}-${d}${h === undefined ? '' : `T${h}:${mi}`}`;
      problems.push({
        field: field ?? '?',
        found: `«${written}», som ikke finnes i kalenderen`,
        expected:
          h === undefined
            ? 'en virkelig dato (ÅÅÅÅ-MM-DD)'
            : 'en virkelig dato og tid (ÅÅÅÅ-MM-DDTTT:MM)',
      });
    }
  }
  return problems;
}

/** "25. november 2026" (English: "25 November 2026") for a calendar date (stored at UTC midnight). */
export function formatDate(date: Date, locale: Locale = 'nb'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate got an invalid date');
  return formatCalendarDate(date, locale);
}

/** "2026-11-25", for <time datetime> and machine-readable output. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('isoDate got an invalid date');
  return date.toISOString().slice(0, 10);
}

/** A date as a page shows it: machine-readable for <time datetime>, and in words. */
export const dated = (date: Date, locale: Locale = 'nb') => ({
  iso: isoDate(date),
  text: formatDate(date, locale),
});

/** Whole days from `from` to `to`, both calendar dates. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** The date the site is built "as of": PORTAL_BUILD_DATE (YYYY-MM-DD) in tests, otherwise today in Oslo. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env['PORTAL_BUILD_DATE'];
  if (fixed) {
    const d = new Date(`${fixed}T00:00:00Z`);
    if (Number.isNaN(d.getTime()))
      throw new RangeError(`PORTAL_BUILD_DATE=${fixed} is not YYYY-MM-DD`);
    return d;
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO }).format(new Date());
  return new Date(`${today}T00:00:00Z`);
}
