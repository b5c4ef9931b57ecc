/**
 * Gate: the site works by keyboard alone. A reader who only tabs gets a skip link first, sees
 * where focus is on every stop, reaches all eight sections of the main navigation, and can
 * search from the header by typing and pressing Enter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { openPage } from './browser';
import { MAIN_SECTIONS, pagePerType, sitemapPaths, summarizeGate } from './site-map';

const SECTIONS = MAIN_SECTIONS.map((section) => section.path);

const paths = sitemapPaths();
const types = pagePerType(paths);
/** Pages to tab through: the home page and one deep entry page (whichever exists). */
const TABBED = [
  ...new Set([
    routes.home(),
    types['krav'] ?? types['eksempel'] ?? paths.find((p) => p !== '/') ?? '/',
  ]),
];

interface Stop {
  tag: string;
  href: string | null;
  id: string;
  text: string;
  /** Why the focus is (or is not) visible: outline or box-shadow as computed. */
  indicator: string;
  visible: boolean;
  inHeader: boolean;
}

/** Presses Tab and describes where focus landed. */
async function tab(page: Page): Promise<Stop | undefined> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const outlineWidth = parseFloat(style.outlineWidth) || 0;
    const hasOutline =
      style.outlineStyle !== 'none' &&
      outlineWidth >= 1 &&
      !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 40),
      indicator: hasOutline
        ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        : hasShadow
          ? `box-shadow ${style.boxShadow}`
          : 'none',
      visible: (hasOutline || hasShadow) && box.width > 0 && box.height > 0,
      inHeader: el.closest('header') !== null || el.classList.contains('eh-skip-link'),
    };
  });
}

/** Tabs from the top of the page until focus leaves the header; returns every stop. */
async function tabThroughHeader(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 40; i++) {
    const stop = await tab(page);
    if (!stop) break;
    stops.push(stop);
    if (!stop.inHeader) break;
  }
  return stops;
}

const label = (stop: Stop) =>
  `<${stop.tag}${stop.href ? ` href="${stop.href}"` : ''}${stop.id ? ` id="${stop.id}"` : ''}> «${stop.text}»`;

let stopsChecked = 0;
summarizeGate(
  'keyboard',
  () =>
    `${TABBED.length} pages tabbed through: skip link, ${stopsChecked} focus stops with a visible indicator, ` +
    `${SECTIONS.length} sections, search from the header`,
);

describe.each(TABBED)('by keyboard on %s', (sitePath) => {
  test('the skip link comes first, is visible when focused, and moves focus to main', async () => {
    const page = await openPage(sitePath);
    const first = await tab(page);
    expect(first?.href).toBe('#main');
    expect(await page.locator(':focus').isVisible()).toBe(true);
    const box = await page.locator(':focus').boundingBox();
    expect(
      box && box.width > 1 && box.height > 1 && box.y >= 0,
      'the focused skip link is on screen',
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('every stop in the header and the first ones in main show where focus is', async () => {
    const page = await openPage(sitePath);
    const stops = await tabThroughHeader(page);
    for (let i = 0; i < 5; i++) {
      const stop = await tab(page);
      if (stop) stops.push(stop);
    }
    const invisible = stops.filter((stop) => !stop.visible).map(label);
    stopsChecked += stops.length - invisible.length;
    expect(invisible, 'focused elements without a visible outline or box-shadow').toEqual([]);
  });

  test('Tab reaches all eight sections of the main navigation, in order', async () => {
    const page = await openPage(sitePath);
    const stops = await tabThroughHeader(page);
    const navigation = stops
      .filter((stop) => stop.inHeader)
      .map((stop) => stop.href)
      .filter((href) => href && SECTIONS.includes(href));
    expect(navigation).toEqual(SECTIONS);
  });
});

describe('search from the header by keyboard', () => {
  test('tab to the search field, type, press Enter: the search page opens with the query', async () => {
    const page = await openPage(routes.home());
    const stops = await tabThroughHeader(page);
    expect(
      stops.some((stop) => stop.tag === 'input' && stop.id === 'header-search'),
      'the search field is a tab stop',
    ).toBe(true);
    // Tab again from the top and stop on the field, as a reader would.
    await page.reload();
    for (let i = 0; i < 40; i++) {
      const stop = await tab(page);
      if (stop?.tag === 'input') break;
    }
    await page.keyboard.type('sosial dialog');
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === routes.search()),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForURL((u) => u.pathname === routes.search());
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(routes.search());
    expect(landed.searchParams.get('q')).toBe('sosial dialog');
    if (paths.includes(routes.search())) expect(response.status()).toBe(200);
  });
});
