/**
 * Issue 3 point 5 and issue 8 point 6: drafts are published nowhere. The base fixture gets a
 * draft in every collection, each carrying the marker "utkastqz" in its file name (so its id
 * and URL) and its title; after a successful build no file in the output — pages, lists,
 * sitemap, feeds, JSON, .ics, .docx and the search index, unpacked — may contain the marker.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSiteFiles, type SiteFile } from '../support/site-files';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const MARKER = 'utkastqz';

/** One draft per collection: [file in the content tree, base entry to copy, changes]. */
const DRAFTS: [string, string, [string | RegExp, string][]][] = [
  ['requirements/utkastqz-krav.md', 'requirements/fixturkrav.md', [
    ['title: Fixturkrav', 'title: Utkastqz krav'],
    ['code: FX-K1', 'code: FX-UTKAST'],
  ]],
  ['risk-categories/utkastqz-kategori.md', 'risk-categories/fixturkategori.md', [
    ['title: Fixturkategori', 'title: Utkastqz kategori'],
  ]],
  ['cases/utkastqz-eksempel.md', 'cases/fixtureksempel.md', [
    ['title: Fixtureksempel', 'title: Utkastqz eksempel'],
    // A draft may point at other drafts.
    ['category: fixturkategori', 'category: utkastqz-kategori'],
    ['requirements: [fixturkrav]', 'requirements: [utkastqz-krav]'],
  ]],
  ['meetings/utkastqz-mote.md', 'meetings/fixturmote.md', [
    ['title: Fixturmøte', 'title: Utkastqz møte'],
    ['procurements: [fixturanskaffelse]', 'procurements: [utkastqz-anskaffelse]'],
  ]],
  ['procurements/utkastqz-anskaffelse.md', 'procurements/fixturanskaffelse.md', [
    ['title: Fixturanskaffelse', 'title: Utkastqz anskaffelse'],
  ]],
  ['templates/utkastqz-mal.md', 'templates/fixturmal.md', [['title: Fixturmal', 'title: Utkastqz mal']]],
  ['courses/utkastqz-kurs.md', 'courses/fixturkurs.md', [['title: Fixturkurs', 'title: Utkastqz kurs']]],
  ['lessons/utkastqz-kurs/utkastqz-leksjon.md', 'lessons/fixturkurs/fixturleksjon.md', [
    ['title: Fixturleksjon', 'title: Utkastqz leksjon'],
    ['course: fixturkurs', 'course: utkastqz-kurs'],
  ]],
  // A draft lesson inside a published course: the course page must not list it.
  ['lessons/fixturkurs/utkastqz-leksjon-2.md', 'lessons/fixturkurs/fixturleksjon.md', [
    ['title: Fixturleksjon', 'title: Utkastqz leksjon to'],
    ['order: 1', 'order: 2'],
  ]],
  ['glossary/utkastqz-begrep.md', 'glossary/fixturbegrep.md', [
    ['title: Fixturbegrep', 'title: Utkastqz begrep'],
  ]],
  ['pages/utkastqz-side.md', 'pages/kontakt.md', [['title: Kontakt', 'title: Utkastqz side']]],
];

let site: FixtureSite;
let result: BuildResult;
let files: SiteFile[];

beforeAll(async () => {
  site = await fixtureSite('base');
  for (const [file, base, changes] of DRAFTS) {
    let text = await readFile(path.join(site.contentDir, base), 'utf-8');
    for (const [from, to] of changes) {
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`${base} no longer contains ${String(from)}`);
      text = changed;
    }
    await site.write(file, text.replace(/^---\n/, `---\ndraft: true\n`));
  }
  result = await site.build();
  files = result.ok ? await readSiteFiles(site.outDir) : [];
});
afterAll(() => site.remove());

describe('a site with a draft in every collection', () => {
  test('builds', () => {
    expect(result.ok, result.output).toBe(true);
  });

  test('publishes the entries that are not drafts', () => {
    const names = files.map((f) => f.file);
    expect(names).toContain('index.html');
    expect(names.some((name) => name.startsWith('sitemap'))).toBe(true);
    expect(files.some((f) => f.text.includes('Fixtureksempel'))).toBe(true);
  });

  test('publishes no draft title or slug in any file', () => {
    expect(files.length, 'the build should have produced files').toBeGreaterThan(0);
    const leaks = files
      .filter((f) => f.text.toLowerCase().includes(MARKER))
      .map((f) => {
        const at = f.text.toLowerCase().indexOf(MARKER);
        return `${f.file}: …${f.text.slice(Math.max(0, at - 60), at + 40)}…`;
      });
    expect(leaks).toEqual([]);
  });

  test('gives drafts no file or folder of their own', () => {
    expect(files.length, 'the build should have produced files').toBeGreaterThan(0);
    expect(files.filter((f) => f.file.toLowerCase().includes(MARKER)).map((f) => f.file)).toEqual([]);
  });
});
