/**
 * Pagefind in the browser, on the search page only: its engine (worker script, wasm, the
 * index's metadata) loads when the page is idle or the field gets focus, and the index's chunks
 * and the results' data when a reader searches. Other pages ship none of it.
 */
import { DATE_ORDER_FILE, type DateOrder } from './date-order';
import { workerEngine } from './engine-worker';
import type { PagefindOptions } from './query';
import { EXACT_DIACRITICS } from './spelling';

/** Where the indexing script (scripts/index-search.mjs) puts Pagefind's browser bundle. */
export const PAGEFIND_DIR = '/pagefind/';
/** Pagefind's web worker, which holds the engine and searches (engine-worker.ts)… */
export const PAGEFIND_WORKER_URL = `${PAGEFIND_DIR}pagefind-worker.js`;
/** … Pagefind's own script, the fallback where the worker cannot start… */
export const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;
/** … and the date order the indexing script writes beside them. */
export const DATE_ORDER_URL = `${PAGEFIND_DIR}${DATE_ORDER_FILE}`;

/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindHit {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindHit[];
}
/** What the search page asks of the engine, in the worker or from Pagefind's script alike. */
export interface SearchEngine {
  search(term: string | null, options?: PagefindOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: PagefindOptions): Promise<void>;
}
/** Pagefind's script (pagefind.js) as a module. */
export interface Pagefind extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Pagefind's settings for this site. */
export const PAGEFIND_OPTIONS = { exactDiacritics: EXACT_DIACRITICS } as const;

/**
 * What Pagefind's script tells its worker about the index when it starts it: the settings, where
 * the index is, and the page's language (whose index it loads), as pagefind.js reads it.
 */
export const workerSettings = (language: string): Record<string, unknown> => ({
  ...PAGEFIND_OPTIONS,
  basePath: PAGEFIND_DIR,
  language: language.toLowerCase() || 'unknown',
  primary: true,
});

let loading: Promise<SearchEngine> | undefined;

/**
 * The engine, set up once: Pagefind's worker driven from here (engine-worker.ts), or where the
 * worker cannot start, Pagefind's own script on the page's thread. The worker decodes the index
 * and searches, so the page stays responsive while a search arriving with ?q= runs: on the main
 * thread it blocked the search page for about 400 ms in Lighthouse's mobile run (README,
 * Lighthouse). A failed load may be retried.
 */
export function pagefind(
  workerUrl: string = PAGEFIND_WORKER_URL,
  scriptUrl: string = PAGEFIND_URL,
): Promise<SearchEngine> {
  loading ??= (async () => {
    if (typeof Worker === 'function') {
      try {
        return await workerEngine(workerUrl, workerSettings(document.documentElement.lang));
      } catch (error) {
        console.warn('Pagefind: searching on the page, its worker did not start', error);
      }
    }
    return pagefindScript(scriptUrl, { noWorker: true });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Pagefind's own script, imported and set up (`settings` beside the site's). */
export async function pagefindScript(
  url: string,
  settings: Record<string, unknown> = {},
): Promise<Pagefind> {
  // A runtime URL: the bundle is written after the build, so Vite must not try to resolve it.
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  await module.options({ ...PAGEFIND_OPTIONS, ...settings });
  await module.init();
  return module;
}

let loadingOrder: Promise<DateOrder> | undefined;

/** The date order, fetched when a reader first sorts by date; a failed load may be retried. */
export function dateOrder(url: string = DATE_ORDER_URL): Promise<DateOrder> {
  loadingOrder ??= (async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as DateOrder;
  })();
  loadingOrder.catch(() => {
    loadingOrder = undefined;
  });
  return loadingOrder;
}
