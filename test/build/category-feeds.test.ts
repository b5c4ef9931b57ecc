/**
 * Each risk category's RSS feed and calendar hold exactly what applies to the category, and
 * their identifiers are the same in two builds. The fixture (test/fixtures/feeds, laid over
 * base; its README says what each category should get) is built twice, on two build dates, and
 * every feed is read by parsers that did not write it: @rowanmanning/feed-parser for RSS and
 * ical.js for iCalendar.
 */
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const overlay = fileURLToPath(new URL('../fixtures/feeds', import.meta.url));
const DOMAIN = '@etiskhandel.uke.oslo.kommune.no';
const CATEGORIES = ['feedkategori-b', 'feedkategori-lav', 'fixturkategori'];

interface Feeds {
  /** Raw files by name, to compare builds byte for byte. */
  files: Map<string, string>;
  rss: Map<string, ReturnType<typeof parseFeed>>;
  calendars: Map<string, ICAL.Component>;
}

async function readFeeds(outDir: string): Promise<Feeds> {
  const dir = path.join(outDir, 'krav/kategori');
  const names = (await readdir(dir)).filter((f) => /\.(xml|ics)$/.test(f)).sort();
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf-8')] as const),
    ),
  );
  const rss = new Map<string, ReturnType<typeof parseFeed>>();
  const calendars = new Map<string, ICAL.Component>();
  for (const [name, text] of files) {
    const id = name.replace(/\.(xml|ics)$/, '');
    if (name.endsWith('.xml')) rss.set(id, parseFeed(text));
    else calendars.set(id, new ICAL.Component(ICAL.parse(text)));
  }
  return { files, rss, calendars };
}

const guids = (feeds: Feeds, category: string) =>
  (feeds.rss.get(category)?.items ?? []).map((item) => item.id?.replace(DOMAIN, ''));

const events = (feeds: Feeds, category: string) =>
  (feeds.calendars.get(category)?.getAllSubcomponents('vevent') ?? []).map(
    (vevent) => new ICAL.Event(vevent),
  );

let site: FixtureSite;
let first: BuildResult;
let feeds: Feeds;

beforeAll(async () => {
  site = await fixtureSite('base');
  await cp(overlay, site.contentDir, { recursive: true, filter: (s) => !s.endsWith('README.md') });
  first = await site.build({ PORTAL_BUILD_DATE: '2026-06-01' });
  if (first.ok) feeds = await readFeeds(site.outDir);
});
afterAll(() => site?.remove());

