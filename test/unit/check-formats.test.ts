/**
 * The calendar gate (scripts/check-formats.mjs) says no to what an independent reader would
 * choke on: the ORGANIZER without a value the site once wrote, a missing required property,
 * an unknown property, long lines. The site's own output passes it (see meetings-calendar).
 */
import { describe, expect, test } from 'vitest';
import { calendarProblems } from '../../scripts/check-formats.mjs';
import { meetingCalendar, meetingFeed, type CalendarMeeting } from '../../src/lib/meetings/ics';

const meeting: CalendarMeeting = {
  id: 'dialog',
  title: 'Dialogmøte om bærbare PC-er og nettbrett til skoler og førskoler i Oslo kommune',
  summary: 'Kort om møtet',
  start: '2026-10-20T09:00',
  end: '2026-10-20T11:00',
  location: { kind: 'fysisk', address: 'Oslo rådhus' },
  cancelled: false,
  example: false,
  updated: new Date('2026-09-01T00:00:00Z'),
  url: 'https://example.test/markedsdialog/dialog/',
};

describe('calendarProblems', () => {
  const good = meetingCalendar(meeting);

  test('a meeting calendar and the feed the site writes are valid', () => {
    expect(calendarProblems(good)).toEqual([]);
    expect(calendarProblems(meetingFeed([meeting]))).toEqual([]);
  });

  test('an ORGANIZER with parameters but no value is refused', () => {
    const bad = good.replace('STATUS:', 'ORGANIZER;CN="UKE, Oslo kommune"\r\nSTATUS:');
    expect(calendarProblems(bad).join('\n')).toMatch(/ical\.js cannot parse it/);
  });

  test('an ORGANIZER that is not a mailto: address is refused', () => {
    const bad = good.replace('STATUS:', 'ORGANIZER;CN=UKE:UKE\r\nSTATUS:');
    expect(calendarProblems(bad).join('\n')).toMatch(/ORGANIZER is not a mailto: address/);
  });

  test('missing, repeated and unknown properties are refused', () => {
    expect(calendarProblems(good.replace(/DTSTAMP:[^\r]*\r\n/, ''))).toContain(
      'VEVENT: DTSTAMP missing',
    );
    const uid = /UID:[^\r]*\r\n/.exec(good)?.[0] ?? '';
    expect(calendarProblems(good.replace(uid, uid + uid))).toContain('VEVENT: UID repeated');
    expect(calendarProblems(good.replace('STATUS:', 'COLOUR:red\r\nSTATUS:'))).toContain(
      'VEVENT: COLOUR is not an RFC 5545 property of VEVENT',
    );
  });

  test('an event that ends before it starts, or lines over 75 octets, are refused', () => {
    const reversed = good.replace(/DTEND:\d{8}/, 'DTEND:20200101');
    expect(calendarProblems(reversed).join('\n')).toMatch(/DTEND is not after DTSTART/);
    const long = good.replace('STATUS:', `X-NOTE:${'ø'.repeat(40)}\r\nSTATUS:`);
    expect(calendarProblems(long).join('\n')).toMatch(/longer than 75 octets/);
    expect(calendarProblems(good.replace(/\r\n/g, '\n')).join('\n')).toMatch(/CRLF/);
  });
});
