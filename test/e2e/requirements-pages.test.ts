/**
 * Issue 4 in Chromium: the catalogue filters without JavaScript, the finder runs the one
 * applicability rule in the browser (and explains itself without JavaScript), the requirement
 * page's copy button is an enhancement, versions link both ways with a word diff, the pages
 * point at the RSS feed, and a requirement prints without navigation, with link addresses.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { requirementApplies } from '../../src/lib/applicability';
import type { OpenRequirement, OpenRiskCategory } from '../../src/lib/requirements/open-data';
import { routes } from '../../src/lib/routes';
import { newPage, openPage, url } from './browser';

const getJson = async <T>(sitePath: string) => (await (await fetch(url(sitePath))).json()) as T;
const requirements = async () =>
  (await getJson<{ requirements: OpenRequirement[] }>(routes.openRequirements())).requirements;
const current = async () => (await requirements()).filter((r) => r.supersededBy === null);
const categories = async () =>
  (await getJson<{ riskCategories: OpenRiskCategory[] }>(routes.openRiskCategories()))
    .riskCategories;
const rule = (r: OpenRequirement) => ({
  appliesTo: {
    valueOverNok: r.appliesTo.valueOverNok,
    riskCategories:
      r.appliesTo.riskCategories === 'alle-hoyrisiko'
        ? ('alle-hoyrisiko' as const)
        : r.appliesTo.riskCategories.map((id) => ({ id })),
  },
});
const hrefsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

const shots = path.resolve('test-results/requirements');

describe('catalogue without JavaScript', () => {
  test('lists every current requirement and links a pre-rendered page per category, kind and part', async () => {
    const page = await openPage(routes.requirements(), { javaScriptEnabled: false });
    const listed = await hrefsIn(page, '.eh-req-list h3 a');
    for (const r of await requirements()) expect(listed).toContain(routes.requirement(r.id));
    const filters = await hrefsIn(page, '.eh-filters a');
    for (const c of await categories()) expect(filters).toContain(routes.riskCategory(c.id));
    for (const kind of [
      'kvalifikasjonskrav',
      'kontraktsvilkar',
      'saerlig-kontraktsvilkar',
      'tildelingskriterium',
    ]) {
      expect(filters).toContain(routes.requirementsOfKind(kind));
    }
    for (const part of ['arbeidslivskriminalitet', 'leverandorkjeder'])
      expect(filters).toContain(routes.requirementsOfPart(part));
    expect(
      await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'),
    ).toBe(routes.requirementChangesFeed());
  });

  test('a filter page lists exactly the matching current requirements', async () => {
    const all = await current();
    const page = await newPage({ javaScriptEnabled: false });
    for (const category of await categories()) {
      await page.goto(url(routes.riskCategory(category.id)));
      const listed = (await hrefsIn(page, '.eh-req-list h3 a')).toSorted();
      expect(listed, category.id).toEqual(
        category.requirements.map((id) => routes.requirement(id)).toSorted(),
      );
    }
    const kind = all[0]?.kind ?? 'kontraktsvilkar';
    await page.goto(url(routes.requirementsOfKind(kind)));
    expect((await hrefsIn(page, '.eh-req-list h3 a')).toSorted()).toEqual(
      all
        .filter((r) => r.kind === kind)
        .map((r) => routes.requirement(r.id))
        .toSorted(),
    );
  });
});

describe('finder "Hvilke krav gjelder for meg?"', () => {
  test('without JavaScript: no form that cannot answer, but a notice and every category answered', async () => {
    const page = await openPage(routes.requirementFinder(), { javaScriptEnabled: false });
    // The form needs the script; a form that reloads empty would lose what the reader typed.
    expect(await page.locator('form[data-finder]').isVisible()).toBe(false);
    const notice = page.locator('main .eh-finder__notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('a').getAttribute('href')).toBe('#svar-per-kategori');
    expect(await page.locator('main').innerText()).toMatch(
      /nøyaktig 500\s000 kr er ikke over terskelen/,
    );
    const all = await current();
    for (const c of await categories()) {
      const answer = page.locator(`[data-finder-answer="${c.id}"]`);
      expect(await answer.locator('h3 a').getAttribute('href')).toBe(routes.riskCategory(c.id));
      const listed = (
        await hrefsIn(page, `[data-finder-answer="${c.id}"] ul a:not(.eh-example__tag)`)
      ).toSorted();
      expect(listed, c.id).toEqual(
        all
          .filter((r) => c.requirements.includes(r.id))
          .map((r) => routes.requirement(r.id))
          .toSorted(),
      );
    }
    expect(await page.locator('[data-finder-result]').innerText()).toBe('');
  });

  test('with JavaScript: shows exactly what requirementApplies finds, at and over the threshold', async () => {
    const all = await current();
    const page = await openPage(routes.requirementFinder());
    const highRisk = (await categories()).find((c) => c.highRisk && c.requirements.length > 0);
    const other = (await categories()).find((c) => !c.highRisk);
    expect(highRisk).toBeDefined();
    for (const [category, value] of [
      [highRisk!, 499_999],
      [highRisk!, 500_000],
      [highRisk!, 500_001],
      ...(other ? ([[other, 5_000_000]] as const) : []),
    ] as const) {
      await page.selectOption('select[name="kategori"]', category.id);
      await page.fill('input[name="verdi"]', value.toLocaleString('nb-NO'));
      const expected = all
        .filter((r) => requirementApplies(rule(r), category, value))
        .map((r) => routes.requirement(r.id))
        .toSorted();
      const shown = (await hrefsIn(page, '.eh-finder__matches a:not(.eh-example__tag)')).toSorted();
      expect(shown, `${category.id} at ${value}`).toEqual(expected);
      expect(await page.locator('[data-finder-result] h2').innerText()).toContain(category.title);
    }
    await mkdir(shots, { recursive: true });
    await page.selectOption('select[name="kategori"]', highRisk!.id);
    await page.fill('input[name="verdi"]', '750 000');
    await page.screenshot({ path: path.join(shots, 'finder.png'), fullPage: true });
  });

  test('a submitted form (or a shared link) shows its answer', async () => {
    const category = (await categories()).find((c) => c.highRisk && c.requirements.length > 0)!;
    const page = await openPage(
      `${routes.requirementFinder()}?kategori=${category.id}&verdi=600000`,
    );
    expect(await page.locator('.eh-finder__matches a').count()).toBeGreaterThan(0);
    expect(await page.inputValue('select[name="kategori"]')).toBe(category.id);
  });

  test('every script the finder loads is named in its HTML, so none waits for another to arrive', async () => {
    const page = await newPage();
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(url(routes.requirementFinder()), { waitUntil: 'networkidle' });
    const html = (await response?.text()) ?? '';
    const named = [
      ...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload" href)="([^"]+)"/g),
    ];
    // The finder's module imports the shared message formatter: two module files at least.
    expect(loaded.filter((file) => file.startsWith('/_astro/')).length).toBeGreaterThan(2);
    expect(loaded.filter((file) => !named.some(([, href]) => href === file))).toEqual([]);
  });

  test('a value that is not a number is explained, not guessed', async () => {
    const page = await openPage(routes.requirementFinder());
    await page.selectOption('select[name="kategori"]', (await categories())[0]!.id);
    await page.fill('input[name="verdi"]', 'mange penger');
    expect(await page.locator('[data-finder-result]').innerText()).toMatch(/helt antall kroner/);
  });
});

describe('requirement page', () => {
  test('the copy button appears only with JavaScript, and copies the requirement text', async () => {
    const [requirement] = await current();
    const without = await openPage(routes.requirement(requirement!.id), {
      javaScriptEnabled: false,
    });
    expect(await without.locator('.eh-copy__text').innerText()).not.toBe('');
    expect(await without.locator('.eh-copy button').isVisible()).toBe(false);

    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url(routes.requirement(requirement!.id)));
    const button = page.locator('.eh-copy button');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('.eh-copy__status').innerText()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator('.eh-copy__text').innerText();
    expect(copied.replace(/\s+/g, ' ').trim()).toBe(shown.replace(/\s+/g, ' ').trim());
  });

  test('a new version and the one it supersedes link both ways, with a word diff', async () => {
    const newer = (await requirements()).find((r) => r.supersedes !== null);
    expect(newer, 'content has a requirement that supersedes another').toBeDefined();
    const page = await openPage(routes.requirement(newer!.id));
    expect(await hrefsIn(page, 'main a')).toContain(routes.requirement(newer!.supersedes!));
    expect(await page.locator('.eh-diff ins, .eh-diff del').count()).toBeGreaterThan(0);
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'requirement.png'), fullPage: true });

    const older = await openPage(routes.requirement(newer!.supersedes!));
    expect(await older.locator('.eh-req-notice').innerText()).toContain(newer!.title);
    expect(await hrefsIn(older, '.eh-req-notice a')).toContain(routes.requirement(newer!.id));
  });

  test('prints as a clean document: no navigation, footer or buttons, link addresses shown', async () => {
    const [requirement] = await current();
    const page = await openPage(routes.requirement(requirement!.id));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.eh-header', '.eh-footer', '.eh-breadcrumbs', '.eh-copy button']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const after = await page
      .locator('main a[href^="/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/');
    expect(await page.locator('.eh-print-only').isVisible()).toBe(true);
    await mkdir(shots, { recursive: true });
    await page.pdf({ path: path.join(shots, 'requirement-print.pdf') }).catch(() => undefined);
  });
});

describe('changes, high-risk list, checklists and the suppliers page', () => {
  test('/krav/endringer/ lists every requirement, newest first', async () => {
    const page = await openPage(routes.requirementChanges());
    const dates = await page
      .locator('.eh-req-changes time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength((await requirements()).length);
    expect(dates).toEqual(dates.toSorted().reverse());
  });

  test('the high-risk page links each high-risk category to its requirements', async () => {
    const page = await openPage(routes.riskCategories());
    const links = await hrefsIn(page, 'main a');
    for (const c of (await categories()).filter((c) => c.highRisk))
      expect(links).toContain(routes.riskCategory(c.id));
  });

  test('a checklist lists every document the category asks for', async () => {
    const category = (await categories()).find((c) => c.requirements.length > 0)!;
    const page = await openPage(routes.checklist(category.id));
    expect(await page.locator('h1').innerText()).toContain('Dette vil du bli bedt om');
    expect(await page.locator('.eh-checklist li').count()).toBeGreaterThan(0);
  });

  test('the suppliers page leads to the finder, the checklists, market dialogue and the feed', async () => {
    const page = await openPage(routes.suppliers(), { javaScriptEnabled: false });
    const links = await hrefsIn(page, 'main a');
    expect(links).toContain(routes.requirementFinder());
    expect(links).toContain(routes.riskCategories());
    expect(links).toContain(routes.meetings());
    expect(links).toContain(routes.requirementChangesFeed());
    expect(links.some((href) => href?.startsWith('/krav/sjekkliste/'))).toBe(true);
  });
});