describe('feeds per risk category', () => {
  test('the fixture builds, with a feed for every category and a calendar for those with events', () => {
    expect(first.ok, first.output.slice(-3000)).toBe(true);
    expect([...feeds.rss.keys()]).toEqual(CATEGORIES);
    // A calendar needs an event (RFC 5545): the low-risk category has none, so no file.
    expect([...feeds.calendars.keys()]).toEqual(['feedkategori-b', 'fixturkategori']);
  });

  test('each RSS feed holds exactly the changes that apply to its category, newest first', () => {
    expect(guids(feeds, 'fixturkategori')).toEqual([
      'requirements/feedkrav-alle/changed/2026-04-01',
      'requirements/feedkrav-alle/new/2026-03-01/1.0',
      'procurements/fixturanskaffelse/updated/2026-01-15',
      'meetings/fixturmote/updated/2026-01-15',
      'requirements/fixturkrav/new/2026-01-01/1.0',
    ]);
    expect(guids(feeds, 'feedkategori-b')).toEqual([
      'meetings/feedmote-avlyst/updated/2026-05-12',
      'meetings/feedmote-b/updated/2026-05-10',
      'procurements/feedanskaffelse-b/changed/2026-05-01',
      'requirements/feedkrav-alle/changed/2026-04-01',
      'requirements/feedkrav-alle/new/2026-03-01/1.0',
      'requirements/feedkrav-b/version/2026-02-01/2.0',
      'requirements/feedkrav-b-v1/new/2025-01-01/1.0',
    ]);
    expect(guids(feeds, 'feedkategori-lav')).toEqual([
      'requirements/feedkrav-lav/new/2026-02-15/1.0',
    ]);
  });

  test('feed items say what changed, link to the entry and mark illustrations', () => {
    const items = feeds.rss.get('feedkategori-b')?.items ?? [];
    const byId = (key: string) => items.find((item) => item.id === `${key}${DOMAIN}`);
    const procurement = byId('procurements/feedanskaffelse-b/changed/2026-05-01');
    expect(procurement?.title).toBe('Anskaffelse, endret: Feedanskaffelse B');
    expect(procurement?.description).toBe('Tilbudsfristen er flyttet til 1. juli.');
    expect(procurement?.url).toBe(
      'https://etiskhandel.uke.oslo.kommune.no/anskaffelser/feedanskaffelse-b/',
    );
    expect(procurement?.published?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    const version = byId('requirements/feedkrav-b/version/2026-02-01/2.0');
    expect(version?.title).toBe('Krav, ny versjon 2.0: FD-B2 Feedkrav FD-B2');
    expect(version?.description).toBe('Kravet gjelder nå også underleverandører.');
    const illustration = byId('requirements/feedkrav-alle/changed/2026-04-01');
    expect(illustration?.title).toMatch(/^Fiktivt eksempel: Krav, endret: FD-A1/);
    expect(illustration?.categories.map((c) => c.label)).toContain('Fiktivt eksempel');
    const real = items.filter((item) => !/^Fiktivt eksempel: /.test(item.title ?? ''));
    expect(real.every((item) => !item.categories.some((c) => c.label === 'Fiktivt eksempel'))).toBe(
      true,
    );
  });

  test('no draft is in any feed or calendar', () => {
    for (const [name, text] of feeds.files) {
      expect(text, name).not.toMatch(/utkast|FD-U1/i);
    }
  });

  test('each calendar holds its procurement milestones and coming meetings', () => {
    const summary = (e: ICAL.Event) => [
      e.uid.replace(DOMAIN, ''),
      e.startDate.toString(),
      e.startDate.isDate,
    ];
    // Planned: the announcement, on the first day of the quarter; the held meeting is not there.
    expect(events(feeds, 'fixturkategori').map(summary)).toEqual([
      ['fixturanskaffelse-kunngjoring', '2027-01-01', true],
    ]);
    // Announced: no announcement, two deadlines; the coming meeting, not the cancelled one.
    expect(events(feeds, 'feedkategori-b').map(summary)).toEqual([
      ['feedanskaffelse-b-frist-2026-06-20', '2026-06-20', true],
      ['feedanskaffelse-b-frist-2026-07-01', '2026-07-01', true],
      ['feedmote-b', '2026-09-10T08:00:00Z', false],
    ]);
    const [announcement] = events(feeds, 'fixturkategori');
    expect(announcement?.summary).toBe(
      'Fiktivt eksempel: Planlagt kunngjøring i 1. kvartal 2027: Fixturanskaffelse',
    );
    expect(feeds.calendars.get('feedkategori-b')?.getFirstPropertyValue('x-wr-calname')).toBe(
      'Etisk handel – Feedkategori B',
    );
  });

  test('a second build, on another day, gives the same identifiers and the same files', async () => {
    await rm(site.outDir, { recursive: true, force: true });
    const second = await site.build({ PORTAL_BUILD_DATE: '2026-06-02' });
    expect(second.ok, second.output.slice(-3000)).toBe(true);
    const again = await readFeeds(site.outDir);
    for (const category of CATEGORIES) {
      expect(guids(again, category), category).toEqual(guids(feeds, category));
      expect(
        events(again, category).map((e) => e.uid),
        category,
      ).toEqual(events(feeds, category).map((e) => e.uid));
    }
    expect(again.files).toEqual(feeds.files);
  });
});
