/**
 * Issue 6 over the built site: every calendar file and every JSON-LD Event agrees with the
 * editors' frontmatter, materials download, example data is labelled, and the one script
 * re-labels a meeting as held once its end has passed (and the page still reads without it).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { newPage, openPage } from './browser';
import { builtFor } from './site-map';

const outDir = path.resolve(process.env['PORTAL_OUT_DIR'] ?? 'dist');
const contentDir = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');

interface Frontmatter {
  id: string;
  title: string;
  start: string;
  end: string;
  status: string;
  example: boolean;
}

/** Top-level scalars of a frontmatter block; enough for the fields compared here. */
function frontmatter(text: string): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z]\w*):\s*(.*?)\s*$/.exec(line);
    if (m?.[1] && m[2] !== undefined) fields[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return fields;
}

async function publishedMeetings(): Promise<Frontmatter[]> {
  const folder = path.join(contentDir, 'meetings');
  const files = (await readdir(folder)).filter((f) => /^[^_].*\.mdx?$/.test(f));
  const meetings = await Promise.all(
    files.map(async (file) => {
      const fields = frontmatter(await readFile(path.join(folder, file), 'utf-8'));
      return { file, fields };
    }),
  );
  return meetings
    .filter(({ fields }) => fields['draft'] !== 'true')
    .map(({ file, fields }) => ({
      id: file.replace(/\.mdx?$/, ''),
      title: fields['title'] ?? '',
      start: fields['start'] ?? '',
      end: fields['end'] ?? '',
      status: fields['status'] ?? '',
      example: fields['example'] === 'true',
    }));
}

/** VEVENTs of an .ics file, lines unfolded, parameters dropped from property names. */
function parseIcs(text: string): Record<string, string>[] {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n'), 'starts with BEGIN:VCALENDAR and CRLF').toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | undefined;
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) {
      events.push(event);
      event = undefined;
    } else if (event && line.includes(':')) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1);
    }
  }
  return events;
}

/** "20270331T070000Z" → Date */
const fromIcsUtc = (value: string | undefined) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  expect(m, `a UTC date-time, got ${value}`).not.toBeNull();
  const [, y, mo, d, h, mi, s] = (m ?? []).map(Number);
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s));
};

/** The Oslo wall time of an instant, as editors write it: an independent check of the conversion. */
const osloWallTime = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(instant)
    .replace(' ', 'T');

const meetings = await publishedMeetings();
const siteFile = (sitePath: string) => readFile(path.join(outDir, sitePath), 'utf-8');
/** The build's "now" is midnight in Oslo on the day the site was built for. */
const buildDay = builtFor();
const buildNowBounds = [
  new Date(`${buildDay}T00:00:00+02:00`),
  new Date(`${buildDay}T00:00:00+01:00`),
];

describe('calendar files', () => {
  test('there is content to check', () => {
    expect(meetings.length).toBeGreaterThan(0);
  });

  test.each(meetings.map((m) => [m.id, m] as const))(
    '%s.ics matches its frontmatter',
    async (id, meeting) => {
      const events = parseIcs(await siteFile(routes.meetingCalendar(id)));
      expect(events).toHaveLength(1);
      const [event = {}] = events;
      const start = fromIcsUtc(event['DTSTART']);
      const end = fromIcsUtc(event['DTEND']);
      expect(osloWallTime(start)).toBe(meeting.start);
      expect(osloWallTime(end)).toBe(meeting.end);
      expect(event['UID']).toBe(`${id}@etiskhandel.uke.oslo.kommune.no`);
      expect(event['URL']).toMatch(new RegExp(`^https?://[^/]+${routes.meeting(id)}$`));
      expect(event['SUMMARY']?.startsWith('Fiktivt eksempel: ')).toBe(meeting.example);
      expect(event['SUMMARY']).toContain(meeting.title.replaceAll(',', '\\,'));
      expect(event['STATUS']).toBe(meeting.status === 'avlyst' ? 'CANCELLED' : 'CONFIRMED');
    },
  );

  test('the feed holds exactly the upcoming meetings, with the same events', async () => {
    const feed = parseIcs(await siteFile(routes.meetingFeed()));
    const expected: string[] = [];
    const eitherWay: string[] = [];
    const [earliest, latest] = buildNowBounds.map((d) => d.getTime()) as [number, number];
    for (const meeting of meetings) {
      const [event = {}] = parseIcs(await siteFile(routes.meetingCalendar(meeting.id)));
      const uid = event['UID'] ?? '';
      const end = fromIcsUtc(event['DTEND']).getTime();
      if (meeting.status === 'avlyst') continue;
      if (end > earliest && end <= latest)
        eitherWay.push(uid); // ends in the hour around midnight
      else if (end > latest) expected.push(uid);
    }
    const found = feed.map((e) => e['UID'] ?? '').filter((uid) => !eitherWay.includes(uid));
    expect(found.sort()).toEqual(expected.sort());
    for (const event of feed) {
      const id = event['UID']?.split('@')[0] ?? '';
      const [single = {}] = parseIcs(await siteFile(routes.meetingCalendar(id)));
      expect(event['DTSTART']).toBe(single['DTSTART']);
      expect(event['DTEND']).toBe(single['DTEND']);
      expect(event['SUMMARY']).toBe(single['SUMMARY']);
    }
  });
});

