/**
 * Pagefind in the browser, on the search page only: its engine (script, wasm, the index's
 * metadata) loads when the page is idle or the field gets focus, and the index's chunks and the
 * results' data when a reader searches. Other pages ship none of it.
 */
import { DATE_ORDER_FILE, type DateOrder } from './date-order';
import type { PagefindOptions } from './query';
import { EXACT_DIACRITICS } from './spelling';

/** Where the indexing script (scripts/index-search.mjs) puts Pagefind's browser bundle. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** … and the date order it writes beside it. */
export const DATE_ORDER_URL = `/pagefind/${DATE_ORDER_FILE}`;

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
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindOptions): Promise<PagefindResponse | null>;
  preload(term: string, options?: PagefindOptions): Promise<void>;
}

/** Pagefind's settings for this site. */
export const PAGEFIND_OPTIONS = {
  exactDiacritics: EXACT_DIACRITICS,
  // Pagefind decodes the index and searches in its web worker (/pagefind/pagefind-worker.js),
  // so the page stays responsive while a search arriving with ?q= runs: on the main thread it
  // blocked the search page for about 400 ms in Lighthouse's mobile run (README, Lighthouse).
  noWorker: false,
} as const;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported and set up once; a failed load may be retried. */
export function pagefind(url: string = PAGEFIND_URL): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime URL: the bundle is written after the build, so Vite must not try to resolve it.
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ ...PAGEFIND_OPTIONS });
    await module.init();
    return module;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
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
