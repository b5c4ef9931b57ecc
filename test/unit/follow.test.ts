import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import rss, { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import {
  changesInCategory,
  concerns,
  entryChanges,
  lastChangedDays,
  latestChangeNote,
  laterVersions,
  meetingScope,
  newestFirst,
  requirementScope,
  requirementVersionChange,
  templateChanges,
  type ChangeSource,
} from '../../src/lib/changes';
import {
  categoryCalendar,
  procurementEvents,
  quarterStart,
  type CalendarProcurement,
} from '../../src/lib/follow/calendar';
import { changeFeed, changeFeedItem, changeGuid, changeLabel } from '../../src/lib/follow/feed';
import {
  isNewSince,
  osloDate,
  parseVisit,
  visit,
  VISIT_GAP_MS,
} from '../../src/lib/follow/last-visit';
import { feedbackConfig, mailtoHref } from '../../src/lib/feedback';
import type { CalendarMeeting } from '../../src/lib/meetings/ics';
import { strings } from '../../src/i18n';

const { t } = strings('nb');

/** The illustration label, from the dictionary, so a rename flows through. */
const EXAMPLE = t('common.example');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const source = (over: Partial<ChangeSource> = {}): ChangeSource => ({
  collection: 'procurements',
  id: 'arbeidsklaer-2027',
  title: 'Arbeidsklær 2027',
  url: '/anskaffelser/arbeidsklaer-2027/',
  summary: 'En planlagt anskaffelse.',
  example: false,
  updated: day('2026-05-01'),
  changes: [],
  scope: { allHighRisk: false, ids: ['arbeidsklaer'] },
  ...over,
});

describe('the change list', () => {
  test('each entry\'s last change day, for the "new since your last visit" mark on lists', () => {
    const notes = [
      { date: day('2026-05-01'), note: 'Fristen er flyttet.' },
      { date: day('2026-03-01'), note: 'Verdien er justert.' },
    ];
    const other = source({ collection: 'meetings', updated: day('2026-02-01') });
    const days = lastChangedDays([
      ...entryChanges(other),
      ...entryChanges(source({ changes: notes, updated: day('2026-04-01') })),
    ]);
    expect(Object.fromEntries(days)).toEqual({
      'meetings/arbeidsklaer-2027': '2026-02-01',
      'procurements/arbeidsklaer-2027': '2026-05-01',
    });
  });

  test('an entry without change notes is one "updated" change, told by its summary', () => {
    expect(entryChanges(source())).toEqual([
      expect.objectContaining({
        key: 'procurements/arbeidsklaer-2027/updated/2026-05-01',
        kind: 'updated',
        note: 'En planlagt anskaffelse.',
      }),
    ]);
  });

  test('change notes come first in time; "updated" only when the entry changed after the newest', () => {
    const notes = [
      { date: day('2026-05-01'), note: 'Fristen er flyttet.' },
      { date: day('2026-03-01'), note: 'Verdien er justert.' },
      { date: day('2026-03-01'), note: 'Kontakten er ny.' },
    ];
    expect(entryChanges(source({ changes: notes })).map((c) => c.key)).toEqual([
      'procurements/arbeidsklaer-2027/changed/2026-03-01',
      'procurements/arbeidsklaer-2027/changed/2026-03-01/2',
      'procurements/arbeidsklaer-2027/changed/2026-05-01',
    ]);
    const later = entryChanges(source({ changes: notes, updated: day('2026-06-01') }));
    expect(later.at(-1)?.kind).toBe('updated');
    expect(entryChanges(source(), false)).toEqual([]);
  });

  test('template versions: the oldest is the new template', () => {
    const changes = templateChanges({
      id: 'mal',
      title: 'Mal',
      url: '/maler/mal/',
      summary: 'En mal.',
      example: true,
      updated: day('2026-10-05'),
      changes: [
        { version: '1.1', date: day('2026-10-05'), note: 'Nytt avsnitt.' },
        { version: '1.0', date: day('2026-04-08'), note: 'Første versjon.' },
      ],
    });
    expect(changes.map((c) => [c.key, c.kind])).toEqual([
      ['templates/mal/new/2026-04-08/1.0', 'new'],
      ['templates/mal/version/2026-10-05/1.1', 'version'],
    ]);
  });

  test('a requirement version says what changed, or its summary when no note was written', () => {
    const base = {
      id: 'krav',
      title: 'EH-1 Krav',
      url: '/krav/krav/',
      summary: 'Et krav.',
      example: false,
      date: day('2026-01-01'),
      version: '2.0',
    };
    expect(
      requirementVersionChange({ ...base, kind: 'version', changeNote: 'Ny frist.' }),
    ).toMatchObject({
      key: 'requirements/krav/version/2026-01-01/2.0',
      note: 'Ny frist.',
      scope: { allHighRisk: false, ids: [] },
    });
    expect(requirementVersionChange({ ...base, kind: 'new' }).note).toBe('Et krav.');
  });

  test('scopes: a requirement by its rule, a meeting by what it names for a category', () => {
    const all = { appliesTo: { riskCategories: 'alle-hoyrisiko' as const, valueOverNok: 0 } };
    const named = { appliesTo: { riskCategories: [{ id: 'tekstiler' }], valueOverNok: 0 } };
    expect(requirementScope(all)).toEqual({ allHighRisk: true });
    expect(meetingScope(['arbeidsklaer', 'arbeidsklaer'], [all, named])).toEqual({
      allHighRisk: false,
      ids: ['arbeidsklaer', 'tekstiler'],
    });
    const high = { id: 'mobler', highRisk: true };
    const low = { id: 'papir', highRisk: false };
    expect(concerns({ scope: { allHighRisk: true } }, high)).toBe(true);
    expect(concerns({ scope: { allHighRisk: true } }, low)).toBe(false);
    expect(concerns({ scope: { allHighRisk: false, ids: ['papir'] } }, low)).toBe(true);
  });

  test('a category feed has its requirements, procurements and meetings, not its cases', () => {
    const changes = [
      ...entryChanges(source()),
      ...entryChanges(source({ collection: 'cases', id: 'case' })),
      ...entryChanges(
        source({ collection: 'meetings', id: 'mote', scope: { allHighRisk: false, ids: [] } }),
      ),
    ];
    const inCategory = changesInCategory(changes, { id: 'arbeidsklaer', highRisk: true });
    expect(inCategory.map((c) => c.id)).toEqual(['arbeidsklaer-2027']);
  });

  test('newest first, then collection, title and key, whatever the input order', () => {
    const a = entryChanges(source({ id: 'b', title: 'B' }))[0]!;
    const b = entryChanges(source({ id: 'a', title: 'A' }))[0]!;
    const c = entryChanges(source({ collection: 'requirements', id: 'c', title: 'C' }))[0]!;
    const d = entryChanges(source({ id: 'd', updated: day('2026-07-01') }))[0]!;
    expect([a, b, c, d].toSorted(newestFirst).map((x) => x.id)).toEqual(['d', 'c', 'a', 'b']);
    expect([d, c, b, a].toSorted(newestFirst).map((x) => x.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  test('the newest change note, for "Endret [dato]"', () => {
    const notes = [
      { date: day('2026-03-01'), note: 'a' },
      { date: day('2026-05-01'), note: 'b' },
    ];
    expect(latestChangeNote(notes)?.note).toBe('b');
    expect(latestChangeNote([])).toBeUndefined();
  });
});

describe('RSS items', () => {
  const [change] = entryChanges(source({ example: true }));

  test('an item names the change, marks an illustration and has a stable guid', () => {
    const item = changeFeedItem(change!);
    expect(changeLabel(change!)).toBe('Anskaffelse, oppdatert');
    expect(item.title).toBe(`${EXAMPLE}: Anskaffelse, oppdatert: Arbeidsklær 2027`);
    expect(item.categories).toEqual(['Anskaffelse', EXAMPLE]);
    expect(changeGuid(change!)).toBe(
      'procurements/arbeidsklaer-2027/updated/2026-05-01@etiskhandel.uke.oslo.kommune.no',
    );
  });

  test('the same item in English', () => {
    const item = changeFeedItem(change!, 'en');
    expect(item.title).toBe('Fictional example: Procurement, updated: Arbeidsklær 2027');
    expect(item.description).toMatch(/^Fictional example\. Made to show how the portal works/);
    expect(item.categories).toEqual(['Procurement', 'Fictional example']);
  });

  test('a feed parser that did not write the feed reads the guid, not the link', async () => {
    const response = await rss({
      title: 'T',
      description: 'D',
      site: 'https://example.test',
      items: [changeFeedItem(change!)],
    });
    const feed = parseFeed(await response.text());
    expect(feed.items[0]?.id).toBe(changeGuid(change!));
    expect(feed.items[0]?.url).toBe('https://example.test/anskaffelser/arbeidsklaer-2027/');
  });

  test('feeds that share items are what @astrojs/rss writes for each, items written once', async () => {
    const [a, b, c] = [
      ...entryChanges(source({ id: 'a', title: 'A & <b>' })),
      ...entryChanges(source({ id: 'b', example: false })),
      ...entryChanges(source({ id: 'c', updated: day('2026-07-01') })),
    ].map((one) => changeFeedItem(one));
    const channel = (title: string) => ({
      title,
      description: 'D',
      site: 'https://example.test/',
      trailingSlash: true,
      customData: '<language>nb</language>',
    });
    for (const [title, items] of [
      ['first', [a!, b!]],
      ['second', [c!, a!]],
      ['third', [b!, c!, a!]],
      ['empty', []],
    ] as const) {
      expect(await changeFeed(channel(title), items)).toBe(
        await getRssString({ ...channel(title), items: [...items] }),
      );
    }
  });
});

describe('category calendar', () => {
  const procurement = (over: Partial<CalendarProcurement> = {}): CalendarProcurement => ({
    id: 'arbeidsklaer-2027',
    title: 'Arbeidsklær 2027',
    summary: 'En planlagt anskaffelse.',
    plannedAnnouncement: '2027-Q2',
    planned: true,
    deadlines: [
      { what: 'Tilbudsfrist', date: day('2027-06-01') },
      { what: 'Befaring', date: day('2027-06-01') },
    ],
    example: false,
    updated: day('2026-10-19'),
    url: 'https://example.test/anskaffelser/arbeidsklaer-2027/',
    ...over,
  });
  const meeting: CalendarMeeting = {
    id: 'mote',
    title: 'Møte',
    summary: 'Et møte.',
    start: '2027-03-31T09:00',
    end: '2027-03-31T11:30',
    location: { kind: 'fysisk', address: 'Rådhuset' },
    cancelled: false,
    example: false,
    updated: day('2026-11-01'),
    url: 'https://example.test/markedsdialog/mote/',
  };

  test('an English calendar marks and describes in English', () => {
    const [event] = procurementEvents(procurement({ example: true, locale: 'en' }));
    expect(event?.title).toMatch(/^Fictional example: Planned announcement in /);
    expect(event?.description).toMatch(/More information: https:/);
  });

  test('quarters start on their first day', () => {
    expect(quarterStart('2027-Q4').toISOString()).toBe('2027-10-01T00:00:00.000Z');
    expect(() => quarterStart('2027-Q5')).toThrow(RangeError);
  });

  test('milestones: the announcement only while planned; deadlines on one day get their own UID', () => {
    expect(procurementEvents(procurement()).map((e) => e.uid)).toEqual([
      'arbeidsklaer-2027-kunngjoring@etiskhandel.uke.oslo.kommune.no',
      'arbeidsklaer-2027-frist-2027-06-01@etiskhandel.uke.oslo.kommune.no',
      'arbeidsklaer-2027-frist-2027-06-01-2@etiskhandel.uke.oslo.kommune.no',
    ]);
    expect(procurementEvents(procurement({ planned: false, deadlines: [] }))).toEqual([]);
  });

  test('ical.js reads the calendar: all-day milestones, the meeting, no cancelled meeting', () => {
    const text = categoryCalendar(
      'Etisk handel – Arbeidsklær',
      [procurement({ example: true })],
      [meeting, { ...meeting, id: 'avlyst', cancelled: true }],
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Etisk handel – Arbeidsklær');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['2027-04-01', true],
      ['2027-06-01', true],
      ['2027-06-01', true],
      ['2027-03-31T07:00:00Z', false],
    ]);
    expect(events[0]?.summary).toBe(
      `${EXAMPLE}: Planlagt kunngjøring i 2. kvartal 2027: Arbeidsklær 2027`,
    );
    expect(events[0]?.description.startsWith(`${EXAMPLE}. `)).toBe(true);
    expect(events[1]?.summary).toBe(`${EXAMPLE}: Tilbudsfrist: Arbeidsklær 2027`);
  });
});

describe('since the last visit', () => {
  const t0 = Date.parse('2026-11-20T10:00:00Z');

  test('a first visit marks nothing', () => {
    expect(visit(null, t0)).toEqual({ state: { previous: null, lastSeen: t0 }, since: null });
    expect(visit('not json', t0).since).toBeNull();
    expect(parseVisit(JSON.stringify({ previous: 'yesterday', lastSeen: 1 }))).toBeUndefined();
  });

  test('within half an hour it is the same visit; after that, the last look is the previous visit', () => {
    const first = visit(null, t0).state;
    const sameVisit = visit(JSON.stringify(first), t0 + VISIT_GAP_MS);
    expect(sameVisit.since).toBeNull();
    const nextDay = t0 + 24 * 3600 * 1000;
    const next = visit(JSON.stringify(sameVisit.state), nextDay);
    expect(next.since).toBe('2026-11-20');
    // Moving on to another list in the same visit keeps the same "since".
    expect(visit(JSON.stringify(next.state), nextDay + 60_000).since).toBe('2026-11-20');
  });

  test('days are Oslo days, and only later days are new', () => {
    expect(osloDate(Date.parse('2026-11-20T23:30:00Z'))).toBe('2026-11-21');
    expect(isNewSince('2026-11-21', '2026-11-20')).toBe(true);
    expect(isNewSince('2026-11-20', '2026-11-20')).toBe(false);
    expect(isNewSince('2026-11-21', null)).toBe(false);
    expect(isNewSince('garbage', '2026-11-20')).toBe(false);
  });
});

describe('feedback configuration', () => {
  test('without an endpoint, e-mail; with one, a form posting to a path on this site', () => {
    // No default address (the source has only named people's from 2020): the contact page.
    expect(feedbackConfig({})).toEqual({ kind: 'contact' });
    expect(feedbackConfig({ PORTAL_FEEDBACK_EMAIL: '  ' })).toEqual({ kind: 'contact' });
    expect(feedbackConfig({ PORTAL_FEEDBACK_ENDPOINT: '/tilbakemelding' })).toEqual({
      kind: 'form',
      action: '/tilbakemelding',
      address: undefined,
    });
    expect(feedbackConfig({ PORTAL_FEEDBACK_EMAIL: 'a@b.no' })).toEqual({
      kind: 'mail',
      address: 'a@b.no',
    });
    expect(
      feedbackConfig({
        PORTAL_FEEDBACK_ENDPOINT: '/tilbakemelding',
        PORTAL_FEEDBACK_EMAIL: 'a@b.no',
      }),
    ).toEqual({
      kind: 'form',
      action: '/tilbakemelding',
      address: 'a@b.no',
    });
  });

  test('another origin or a bad address fails the build, saying what was expected', () => {
    for (const endpoint of [
      'https://skjema.example/x',
      '//skjema.example/x',
      'tilbakemelding',
      '/a b',
    ]) {
      expect(() => feedbackConfig({ PORTAL_FEEDBACK_ENDPOINT: endpoint }), endpoint).toThrow(
        /må være en sti på dette nettstedet.*«\/tilbakemelding»/,
      );
    }
    expect(() => feedbackConfig({ PORTAL_FEEDBACK_EMAIL: 'ikke en adresse' })).toThrow(
      /én e-postadresse/,
    );
  });

  test('mailto links carry subject and body, encoded, with CRLF line breaks', () => {
    const href = mailtoHref('a@b.no', 'Ja – Krav & mer', 'Linje 1\nLinje 2');
    expect(href).toBe(
      'mailto:a@b.no?subject=Ja%20%E2%80%93%20Krav%20%26%20mer&body=Linje%201%0D%0ALinje%202',
    );
  });
});

describe('"Endret" on a template page', () => {
  test('only versions after the first count as changes', () => {
    const versions = [
      { version: '1.1', date: new Date('2026-10-05T00:00:00Z'), note: 'Nytt avsnitt.' },
      { version: '1.0', date: new Date('2026-04-08T00:00:00Z'), note: 'Første versjon.' },
    ];
    expect(laterVersions(versions).map((v) => v.version)).toEqual(['1.1']);
    expect(laterVersions(versions.slice(1))).toEqual([]);
  });
});
