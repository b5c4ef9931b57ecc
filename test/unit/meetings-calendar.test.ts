import { describe, expect, test } from 'vitest';
import { createEvent, createEvents } from 'ics';
import {
  calendarSummary,
  eventOf,
  foldLines,
  PRODUCT_ID,
  meetingCalendar,
  meetingFeed,
  meetingUid,
  type CalendarMeeting,
} from '../../src/lib/meetings/ics';
import { jsonLdScript, meetingJsonLd } from '../../src/lib/meetings/jsonld';
import { calendarLocation, locationText } from '../../src/lib/meetings/location';
import { meetingPhase, scheduleOf } from '../../src/lib/meetings/schedule';

const meeting = (over: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: '2026-03-arbeidsklaer',
  title: 'Markedsdialog om arbeidsklær',
  summary: 'Vi presenterer den neste rammeavtalen.',
  start: '2026-03-31T09:00',
  end: '2026-03-31T11:30',
  location: { kind: 'fysisk', address: 'Grensen 13, Oslo' },
  cancelled: false,
  example: false,
  updated: new Date('2026-02-01'),
  url: 'https://example.test/markedsdialog/2026-03-arbeidsklaer/',
  ...over,
});

/** Unfolds lines and returns the properties of each VEVENT. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('meetingCalendar', () => {
  test('writes Oslo times as UTC, a stable UID and the page URL', () => {
    const [event] = events(meetingCalendar(meeting()));
    expect(event).toMatchObject({
      UID: '2026-03-arbeidsklaer@etiskhandel.uke.oslo.kommune.no',
      SUMMARY: 'Markedsdialog om arbeidsklær',
      DTSTART: '20260331T070000Z',
      DTEND: '20260331T093000Z',
      URL: 'https://example.test/markedsdialog/2026-03-arbeidsklaer/',
      STATUS: 'CONFIRMED',
      LOCATION: 'Grensen 13\\, Oslo',
      DTSTAMP: '20260201T000000Z',
    });
  });

  test('is the same on every build', () => {
    expect(meetingCalendar(meeting())).toBe(meetingCalendar(meeting()));
  });

  test('uses winter time before the March switch and after the October switch', () => {
    const [march] = events(
      meetingCalendar(meeting({ start: '2026-03-12T09:00', end: '2026-03-12T11:30' })),
    );
    expect([march?.['DTSTART'], march?.['DTEND']]).toEqual([
      '20260312T080000Z',
      '20260312T103000Z',
    ]);
    const [october] = events(
      meetingCalendar(meeting({ start: '2026-10-25T09:00', end: '2026-10-25T12:00' })),
    );
    expect([october?.['DTSTART'], october?.['DTEND']]).toEqual([
      '20261025T080000Z',
      '20261025T110000Z',
    ]);
  });

  test('marks invented meetings and cancelled meetings in the summary and status', () => {
    const [event] = events(meetingCalendar(meeting({ example: true, cancelled: true })));
    expect(event?.['SUMMARY']).toBe('Fiktivt eksempel: Avlyst: Markedsdialog om arbeidsklær');
    expect(event?.['STATUS']).toBe('CANCELLED');
    expect(calendarSummary({ title: 'X', example: true, cancelled: false })).toBe(
      'Fiktivt eksempel: X',
    );
  });

  test('an English meeting is in English throughout, from the same facts', () => {
    const [event] = events(
      meetingCalendar(meeting({ example: true, cancelled: true, locale: 'en', title: 'Workwear' })),
    );
    expect(event?.['SUMMARY']).toBe('Fictional example: Cancelled: Workwear');
    expect(event?.['DESCRIPTION']).toMatch(
      /^Fictional example\. Made to show how the portal works/,
    );
    expect(event?.['DESCRIPTION']).toMatch(/More information and registration: https:/);
    expect(calendarLocation({ kind: 'hybrid', address: 'Grensen 13' }, 'en')).toBe(
      'Grensen 13 / online: the link will be sent to those who register',
    );
    expect(locationText({ kind: 'digitalt' }, 'en')).toBe('Online meeting');
  });

  test('folds lines at 75 octets (RFC 5545 §3.1), never inside a character', () => {
    const title =
      'Dialogmøte om bærbare PC-er og nettbrett til skoler og førskoler og åpne bibliotek';
    const calendar = meetingCalendar(meeting({ title }));
    const lines = calendar.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.includes('\uFFFD'))).toBe(false);
    expect(events(calendar)[0]?.['SUMMARY']).toBe(title);
    const long = `DESCRIPTION:${'ø'.repeat(100)}`;
    const folded = foldLines(`${long}\r\n`);
    expect(folded.split('\r\n').map((line) => Buffer.byteLength(line))).toEqual([74, 75, 65, 0]);
    expect(folded.replace(/\r\n /g, '')).toBe(`${long}\r\n`);
  });
});

describe('meetingFeed', () => {
  test('holds every meeting given, except cancelled ones', () => {
    const feed = meetingFeed([
      meeting(),
      meeting({ id: 'b', start: '2026-10-27T13:00', end: '2026-10-27T15:00' }),
      meeting({ id: 'c', cancelled: true }),
    ]);
    expect(feed).toContain('X-WR-CALNAME:');
    expect(events(feed).map((e) => e['UID'])).toEqual([
      meetingUid('2026-03-arbeidsklaer'),
      meetingUid('b'),
    ]);
    expect(events(feed)[1]?.['DTSTART']).toBe('20261027T120000Z');
  });

  test('is a valid, empty calendar when nothing is coming up', () => {
    const feed = meetingFeed([]);
    expect(feed.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(events(feed)).toEqual([]);
  });
});

describe('locations', () => {
  test('read well on the page and in calendars', () => {
    // No link known yet: the calendar says how it comes, instead of pointing at another page.
    expect(calendarLocation({ kind: 'digitalt' })).toBe(
      'Digitalt: lenken sendes til dem som melder seg på',
    );
    expect(calendarLocation({ kind: 'hybrid', address: 'Grensen 13' })).toBe(
      'Grensen 13 / digitalt: lenken sendes til dem som melder seg på',
    );
    expect(locationText({ kind: 'digitalt', url: 'https://teams.example/x' })).toBe(
      'Digitalt møte',
    );
    expect(locationText({ kind: 'hybrid', address: 'Grensen 13', url: 'https://t.example' })).toBe(
      'Grensen 13, eller digitalt',
    );
    expect(
      calendarLocation({ kind: 'hybrid', address: 'Grensen 13', url: 'https://t.example' }),
    ).toBe('Grensen 13 / digitalt: https://t.example');
  });
});

describe('meetingJsonLd', () => {
  const organizer = { name: 'UKE', url: 'https://example.test/' };

  test('is a schema.org Event with offsets, status, attendance mode and place', () => {
    const data = meetingJsonLd(meeting(), organizer);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Markedsdialog om arbeidsklær',
      startDate: '2026-03-31T09:00:00+02:00',
      endDate: '2026-03-31T11:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: 'Grensen 13, Oslo' },
    });
  });

  test('online, hybrid and cancelled meetings', () => {
    const online = meetingJsonLd(
      meeting({ location: { kind: 'digitalt', url: 'https://t.example/' } }),
      organizer,
    );
    expect(online['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://t.example/' });
    expect(online['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    const hybrid = meetingJsonLd(
      meeting({
        cancelled: true,
        location: { kind: 'hybrid', address: 'Grensen 13', url: 'https://t.example/' },
      }),
      organizer,
    );
    expect(hybrid['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid['eventStatus']).toBe('https://schema.org/EventCancelled');
    expect(hybrid['location']).toHaveLength(2);
  });

  test('script text cannot close its tag', () => {
    expect(jsonLdScript({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });
});

describe('schedule', () => {
  const now = new Date('2026-03-31T09:29:00Z'); // 11.29 in Oslo, summer time
  const m = (
    start: string,
    end: string,
    status: 'planlagt' | 'gjennomfort' | 'avlyst' = 'planlagt',
  ) => ({
    start,
    end,
    status,
  });

  test('a meeting is held once its end has passed, whatever the editor wrote', () => {
    expect(meetingPhase(m('2026-03-31T09:00', '2026-03-31T11:30'), now)).toBe('kommende');
    expect(meetingPhase(m('2026-03-31T09:00', '2026-03-31T11:29'), now)).toBe('gjennomfort');
    expect(meetingPhase(m('2026-03-01T09:00', '2026-03-01T11:00', 'planlagt'), now)).toBe(
      'gjennomfort',
    );
    expect(meetingPhase(m('2026-05-01T09:00', '2026-05-01T11:00', 'avlyst'), now)).toBe('avlyst');
  });

  test('lists upcoming soonest first and held most recent first', () => {
    const all = [
      m('2025-09-01T09:00', '2025-09-01T10:00'),
      m('2026-09-01T09:00', '2026-09-01T10:00'),
      m('2026-04-01T09:00', '2026-04-01T10:00'),
      m('2026-01-10T09:00', '2026-01-10T10:00'),
      m('2026-02-10T09:00', '2026-02-10T10:00', 'avlyst'),
    ];
    const { upcoming, held, cancelled } = scheduleOf(all, (x) => x, now);
    expect(upcoming.map((x) => x.start)).toEqual(['2026-04-01T09:00', '2026-09-01T09:00']);
    expect(held.map((x) => x.start)).toEqual(['2026-01-10T09:00', '2025-09-01T09:00']);
    expect(cancelled.map((x) => x.start)).toEqual(['2026-02-10T09:00']);
  });
});

describe('meetingFeed from the meetings’ own events', () => {
  test('is exactly what the ics package writes for the same events in one call', () => {
    const list = [
      meeting(),
      meeting({ id: 'b', title: 'Avlyst møte', cancelled: true }),
      meeting({
        id: 'c',
        title: 'Digitalt',
        location: { kind: 'digitalt', url: 'https://example.test/m' },
      }),
      meeting({
        id: 'd',
        title: 'Eksempel',
        example: true,
        start: '2026-10-25T09:00',
        end: '2026-10-25T12:00',
      }),
    ];
    const feed = meetingFeed(list);
    const viaPackage = createEvents(
      list.filter((m) => !m.cancelled).map((m) => eventOf(m)),
      { productId: PRODUCT_ID, calName: 'Markedsdialog – etisk handel i Oslo kommune' },
    );
    expect(viaPackage.error).toBeNull();
    expect(feed).toBe(foldLines(viaPackage.value ?? ''));
  });

  test('a meeting in a feed first, then alone, is what the package writes for it alone', () => {
    const first = meeting({ id: 'e', title: 'Først i kalenderen' });
    meetingFeed([meeting({ id: 'f' }), first]);
    const alone = createEvent({ ...eventOf(first), productId: PRODUCT_ID });
    expect(alone.error).toBeNull();
    expect(meetingCalendar(first)).toBe(foldLines(alone.value ?? ''));
  });

  test('an event the package rejects fails with the event named, also among others', () => {
    const bad = meeting({ id: 'ugyldig', url: 'ikke en adresse' });
    expect(() => meetingFeed([meeting({ id: 'g' }), bad])).toThrow(
      /Could not write the calendar for .*ugyldig@/,
    );
  });
});
