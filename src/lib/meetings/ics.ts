/**
 * Calendar files for market-dialogue meetings, written by the `ics` package. The package writes
 * UTC, so Oslo wall times are converted to instants here, deliberately, before it sees them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { strings, type Locale } from '../../i18n';
import { memo, memoAll } from '../content/build-memo';
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

const VEVENT = /BEGIN:VEVENT\r\n[\s\S]*?\r\nEND:VEVENT\r\n/g;
const END = 'END:VCALENDAR\r\n';

/** The VEVENT blocks of a calendar the ics package wrote, in order; `count` of them. */
function veventsIn(calendar: string, count: number, what: string): string[] {
  const blocks = calendar.match(VEVENT) ?? [];
  if (blocks.length !== count)
    throw new Error(`${blocks.length} VEVENTs instead of ${count} in the calendar for ${what}`);
  return blocks;
}

/** Writes events with the ics package, which validates each (the one event twice if alone). */
function writeEvents(events: readonly EventAttributes[], what: string): string[] {
  const result = createEvents([...events], { productId: PRODUCT_ID });
  if (result.error && events.length > 1) {
    // Say which event is wrong: write them one by one until one fails.
    for (const event of events) writeEvents([event], `${what} (${event.uid ?? event.title})`);
  }
  return veventsIn(unwrap(result, what), events.length, what);
}

// Every distinct event is written once per thread, and a warm build takes unchanged ones from the
// last build (build-memo.ts). The ics package validates every event it writes (0.8 ms an event
// when warm, 2–3 ms in a build) and a lone event twice, so a calendar's new events go in one batch.
const blocks = new Map<string, string>();

/** The VEVENT blocks the ics package writes (and validates) for `events`, in order. */
export function veventsOf(events: readonly EventAttributes[], what: string): string[] {
  const keys = events.map((event) => `event ${JSON.stringify(event)}`);
  const unknown = new Map<string, EventAttributes>();
  keys.forEach((key, i) => {
    if (!blocks.has(key)) unknown.set(key, events[i] as EventAttributes);
  });
  if (unknown.size > 0) {
    const made = memoAll('ics', [...unknown.keys()], (missing) =>
      writeEvents(
        missing.map((key) => unknown.get(key) as EventAttributes),
        what,
      ),
    );
    [...unknown.keys()].forEach((key, i) => blocks.set(key, made[i] as string));
  }
  return keys.map((key) => blocks.get(key) as string);
}

/** A calendar holding the given VEVENT blocks in order, named `name` if given. */
export function calendarFile(name: string | undefined, vevents: readonly string[]): string {
  const header = memo('ics', `header ${name ?? ''}`, () =>
    unwrap(
      createEvents([], { productId: PRODUCT_ID, ...(name === undefined ? {} : { calName: name }) }),
      name ?? 'a meeting',
    ),
  );
  if (!header.endsWith(END)) throw new Error('The calendar header does not end with END:VCALENDAR');
  return header.slice(0, -END.length) + vevents.join('') + END;
}

/** One meeting's .ics; a cancelled meeting keeps its UID and says STATUS:CANCELLED. */
export const meetingCalendar = (meeting: CalendarMeeting): string =>
  calendarFile(undefined, veventsOf([eventOf(meeting)], meeting.id));

/** The feed of upcoming meetings; callers pass only those, and cancelled ones are left out here too. */
export function meetingFeed(meetings: readonly CalendarMeeting[], locale: Locale = 'nb'): string {
  const name = strings(locale).t('calendar.feedName');
  const upcoming = meetings.filter((m) => !m.cancelled);
  return calendarFile(name, veventsOf(upcoming.map(eventOf), name));
}
