/**
 * The benchmark's corpus generator: the same seed gives the same corpus, and what it writes
 * passes the checks a real build runs (schemas, references, codes, lesson order, dates,
 * template versions, <Term> links), so `npm run bench` measures builds, not build failures.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import { FOLDERS, generateEntries, plan } from '../../scripts/bench/generate.mjs';
import { findImpossibleDates } from '../../src/lib/dates';
import { checkSite } from '../../src/lib/content/site';
import { checkTermUses } from '../../src/lib/glossary/term-uses';
import { checkVersionHistory } from '../../src/lib/templates/downloads';
import type { TemplateData } from '../../src/schemas/template';
import { COLLECTIONS, REGISTRY } from '../../src/lib/collections';

type Collection = keyof typeof FOLDERS;
const collectionOf = (file: string) =>
  (Object.keys(FOLDERS) as Collection[]).find((name) => file.startsWith(`${FOLDERS[name]}/`));

test('writes every collection into the folder the registry names', () => {
  expect(FOLDERS).toEqual(
    Object.fromEntries(COLLECTIONS.map((name) => [name, REGISTRY[name].folder])),
  );
});

describe('plan', () => {
  test.each([50, 200, 1000, 5000, 10000])(
    '%i entries: every collection gets some and they add up',
    (size) => {
      const counts = plan(size);
      expect(Object.keys(counts).sort()).toEqual(Object.keys(FOLDERS).sort());
      expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(size);
    },
  );

  test('refuses corpora too small to cover every collection', () => {
    expect(() => plan(5)).toThrow(RangeError);
    expect(() => plan(1000.5)).toThrow(RangeError);
  });
});

describe('generateEntries', () => {
  const corpus = generateEntries({ size: 400, seed: 7 });

  test('is deterministic for a seed, and the seed matters', () => {
    expect(generateEntries({ size: 400, seed: 7 }).files).toEqual(corpus.files);
    expect(generateEntries({ size: 400, seed: 8 }).files).not.toEqual(corpus.files);
  });

  test('writes the planned number of entries, about 5–7 kB each, about one in five as MDX', () => {
    expect(corpus.files).toHaveLength(400);
    const sizes = corpus.files.map((f) => Buffer.byteLength(f.text));
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(average).toBeGreaterThan(5000);
    expect(average).toBeLessThan(7500);
    const mdx = corpus.files.filter((f) => f.file.endsWith('.mdx')).length / corpus.files.length;
    expect(mdx).toBeGreaterThan(0.12);
    expect(mdx).toBeLessThan(0.28);
    expect(new Set(corpus.files.map((f) => f.file)).size).toBe(400);
  });

  test('every entry passes its schema and the whole corpus passes the site checks', async () => {
    const all: Record<string, unknown[]> = {};
    const failures: string[] = [];
    const sources: { file: string; body: string }[] = [];
    for (const { file, text } of corpus.files) {
      const collection = collectionOf(file);
      if (!collection) throw new Error(`${file} is in no collection folder`);
      const bad = findImpossibleDates(text);
      if (bad.length > 0) failures.push(`${file}: ${JSON.stringify(bad)}`);
      const { frontmatter, content } = parseFrontmatter(text);
      const result = await REGISTRY[collection].schema.safeParseAsync(frontmatter);
      if (!result.success) {
        failures.push(`${file}: ${JSON.stringify(result.error.issues)}`);
        continue;
      }
      if (collection === 'templates') {
        const problems = checkVersionHistory(result.data as TemplateData);
        if (problems.length > 0) failures.push(`${file}: ${JSON.stringify(problems)}`);
      }
      const id = file.slice(FOLDERS[collection].length + 1).replace(/\.mdx?$/, '');
      (all[collection] ??= []).push({ collection, id, filePath: file, data: result.data });
      sources.push({ file, body: content });
    }
    expect(failures).toEqual([]);
    const problems = checkSite(all as Parameters<typeof checkSite>[0]);
    expect(Object.fromEntries(problems)).toEqual({});
    const glossaryIds = (all['glossary'] ?? []).map((entry) => (entry as { id: string }).id);
    expect(Object.fromEntries(checkTermUses(sources, glossaryIds))).toEqual({});
    expect(sources.some((s) => s.body.includes('<Term id='))).toBe(true);
  });

  test('uses <Term> only where asked', () => {
    const none = generateEntries({ size: 200, seed: 7, terms: 'none' });
    expect(none.files.some((f) => f.text.includes('<Term'))).toBe(false);
    const lessonsOnly = generateEntries({ size: 200, seed: 7, terms: ['lessons'] });
    const withTerm = lessonsOnly.files.filter((f) => f.text.includes('<Term'));
    expect(withTerm.length).toBeGreaterThan(0);
    expect(withTerm.every((f) => f.file.startsWith('lessons/'))).toBe(true);
  });
});
