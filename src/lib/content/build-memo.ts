/**
 * Results of costly steps that run in every build, kept for the next one: steps of routes without
 * a cache key (cache-key.ts), or that the main thread runs before the pages, such as the template
 * documents (.docx), the calendar events (.ics) and the word diffs of requirement versions.
 * Within a build, a render thread takes what the main thread made before the pages
 * (memoFromMainThread) instead of making it again.
 * A warm build takes them from the cache folder instead of making them again (bench profile,
 * 1 000 entries: 1–2 s of a warm build's CPU time).
 *
 * A result is stored under a key that holds every input the step reads, in a folder named by a
 * digest of all the code that could make it (src/, astro.config.mjs and the installed packages),
 * so a change to any code starts with an empty memo; each build keeps only the results it used.
 * Only `astro build` memoizes (the integration below names the folder); the dev server, tests
 * and scripts make every result anew. test/build/incremental.test.ts compares a warm build
 * with a cold one, file by file.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

/** Set by the integration for `astro build` only: the folder of this code's results. */
const MEMO_DIR_ENV = 'PORTAL_MEMO_DIR';

/**
 * One digest of the files under each of `paths` (files or folders, relative to `root`; missing
 * ones are skipped), their names and bytes.
 */
export function digestOfFiles(root: string, paths: readonly string[]): string {
  const files: string[] = [];
  for (const name of paths) {
    const full = path.join(root, name);
    if (!existsSync(full)) continue;
    if (statSync(full).isFile()) {
      files.push(name);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)));
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** What a relative import may name: the file itself, or it with an extension, or its folder's index. */
const IMPORT_CANDIDATES = ['', '.ts', '.js', '.mjs', '/index.ts', '/index.js'];

/** `from './x'`, `import './x'`, `import('./x')`: every relative module specifier in a source. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport\s*\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * `entry` and every source file it imports, directly or through others, by relative path
 * (relative to `root`, sorted). Type-only imports count too: listing a file too many only
 * clears a cache more often. Undefined when a relative import names no file this finds (another
 * extension, or text in a comment): the caller then takes a wider set, so nothing is missed.
 */
export function sourceFilesImportedBy(root: string, entry: string): string[] | undefined {
  const found = new Set<string>();
  const pending = [path.resolve(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf-8').matchAll(RELATIVE_IMPORT)) {
      const base = path.resolve(path.dirname(file), specifier);
      const target = IMPORT_CANDIDATES.map((ending) => base + ending).find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (!target) return undefined;
      pending.push(target);
    }
  }
  return [...found].map((file) => path.relative(root, file)).sort();
}

interface Store {
  file: string;
  previous: Map<string, unknown>;
  /** The results this build used, written for the next one. */
  used: Map<string, unknown>;
  /** The keys of the results this build made (the rest of `used` came from the last build). */
  made: Set<string>;
  /**
   * In a render thread, the results the main thread had when its getStaticPaths were done
   * (memoFromMainThread); the main thread saves them, so they stay out of `used`.
   */
  fromMainThread: Map<string, unknown>;
}

/**
 * One set of memos per thread, shared by every copy of this module in it (astro.config.mjs loads
 * one, the built pages another). A render thread (src/lib/build/render-worker.mjs) hands the
 * results it used to the main thread, which saves them with its own (addMemoResults).
 */
const STORES = Symbol.for('portal.build-memo');
const stores = ((globalThis as Record<symbol, unknown>)[STORES] ??= new Map()) as Map<
  string,
  Store
>;

/** What a render thread used and made, per memo. */
export type MemoResults = [name: string, results: Pick<Store, 'used' | 'made'>][];

/** What the main thread hands its render threads: the results it used so far, per memo. */
export type MainThreadResults = [name: string, used: Map<string, unknown>][];

/**
 * Set by a render thread (render-worker.mjs) before it loads the pages: a promise of the main
 * thread's results, which it sends once its getStaticPaths are done (parallel-render.ts).
 */
const FROM_MAIN_THREAD = Symbol.for('portal.build-memo.from-main-thread');

/** True in a render thread: it takes what the main thread makes before the pages (memoFromMainThread). */
export const inRenderThread = () => FROM_MAIN_THREAD in globalThis;

/** The results this thread used so far, for the render threads (main thread only). */
export const resultsForRenderThreads = (): MainThreadResults =>
  [...stores].map(([name, store]) => [name, store.used]);

/** Writes each memo's results for the next build; the build calls it when its process exits. */
export function saveMemo() {
  for (const [name, store] of stores) {
    if (store.made.size > 0 || store.used.size !== store.previous.size)
      writeFileSync(store.file, serialize(store.used));
    console.log(`[build-memo] ${name}: ${store.used.size - store.made.size} reused, ${store.made.size} made`);
  }
  stores.clear();
}

/** Set once the exit listener is there: one per process, whichever copy of this module added it. */
const SAVES_AT_EXIT = Symbol.for('portal.build-memo.saves-at-exit');

