/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a
 * page or file made from one entry is copied from the previous build, instead of rendered
 * again, when the key its route returns from `getStaticPaths` is the same as last time. Astro
 * itself renders it again when the code behind the route changed (it hashes the route's
 * modules, styles included), when an entry whose body the path rendered changed, or when the
 * Astro config or package-lock.json changed. Routes without a key are rendered every time.
 *
 * A key must change whenever anything the output shows may have changed, so it is made of:
 * - the site digest: the build date, the environment variables that change what pages show
 *   (`OUTPUT_ENV`: the site's address, where feedback goes), every published entry's data (titles, dates, references,
 *   summaries: what lists, related entries and navigation show) except the few long texts that
 *   only their own outputs show (`LOCAL_FIELDS`), the glossary terms each body links to, and
 *   every published English translation whole (data and body), and every other file under
 *   content/ (attachments), byte for byte;
 * - the whole of each entry the output is made from (data and body), passed by the route.
 * An editor's change to a title, a date or a reference therefore renders every keyed page again;
 * a change to a requirement's text or to an entry's body only the outputs made from it. The
 * build test in test/build/incremental.test.ts changes one entry and compares every output
 * with a cold build.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { buildDate } from '../dates';
import { CMS_ENV } from '../cms/env';
import { FEEDBACK_ENV } from '../feedback';
import { once } from '../once';
import { termUsesOf } from './glossary';
import { contentRoot } from './loader';
import { COLLECTIONS, site, siteTranslations, type Entry } from './site';
import { TRANSLATED } from '../collections';

type AnyEntry = Entry<(typeof COLLECTIONS)[number]>;

/**
 * Data fields shown only by the entry's own outputs and those that pass the entry to
 * `cacheKey`: a requirement's text (its page, its .docx, its categories' .docx, and the page
 * of the version that replaces it, which shows the change). Open data and the change feed
 * show it too, but they have no key and are written every time.
 */
export const LOCAL_FIELDS: Partial<Record<(typeof COLLECTIONS)[number], readonly string[]>> = {
  requirements: ['requirementText'],
};

/**
 * Environment variables that change the output besides the build date (which `buildDate()`
 * brings in): the site's address (canonical links, feedback links) and the feedback
 * configuration. The content folder is digested itself; the output and cache folders change
 * nothing in the output. test/unit/cache-key.test.ts checks that every PORTAL_ variable the
 * code reads is in one of these lists.
 */
export const OUTPUT_ENV = ['PORTAL_SITE_URL', ...FEEDBACK_ENV] as const;
export const NON_OUTPUT_ENV = [
  'PORTAL_BUILD_DATE',
  'PORTAL_CONTENT_DIR',
  'PORTAL_OUT_DIR',
  'PORTAL_CACHE_DIR',
  // The build memo's folder (build-memo.ts): a result is kept only under the same inputs.
  'PORTAL_MEMO_DIR',
  // Where the page middleware reads the built scripts (module-preload.ts): not what it writes.
  'PORTAL_CLIENT_DIR',
  // How many threads render pages, and when they start (parallel-render.ts): same pages either way.
  'PORTAL_RENDER_WORKERS',
  'PORTAL_RENDER_WORKERS_AFTER',
  ...CMS_ENV,
] as const;

/** The part of the key that comes from the environment, as "NAME=value" (unset: empty). */
export function environmentParts(env: Record<string, string | undefined> = process.env): string[] {
  return OUTPUT_ENV.map((name) => `${name}=${env[name] ?? ''}`);
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Every file under content/ that is not an entry (attachments such as template files). */
async function attachments(): Promise<string[]> {
  const files = await readdir(contentRoot, { recursive: true, withFileTypes: true });
  return files
    .filter((file) => file.isFile() && !/\.mdx?$/.test(file.name))
    .map((file) => path.join(file.parentPath, file.name))
    .sort();
}

/** The part of every entry that any page may show, the build date and the attachments. */
export const siteDigest = once(async (): Promise<string> => {
  const all = await site();
  const parts: string[] = [buildDate().toISOString(), ...environmentParts()];
  for (const collection of COLLECTIONS) {
    const local = LOCAL_FIELDS[collection] ?? [];
    const entries = (all[collection] as AnyEntry[]).toSorted((a, b) => (a.id < b.id ? -1 : 1));
    for (const entry of entries) {
      const data = Object.fromEntries(
        Object.entries(entry.data as Record<string, unknown>).filter(
          ([field]) => !local.includes(field),
        ),
      );
      const terms = termUsesOf(entry).map((use) => use.id ?? '');
      parts.push(collection, entry.id, JSON.stringify(data), terms.join(' '));
    }
  }
  // Published translations whole: English pages show each other's titles, and whether an entry
  // has one decides where both languages' switchers and links go.
  for (const collection of TRANSLATED) {
    const translations = (await siteTranslations(collection)).toSorted((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    for (const entry of translations) {
      parts.push(`${collection}En`, entry.id, JSON.stringify(entry.data), entry.body ?? '');
    }
  }
  for (const file of await attachments()) {
    parts.push(path.relative(contentRoot, file), sha256(await readFile(file)));
  }
  return sha256(...parts);
});

/**
 * An entry whole: its data and its body. Made once per entry object and build: a requirement
 * is in the key of its page, its .docx and its category's .docx, and hashing it for every
 * path took 0.6 s of CPU in a warm build at 10 000 entries. Entries are never changed after
 * they are loaded; an entry loaded again is a new object and gets its own digest.
 */
const entryDigests = new WeakMap<AnyEntry, string>();
const entryDigest = (entry: AnyEntry) => {
  let digest = entryDigests.get(entry);
  if (digest === undefined) {
    digest = sha256(entry.collection, entry.id, JSON.stringify(entry.data), entry.body ?? '');
    entryDigests.set(entry, digest);
  }
  return digest;
};

/**
 * Set by a render thread (src/lib/build/render-worker.mjs) before it loads the pages. Only Astro's
 * main thread reads the keys (it compares them with the last build's in
 * astro/dist/core/build/generate.js); a thread runs getStaticPaths for the props alone, and making
 * the keys there cost it 0.2–0.3 s of CPU at 1 000 entries (the site digest and every path's
 * entries hashed), growing with the content.
 */
export const KEYLESS_THREAD = Symbol.for('portal.keyless-render-thread');

/** What a render thread gets instead of a key: never compared with anything. */
export const THREAD_KEY = 'render-thread';

/**
 * The incremental build's key for an output made from `entries` (the first is the one the page
 * is about; `undefined` stands for a missing optional one). In a render thread: THREAD_KEY.
 */
export async function cacheKey(...entries: (AnyEntry | undefined)[]): Promise<string> {
  // Never in the main thread, whatever is set: there the keys decide what a warm build reuses.
  if (!isMainThread && (globalThis as Record<symbol, unknown>)[KEYLESS_THREAD] === true)
    return THREAD_KEY;
  return sha256(
    await siteDigest(),
    ...entries.map((entry) => (entry ? entryDigest(entry) : '-')),
  );
}

/**
 * The key of a list page that shows only what the site digest holds of the entries it lists
 * (titles, codes, dates, summaries, categories, documents asked for: no requirement text, no
 * body): rendered again when any of that changes, copied when only such a text changed.
 */
export const listKey = () => cacheKey();

/**
 * `getStaticPaths` of a list at a fixed address that shows only what the site digest holds (the
 * requirement catalogue, the sourced and high-risk requirements, the procurements, the meetings,
 * the cases; both languages), written as `[...list].astro` in that address's folder. Astro gives
 * a key only to pages of a dynamic route: these were rendered again in every warm build.
 */
export const fixedListPaths = async () => [
  { params: { list: undefined }, cacheKey: await listKey() },
];
