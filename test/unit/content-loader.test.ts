/**
 * The portal's content loader (src/lib/content/loader.ts) around Astro's glob loader, run with a
 * loader context of our own: Astro's content layer does not run under vitest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

/** A loader context as Astro's content layer gives one, with an empty store. */
function loaderContext(getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown) {
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
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    store,
    generateDigest: (text: string) => `${text.length}:${text.slice(0, 40)}`,
    entryTypes: new Map([['.md', { getEntryInfo }]]),
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
});
