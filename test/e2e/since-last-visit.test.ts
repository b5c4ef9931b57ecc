/**
 * "Changed since your last visit" on every list readers follow (issue 19): the change list and
 * the lists of requirements, templates, meetings, procurements, cases and lessons. A reader
 * whose browser remembers a visit on a chosen day sees exactly the items whose last change came
 * after that day marked, and each item's day is the newest day "Nytt og endret" gives the
 * same entry. Without JavaScript, and on a first visit, nothing is marked.
 */
import { describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/follow/last-visit';
import { routes } from '../../src/lib/routes';
import { newPage, openPage, url } from './browser';

const LISTS = [
  routes.requirements(),
  routes.templates(),
  routes.meetings(),
  routes.procurements(),
  routes.cases(),
  routes.course('etisk-handel-hoyrisiko'),
  routes.changes(),
];

/** Every item with a since-tag: its first link, its change day, tag shown, item marked. */
const itemsOf = (page: Awaited<ReturnType<typeof openPage>>) =>
  page.locator('[data-since-tag]').evaluateAll((tags) =>
    tags.map((tag) => {
      const item = tag.closest('li');
      return {
        href: item?.querySelector('a[href]')?.getAttribute('href') ?? '',
        day: (tag as HTMLElement).dataset['changed'] ?? '',
        shown: !(tag as HTMLElement).hidden && (tag as HTMLElement).offsetParent !== null,
        marked: item?.classList.contains('eh-changed-since') ?? false,
      };
    }),
  );

/**
 * The newest change day per entry address, read from the dates "Nytt og endret" prints; read
 * once for all the lists (the page lists every change).
 */
let newestDays: Promise<Map<string, string>> | undefined;
const newestOnChangesPage = () => (newestDays ??= readNewestDays());

async function readNewestDays(): Promise<Map<string, string>> {
  const page = await openPage(routes.changes(), { javaScriptEnabled: false });
  const rows = await page.locator('.eh-changes > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      day: item.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
  const newest = new Map<string, string>();
  for (const { href, day } of rows) {
    if (day > (newest.get(href) ?? '')) newest.set(href, day);
  }
  return newest;
}

/** A page whose browser remembers a visit at noon on `day`, long enough ago to count as the last one. */
async function openAfterVisitOn(path: string, day: string) {
  const page = await newPage();
  const state = JSON.stringify({ previous: null, lastSeen: Date.parse(`${day}T11:00:00Z`) });
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    STORAGE_KEY,
    state,
  ] as const);
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('lists mark what changed since the last visit', () => {
  test.concurrent.each(LISTS)(
    '%s: exactly the items changed after the remembered day',
    async (path) => {
      const plain = await itemsOf(await openPage(path, { javaScriptEnabled: false }));
      expect(plain.length, `${path} has items with a change day`).toBeGreaterThan(0);
      expect(plain.filter((item) => item.shown)).toEqual([]);
      if (path !== routes.changes()) {
        // Each entry's day is its newest change on "Nytt og endret".
        const newest = await newestOnChangesPage();
        for (const item of plain) expect(item.day, item.href).toBe(newest.get(item.href));
      }

      // A visit on the day before the newest change: what changed after it is marked, no more.
      const newestDay =
        plain
          .map((item) => item.day)
          .sort()
          .at(-1) ?? '';
      const dayBefore = new Date(Date.parse(`${newestDay}T12:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const items = await itemsOf(await openAfterVisitOn(path, dayBefore));
      const expected = items.map((item) => item.day > dayBefore);
      expect(expected).toContain(true);
      expect(items.map((item) => item.shown)).toEqual(expected);
      expect(items.map((item) => item.marked)).toEqual(expected);

      // A visit on the newest change's day: nothing is new since.
      const later = await itemsOf(await openAfterVisitOn(path, newestDay));
      expect(later.filter((item) => item.shown || item.marked)).toEqual([]);
    },
    // Three page loads each (and "Nytt og endret" once), two lists at a time, on a busy machine.
    120_000,
  );

  test('a first visit marks nothing and is remembered in the browser only', async () => {
    const page = await newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(request.url());
    });
    await page.goto(url(routes.requirements()));
    const items = await itemsOf(page);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.shown)).toEqual([]);
    const stored = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ previous: null });
    expect(sent).toEqual([]);
  });
});
