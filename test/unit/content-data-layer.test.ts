/**
 * The data layer (src/lib/content/) over the real content in content/, read as Astro's loader
 * reads it (test/support/content-store.ts) and handed out by a mocked `getCollection`; every
 * answer is checked against the entries themselves, on a pinned build date.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { readCollections, type StoredEntry } from '../support/content-store';
import { E2E_BUILD_DATE } from '../../scripts/e2e-build-date.mjs';

const store = vi.hoisted(() => ({ entries: new Map<string, unknown[]>() }));
vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCollection: (name: string) => Promise.resolve(store.entries.get(name) ?? []),
}));
vi.stubEnv('PORTAL_BUILD_DATE', E2E_BUILD_DATE);

import { coversCategory, requirementApplies } from '../../src/lib/applicability';
import { COLLECTIONS, TRANSLATED } from '../../src/lib/collections';
import {
  buildInstant,
  allMeetings,
  calendarMeeting,
  eventMeeting,
  meetingSchedule,
  meetingsPresenting,
} from '../../src/lib/content/meetings';
import { resolve, site, siteTranslations } from '../../src/lib/content/site';
import {
  allRequirements,
  appliesToText,
  byCode,
  categoriesOf,
  commonThreshold,
  currentRequirements,
  isAwardCriterion,
  newestFirst,
  relatedTo,
  requirementById,
  requirementsByKind,
  requirementsByPart,
  requirementsFor,
  requirementsForCategory,
  illustrationRequirements,
  sourcedRequirements,
  supersededBy,
  supersededRequirements,
  supersedesOf,
  versionHistory,
} from '../../src/lib/content/requirements';
import {
  allCategories,
  categoriesByRisk,
  categoryById,
  highRiskCategories,
} from '../../src/lib/content/risk-categories';
import { highRiskPage } from '../../src/lib/pages/category';
import { allCases, caseDetails, casesForRequirement } from '../../src/lib/content/cases';
import { courses, coursesWithLessons, lessonsOf } from '../../src/lib/content/courses';
import { allPages } from '../../src/lib/content/pages';
import {
  downloadsOf,
  templateFilePaths,
  templateFileResponse,
  templateFilterPaths,
  templateById,
  templates,
  templatesWithDownloads,
} from '../../src/lib/content/templates';
import { translationOf, translationsOf } from '../../src/lib/content/translations';
import { allProcurements, procurementsOf } from '../../src/lib/content/procurements';
import { allChanges, lastChangedDay } from '../../src/lib/content/changes';
import {
  categoriesWithFeed,
  categoryCalendarFile,
  categoryFeedPaths,
  categoryFeedItems,
  categoryFeeds,
} from '../../src/lib/content/follow';
import { termUses, termUsesOf, terms } from '../../src/lib/content/glossary';
import { cacheKey, siteDigest } from '../../src/lib/content/cache-key';
import { isSourced } from '../../src/lib/provenance';
import { reviewPage } from '../../src/lib/pages/review';
import { OVERDUE_LISTED } from '../../src/lib/requirements/freshness';
import { findTermUses } from '../../src/lib/glossary/term-uses';
import { OSLOMODELLEN_PARTS, REQUIREMENT_KINDS } from '../../src/schemas/requirement';

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);
const nbOrder = new Intl.Collator('nb');
const isSortedBy = <T>(list: readonly T[], compare: (a: T, b: T) => number) =>
  list.every((item, i) => i === 0 || compare(list[i - 1] as T, item) <= 0);
const published = (name: string) =>
  (store.entries.get(name) as StoredEntry[]).filter((e) => !(e.data as { draft: boolean }).draft);

beforeAll(async () => {
  store.entries = await readCollections(['content']);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

describe('site', () => {
  test('hands out every published entry of every collection, checked, and resolves references', async () => {
    const all = await site();
    for (const name of COLLECTIONS) {
      expect(ids(all[name]), name).toEqual(ids(published(name)));
      expect(all[name].length, `${name} has entries in content/`).toBeGreaterThan(0);
    }
    const [procurement] = all.procurements;
    const category = await resolve(procurement!.data.category);
    expect(category.id).toBe(procurement!.data.category.id);
    await expect(resolve({ collection: 'requirements', id: 'finnes-ikke' })).rejects.toThrow(
      'requirements/finnes-ikke',
    );
  });

  test('translations: one state per published Norwegian entry, and the published English entries', async () => {
    for (const name of TRANSLATED) {
      const list = await translationsOf(name);
      expect(ids(list.map((status) => status.entry))).toEqual(ids(published(name)));
      const english = await siteTranslations(name);
      expect(ids(english).toSorted()).toEqual(ids(published(`${name}En`)).toSorted());
      for (const status of list) {
        expect(status.translation?.id ?? status.entry.id).toBe(status.entry.id);
        expect(status.state).toMatch(status.translation ? /^(current|outdated)$/ : /^missing$/);
        expect(await translationOf(name, status.entry.id)).toEqual(status);
      }
    }
    expect(await translationOf('requirements', 'finnes-ikke')).toBeUndefined();
  });
});

describe('requirements', () => {
  test('in code order; current and superseded split by the supersedes links', async () => {
    const all = await allRequirements();
    expect(isSortedBy(all, byCode)).toBe(true);
    expect(
      byCode({ data: { code: 'EH-K2' } } as never, { data: { code: 'EH-K10' } } as never),
    ).toBeLessThan(0);
    const replaced = new Set(all.flatMap((r) => (r.data.supersedes ? [r.data.supersedes.id] : [])));
    expect(replaced.size).toBeGreaterThan(0);
    expect(ids(await currentRequirements())).toEqual(ids(all.filter((r) => !replaced.has(r.id))));
    expect(ids(await supersededRequirements())).toEqual(ids(all.filter((r) => replaced.has(r.id))));
    expect(ids(await sourcedRequirements())).toEqual(
      ids((await currentRequirements()).filter((r) => isSourced(r.data))),
    );
    expect(ids(await illustrationRequirements())).toEqual(
      ids((await currentRequirements()).filter((r) => !isSourced(r.data))),
    );
    expect((await illustrationRequirements()).length).toBeGreaterThan(0);
    expect(isSortedBy(all.toSorted(newestFirst), newestFirst)).toBe(true);
  });

  test('versions link both ways, and the history is the whole chain, oldest first', async () => {
    for (const older of await supersededRequirements()) {
      const newer = await supersededBy(older.id);
      expect(newer?.data.supersedes?.id).toBe(older.id);
      expect(await supersedesOf(newer!)).toBe(older);
      const history = await versionHistory(newer!);
      expect(history).toEqual(await versionHistory(older));
      expect(history.indexOf(older)).toBeLessThan(history.indexOf(newer!));
      for (const [i, version] of history.entries()) {
        if (i > 0) expect(version.data.supersedes?.id).toBe(history[i - 1]!.id);
      }
    }
    const current = (await currentRequirements())[0]!;
    expect(await requirementById(current.id)).toBe(current);
    expect(await requirementById('finnes-ikke')).toBeUndefined();
    expect(await supersededBy(current.id)).toBeUndefined();
  });

  test('groups by kind and part cover the current requirements once each', async () => {
    const current = await currentRequirements();
    const byKind = await Promise.all(REQUIREMENT_KINDS.map((kind) => requirementsByKind(kind)));
    const byPart = await Promise.all(OSLOMODELLEN_PARTS.map((part) => requirementsByPart(part)));
    expect(ids(byKind.flat()).toSorted()).toEqual(ids(current).toSorted());
    expect(ids(byPart.flat()).toSorted()).toEqual(ids(current).toSorted());
    for (const [i, kind] of REQUIREMENT_KINDS.entries()) {
      expect(byKind[i]!.every((r) => r.data.kind === kind)).toBe(true);
    }
    const awards = byKind[REQUIREMENT_KINDS.indexOf('tildelingskriterium')]!;
    expect(awards.every((r) => isAwardCriterion(r.data))).toBe(true);
  });

  test('categories and contract values as the applicability rule says', async () => {
    const current = await currentRequirements();
    for (const category of await allCategories()) {
      const facts = { id: category.id, highRisk: category.data.highRisk };
      expect(ids(await requirementsForCategory(category))).toEqual(
        ids(current.filter((r) => coversCategory(r.data, facts))),
      );
      for (const value of [0, 500_000, 2_000_000]) {
        expect(ids(await requirementsFor(category, value))).toEqual(
          ids(current.filter((r) => requirementApplies(r.data, facts, value))),
        );
      }
    }
    for (const requirement of current) {
      const covered = await categoriesOf(requirement);
      expect(isSortedBy(covered, (a, b) => nbOrder.compare(a.data.title, b.data.title))).toBe(true);
      const text = await appliesToText(requirement, 'Alle høyrisikokategorier');
      expect(text).toBe(
        requirement.data.appliesTo.riskCategories === 'alle-hoyrisiko'
          ? 'Alle høyrisikokategorier'
          : covered.map((c) => c.data.title).join(', '),
      );
    }
    const thresholds = current.map((r) => r.data.appliesTo.valueOverNok);
    const count = (value: number) => thresholds.filter((t) => t === value).length;
    const common = await commonThreshold();
    expect(
      thresholds.every(
        (t) => count(t) < count(common!) || (count(t) === count(common!) && t >= common!),
      ),
    ).toBe(true);
  });

  test('related entries are the published ones that reference the requirement', async () => {
    const all = await site();
    for (const requirement of await allRequirements()) {
      const related = await relatedTo(requirement);
      const referencing = (
        list: readonly { id: string; data: { requirements: { id: string }[] } }[],
      ) =>
        ids(
          list.filter((e) => e.data.requirements.some((ref) => ref.id === requirement.id)),
        ).toSorted();
      expect(ids(related.cases).toSorted()).toEqual(referencing(all.cases));
      expect(ids(related.templates).toSorted()).toEqual(referencing(all.templates));
      expect(ids(related.procurements).toSorted()).toEqual(referencing(all.procurements));
      expect(ids(related.meetings).toSorted()).toEqual(referencing(all.meetings));
      expect(ids(await casesForRequirement(requirement.id))).toEqual(
        ids(related.cases.toSorted((a, b) => b.data.updated.getTime() - a.data.updated.getTime())),
      );
    }
  });
});

describe('the other collections', () => {
  test('categories by title, high-risk ones, and lookups', async () => {
    const categories = await allCategories();
    expect(isSortedBy(categories, (a, b) => a.data.title.localeCompare(b.data.title, 'nb'))).toBe(
      true,
    );
    expect(ids(await highRiskCategories())).toEqual(ids(categories.filter((c) => c.data.highRisk)));
    const { highRisk, other } = await categoriesByRisk();
    expect(highRisk.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    expect(ids(highRisk)).toEqual(ids(await highRiskCategories()));
    expect(ids(other)).toEqual(ids(categories.filter((c) => !c.data.highRisk)));
    expect(await categoryById(categories[0]!.id)).toBe(categories[0]);
    expect(await categoryById('finnes-ikke')).toBeUndefined();
  });

  test('the high-risk page: each listed category with its requirements, then the others', async () => {
    const { highRisk, other } = await categoriesByRisk();
    for (const locale of ['nb', 'en'] as const) {
      const page = await highRiskPage(locale);
      expect(page.highRisk.map((h) => h.category.id)).toEqual(ids(highRisk));
      expect(ids(page.other)).toEqual(ids(other));
      for (const [i, { requirements }] of page.highRisk.entries()) {
        expect(ids(requirements)).toEqual(ids(await requirementsForCategory(highRisk[i]!)));
      }
    }
  });

  test('cases newest first with their category and requirements resolved', async () => {
    const cases = await allCases();
    expect(isSortedBy(cases, (a, b) => b.data.updated.getTime() - a.data.updated.getTime())).toBe(
      true,
    );
    for (const entry of cases) {
      const { category, requirements } = await caseDetails(entry);
      expect(category.id).toBe(entry.data.category.id);
      expect(ids(requirements)).toEqual(entry.data.requirements.map((ref) => ref.id));
    }
  });

  test('courses by title, each with its lessons numbered 1, 2, 3 …', async () => {
    const list = await courses();
    expect(isSortedBy(list, (a, b) => nbOrder.compare(a.data.title, b.data.title))).toBe(true);
    const withLessons = await coursesWithLessons();
    expect(withLessons.map((c) => c.course)).toEqual(list);
    for (const { course, lessons } of withLessons) {
      expect(lessons.map((l) => l.data.order)).toEqual(lessons.map((_, i) => i + 1));
      expect(lessons.every((l) => l.data.course.id === course.id)).toBe(true);
      expect(await lessonsOf(course.id)).toEqual(lessons);
    }
    expect(await lessonsOf('finnes-ikke')).toEqual([]);
    expect(ids(await allPages())).toEqual(
      ids((await site()).pages.toSorted((a, b) => a.data.title.localeCompare(b.data.title, 'nb'))),
    );
  });

  // Writes every template's .docx: 1–2 s on a quiet machine, past vitest's 5 s default when the
  // machine is busy (it failed once so under a load of 30).
  test('templates with their downloads, read and hashed once', { timeout: 30_000 }, async () => {
    const list = await templates();
    expect(ids(list).toSorted()).toEqual(ids(published('templates')).toSorted());
    expect(await templateById(list[0]!.id)).toBe(list[0]);
    expect(await templateById('finnes-ikke')).toBeUndefined();
    const withDownloads = await templatesWithDownloads();
    expect(withDownloads.map((t) => t.template)).toEqual(list);
    for (const { template, downloads } of withDownloads) {
      expect(downloadsOf(template)).toBe(downloadsOf(template));
      for (const download of downloads) {
        expect(download.sha256).toBe(createHash('sha256').update(download.bytes).digest('hex'));
      }
      for (const file of template.data.files) {
        const bytes = await readFile(path.join('content/templates', file.file));
        expect(
          downloads.some((d) => d.sha256 === createHash('sha256').update(bytes).digest('hex')),
        ).toBe(true);
      }
    }
  });

  test('a file route per template and download, answering with its bytes', async () => {
    const withDownloads = await templatesWithDownloads();
    const paths = await templateFilePaths((template, file) => ({
      id: template.id,
      version: template.data.version,
      file,
    }));
    expect(paths.map((p) => p.params)).toEqual(
      withDownloads.flatMap(({ template, downloads }) =>
        downloads.map((d) => ({
          id: template.id,
          version: template.data.version,
          file: d.fileName,
        })),
      ),
    );
    for (const { params, props } of paths) {
      expect(props.template.id).toBe(params['id']);
      expect(props.fileName).toBe(params['file']);
      const { downloads } = withDownloads.find(({ template }) => template === props.template)!;
      const download = downloads.find((d) => d.fileName === props.fileName)!;
      const response = await templateFileResponse(props);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(download.bytes);
    }
    // A name the template has no download of, such as another template's file, is not served.
    const [first, second] = withDownloads;
    const otherFile = second!.downloads[0]!.fileName;
    expect(first!.downloads.map((d) => d.fileName)).not.toContain(otherFile);
    await expect(
      templateFileResponse({ template: first!.template, fileName: otherFile }),
    ).rejects.toThrow(`No download «${otherFile}» in template ${first!.template.id}`);
  });

  test('a filtered template list for each stage and audience some template is for', async () => {
    const list = await templates();
    const stages = await templateFilterPaths('stage');
    expect(stages.map((p) => p.params.stage).toSorted()).toEqual(
      [...new Set(list.map((t) => t.data.stage))].toSorted(),
    );
    expect(stages.every((p) => p.props.filter.stage === p.params.stage)).toBe(true);
    const audiences = await templateFilterPaths('audience');
    expect(audiences.map((p) => p.params.audience).toSorted()).toEqual(
      [...new Set(list.flatMap((t) => t.data.audience))].toSorted(),
    );
  });

  test('glossary terms by title, and where each is linked from', async () => {
    const list = await terms();
    expect(isSortedBy(list, (a, b) => nbOrder.compare(a.data.title, b.data.title))).toBe(true);
    const all = await site();
    const linked = new Set(
      COLLECTIONS.flatMap((name): readonly { body?: string | undefined }[] => all[name]).flatMap(
        (e) => findTermUses(e.body ?? '').map((u) => u.id),
      ),
    );
    const uses = await termUses();
    expect([...uses.keys()].toSorted()).toEqual([...linked].toSorted());
    expect(linked.size).toBeGreaterThan(0);
    for (const sites of uses.values()) {
      expect(sites.every((s) => s.url.startsWith('/'))).toBe(true);
    }
  });

  test("an entry's <Term> tags are found once and shared by the glossary and the site digest", async () => {
    const all = await site();
    type AnyEntry = Parameters<typeof termUsesOf>[0];
    const entries = COLLECTIONS.flatMap((name) => all[name] as AnyEntry[]);
    const linking = entries.filter((entry) => entry.body?.includes('<Term'));
    expect(linking.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const uses = termUsesOf(entry);
      expect(uses).toEqual(findTermUses(entry.body ?? ''));
      // The same list, not a new search, for the same entry object.
      expect(termUsesOf(entry)).toBe(uses);
    }
    // An entry loaded again is a new object: searched again, with the same result.
    const [first] = linking;
    const copy = { ...first! };
    expect(termUsesOf(copy)).not.toBe(termUsesOf(first!));
    expect(termUsesOf(copy)).toEqual(termUsesOf(first!));
  });
});

describe('meetings and procurements on the pinned build date', () => {
  test('meetings earliest first, each in its phase as of the build date', async () => {
    const meetings = await allMeetings();
    expect(isSortedBy(meetings, (a, b) => a.startsAt.getTime() - b.startsAt.getTime())).toBe(true);
    const now = buildInstant();
    expect(now.toISOString().slice(0, 10)).toBe(
      new Date(new Date(`${E2E_BUILD_DATE}T00:00:00Z`).getTime() - 3_600_000)
        .toISOString()
        .slice(0, 10),
    );
    const schedule = await meetingSchedule();
    expect(schedule.upcoming.length).toBeGreaterThan(0);
    for (const meeting of schedule.upcoming) {
      expect(meeting.phase).toBe('kommende');
      expect(meeting.endsAt.getTime()).toBeGreaterThan(now.getTime());
    }
    for (const meeting of schedule.held)
      expect(meeting.startsAt.getTime()).toBeLessThan(now.getTime());
    const counted = schedule.upcoming.length + schedule.held.length + schedule.cancelled.length;
    expect(counted).toBe(meetings.length);

    const site = new URL('https://etiskhandel.example/');
    for (const meeting of meetings) {
      const calendar = calendarMeeting(meeting, site);
      expect(calendar.url).toBe(new URL(meeting.url, site).href);
      expect(calendar.cancelled).toBe(meeting.phase === 'avlyst');
      const event = eventMeeting(meeting, site);
      if (meeting.phase !== 'kommende') expect(event.registrationUrl).toBeUndefined();
      for (const material of meeting.materials) {
        expect(material.url.startsWith(meeting.url)).toBe(true);
      }
    }
  });

  test('procurements by planned announcement, with the requirements the rule finds', async () => {
    const procurements = await allProcurements();
    expect(procurements.length).toBeGreaterThan(0);
    for (const p of procurements) {
      const applicable = await requirementsFor(p.category, p.data.estimatedValueNok);
      expect(ids(p.applicable)).toEqual(ids(applicable.toSorted(byCode)));
      expect(p.alsoReferenced.some((r) => p.applicable.includes(r))).toBe(false);
      expect(ids(p.meetings)).toEqual(ids(await meetingsPresenting(p.id)));
      for (const meeting of p.meetings) {
        expect(meeting.data.procurements.map((ref) => ref.id)).toContain(p.id);
        expect(ids(await procurementsOf(meeting))).toEqual(
          meeting.data.procurements.map((r) => r.id),
        );
      }
    }
  });
});

describe('changes, feeds and cache keys', () => {
  test('every change newest first, and each entry’s last changed day is its newest change', async () => {
    const changes = await allChanges();
    expect(isSortedBy(changes, (a, b) => b.date.getTime() - a.date.getTime())).toBe(true);
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
    const versions = changes.filter((c) => c.collection === 'requirements' && c.kind === 'version');
    expect(ids(versions).toSorted()).toEqual(
      ids((await allRequirements()).filter((r) => r.data.supersedes)).toSorted(),
    );
    for (const change of changes) {
      const newest = changes.find((c) => c.collection === change.collection && c.id === change.id);
      expect(await lastChangedDay(change.collection, change.id)).toBe(
        newest!.date.toISOString().slice(0, 10),
      );
    }
  });

  test('a category has a feed when it has items and a calendar when it has events', async () => {
    const feeds = await categoryFeeds();
    const site = new URL('https://etiskhandel.example/');
    for (const category of await allCategories()) {
      const items = await categoryFeedItems(category);
      expect(feeds.get(category.id)?.rss).toBe(items.length > 0);
      if (feeds.get(category.id)?.ics) {
        const calendar = await categoryCalendarFile(category, site);
        expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(calendar).toContain('BEGIN:VEVENT');
      }
    }
    expect(ids(await categoriesWithFeed('rss'))).toEqual(
      ids((await allCategories()).filter((c) => feeds.get(c.id)?.rss)),
    );
    expect((await categoriesWithFeed('ics')).length).toBeGreaterThan(0);
    for (const kind of ['rss', 'ics'] as const) {
      const paths = await categoryFeedPaths(kind);
      expect(paths.map((p) => p.params.id)).toEqual(ids(await categoriesWithFeed(kind)));
      expect(paths.every((p) => p.props.category.id === p.params.id)).toBe(true);
    }
  });

  test('a cache key depends on the entries it is made from, and only on them', async () => {
    const [first, second] = await allRequirements();
    expect(await siteDigest()).toMatch(/^[0-9a-f]{64}$/);
    expect(await cacheKey(first)).toBe(await cacheKey(first));
    expect(await cacheKey(first)).not.toBe(await cacheKey(second));
    expect(await cacheKey(first, undefined)).not.toBe(await cacheKey(first));
    expect(await cacheKey(first, second)).not.toBe(await cacheKey(second, first));
  });
});

describe('the review page on the pinned build date', () => {
  test('warns once in the build log for all overdue entries, naming the files', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await reviewPage();
    const overdue = page.groups.find((group) => group.id === 'review-overdue')?.rows ?? [];
    expect(overdue.length).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain(`${overdue.length} oppføring`);
    for (const row of overdue.slice(0, OVERDUE_LISTED)) expect(message).toContain(row.file);
    warn.mockRestore();
  });
});
