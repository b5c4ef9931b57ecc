/**
 * The portal's content loader (src/lib/content/loader.ts) around Astro's glob loader, run with a
 * loader context of our own: Astro's content layer does not run under vitest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EditorError } from '../../src/lib/editor-errors';
import type * as Loader from '../../src/lib/content/loader';

let root: string;
let loader: typeof Loader;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'content-loader-'));
  vi.stubEnv('PORTAL_CONTENT_DIR', root);
  // contentRoot is read when the module loads.
  loader = await import('../../src/lib/content/loader');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** Astro's parsing of a file: its frontmatter as data, the rest as body. */
const parseEntry = ({ contents }: { contents: string }) => {
  const { frontmatter, content, rawFrontmatter } = parseFrontmatter(contents);
  return { data: frontmatter, body: content, rawData: rawFrontmatter };
};

/**
 * A loader context as Astro's content layer gives one, with an empty store; `parseData` validates
 * with the collection's schema, as Astro's does.
 */
function loaderContext(
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown,
  schema: z.ZodType = z.object({}).passthrough(),
) {
  const entries = new Map<string, { id: string; filePath?: string; digest?: string }>();
  const store = {
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    get: (id: string) => entries.get(id),
    set: (entry: { id: string }) => entries.set(entry.id, entry),
    delete: (id: string) => entries.delete(id),
    has: (id: string) => entries.has(id),
    clear: () => entries.clear(),
    addModuleImport: () => undefined,
    addAssetImports: () => undefined,
  };
  const noLog = () => undefined;
  return {
    collection: 'glossary',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info: noLog, warn: noLog, error: noLog, debug: noLog },
    parseData: ({ data }: { data: unknown }) => schema.parseAsync(data),
    store,
    generateDigest: (text: string) => `${text.length}:${text.slice(0, 40)}`,
    entryTypes: new Map([
      ['.md', { getEntryInfo }],
      ['.mdx', { getEntryInfo }],
    ]),
    entries,
  };
}

describe('contentLoader', () => {
  it('finds impossible dates in the text the entry was parsed from', async () => {
    const file = path.join(root, 'glossary', 'begrep.md');
    mkdirSync(path.dirname(file), { recursive: true });
    const text = '---\ntitle: Begrep\nupdated: 2026-02-30\n---\n\nTekst.\n';
    writeFileSync(file, text);
    const context = loaderContext(({ contents }) => {
      // The editor corrects the file after the loader read it: this build still parses the
      // text it read (YAML would roll 2026-02-30 over to 2 March), so that text is the one
      // checked, and the file is not read a second time.
      writeFileSync(file, text.replace('2026-02-30', '2026-03-02'));
      return {
        data: { title: 'Begrep', updated: new Date('2026-03-02') },
        body: contents,
        rawData: '',
      };
    });
    const load = loader
      .contentLoader('glossary', z.object({}).passthrough())
      .load(context as unknown as LoaderContext);
    await expect(load).rejects.toThrow(
      `Feil i ${path.relative(process.cwd(), file)}:\n` +
        '  - feltet «updated»: fant «2026-02-30», som ikke finnes i kalenderen, forventet en virkelig dato (ÅÅÅÅ-MM-DD)',
    );
    expect(context.entries.size).toBe(0);
  });

  /** `files` (name → text) in content/<folder>/, and the loader run over them with `schema`. */
  function load(folder: string, files: Record<string, string>, schema: z.ZodType) {
    mkdirSync(path.join(root, folder), { recursive: true });
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(root, folder, name), text);
    const context = loaderContext(parseEntry, schema);
    const done = loader.contentLoader(folder, schema).load(context as unknown as LoaderContext);
    return {
      context,
      done,
      file: (name: string) => path.relative(process.cwd(), path.join(root, folder, name)),
    };
  }

  const termSchema = z.object({ title: z.string().min(1), order: z.number().optional() }).strict();

  it('stores each entry with its blank fields left out, as the web editor saves them', async () => {
    const { context, done } = load(
      'terms',
      { 'begrep.md': '---\ntitle: Begrep\norder:\n---\n\nTekst.\n' },
      termSchema,
    );
    await done;
    expect(context.entries.get('begrep')).toMatchObject({ data: { title: 'Begrep' } });
    expect(context.entries.get('begrep')).not.toHaveProperty('data.order');
  });

  it("a field the schema refuses fails in the editors' words: file, field, found, expected", async () => {
    const { context, done, file } = load(
      'terms-bad',
      { 'begrep.md': '---\ntitle: Begrep\norder: tre\nextra: 1\n---\n' },
      termSchema,
    );
    await expect(done).rejects.toThrow(
      new EditorError(file('begrep.md'), [
        { field: 'order', found: '«tre»', expected: 'et tall' },
        { field: 'extra', found: 'tallet 1', expected: 'ikke noe felt med dette navnet' },
      ]).message,
    );
    expect(context.entries.size).toBe(0);
  });

  it('two files with one id (x.md and x.mdx) fail the build, naming both', async () => {
    const { done, file } = load(
      'terms-twice',
      { 'begrep.md': '---\ntitle: Begrep\n---\n', 'begrep.mdx': '---\ntitle: Begrep (MDX)\n---\n' },
      termSchema,
    );
    const names = [file('begrep.md'), file('begrep.mdx')];
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditorError);
    const { file: failing, problems } = error as EditorError;
    expect(names).toContain(failing);
    const other = names.find((name) => name !== failing);
    expect(problems).toEqual([
      {
        field: '(filnavnet)',
        found: `id-en «begrep», som også brukes av ${other}`,
        expected: 'et filnavn (uten endelse) som ingen annen oppføring i samlingen har',
      },
    ]);
  });
});
