/**
 * Pagefind's browser scripts, minified. Pagefind ships pagefind.js and pagefind-worker.js with
 * the whitespace taken out but every name kept; the search page loads both ahead of the first
 * query. Minified by esbuild (the same minifier Astro's own toolchain ships) they are 3.5 kB
 * smaller with gzip at 1 000 pages: 13.2 → 11.4 kB and 12.3 → 10.6 kB (Pagefind 1.6.0).
 *
 * The worker is a classic script, so its top-level names stay as they are (esbuild renames
 * only what no other script can see); pagefind.js is an ES module.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';

/** The scripts in Pagefind's output folder and how each is loaded. */
export const ENGINE_SCRIPTS = [
  { file: 'pagefind.js', format: 'esm' },
  { file: 'pagefind-worker.js', format: undefined },
] as const;

/** Same syntax level as the site's own scripts need: no newer syntax is introduced. */
const TARGET = 'es2020';

/** Minifies Pagefind's scripts in `indexDir` in place; returns their sizes before and after. */
export async function minifyEngine(
  indexDir: string,
): Promise<{ file: string; before: number; after: number }[]> {
  return Promise.all(
    ENGINE_SCRIPTS.map(async ({ file, format }) => {
      const full = path.join(indexDir, file);
      const code = await readFile(full, 'utf-8');
      const result = await transform(code, {
        minify: true,
        target: TARGET,
        ...(format ? { format } : {}),
        legalComments: 'none',
        logLevel: 'error',
      });
      await writeFile(full, result.code);
      return { file, before: Buffer.byteLength(code), after: Buffer.byteLength(result.code) };
    }),
  );
}
