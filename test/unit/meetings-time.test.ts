import { describe, expect, test } from 'vitest';
import {
  formatMeetingDay,
  formatMeetingTime,
  osloIsoWithOffset,
  osloOffsetMinutes,
  osloTimeExists,
  osloToInstant,
  parseWallClock,
  startOfOsloDay,
} from '../../src/lib/meetings/time';

// The unit config runs with TZ=America/New_York: none of this may depend on the machine's zone.
// In 2026 summer time starts Sunday 29 March (02:00 → 03:00) and ends Sunday 25 October (03:00 → 02:00).

describe('osloToInstant', () => {
  test.each([
    ['winter, before the March switch', '2026-03-12T09:00', '2026-03-12T08:00:00.000Z'],
    ['the day before summer time', '2026-03-28T10:00', '2026-03-28T09:00:00.000Z'],
    ['March switch day, before 02:00', '2026-03-29T01:30', '2026-03-29T00:30:00.000Z'],
    ['March switch day, after 03:00', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['late March, summer time', '2026-03-31T09:00', '2026-03-31T07:00:00.000Z'],
    ['late October, still summer time', '2026-10-24T09:00', '2026-10-24T07:00:00.000Z'],
    ['October switch day, after 03:00', '2026-10-25T10:00', '2026-10-25T09:00:00.000Z'],
    ['late October, winter time', '2026-10-29T09:00', '2026-10-29T08:00:00.000Z'],
    ['midnight at new year', '2027-01-01T00:00', '2026-12-31T23:00:00.000Z'],
  ])('%s: %s Oslo is %s', (_, wall, utc) => {
    expect(osloToInstant(wall).toISOString()).toBe(utc);
  });

  test('a time that occurs twice in October is read as the first (summer-time) occurrence', () => {
    expect(osloToInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(osloTimeExists('2026-10-25T02:30')).toBe(true);
  });

  test('a time skipped in March moves forward by the skipped hour, and is flagged', () => {
    expect(osloTimeExists('2026-03-29T02:30')).toBe(false);
    expect(osloToInstant('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(osloTimeExists('2026-03-29T03:00')).toBe(true);
    expect(osloTimeExists('2026-03-29T01:59')).toBe(true);
  });

  test('rejects text that is not a wall-clock time', () => {
    expect(() => osloToInstant('09:00')).toThrow(RangeError);
    expect(() => parseWallClock('2026-03-12')).toThrow(RangeError);
  });
});

describe('osloOffsetMinutes', () => {
  test('is 60 in winter and 120 in summer, switching at 01:00 UTC', () => {
    expect(osloOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(osloOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(osloOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(osloOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
  });
});

describe('osloIsoWithOffset', () => {
  test('writes the wall time with the offset in force', () => {
    expect(osloIsoWithOffset('2026-03-12T09:00')).toBe('2026-03-12T09:00:00+01:00');
    expect(osloIsoWithOffset('2026-03-29T10:00')).toBe('2026-03-29T10:00:00+02:00');
    expect(osloIsoWithOffset('2026-10-24T09:00')).toBe('2026-10-24T09:00:00+02:00');
    expect(osloIsoWithOffset('2026-10-25T10:00')).toBe('2026-10-25T10:00:00+01:00');
  });
});

describe('formatMeetingTime', () => {
  test('writes weekday, date and clock times in Norwegian', () => {
    expect(formatMeetingTime('2026-03-12T09:00', '2026-03-12T11:30')).toBe(
      'torsdag 12. mars 2026 kl. 09.00–11.30',
    );
  });

  test('keeps the wall time on both switch days', () => {
    expect(formatMeetingTime('2026-03-29T10:00', '2026-03-29T12:00')).toBe(
      'søndag 29. mars 2026 kl. 10.00–12.00',
    );
    expect(formatMeetingTime('2026-10-25T09:00', '2026-10-25T15:15')).toBe(
      'søndag 25. oktober 2026 kl. 09.00–15.15',
    );
    expect(formatMeetingTime('2026-10-27T13:00', '2026-10-27T14:00')).toBe(
      'tirsdag 27. oktober 2026 kl. 13.00–14.00',
    );
  });

  test('names both days when a meeting runs past midnight', () => {
    expect(formatMeetingTime('2026-03-12T18:00', '2026-03-13T01:00')).toBe(
      'torsdag 12. mars 2026 kl. 18.00 – fredag 13. mars 2026 kl. 01.00',
    );
  });

  test('in English: weekday, day, month and clock times as British English writes them, in Oslo time', () => {
    expect(formatMeetingTime('2026-03-12T09:00', '2026-03-12T11:30', 'en')).toBe(
      'Thursday 12 March 2026, 09:00–11:30 (Oslo time)',
    );
    expect(formatMeetingTime('2026-03-12T18:00', '2026-03-13T01:00', 'en')).toBe(
      'Thursday 12 March 2026, 18:00 – Friday 13 March 2026, 01:00 (Oslo time)',
    );
  });

  test('the day is the Oslo calendar day, whatever the machine zone', () => {
    expect(formatMeetingDay('2026-01-01T00:30')).toBe('torsdag 1. januar 2026');
  });
});

describe('startOfOsloDay', () => {
  test('is local midnight as an instant', () => {
    expect(startOfOsloDay(new Date('2026-03-12T00:00:00Z')).toISOString()).toBe(
      '2026-03-11T23:00:00.000Z',
    );
    expect(startOfOsloDay(new Date('2026-07-01T00:00:00Z')).toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });
});
