/**
 * The build memo (src/lib/content/build-memo.ts) gives a step's last result only for the same
 * key, keeps only the results a build used, and is off outside `astro build`. Each "build" here
 * is the memo folder set, the steps run, and saveMemo() as at the process's exit; the fixture
 * build in test/build/incremental.test.ts checks it end to end against a cold build.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addMemoResults,
  digestOfFiles,
  memo,
  memoAll,
  memoAsync,
  memoFromMainThread,
  resultsForRenderThreads,
  saveMemo,
  sourceFilesImportedBy,
} from '../../src/lib/content/build-memo';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'build-memo-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  saveMemo();
  delete process.env['PORTAL_MEMO_DIR'];
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** One build with the memo in `dir`: runs `steps`, then saves as the process's exit would. */
async function build<T>(steps: () => T | Promise<T>): Promise<T> {
  process.env['PORTAL_MEMO_DIR'] = dir;
  const result = await steps();
  saveMemo();
  return result;
}

describe('the build memo', () => {
  test('outside a build, every call makes its result', () => {
    const make = vi.fn(() => 'made');
    expect(memo('steps', 'a', make)).toBe('made');
    expect(memo('steps', 'a', make)).toBe('made');
    expect(make).toHaveBeenCalledTimes(2);
  });

  test('a later build reuses a result for the same key and makes one for a new key', async () => {
    await build(() => memo('steps', 'a', () => 'first a'));
    const make = vi.fn((key: string) => `second ${key}`);
    const second = await build(() => [
      memo('steps', 'a', () => make('a')),
      memo('steps', 'b', () => make('b')),
    ]);
    expect(second).toEqual(['first a', 'second b']);
    expect(make).toHaveBeenCalledTimes(1);
    expect(console.log).toHaveBeenCalledWith('[build-memo] steps: 1 reused, 1 made');
  });

  test('keeps only the results the last build used', async () => {
    await build(() => [memo('steps', 'a', () => 'a1'), memo('steps', 'b', () => 'b1')]);
    await build(() => memo('steps', 'b', () => 'b2'));
    const third = await build(() => [
      memo('steps', 'a', () => 'a3'),
      memo('steps', 'b', () => 'b3'),
    ]);
    expect(third).toEqual(['a3', 'b1']);
  });

  test('keeps bytes and what a promise resolves to', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    await build(() => memoAsync('files', 'x', () => Promise.resolve(bytes)));
    const make = vi.fn(() => Promise.resolve(new Uint8Array()));
    const again = await build(() => memoAsync('files', 'x', make));
    expect(again).toEqual(bytes);
    expect(make).not.toHaveBeenCalled();
  });

  test('keeps the results a render thread used, with those of the main thread', async () => {
    // A render thread (src/lib/build/render-worker.mjs) does not save; it hands its memos over.
    await build(() => {
      memo('steps', 'main', () => 'made in the main thread');
      addMemoResults([
        ['steps', { used: new Map([['thread', 'made in a thread']]), made: new Set(['thread']) }],
      ]);
    });
    expect(console.log).toHaveBeenCalledWith('[build-memo] steps: 0 reused, 2 made');
    const make = vi.fn(() => 'made again');
    const second = await build(() => [memo('steps', 'main', make), memo('steps', 'thread', make)]);
    expect(second).toEqual(['made in the main thread', 'made in a thread']);
    expect(make).not.toHaveBeenCalled();
  });

  test('a render thread takes what the main thread made before the pages, and makes the rest', async () => {
    // The main thread makes a document in its getStaticPaths and hands its results over
    // (src/lib/build/parallel-render.ts); then it saves them, as at the end of the build.
    let fromMainThread: ReturnType<typeof resultsForRenderThreads> = [];
    await build(async () => {
      await memoAsync('docs', 'template', () => Promise.resolve('made in the main thread'));
      fromMainThread = resultsForRenderThreads();
    });
    // A render thread of a cold build: an empty memo folder of its own, and the main thread's
    // results still to come (render-worker.mjs sets the promise before it loads the pages).
    const threadDir = await mkdtemp(path.join(tmpdir(), 'build-memo-thread-'));
    const fromMain = Symbol.for('portal.build-memo.from-main-thread');
    let receive: (results: typeof fromMainThread) => void = () => {};
    (globalThis as Record<symbol, unknown>)[fromMain] = new Promise((r) => (receive = r));
    try {
      process.env['PORTAL_MEMO_DIR'] = threadDir;
      const make = vi.fn((key: string) => Promise.resolve(`made in the thread: ${key}`));
      const document = memoFromMainThread('docs', 'template', () => make('template'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(make).not.toHaveBeenCalled();
      receive(fromMainThread);
      expect(await document).toBe('made in the main thread');
      expect(await memoFromMainThread('docs', 'other', () => make('other'))).toBe(
        'made in the thread: other',
      );
      expect(make).toHaveBeenCalledTimes(1);
      // The main thread saves its own results; the thread hands over only what it made.
      saveMemo();
      expect(console.log).toHaveBeenLastCalledWith('[build-memo] docs: 0 reused, 1 made');
    } finally {
      delete (globalThis as Record<symbol, unknown>)[fromMain];
      await rm(threadDir, { recursive: true, force: true });
    }
  });

  test('memoAll makes only the missing results, in one call, each key once', async () => {
    await build(() => memo('steps', 'a', () => 'first a'));
    const make = vi.fn((keys: string[]) => keys.map((key) => `second ${key}`));
    const second = await build(() => memoAll('steps', ['b', 'a', 'c', 'b'], make));
    expect(second).toEqual(['second b', 'first a', 'second c', 'second b']);
    expect(make).toHaveBeenCalledTimes(1);
    expect(make).toHaveBeenCalledWith(['b', 'c']);
    expect(console.log).toHaveBeenCalledWith('[build-memo] steps: 1 reused, 2 made');
    const none = vi.fn((keys: string[]) => keys);
    expect(await build(() => memoAll('steps', ['a', 'c'], none))).toEqual(['first a', 'second c']);
    expect(none).not.toHaveBeenCalled();
    expect(() => memoAll('steps', ['x', 'y'], () => ['only one'])).toThrow('2 keys, 1 results');
  });

  test('one exit listener saves the memos, however many builds the process starts', async () => {
    await build(() => memo('steps', 'a', () => 'first a'));
    const listeners = process.listenerCount('exit');
    for (const key of ['b', 'c', 'd']) await build(() => memo('steps', key, () => key));
    expect(process.listenerCount('exit')).toBe(listeners);
    const atExit = process.listeners('exit').filter((listener) => listener === saveMemo);
    expect(atExit).toHaveLength(1);
    // A build that ends with the process, not with a call to saveMemo.
    process.env['PORTAL_MEMO_DIR'] = dir;
    memo('steps', 'e', () => 'first e');
    for (const listener of atExit) listener.call(process, 0);
    const make = vi.fn(() => 'made again');
    expect(await build(() => memo('steps', 'e', make))).toBe('first e');
    expect(make).not.toHaveBeenCalled();
  });

  test('a failed step leaves nothing behind', async () => {
    await expect(
      build(() =>
        memo('steps', 'a', () => {
          throw new Error('bad input');
        }),
      ),
    ).rejects.toThrow('bad input');
    saveMemo();
    expect(await build(() => memo('steps', 'a', () => 'made'))).toBe('made');
  });
});

describe('the code digest', () => {
  test('changes with a file’s bytes and with its name', async () => {
    await writeFile(path.join(dir, 'a.ts'), 'export const a = 1;');
    const before = digestOfFiles(dir, ['a.ts', 'missing']);
    await writeFile(path.join(dir, 'a.ts'), 'export const a = 2;');
    expect(digestOfFiles(dir, ['a.ts'])).not.toBe(before);
    await rm(path.join(dir, 'a.ts'));
    await writeFile(path.join(dir, 'b.ts'), 'export const a = 1;');
    expect(digestOfFiles(dir, ['b.ts'])).not.toBe(before);
  });
});

describe('the source files a module imports', () => {
  test('follows relative imports of every kind, to files and folders, once each', async () => {
    await mkdir(path.join(dir, 'lib/parts'), { recursive: true });
    await writeFile(
      path.join(dir, 'entry.ts'),
      "import { a } from './lib/a';\nimport type { P } from './lib/parts';\nimport 'astro:content';",
    );
    await writeFile(
      path.join(dir, 'lib/a.ts'),
      "export { b } from './b.ts';\nconst c = import('./c.js');",
    );
    await writeFile(path.join(dir, 'lib/b.ts'), "import { a } from './a';");
    await writeFile(path.join(dir, 'lib/c.js'), '');
    await writeFile(path.join(dir, 'lib/parts/index.ts'), 'export type P = 1;');
    await writeFile(path.join(dir, 'lib/unused.ts'), '');
    expect(sourceFilesImportedBy(dir, 'entry.ts')).toEqual([
      'entry.ts',
      'lib/a.ts',
      'lib/b.ts',
      'lib/c.js',
      'lib/parts/index.ts',
    ]);
  });

  test('gives up when an import names no file it finds, so the caller takes a wider set', async () => {
    await writeFile(path.join(dir, 'entry.ts'), "import View from './View.astro';");
    expect(sourceFilesImportedBy(dir, 'entry.ts')).toBeUndefined();
  });

  test('of the content config: the schemas and the loader, not the pages', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = sourceFilesImportedBy(root, 'src/content.config.ts') ?? [];
    expect(files).toContain('src/schemas/requirement.ts');
    expect(files).toContain('src/lib/content/loader.ts');
    expect(files.filter((file) => file.startsWith('src/lib/pages/'))).toEqual([]);
  });
});
