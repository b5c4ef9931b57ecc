/**
 * Meeting times. Editors write Oslo wall-clock times ("2026-03-12T09:00"); calendars, JSON-LD
 * and the "has it ended?" check need instants. The offset comes from Intl with the Europe/Oslo
 * zone, so daylight saving follows the platform's time-zone data and no tz library is needed.
 */
import { OSLO } from '../dates';
import { strings, type Locale } from '../../i18n';
import { CALENDAR_DATE, perLocale } from '../../i18n/format';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Splits "YYYY-MM-DDTHH:mm"; the schema has already checked the shape, so a mismatch is a bug. */
export function parseWallClock(text: string): WallClock {
  const m = WALL_CLOCK.exec(text);
  if (!m) throw new RangeError(`Expected "YYYY-MM-DDTHH:mm", got "${text}"`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute };
}

const osloParts = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    osloParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const asIfUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asIfUtc - wholeSeconds) / 60_000);
}

const HOUR = 3_600_000;

interface Candidates {
  asIfUtc: number;
  valid: readonly number[];
  offsetBefore: number;
}

// Meeting lists sort by start time, so the same few texts are converted again and again, and each
// conversion asks Intl three times: remember them for the build.
const candidatesOf = new Map<string, Candidates>();

function candidates(text: string): Candidates {
  let known = candidatesOf.get(text);
  if (known === undefined) {
    known = computeCandidates(text);
    candidatesOf.set(text, known);
  }
  return known;
}

function computeCandidates(text: string): Candidates {
  const { year, month, day, hour, minute } = parseWallClock(text);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a little before and after this wall time; equal except near a switch.
  const offsetBefore = osloOffsetMinutes(new Date(asIfUtc - 6 * HOUR));
  const offsetAfter = osloOffsetMinutes(new Date(asIfUtc + 6 * HOUR));
  const valid = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asIfUtc - offset * 60_000)
    .filter((instant) => asIfUtc - osloOffsetMinutes(new Date(instant)) * 60_000 === instant)
    .sort((a, b) => a - b);
  return { asIfUtc, valid, offsetBefore };
}

/**
 * The instant an Oslo wall-clock time denotes. A time that occurs twice (the last Sunday of
 * October, 02:00–02:59) is read as the first occurrence; a time that never occurs (the last
 * Sunday of March, 02:00–02:59) is moved forward by the hour the clocks skip.
 */
export function osloToInstant(text: string): Date {
  const { asIfUtc, valid, offsetBefore } = candidates(text);
  const first = valid[0];
  return new Date(first ?? asIfUtc - offsetBefore * 60_000);
}

/** False for a wall time that Oslo skips when clocks go forward in March. */
export function osloTimeExists(text: string): boolean {
  return candidates(text).valid.length > 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-12T09:00:00+01:00": the wall time with Oslo's offset, for JSON-LD and <time>. */
export function osloIsoWithOffset(text: string): string {
  const instant = osloToInstant(text);
  const offset = osloOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000);
  const date = local.toISOString().slice(0, 16);
  return `${date}:00+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

// The site's calendar date with the weekday in front.
const weekdayAndDate = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { weekday: 'long', ...CALENDAR_DATE }),
);

/** "torsdag 12. mars 2026" (English: "Thursday 12 March 2026") for the calendar day of an Oslo wall time. */
export function formatMeetingDay(text: string, locale: Locale = 'nb'): string {
  const { year, month, day } = parseWallClock(text);
  return weekdayAndDate(locale)
    .format(new Date(Date.UTC(year, month - 1, day)))
    .replace(/^(\p{L}+),? /u, '$1 ');
}

/** "09.00": Norwegian clock time (English "09:00"), as written by the editor (already Oslo time). */
export function formatClock(text: string, locale: Locale = 'nb'): string {
  const { hour, minute } = parseWallClock(text);
  return strings(locale).format('meetings.clock', { hour: pad(hour), minute: pad(minute) });
}

/**
 * "torsdag 12. mars 2026 kl. 09.00–11.30", or, over midnight,
 * "torsdag 12. mars 2026 kl. 18.00 – fredag 13. mars 2026 kl. 02.00".
 */
export function formatMeetingTime(start: string, end: string, locale: Locale = 'nb'): string {
  const startDay = formatMeetingDay(start, locale);
  const endDay = formatMeetingDay(end, locale);
  const [from, to] = [formatClock(start, locale), formatClock(end, locale)];
  const { format } = strings(locale);
  if (startDay === endDay) return format('meetings.timeSameDay', { day: startDay, from, to });
  return format('meetings.timeOvernight', { startDay, from, endDay, to });
}

/** The start of an Oslo calendar day, e.g. the build date, as an instant. */
export function startOfOsloDay(date: Date): Date {
  return osloToInstant(`${date.toISOString().slice(0, 10)}T00:00`);
}
