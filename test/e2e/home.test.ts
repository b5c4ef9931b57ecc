import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { openPage } from './browser';
import { MAIN_SECTIONS } from './site-map';

describe('home page', () => {
  test("is in Norwegian bokmål and ships no JavaScript but the layout's js-enabled flag", async () => {
    const page = await openPage('/');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    // The one script every page has: a classic script in <head> that marks <html> before paint.
    const scripts = await page
      .locator('script')
      .evaluateAll((all) =>
        all.map((script) => new URL((script as HTMLScriptElement).src).pathname),
      );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/js-enabled\.[\w-]+\.js$/);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('js-enabled')),
    ).toBe(true);
    await expect(page.title()).resolves.not.toBe('');
    expect(await page.locator('h1').count()).toBe(1);
  });

  test('the main navigation has the eight sections, in order', async () => {
    const page = await openPage('/');
    const links = page.locator('header nav a');
    expect(await links.allInnerTexts()).toEqual(MAIN_SECTIONS.map((section) => section.label));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      MAIN_SECTIONS.map((section) => section.path),
    );
  });

  test('the footer links to contact and the accessibility statement', async () => {
    const page = await openPage('/');
    const hrefs = await page
      .locator('footer a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(routes.page('kontakt'));
    expect(hrefs).toContain(routes.page('tilgjengelighetserklaering'));
  });

  test('an unknown address answers 404 with the site shell', async () => {
    const page = await openPage('/finnes-ikke/', { status: 404 });
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
  });
});
