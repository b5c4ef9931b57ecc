/**
 * Searches a built site's Pagefind index from Node with the options the search page uses:
 * Pagefind's own browser bundle from the build, its files read from disk instead of the network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATE_ORDER_FILE, byDate, type DateOrder } from '../../src/lib/search/date-order';
import { PAGEFIND_OPTIONS, type Pagefind, type PagefindData } from '../../src/lib/search/engine';
import type { PagefindOptions, SortOrder } from '../../src/lib/search/query';

export interface IndexSearch {
  /**
   * Every hit's data, best first, or newest first as the search page sorts by date; null
   * searches by filters alone.
   */
  search(term: string | null, options?: PagefindOptions, sort?: SortOrder): Promise<PagefindData[]>;
  /** Puts the real fetch back. */
  close(): void;
}

export async function openIndex(outDir: string): Promise<IndexSearch> {
  const bundle = pathToFileURL(path.join(outDir, 'pagefind') + path.sep).href;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return realFetch(input);
    return new Response(await readFile(fileURLToPath(url)));
  }) as typeof fetch;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Results come back as site paths ("/krav/x/"), as in the browser.
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: bundle, baseUrl: '/' });
  await pagefind.init();
  const order = JSON.parse(
    await readFile(path.join(outDir, 'pagefind', DATE_ORDER_FILE), 'utf-8'),
  ) as DateOrder;
  return {
    async search(term, options = { filters: {} }, sort = 'relevans') {
      const response = await pagefind.search(term, options);
      const hits = response?.results ?? [];
      return Promise.all((sort === 'dato' ? byDate(hits, order) : hits).map((hit) => hit.data()));
    },
    close() {
      globalThis.fetch = realFetch;
    },
  };
}
