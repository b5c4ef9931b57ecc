/**
 * A risk category's calendar: the planned announcement and the deadlines of its procurements,
 * and its upcoming meetings. Meetings reuse the event the meeting's own .ics has (same UID), so
 * a reader who subscribes to both sees one event. Procurement milestones are all-day events.
 */
import type { EventAttributes } from 'ics';
import { strings, type Locale } from '../../i18n';
import { isoDate } from '../dates';
import {
  calendarFile,
  eventOf,
  UID_DOMAIN,
  veventsOf,
  type CalendarMeeting,
} from '../meetings/ics';
import { formatQuarter } from '../procurements';

export interface CalendarProcurement {
  id: string;
  title: string;
  summary: string;
  /** "2027-Q2" */
  plannedAnnouncement: string;
  /** Only a planned procurement still has an announcement ahead of it. */
  planned: boolean;
  deadlines: readonly { what: string; date: Date }[];
  example: boolean;
  /** When the entry last changed: DTSTAMP, so the file is the same on every build. */
  updated: Date;
  /** Absolute URL of the procurement page. */
  url: string;
  /** The language of the calendar (default Norwegian). */
  locale?: Locale | undefined;
}

type DateArray = [number, number, number];

const dayOf = (date: Date): DateArray => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
];
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);

/** The first day of a quarter ("2027-Q2" → 1 April 2027), at UTC midnight like calendar dates. */
export function quarterStart(quarter: string): Date {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`Expected a quarter such as "2027-Q1", got "${quarter}"`);
  return new Date(Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1));
}

const mark = (p: CalendarProcurement, title: string) =>
  p.example ? strings(p.locale).format('common.exampleTitle', { title }) : title;

function describe(p: CalendarProcurement, ...lines: string[]): string {
  const { t, format } = strings(p.locale);
  return [
    ...(p.example ? [format('common.exampleLead', { note: t('common.exampleNote') })] : []),
    ...lines,
    format('follow.moreInfo', { url: p.url }),
  ].join('\n\n');
}

function allDay(
  p: CalendarProcurement,
  uid: string,
  date: Date,
  title: string,
  description: string,
) {
  return {
    uid: `${uid}@${UID_DOMAIN}`,
    title: mark(p, title),
    description,
    start: dayOf(date),
    end: dayOf(nextDay(date)),
    url: p.url,
    status: 'CONFIRMED',
    transp: 'TRANSPARENT',
    // A fixed DTSTAMP (the entry's date), or every build would differ.
    timestamp: p.updated.getTime(),
    lastModified: p.updated.getTime(),
  } satisfies EventAttributes & { timestamp: number };
}

/** A procurement's milestones as events: the planned announcement while planned, and each deadline. */
export function procurementEvents(p: CalendarProcurement): EventAttributes[] {
  const { format } = strings(p.locale);
  const quarter = formatQuarter(p.plannedAnnouncement, p.locale);
  const announcement = p.planned
    ? [
        allDay(
          p,
          `${p.id}-kunngjoring`,
          quarterStart(p.plannedAnnouncement),
          format('follow.announcement', { quarter, title: p.title }),
          describe(p, p.summary, format('follow.announcementNote', { quarter })),
        ),
      ]
    : [];
  const seen = new Map<string, number>();
  const deadlines = p.deadlines.map((d) => {
    const base = `${p.id}-frist-${isoDate(d.date)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return allDay(
      p,
      n === 1 ? base : `${base}-${n}`,
      d.date,
      format('follow.deadline', { what: d.what, title: p.title }),
      describe(p, d.what, p.summary),
    );
  });
  return [...announcement, ...deadlines];
}

/**
 * The category's calendar: procurement milestones, then upcoming meetings (cancelled ones are
 * left out, as in the meeting feed), each in the order given.
 */
export function categoryCalendar(
  name: string,
  procurements: readonly CalendarProcurement[],
  meetings: readonly CalendarMeeting[],
): string {
  const events = [
    ...procurements.flatMap((p) => procurementEvents(p)),
    ...meetings.filter((m) => !m.cancelled).map(eventOf),
  ];
  return calendarFile(name, veventsOf(events, name));
}
