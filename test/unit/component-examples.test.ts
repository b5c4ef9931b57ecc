/**
 * Components with variants keep named examples beside them (`<Name>.examples.ts`, as GOV.UK
 * Frontend keeps fixtures per component). Each example is rendered with Astro's container API
 * and checked with axe (WCAG 2.2 A/AA) in Chromium, in a page with the site's language.
 */
import AxeBuilder from '@axe-core/playwright';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import EntryLink from '../../src/components/EntryLink.astro';
import { examples as entryLinkExamples } from '../../src/components/EntryLink.examples';
import EntryMeta from '../../src/components/EntryMeta.astro';
import { examples as entryMetaExamples } from '../../src/components/EntryMeta.examples';
import PhaseTag from '../../src/components/meetings/PhaseTag.astro';
import { examples as phaseTagExamples } from '../../src/components/meetings/PhaseTag.examples';
import { strings } from '../../src/i18n';
import { CHROMIUM_ARGS } from '../../scripts/system-deps.mjs';

const { t, dict: nb } = strings('nb');

let browser: Browser;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}, 60_000);
afterAll(() => browser.close());

/** axe's findings on a fragment in a minimal valid page. */
async function violations(fragment: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="nb"><head><title>Eksempel</title></head><body><main><h1>Eksempel</h1>${fragment}</main></body></html>`,
  );
  // axe.run() in the page itself: no frames here to merge results from in a page of axe's own.
  const result = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('EntryMeta examples', () => {
  const render = (props: Record<string, unknown>) => container.renderToString(EntryMeta, { props });

  test.for(Object.entries(entryMetaExamples))(
    '%s has no axe violation',
    { timeout: 30_000 },
    async ([, props]) => {
      expect(await violations(await render(props))).toEqual([]);
    },
  );

  test('each variant says what it is for', async () => {
    expect(await render(entryMetaExamples.updatedOnly)).toContain('1. november 2026');
    expect(await render(entryMetaExamples.updatedOnly)).not.toContain(t('common.example'));
    expect(await render(entryMetaExamples.illustration)).toContain(t('common.example'));
    expect(await render(entryMetaExamples.factsFromAYear)).toContain('2020');
    const changed = await render(entryMetaExamples.withChangeNote);
    expect(changed).toContain('Agendaen har fått et nytt punkt.');
    expect(changed).not.toContain('Eldre endring.');
  });
});

describe('EntryLink examples', () => {
  const render = (props: (typeof entryLinkExamples)[keyof typeof entryLinkExamples]) =>
    container.renderToString(EntryLink, { props });

  test.for(Object.entries(entryLinkExamples))(
    '%s has no axe violation',
    { timeout: 30_000 },
    async ([, props]) => {
      expect(await violations(`<p>${await render(props)}</p>`)).toEqual([]);
    },
  );

  test('each variant links the entry and marks what it is', async () => {
    const plain = await render(entryLinkExamples.plain);
    expect(plain).toContain('href="/maler/egenerklaering/"');
    expect(plain).not.toContain(t('common.example'));
    expect(plain).not.toContain(t('language.inNorwegian'));
    expect(await render(entryLinkExamples.illustration)).toContain(t('common.example'));
    const other = await render(entryLinkExamples.otherLanguage);
    expect(other).toContain('hreflang="nb"');
    expect(other).toContain(t('language.inNorwegian'));
  });
});

describe('PhaseTag examples', () => {
  test.for(Object.entries(phaseTagExamples))(
    '%s names its phase, with no axe violation',
    { timeout: 30_000 },
    async ([, props]) => {
      const html = await container.renderToString(PhaseTag, { props });
      expect(html).toContain(nb.meetingPhases[props.phase]);
      expect(await violations(html)).toEqual([]);
    },
  );
});

test('the check finds a violation when there is one', { timeout: 30_000 }, async () => {
  expect(await violations('<img src="/bilde.png">')).toEqual([
    expect.stringMatching(/^image-alt:/),
  ]);
});
