import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  buildDate,
  daysBetween,
  findImpossibleDates,
  formatDate,
  isoDate,
  isRealDate,
} from '../../src/lib/dates';

describe('isRealDate', () => {
  test.each([
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2028, 2, 29, true],
    [2100, 2, 29, false],
    [2026, 2, 30, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 10, false],
  ])('%i-%i-%i is real: %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });
});

const file = (frontmatter: string, body = '') => `---\n${frontmatter}\n---\n${body}`;

describe('findImpossibleDates', () => {
  test('accepts real dates, quoted or not', () => {
    expect(findImpossibleDates(file('updated: 2026-02-28\nreviewBy: "2028-02-29"'))).toEqual([]);
  });

  test('names the field and what was written for 30 February', () => {
    expect(findImpossibleDates(file('title: Krav\nupdated: 2026-02-30'))).toEqual([
      {
        field: 'updated',
        found: '«2026-02-30», som ikke finnes i kalenderen',
        expected: 'en virkelig dato (ÅÅÅÅ-MM-DD)',
      },
    ]);
  });

  test('catches impossible times and dates inside lists', () => {
    const problems = findImpossibleDates(
      file('start: "2026-03-01T25:00"\nchanges:\n  - date: 2026-04-31\n    note: x'),
    );
    expect(problems.map((p) => [p.field, p.found, p.expected])).toEqual([
      [
        'start',
        '«2026-03-01T25:00», som ikke finnes i kalenderen',
        'en virkelig dato og tid (ÅÅÅÅ-MM-DDTTT:MM)',
      ],
      ['date', '«2026-04-31», som ikke finnes i kalenderen', 'en virkelig dato (ÅÅÅÅ-MM-DD)'],
    ]);
  });

  test('ignores the body and files without frontmatter', () => {
    expect(
      findImpossibleDates(file('updated: 2026-01-01', 'Møtet 2026-02-30 ble avlyst.')),
    ).toEqual([]);
    expect(findImpossibleDates('updated: 2026-02-30')).toEqual([]);
  });
});

describe('formatDate and isoDate', () => {
  test('writes calendar dates in Norwegian bokmål', () => {
    expect(formatDate(new Date('2026-11-25'))).toBe('25. november 2026');
    expect(formatDate(new Date('2027-01-01'))).toBe('1. januar 2027');
  });

  test('keeps the calendar day whatever the machine time zone', () => {
    // The unit config runs with TZ=America/New_York, where 2026-03-01T00:00Z is still 28 February.
    expect(new Date('2026-03-01').getDate()).toBe(28);
    expect(formatDate(new Date('2026-03-01'))).toBe('1. mars 2026');
    expect(isoDate(new Date('2026-03-01'))).toBe('2026-03-01');
  });

  test('refuses invalid dates instead of printing "Invalid Date"', () => {
    expect(() => formatDate(new Date('nope'))).toThrow(RangeError);
    expect(() => isoDate(new Date('nope'))).toThrow(RangeError);
  });

  test('daysBetween counts whole calendar days', () => {
    expect(daysBetween(new Date('2026-02-27'), new Date('2026-03-02'))).toBe(3);
    expect(daysBetween(new Date('2026-03-02'), new Date('2026-02-27'))).toBe(-3);
  });
});

describe('buildDate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('uses PORTAL_BUILD_DATE when set', () => {
    expect(isoDate(buildDate({ PORTAL_BUILD_DATE: '2026-06-15' }))).toBe('2026-06-15');
  });

  test('rejects a PORTAL_BUILD_DATE that is not a date', () => {
    expect(() => buildDate({ PORTAL_BUILD_DATE: '15.06.2026' })).toThrow(/PORTAL_BUILD_DATE/);
  });

  test('otherwise is today in Oslo, not in UTC or the machine zone', () => {
    vi.useFakeTimers();
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Oslo.
    vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
    expect(isoDate(buildDate({}))).toBe('2027-01-01');
    // In summer Oslo is UTC+2.
    vi.setSystemTime(new Date('2026-07-14T21:59:00Z'));
    expect(isoDate(buildDate({}))).toBe('2026-07-14');
    vi.setSystemTime(new Date('2026-07-14T22:00:00Z'));
    expect(isoDate(buildDate({}))).toBe('2026-07-15');
  });
});
