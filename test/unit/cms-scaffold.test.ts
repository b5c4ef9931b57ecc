/**
 * `npm run new` (src/lib/cms/scaffold.ts): for every collection, the scaffold over the test
 * fixture's content passes the collection's schema, starts as a draft, and documents every
 * field. test/build/new-entry.test.ts builds a site with them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, REGISTRY } from '../../src/lib/collections';
import { existingContent, scaffold } from '../../src/lib/cms/scaffold';
import { bundleFiles, ADMIN_PAGE } from '../../src/lib/cms/integration';
import { withoutEmptyValues } from '../../src/lib/content/empty-values';
import { fieldReference } from '../../src/lib/field-reference';

const docs = fieldReference();
const existing = existingContent(path.resolve('test/fixtures/base'), (text) => load(text));
const today = new Date('2026-06-01T00:00:00Z');
const frontmatter = (text: string) =>
  load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('npm run new scaffolds a valid draft', () => {
  test.for(COLLECTIONS)('%s', async (collection) => {
    const entry = scaffold(collection, 'ny-oppforing', docs, existing, today);
    const data = frontmatter(entry.text);
    expect(data['draft']).toBe(true);
    const result = await REGISTRY[collection].schema.safeParseAsync(withoutEmptyValues(data));
    expect(result.error?.issues ?? [], entry.text).toEqual([]);
    const doc = docs.find((d) => d.collection === collection);
    for (const field of doc?.fields.filter((f) => !f.name.includes('.')) ?? []) {
      expect(entry.text, field.name).toContain(`# ${field.description.split('. ')[0]}`);
      expect(entry.text, field.name).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
    }
  });

  test('files go where the collection lives; a lesson into its course, numbered next', () => {
    expect(scaffold('meetings', 'nytt-mote', docs, existing, today).file).toBe(
      'meetings/nytt-mote.md',
    );
    const lesson = scaffold('lessons', 'ny-leksjon', docs, existing, today);
    const course = existing.ids('courses')[0];
    expect(lesson.file).toBe(`lessons/${course}/ny-leksjon.md`);
    const inCourse = existing.ids('lessons').filter((id) => id.startsWith(`${course}/`)).length;
    expect(frontmatter(lesson.text)).toMatchObject({ course, order: inCourse + 1 });
  });

  test('a unique code skips the ones in use; the meeting ends after it starts', () => {
    const used = existing.values('requirements', 'code').map(String);
    const code = frontmatter(scaffold('requirements', 'nytt-krav', docs, existing, today).text)[
      'code'
    ];
    expect(used).not.toContain(code);
    const meeting = frontmatter(scaffold('meetings', 'nytt-mote', docs, existing, today).text);
    expect(String(meeting['end']) > String(meeting['start'])).toBe(true);
  });

  test('bad input is refused in plain words', () => {
    expect(() => scaffold('moter', 'x', docs, existing, today)).toThrow(/«moter» er ingen samling/);
    expect(() => scaffold('meetings', 'Nytt Møte', docs, existing, today)).toThrow(/små bokstaver/);
    const taken = existing.ids('meetings')[0] ?? '';
    expect(() => scaffold('meetings', taken, docs, existing, today)).toThrow(/allerede/);
  });

  test('in a content folder without what an entry must refer to, says what to make first', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
    try {
      const none = existingContent(folder, (text) => load(text));
      expect(() => scaffold('procurements', 'ny', docs, none, today)).toThrow(
        'procurements.category: riskCategories har ingen oppføringer ennå',
      );
      expect(() => scaffold('lessons', 'ny', docs, none, today)).toThrow(
        'lessons: det finnes ingen kurs ennå',
      );
      // What refers to nothing can still be made there.
      expect(scaffold('riskCategories', 'ny', docs, none, today).file).toBe(
        `${REGISTRY.riskCategories.folder}/ny.md`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the editor page and bundle', () => {
  test('the page carries noindex and loads only the bundle and setup from /admin/', () => {
    expect(ADMIN_PAGE).toMatch(/<meta name="robots" content="noindex/);
    expect([...ADMIN_PAGE.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/admin/decap-cms.js',
      '/admin/editor-setup.js',
    ]);
  });

  test('the bundle travels with its chunks and WebAssembly, without source maps', () => {
    const files = bundleFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.some((file) => /^\d+\.decap-cms\.js$/.test(file))).toBe(true);
    expect(files.some((file) => file.endsWith('.wasm'))).toBe(true);
    expect(files.filter((file) => file.endsWith('.map') || file.startsWith('cms'))).toEqual([]);
  });
});