/**
 * Saves the memos at the build's last moment, whether it succeeded or not: every result is valid
 * on its own. Only the main thread writes; a render thread's results come to it (addMemoResults).
 * One listener for the process, since saveMemo saves every store there is then; one per new set
 * of stores would pile up where stores are saved and started again (the unit tests).
 */
function saveAtExit() {
  const global = globalThis as Record<symbol, unknown>;
  if (!isMainThread || global[SAVES_AT_EXIT]) return;
  global[SAVES_AT_EXIT] = true;
  process.once('exit', saveMemo);
}

function storeOf(name: string): Store | undefined {
  const dir = process.env[MEMO_DIR_ENV];
  if (!dir) return undefined;
  let store = stores.get(name);
  if (!store) {
    const file = path.join(dir, `${name}.bin`);
    let previous = new Map<string, unknown>();
    try {
      previous = deserialize(readFileSync(file)) as Map<string, unknown>;
    } catch {
      // No results yet (cold build) or unreadable: make them.
    }
    store = { file, previous, used: new Map(), made: new Set(), fromMainThread: new Map() };
    saveAtExit();
    stores.set(name, store);
  }
  return store;
}

/** Adds a render thread's results to this thread's, to be saved with them for the next build. */
export function addMemoResults(results: MemoResults) {
  for (const [name, { used, made }] of results) {
    const store = storeOf(name);
    if (!store) return;
    for (const [key, value] of used) if (!store.used.has(key)) store.used.set(key, value);
    for (const key of made) store.made.add(key);
  }
}

/**
 * The result of `make()` for `key` in the memo `name`: the last build's when it had the same key
 * under the same code. `key` must hold every input `make` reads; the result must survive
 * structured cloning (strings, bytes, plain data).
 */
export function memo<T>(name: string, key: string, make: () => T): T {
  const store = storeOf(name);
  if (!store) return make();
  if (store.used.has(key)) return store.used.get(key) as T;
  if (store.fromMainThread.has(key)) return store.fromMainThread.get(key) as T;
  if (store.previous.has(key)) {
    const value = store.previous.get(key) as T;
    store.used.set(key, value);
    return value;
  }
  const value = make();
  store.used.set(key, value);
  store.made.add(key);
  return value;
}

/**
 * `memo` for many keys at once: `make` gets the keys this build has no result for yet (each once,
 * in the order first given) and returns their results in that order; it is not called when there
 * are none. For steps that are cheaper in a batch than one by one.
 */
export function memoAll<T>(
  name: string,
  keys: readonly string[],
  make: (missing: string[]) => T[],
): T[] {
  const store = storeOf(name);
  const missing = [
    ...new Set(
      keys.filter(
        (key) =>
          !store?.used.has(key) && !store?.fromMainThread.has(key) && !store?.previous.has(key),
      ),
    ),
  ];
  const made = new Map<string, T>();
  if (missing.length > 0) {
    const values = make(missing);
    if (values.length !== missing.length)
      throw new Error(`memoAll(${name}): ${missing.length} keys, ${values.length} results`);
    missing.forEach((key, i) => made.set(key, values[i] as T));
  }
  return keys.map((key) => memo(name, key, () => made.get(key) as T));
}

/** `memo` for a step that returns a promise: the memo keeps what it resolves to. */
export async function memoAsync<T>(name: string, key: string, make: () => Promise<T>): Promise<T> {
  const store = storeOf(name);
  if (!store) return make();
  const kept = store.used.has(key) || store.fromMainThread.has(key) || store.previous.has(key);
  const value = kept ? undefined : await make();
  return memo(name, key, () => value as T);
}

/**
 * `memoAsync` for a step the main thread runs before any page renders (in a getStaticPaths): a
 * render thread waits for the main thread's results and makes a result itself only when they
 * lack it, so each is made once per build. The thread's own getStaticPaths must not wait for it
 * (they run while the main thread's do).
 */
export async function memoFromMainThread<T>(
  name: string,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  const pending = (globalThis as Record<symbol, unknown>)[FROM_MAIN_THREAD] as
    | Promise<MainThreadResults>
    | undefined;
  if (pending) {
    for (const [memoName, used] of await pending) {
      const store = storeOf(memoName);
      if (store) store.fromMainThread = used;
    }
  }
  return memoAsync(name, key, make);
}

/** What the memo's folder is named by: all code that could make a result. */
const CODE = ['src', 'astro.config.mjs', 'node_modules/.package-lock.json', 'package-lock.json'];

/**
 * Names the memo's folder for `astro build` (<cacheDir>/memo/<code digest>/) and removes the
 * folders of other code.
 */
export function buildMemo(): AstroIntegration {
  return {
    name: 'portal-build-memo',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const digest = digestOfFiles(fileURLToPath(config.root), CODE);
        const base = path.join(fileURLToPath(config.cacheDir), 'memo');
        if (existsSync(base)) {
          for (const name of readdirSync(base))
            if (name !== digest) rmSync(path.join(base, name), { recursive: true, force: true });
        }
        const dir = path.join(base, digest);
        mkdirSync(dir, { recursive: true });
        process.env[MEMO_DIR_ENV] = dir;
      },
    },
  };
}
