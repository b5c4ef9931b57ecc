/**
 * Astro puts its content store (`<cacheDir>/data-store.json`, every entry) into the prerender
 * bundle as one string literal, `export default JSON.parse("…")`: 36 MB at 3 000 entries. Each
 * thread that loads the bundle (Astro's main thread and every render thread, parallel-render.ts)
 * has V8 compile that literal before the first page, in a warm build as in a cold one: 1.8 s of
 * CPU per load at 3 000 entries, against 0.27 s for reading and parsing the same text from a file.
 *
 * This plugin gives the bundle the same module reading the text from a file instead: the store as
 * Astro read it when bundling, written beside the chunk that holds the module (in the prerender
 * folder, which Astro deletes after the build). The store the pages see is the same value.
 * Astro's own module is left as it is when the store is kept in chunks
 * (`experimental.collectionStorage`) or has not been written.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the content store module (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The file written beside the chunk that reads it. */
const STORE_FILE = 'data-layer-content.json';

/** The module that reads the store: the same `JSON.parse` of the same text as Astro's. */
export const storeModuleCode = (file: string) =>
  [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url), 'utf-8'));`,
  ].join('\n');

/** How Astro's module begins and ends: the store's text as one JSON string literal between. */
const ASTRO_CODE_START = 'export default JSON.parse(';
const ASTRO_CODE_END = ')';

/**
 * The store's text in Astro's module code, or undefined when the code is not the one string
 * literal this plugin knows (another Astro version): the module is then left as it is.
 */
export function storeTextOf(code: string): string | undefined {
  if (!code.startsWith(ASTRO_CODE_START) || !code.endsWith(ASTRO_CODE_END)) return undefined;
  try {
    const text: unknown = JSON.parse(code.slice(ASTRO_CODE_START.length, -ASTRO_CODE_END.length));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

export function dataStoreFile(): AstroIntegration {
  return {
    name: 'portal-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        /** The store's text per build environment, as Astro bundled it. */
        const texts = new Map<string, string>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal-data-store-file',
                // Astro's plugin loads the module (its load hook comes first); this one rewrites it.
                transform: {
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler(code: string, id: string) {
                    if (id !== STORE_MODULE) return null;
                    const text = storeTextOf(code);
                    if (text === undefined) return null;
                    texts.set(this.environment.name, text);
                    return { code: storeModuleCode(STORE_FILE), map: { mappings: '' } };
                  },
                },
                async writeBundle(output, bundle) {
                  const text = texts.get(this.environment.name);
                  if (text === undefined) return;
                  for (const file of Object.values(bundle)) {
                    if (file.type !== 'chunk' || !file.moduleIds.includes(STORE_MODULE)) continue;
                    const folder = path.dirname(path.join(output.dir ?? '', file.fileName));
                    await writeFile(path.join(folder, STORE_FILE), text);
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
