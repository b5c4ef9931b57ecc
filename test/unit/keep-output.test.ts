/**
 * A warm build keeps the output folder (src/lib/content/keep-output.ts) only as the last build
 * left it, and afterwards removes whatever this build neither wrote nor reused. The fixture build
 * in test/build/incremental.test.ts shows it end to end (a removed entry leaves no page).
 */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  isUnchanged,
  keepOutput,
  pruneOutput,
  recordOutput,
} from '../../src/lib/content/keep-output';

let dir: string;
const at = (file: string) => path.join(dir, file);
/** Writes a file with its modification time set to `time` (ms). */
async function put(file: string, time: number, text = file) {
  await mkdir(path.dirname(at(file)), { recursive: true });
  await writeFile(at(file), text);
  await utimes(at(file), time / 1000, time / 1000);
}
const listed = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'keep-output-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BEFORE = Date.parse('2026-06-01T10:00:00Z');
const STARTED = BEFORE + 60_000;

describe('pruning the output after a build', () => {
  test('keeps what the build wrote or reused and removes the rest, with emptied folders', async () => {
    await put('krav/a/index.html', BEFORE); // reused by its route
    await put('krav/b/index.html', BEFORE); // an entry that is gone
    await put('krav/c/index.html', STARTED + 5); // written by this build
    await put('_astro/old.css', BEFORE); // last build's hashed style
    await put('pagefind/pagefind.js', BEFORE); // last build's index
    await put('favicon.svg', STARTED); // copied from public/ just now
    const { removed, record } = pruneOutput(dir, new Set([at('krav/a/index.html')]), STARTED);
    expect(removed).toEqual(['_astro/old.css', 'krav/b/index.html', 'pagefind/pagefind.js']);
    // The record taken while pruning is the one a walk of what is left gives.
    expect(record).toEqual(recordOutput(dir));
    expect(Object.keys(record.files).sort()).toEqual([
      'favicon.svg',
      'krav/a/index.html',
      'krav/c/index.html',
    ]);
    expect(await listed()).toEqual([
      'favicon.svg',
      'krav',
      'krav/a',
      'krav/a/index.html',
      'krav/c',
      'krav/c/index.html',
    ]);
  });
});

describe('trusting the output folder of the last build', () => {
  test('only as recorded: same folder, every file with its time and size', async () => {
    await put('index.html', BEFORE);
    await put('krav/a/index.html', BEFORE);
    const record = recordOutput(dir);
    expect(isUnchanged(record, dir)).toBe(true);
    // Files added after the record (the search index) do not matter; they are pruned later.
    await put('pagefind/pagefind.js', STARTED);
    expect(isUnchanged(record, dir)).toBe(true);

    expect(isUnchanged(undefined, dir), 'no record: a failed or first build').toBe(false);
    expect(isUnchanged(record, `${dir}-other`), 'another output folder').toBe(false);
    await put('krav/a/index.html', STARTED, 'written by another build');
    expect(isUnchanged(record, dir), 'a file rewritten since').toBe(false);
    await put('krav/a/index.html', BEFORE);
    expect(isUnchanged(record, dir), 'same time again').toBe(true);
    await put('krav/a/index.html', BEFORE, 'other text, other size');
    expect(isUnchanged(record, dir), 'same time, other size').toBe(false);
    await rm(at('index.html'));
    expect(isUnchanged(recordOutput(dir), dir)).toBe(true);
    expect(isUnchanged(record, dir), 'a file gone').toBe(false);
  });
});

describe('the integration across two builds', () => {
  /** Astro's side of the two hooks: the folders, the config update and the log. */
  async function build(outDir: string, cacheDir: string, routeFiles: string[], write: string[]) {
    const hooks = keepOutput().hooks;
    const updates: unknown[] = [];
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) };
    const setup = hooks['astro:config:setup'] as unknown as (options: object) => void;
    const done = hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
    setup({
      command: 'build',
      config: { cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${outDir}/`) },
      updateConfig: (update: unknown) => updates.push(update),
      logger,
    });
    // What the build writes now is newer than the mark the setup hook took.
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const file of write) {
      await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
      await writeFile(path.join(outDir, file), file);
    }
    await done({
      dir: pathToFileURL(`${outDir}/`),
      assets: new Map([['/krav/[id]', routeFiles.map((f) => pathToFileURL(path.join(outDir, f)))]]),
      logger,
    });
    return { updates, logged };
  }

  test('empties a folder it has no record of, keeps one it has, and prunes after', async () => {
    const outDir = at('dist');
    const cacheDir = at('cache');
    await put('dist/krav/gammel/index.html', BEFORE); // from some earlier build
    const pages = ['krav/a/index.html', 'krav/slettet/index.html'];
    const first = await build(outDir, cacheDir, pages, pages);
    expect(first.updates).toEqual([{ vite: { build: { emptyOutDir: true } } }]);
    expect(first.logged).toContain('1 file(s) from earlier builds removed from the output');

    // Second build: krav/a reused as it is, krav/b new, krav/slettet's entry gone.
    const second = await build(
      outDir,
      cacheDir,
      ['krav/a/index.html', 'krav/b/index.html'],
      ['krav/b/index.html'],
    );
    expect(second.updates).toEqual([]);
    expect(second.logged).toContain('1 file(s) from earlier builds removed from the output');
    expect((await listed()).filter((f) => f.startsWith('dist/') && f.endsWith('.html'))).toEqual([
      'dist/krav/a/index.html',
      'dist/krav/b/index.html',
    ]);
  });
});
