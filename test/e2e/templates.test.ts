/**
 * Issue 7, templates: filters that work without JavaScript, and every download as published:
 * the bytes at the stable address equal those at the versioned one, their size and SHA-256 are
 * the ones the page shows, and each generated .docx opens and holds the template's text.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes';
import { docxText } from '../../src/lib/templates/docx';
import { formatFileSize } from '../../src/lib/templates/downloads';
import { openPage, url } from './browser';

describe('the template list', () => {
  test('every template shows purpose, audience, stage, version, date changed and its files with format and size', async () => {
    const page = await openPage(routes.templates());
    const items = page.locator('main .eh-templates > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      const labels = await item.locator('.eh-templates__facts dt').allInnerTexts();
      expect(labels.map((l) => l.trim())).toEqual(['For', 'Fase', 'Versjon', 'Endret']);
      for (const value of await item.locator('.eh-templates__facts dd').allInnerTexts())
        expect(value.trim()).not.toBe('');
      expect(await item.locator('p').first().innerText()).not.toBe('');
      for (const file of await item.locator('.eh-templates__files li').allInnerTexts()) {
        expect(file).toMatch(
          /\((Word \(\.docx\)|Excel \(\.xlsx\)|PDF|OpenDocument \(\.odt\)), [\d,]+ (byte|kB|MB)\)/,
        );
      }
    }
  });

  test('filters by stage and audience are links to pages, working without JavaScript', async () => {
    const page = await openPage(routes.templates(), { javaScriptEnabled: false });
    await page.locator('nav.eh-filters a', { hasText: 'Konkurranse' }).click();
    expect(new URL(page.url()).pathname).toBe(routes.templatesForStage('konkurranse'));
    const stages = await page
      .locator('.eh-templates__facts div:has(dt:text-is("Fase")) dd')
      .allInnerTexts();
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages.map((s) => s.trim()))).toEqual(new Set(['Konkurranse']));
    expect(await page.locator('nav.eh-filters a[aria-current="page"]').innerText()).toBe(
      'Konkurranse',
    );

    await page.locator('nav.eh-filters a', { hasText: 'Leverandører' }).click();
    expect(new URL(page.url()).pathname).toBe(routes.templatesForAudience('leverandor'));
    for (const audiences of await page
      .locator('.eh-templates__facts div:has(dt:text-is("For")) dd')
      .allInnerTexts()) {
      expect(audiences).toContain('Leverandører');
    }
  });
});

describe('every download', () => {
  test('is the same file at its stable and versioned address, with the size and SHA-256 the page shows', async () => {
    const list = await openPage(routes.templates());
    const templatePaths = await list
      .locator('main .eh-templates > li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    let docxChecked = 0;
    for (const templatePath of templatePaths) {
      const page = await openPage(templatePath);
      const title = (await page.locator('h1').innerText()).trim();
      const version = (
        await page.locator('.eh-facts dt:text-is("Versjon") + dd').innerText()
      ).trim();
      const downloads = await page.locator('.eh-downloads__item').all();
      expect(downloads.length, `${templatePath} has downloads`).toBeGreaterThan(0);
      const hasText = (await page.locator('#teksten').count()) > 0;
      for (const item of downloads) {
        const stable = (await item.locator('a').first().getAttribute('href')) ?? '';
        const versioned = (await item.locator('a').nth(1).getAttribute('href')) ?? '';
        const fileName = stable.split('/').at(-1) ?? '';
        expect(stable).toBe(routes.templateFile(templatePath.split('/')[2] ?? '', fileName));
        expect(versioned).toBe(
          routes.templateFileVersion(templatePath.split('/')[2] ?? '', version, fileName),
        );
        const bytes = await (await page.request.get(url(stable))).body();
        const again = await (await page.request.get(url(versioned))).body();
        expect(Buffer.compare(again, bytes), `${versioned} equals ${stable}`).toBe(0);
        expect(bytes.length).toBeGreaterThan(0);
        const sha = createHash('sha256').update(bytes).digest('hex');
        expect(await item.locator('code').innerText()).toBe(sha);
        expect(
          (await item.locator('.eh-downloads__meta').innerText()).replace(/\u00a0/g, ' '),
        ).toContain(formatFileSize(bytes.length).replace(/\u00a0/g, ' '));
        if (fileName.endsWith('.docx') && hasText) {
          // The generated .docx: title, version line, then the text shown under "Teksten i malen".
          const paragraphs = docxText(new Uint8Array(bytes));
          expect(paragraphs[0]).toBe(title);
          expect(paragraphs[1]).toContain(`Versjon ${version}`);
          const headings = await page.locator('.eh-template-text :is(h2, h3)').allInnerTexts();
          for (const heading of headings)
            expect(paragraphs, `${fileName} has «${heading}»`).toContain(heading.trim());
          docxChecked++;
        }
      }
      await page.context().close();
    }
    expect(docxChecked, 'at least one generated .docx was opened').toBeGreaterThan(0);
  });
});

describe('a template page', () => {
  test('lists what changed in each version', async () => {
    const list = await openPage(routes.templates());
    const first =
      (await list.locator('main .eh-templates > li h2 a').first().getAttribute('href')) ?? '';
    const page = await openPage(first);
    const rows = page.locator('#endringer ~ * tbody tr, section:has(#endringer) tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const version = (await page.locator('.eh-facts dt:text-is("Versjon") + dd').innerText()).trim();
    expect((await rows.first().locator('th').innerText()).trim()).toBe(version);
  });
});
