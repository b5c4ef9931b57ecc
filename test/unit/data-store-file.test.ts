/**
 * The content store reaches the prerender bundle as a file (src/lib/build/data-store-file.ts):
 * the module that reads it must give the same value as Astro's module with the text inlined, and
 * a module of another shape is left alone. The fixture builds (test/build/incremental.test.ts,
 * parallel-render.test.ts) render every page through it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeModuleCode, storeTextOf } from '../../src/lib/build/data-store-file';

/** A store text with what JSON escapes (quotes, backslashes, line breaks) and letters beyond ASCII. */
const TEXT = JSON.stringify([
  { requirements: 1 },
  'Krav «om» "tvangsarbeid" – C:\\mappe\nlinje 2 ø æ å 😀',
]);
/** Astro's module for that store (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroCode = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'data-store-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the store text comes back exactly from Astro’s module code', () => {
  expect(storeTextOf(astroCode(TEXT))).toBe(TEXT);
});

test('modules of another shape are left alone', () => {
  expect(storeTextOf('export default new Map()')).toBeUndefined();
  expect(storeTextOf('export default{"a":[(await import("x"))]}')).toBeUndefined();
  expect(storeTextOf('export default JSON.parse(42)')).toBeUndefined();
  expect(storeTextOf('export default JSON.parse("unterminated)')).toBeUndefined();
});

test('the module reading the file gives the value Astro’s module gives', async () => {
  await writeFile(path.join(dir, 'astro.mjs'), astroCode(TEXT));
  await writeFile(path.join(dir, 'store.json'), storeTextOf(astroCode(TEXT))!);
  await writeFile(path.join(dir, 'file.mjs'), storeModuleCode('store.json'));
  const astro = (await import(pathToFileURL(path.join(dir, 'astro.mjs')).href)) as {
    default: unknown;
  };
  const fromFile = (await import(pathToFileURL(path.join(dir, 'file.mjs')).href)) as {
    default: unknown;
  };
  expect(fromFile.default).toEqual(astro.default);
  expect(fromFile.default).toEqual(JSON.parse(TEXT));
});