describe('JSON-LD on meeting pages', () => {
  const ATTENDANCE = ['Offline', 'Online', 'Mixed'].map(
    (m) => `https://schema.org/${m}EventAttendanceMode`,
  );

  test.each(meetings.map((m) => [m.id, m] as const))(
    '%s is a valid schema.org Event',
    async (id, meeting) => {
      const html = await siteFile(`${routes.meeting(id)}index.html`);
      const scripts = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ];
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]?.[1] ?? '') as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Event');
      expect(data['name']).toBe(meeting.title);
      for (const [key, wall] of [
        ['startDate', meeting.start],
        ['endDate', meeting.end],
      ] as const) {
        const value = String(data[key]);
        expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(value.slice(0, 16)).toBe(wall);
        expect(osloWallTime(new Date(value))).toBe(wall);
      }
      expect(data['eventStatus']).toBe(
        `https://schema.org/${meeting.status === 'avlyst' ? 'EventCancelled' : 'EventScheduled'}`,
      );
      expect(ATTENDANCE).toContain(data['eventAttendanceMode']);
      const locations = [data['location']].flat() as Record<string, unknown>[];
      expect(locations.length).toBeGreaterThan(0);
      for (const location of locations) {
        if (location['@type'] === 'Place') expect(location['address']).toBeTruthy();
        else {
          expect(location['@type']).toBe('VirtualLocation');
          expect(String(location['url'])).toMatch(/^https?:\/\//);
        }
      }
      expect((data['organizer'] as Record<string, unknown>)['name']).toBeTruthy();
      expect(String(data['url'])).toMatch(new RegExp(`${routes.meeting(id)}$`));
    },
  );
});

describe('market-dialogue pages', () => {
  test('every meeting is listed once, invented ones with the Fiktivt eksempel label', async () => {
    const page = await openPage(routes.meetings());
    for (const meeting of meetings) {
      const item = page.locator('li.eh-meeting', {
        has: page.locator(`a[href="${routes.meeting(meeting.id)}"]`),
      });
      expect(await item.count(), meeting.id).toBe(1);
      expect(await item.locator('.eh-example').count(), `${meeting.id} label`).toBe(
        meeting.example ? 1 : 0,
      );
    }
  });

  test('materials download from stable addresses, with format and size shown', async () => {
    const page = await openPage(routes.meetings());
    const links = page.locator('a[download]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      expect(href).toMatch(/^\/markedsdialog\/[^/]+\/[^/]+\.\w+$/);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).length).toBeGreaterThan(0);
    }
    for (const meta of await page.locator('.eh-materials__meta').allInnerTexts()) {
      expect(meta).toMatch(/, \d+(,\d)? (byte|kB|MB)$/);
    }
  });

  /** The site is built for a pinned day (scripts/e2e-build-date.mjs) with a meeting after it. */
  const upcomingMeeting = () => {
    const upcoming = meetings.find((m) => m.status !== 'avlyst' && m.end.slice(0, 10) > buildDay);
    expect(upcoming, `a meeting after the build day ${buildDay}`).toBeDefined();
    return upcoming as Frontmatter;
  };

  test('without JavaScript an upcoming meeting states its date and is not re-labelled', async () => {
    const upcoming = upcomingMeeting();
    const page = await openPage(routes.meeting(upcoming.id), { javaScriptEnabled: false });
    expect(await page.locator('[data-phase-label]').innerText()).toBe('Kommende');
    expect(await page.locator('dl.eh-facts time').first().getAttribute('datetime')).toMatch(
      new RegExp(`^${upcoming.start}:00[+-]\\d{2}:\\d{2}$`),
    );
  });

  test('with JavaScript, a stale page re-labels the meeting once its end has passed', async () => {
    for (const sitePath of [routes.meetings(), routes.meeting(upcomingMeeting().id)]) {
      const before = await openPage(sitePath);
      const watched = before.locator(`[data-meeting-ends]`).first();
      const ends = new Date((await watched.getAttribute('data-meeting-ends')) ?? '');
      expect(await watched.locator('[data-phase-label]').innerText()).toBe('Kommende');
      expect(
        await before.evaluate(() => document.documentElement.classList.contains('js-enabled')),
      ).toBe(true);

      const page = await newPage();
      await page.clock.setFixedTime(new Date(ends.getTime() + 60_000));
      await page.goto(before.url());
      const after = page.locator(`[data-meeting-ends="${ends.toISOString()}"]`).first();
      expect(await after.locator('[data-phase-label]').innerText()).toBe('Gjennomført');
      expect(await after.getAttribute('data-phase')).toBe('gjennomfort');
      for (const hidden of await after.locator('[data-until-ended]').all()) {
        expect(await hidden.isVisible()).toBe(false);
      }
    }
  });
});

describe('planned procurements', () => {
  test('the list and every page show category, value band, quarter and status; examples are labelled', async () => {
    const list = await openPage(routes.procurements());
    const items = list.locator('main > ul.eh-list > li');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    for (const item of await items.all()) {
      const tags = await item.locator('.eh-tags li').allInnerTexts();
      expect(tags).toHaveLength(4);
      expect(tags[1]).toMatch(/kr$/);
      expect(tags[2]).toMatch(/^Kunngjøres \d\. kvartal \d{4}$/);
      const href = (await item.locator('h2 a').getAttribute('href')) ?? '';
      const isExample = (await item.locator('.eh-example').count()) > 0;
      const page = await openPage(href);
      expect(await page.locator('.eh-entry-meta .eh-example').count()).toBe(isExample ? 1 : 0);
      const facts = await page.locator('dl.eh-facts dt').allInnerTexts();
      expect(facts).toEqual([
        'Varekategori',
        'Anslått verdi',
        'Planlagt kunngjort',
        'Status',
        'Kontakt',
      ]);
      expect(await page.locator('h2', { hasText: 'Krav som gjelder' }).count()).toBe(1);
    }
  });
});
