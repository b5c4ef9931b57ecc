/**
 * Calendar files for market-dialogue meetings, written by the `ics` package. The package writes
 * UTC, so Oslo wall times are converted to instants here, deliberately, before it sees them.
 */
import { createEvent, createEvents, type EventAttributes } from 'ics';
import { strings, type Locale } from '../../i18n';
import { memo } from '../content/build-memo';
import { calendarLocation, type MeetingFacts } from './location';
import { osloToInstant } from './time';

/** UIDs must never change, or calendars duplicate the event: the id plus a fixed domain. */
export const UID_DOMAIN = 'etiskhandel.uke.oslo.kommune.no';
export const PRODUCT_ID = '-//Oslo kommune UKE//Etisk handel//NB';

export interface CalendarMeeting extends MeetingFacts {
  id: string;
  example: boolean;
  /** When the entry last changed: DTSTAMP, so the file is the same on every build. */
  updated: Date;
}

export const meetingUid = (id: string) => `${id}@${UID_DOMAIN}`;

/** SUMMARY: invented meetings say so first, as everywhere else on the site. */
export function calendarSummary(
  meeting: Pick<CalendarMeeting, 'title' | 'cancelled' | 'example' | 'locale'>,
): string {
  const { format } = strings(meeting.locale);
  const title = meeting.cancelled
    ? format('calendar.cancelled', { title: meeting.title })
    : meeting.title;
  return meeting.example ? format('common.exampleTitle', { title }) : title;
}

/** The event the ics package writes for a meeting. */
export function eventOf(meeting: CalendarMeeting): EventAttributes {
  const { t, format } = strings(meeting.locale);
  const event = {
    uid: meetingUid(meeting.id),
    title: calendarSummary(meeting),
    description: [
      ...(meeting.example ? [format('common.exampleLead', { note: t('common.exampleNote') })] : []),
      meeting.summary,
      format('calendar.moreInfo', { url: meeting.url }),
    ].join('\n\n'),
    start: osloToInstant(meeting.start).getTime(),
    end: osloToInstant(meeting.end).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    location: calendarLocation(meeting.location, meeting.locale),
    url: meeting.url,
    status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // No ORGANIZER: RFC 5545 gives it a required cal-address (mailto:) value, and the portal
    // has no functional address for the meetings (the meeting page, at URL, says who holds it).
    // The ics package accepts a DTSTAMP but does not type it; without it every build differs.
    timestamp: meeting.updated.getTime(),
    lastModified: meeting.updated.getTime(),
  } satisfies EventAttributes & { timestamp: number };
  return event;
}

/**
 * Folds content lines at 75 octets, as RFC 5545 §3.1 asks (the `ics` package counts
 * characters, so a line with æ, ø or å ends up longer), never inside a UTF-8 character.
 * Continuation lines start with one space, which counts towards their 75 octets.
 */
export function foldLines(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  const folded = lines.map((line) => {
    const parts: string[] = [];
    let part = '';
    let octets = 0;
    for (const char of line) {
      const size = Buffer.byteLength(char);
      const limit = parts.length === 0 ? 75 : 74;
      if (octets + size > limit) {
        parts.push(part);
        part = '';
        octets = 0;
      }
      part += char;
      octets += size;
    }
    parts.push(part);
    return parts.join('\r\n ');
  });
  return folded.join('\r\n');
}

function unwrap(result: { error: Error | null; value: string | null }, what: string): string {
  if (result.error || result.value === null) {
    throw new Error(
      `Could not write the calendar for ${what}: ${result.error?.message ?? 'no output'}`,
    );
  }
  return foldLines(result.value);
}

// Each meeting's calendar is written once; the feed reuses its event, so the package validates
// every meeting once (its validation and line folding are a calendar's cost: 2–3 ms an event),
// and a warm build takes unchanged events from the last build (build-memo.ts).
const calendars = new Map<string, string>();

/** One meeting's .ics; a cancelled meeting keeps its UID and says STATUS:CANCELLED. */
export function meetingCalendar(meeting: CalendarMeeting): string {
  const event = eventOf(meeting);
  const key = JSON.stringify(event);
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = memo('ics', `calendar ${key}`, () =>
      unwrap(createEvent({ ...event, productId: PRODUCT_ID }), meeting.id),
    );
    calendars.set(key, calendar);
  }
  return calendar;
}

const VEVENT = /BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/;
const END = 'END:VCALENDAR\r\n';

function veventIn(calendar: string, what: string): string {
  const event = VEVENT.exec(calendar)?.[0];
  if (event === undefined) throw new Error(`No VEVENT in the calendar for ${what}`);
  return event;
}

/** One meeting's VEVENT block, for feeds that gather meetings (written once per meeting). */
export const meetingEvent = (meeting: CalendarMeeting): string =>
  veventIn(meetingCalendar(meeting), meeting.id);

const events = new Map<string, string>();

/** The VEVENT block the ics package writes (and validates) for an event, once per distinct event. */
export function veventOf(event: EventAttributes, what: string): string {
  const key = JSON.stringify(event);
  let block = events.get(key);
  if (block === undefined) {
    block = memo('ics', `event ${key}`, () =>
      veventIn(unwrap(createEvent({ ...event, productId: PRODUCT_ID }), what), what),
    );
    events.set(key, block);
  }
  return block;
}

/** A calendar to subscribe to, named `name`, holding the given VEVENT blocks in order. */
export function calendarFile(name: string, vevents: readonly string[]): string {
  const header = memo('ics', `header ${name}`, () =>
    unwrap(createEvents([], { productId: PRODUCT_ID, calName: name }), name),
  );
  if (!header.endsWith(END)) throw new Error('The calendar header does not end with END:VCALENDAR');
  return header.slice(0, -END.length) + vevents.join('') + END;
}

/** The feed of upcoming meetings; callers pass only those, and cancelled ones are left out here too. */
export function meetingFeed(meetings: readonly CalendarMeeting[], locale: Locale = 'nb'): string {
  const name = strings(locale).t('calendar.feedName');
  return calendarFile(name, meetings.filter((m) => !m.cancelled).map(meetingEvent));
}
