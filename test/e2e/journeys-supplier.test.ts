/**
 * Reader journey: a workwear supplier preparing a 2 MNOK tender. From the home page: which
 * requirements apply and what to hand in when, one requirement's text as a Word file, the next
 * market-dialogue meeting into a calendar, and whom to contact. At desktop width and at 375 px
 * with JavaScript, and at 375 px without it (the finder's written-out answer instead of the form).
 *
 * "The next meeting" depends on the day the site is built: it is read from the served build
 * (`npm test` builds for a pinned day, scripts/e2e-build-date.mjs), and the browser's clock is
 * pinned to the same day (the meeting pages re-label ended meetings by the reader's clock).
 */
import ICAL from 'ical.js';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { baseUrl, newPage } from './browser';
import {
  askFinder,
  download,
  expectedRequirements,
  fitsScreen,
  homeToFinder,
  inView,
  requirementWordFile,
  shownRequirements,
  VIEWPORTS,
  writtenEntries,
} from './journeys';
import { builtFor } from './site-map';

/** The day the served site was built for, its «i dag». */
const BUILD_DATE = builtFor();
const CATEGORY = 'arbeidsklaer-sko-verneutstyr';
const VALUE = 2_000_000;

/** The first meeting after the build date that is not cancelled, read from the editors' files. */
async function nextMeeting(): Promise<{ id: string; title: string; start: string }> {
  const meetings = (await writtenEntries('meetings')).map((entry) => ({
    id: entry.id,
    title: entry.field('title'),
    start: entry.field('start'),
    status: entry.field('status'),
  }));
  const next = meetings
    .filter((m) => m.status !== 'avlyst' && m.start.slice(0, 10) > BUILD_DATE)
    .toSorted((a, b) => a.start.localeCompare(b.start))[0];
  expect(next, `a meeting after ${BUILD_DATE} in content/meetings`).toBeDefined();
  return next!;
}

async function openHome(options: BrowserContextOptions): Promise<Page> {
  const page = await newPage(options);
  if (options.javaScriptEnabled !== false)
    await page.clock.setFixedTime(new Date(`${BUILD_DATE}T12:00:00+01:00`));
  await page.goto('/');
  return page;
}

/** What to hand in with the tender: the phase's own list, where no yearly duty may stand. */
async function tenderDuties(page: Page, scope: string): Promise<string> {
  return page
    .locator(`${scope} :is(h3, h4):text-is("Sammen med tilbudet") + ul`)
    .first()
    .innerText();
}

/** Opens a requirement from the answer, downloads its .docx and reads the text in it. */
async function requirementAsWord(page: Page, href: string) {
  await page.locator(`main a[href="${href}"]`).first().click();
  await page.waitForURL(`**${href}`);
  await fitsScreen(page);
  await requirementWordFile(page);
}

/** From the home page to the next meeting, its .ics, and what a calendar reads from it. */
async function nextMeetingIntoCalendar(page: Page) {
  const meeting = await nextMeeting();
  await page.goto('/');
  await page.getByRole('link', { name: 'Markedsdialog og kommende anskaffelser' }).click();
  await page.waitForURL(`**${routes.meetings()}`);
  await fitsScreen(page);
  const upcoming = page.locator('#kommende + ul > li').first();
  expect(await upcoming.locator('[data-phase-label]').innerText()).toBe('Kommende');
  await upcoming.locator('h3 a').click();
  await page.waitForURL(`**${routes.meeting(meeting.id)}`);
  await fitsScreen(page);
  expect((await page.locator('h1').innerText()).trim()).toBe(meeting.title);
  const file = await download(page, page.getByRole('link', { name: /kalenderen \(\.ics\)/ }));
  expect(file.name).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(file.bytes.toString('utf-8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events).toHaveLength(1);
  const [event] = events;
  expect(event?.summary).toContain(meeting.title);
  // The calendar's start is the meeting's start in Oslo time, whatever zone it is written in.
  const shown = await page.locator('main time[datetime*="T"]').first().getAttribute('datetime');
  expect(event?.startDate.toJSDate().getTime()).toBe(new Date(shown ?? '').getTime());
  expect(shown?.slice(0, 16)).toBe(meeting.start);
}

/** Whom to ask: the supplier page points to the contact page, which has addresses to write to. */
async function findContact(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Krav og sjekklister for leverandører' }).click();
  await page.waitForURL(`**${routes.suppliers()}`);
  const ask = page.locator('main h2', { hasText: 'Hvem kan du spørre?' });
  expect(await ask.count()).toBe(1);
  await page.locator('main a[href="/om/kontakt/"]').first().click();
  await page.waitForURL('**/om/kontakt/');
  await fitsScreen(page);
  const mail = page.locator('main a[href^="mailto:"]');
  expect(await mail.count()).toBeGreaterThan(0);
  expect(await mail.first().isVisible()).toBe(true);
}

describe('supplier, workwear, 2 MNOK, with JavaScript', () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`${width}: requirements, duties by phase, a requirement as .docx, the next meeting as .ics, contact`, async () => {
      const page = await openHome({ viewport });
      await homeToFinder(page, 'Jeg er leverandør');
      await askFinder(page, CATEGORY, '2 000 000');
      expect(await inView(page, '[data-finder-result] [data-finder-heading]')).toBe(true);
      const want = await expectedRequirements(baseUrl, CATEGORY, VALUE);
      expect(want.length).toBeGreaterThan(0);
      expect(await shownRequirements(page)).toEqual(want);
      // What to hand in with the tender is there, and nothing yearly stands under it.
      const atTender = await tenderDuties(page, '[data-finder-result]');
      expect(atTender.length).toBeGreaterThan(0);
      expect(atTender).not.toMatch(/i året|årlig/i);
      await fitsScreen(page);

      await requirementAsWord(page, want[0] ?? '');
      await nextMeetingIntoCalendar(page);
      await findContact(page);
    });
  }
});

describe('supplier without JavaScript', () => {
  test('375 px: the written-out answer for workwear, a requirement as .docx, the next meeting as .ics, contact', async () => {
    const page = await openHome({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    await homeToFinder(page, 'Jeg er leverandør');
    expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
    await page.locator('.eh-finder__notice a').click();
    const answer = page.locator(`[data-finder-answer="${CATEGORY}"]`);
    const listed = await answer
      .locator('ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const want = await expectedRequirements(baseUrl, CATEGORY, VALUE);
    for (const href of want) expect(listed).toContain(href);
    // The category's checklist says what to hand in when, by phase, as the finder would.
    await answer.locator(`a[href="${routes.checklist(CATEGORY)}"]`).click();
    await page.waitForURL(`**${routes.checklist(CATEGORY)}`);
    await fitsScreen(page);
    const atTender = await page
      .locator('main section', { has: page.locator('h2', { hasText: 'Sammen med tilbudet' }) })
      .innerText();
    expect(atTender).not.toMatch(/i året|årlig/i);

    await page.goto(routes.requirementFinder());
    await requirementAsWord(page, want[0] ?? '');
    await nextMeetingIntoCalendar(page);
    await findContact(page);
  });
});
