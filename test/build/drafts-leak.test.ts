/**
 * Gate: no draft leaks. The smallest valid site (test/fixtures/base) with a draft in every
 * collection laid over it (test/fixtures/drafts) is built; no draft's title, slug or text may
 * appear in any file or file name of the output: pages, sitemap, feeds, JSON data, .ics,
 * .docx (unzipped) and the search index (gunzipped Pagefind fragments and index chunks).
 *
 * Every draft carries "hemmelig" in its slug (utkast-hemmelig-<collection>), its title
 * ("Utkast hemmelig tittel …") and its body (hemmeligord<collection>); nothing published
 * uses the word. The search looks for "hemmel", the stem, so a stemmed search index is
 * caught too. Positive controls prove that each kind of file was built and read.
 */
import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSiteFiles, type SiteFile } from '../support/site-files';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const DRAFT_MARKER = /hemmel/i;
/** Something every published fixture entry carries ("Fixturkrav", "fixturmote" ...). */
const PUBLISHED_MARKER = /fixtur/i;

/** The kinds of output a draft could leak into, and how to recognise their files. */
const KINDS: Record<string, (file: string) => boolean> = {
  'pages (.html)': (file) => file.endsWith('.html'),
  sitemap: (file) => /^sitemap.*\.xml$/.test(file),
  'feeds (.xml)': (file) =>
    file.endsWith('.xml') && !file.includes('!') && !file.startsWith('sitemap'),
  'JSON data': (file) => file.endsWith('.json') && !file.startsWith('pagefind/'),
  'calendars (.ics)': (file) => file.endsWith('.ics'),
  'Word documents (.docx)': (file) => /\.docx!word\/document\.xml$/.test(file),
  'search fragments': (file) => /^pagefind\/fragment\/.*\.pf_fragment$/.test(file),
  'search index': (file) => /^pagefind\/index\/.*\.pf_index$/.test(file),
};

const drafts = fileURLToPath(new URL('../fixtures/drafts', import.meta.url));
let site: FixtureSite;
let build: BuildResult;
let files: SiteFile[];
const counted = new Map<string, number>();
let leaked = 0;

beforeAll(async () => {
  site = await fixtureSite('base');
  await cp(drafts, site.contentDir, {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  build = await site.build();
  files = build.ok ? await readSiteFiles(site.outDir) : [];
});
afterAll(async () => {
  const kinds = [...counted].map(([kind, n]) => `${n} ${kind}`).join(', ');
  console.log(
    `${leaked || counted.size < Object.keys(KINDS).length ? '✗' : '✓'} drafts: ${files?.length ?? 0} files searched ` +
      `(${kinds}), ${leaked} mentions of a draft`,
  );
  await site?.remove();
});

/** Where the marker occurs in a text, with a little context. */
const around = (text: string, at: number) =>
  text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');

describe('drafts appear nowhere in the built site', () => {
  test('the site with drafts in every collection builds', () => {
    expect(build.ok, build.output.slice(-3000)).toBe(true);
  });

  test('no file name in the output names a draft', () => {
    const named = files
      .map((f) => f.file)
      .filter((name) => DRAFT_MARKER.test(name.split('!')[0] ?? ''));
    leaked += named.length;
    expect(named).toEqual([]);
  });

  test.for(Object.keys(KINDS))('%s: built, read, and free of drafts', (kind) => {
    const ofKind = files.filter((f) => KINDS[kind]?.(f.file));
    counted.set(kind, ofKind.length);
    expect(ofKind.length, `the build wrote no ${kind}`).toBeGreaterThan(0);
    // Positive control: the published entries are in there, so the search below searches something real.
    // Pagefind's binary index holds words, not titles; its fragments are the control for it.
    if (kind !== 'search index') {
      expect(
        ofKind.some((f) => PUBLISHED_MARKER.test(f.text)),
        `no published entry in the ${kind}`,
      ).toBe(true);
    }
    const leaks = ofKind.flatMap((f) => {
      const at = f.text.search(DRAFT_MARKER);
      return at < 0 ? [] : [`${f.file}: …${around(f.text, at)}…`];
    });
    leaked += leaks.length;
    expect(leaks).toEqual([]);
  });

  test('no other file mentions a draft either', () => {
    const checked = (file: string) => Object.values(KINDS).some((isKind) => isKind(file));
    const leaks = files
      .filter((f) => !checked(f.file) && DRAFT_MARKER.test(f.text))
      .map((f) => `${f.file}: …${around(f.text, f.text.search(DRAFT_MARKER))}…`);
    leaked += leaks.length;
    expect(leaks).toEqual([]);
  });
});
