/**
 * Searches a built site's Pagefind index from Node with the options the search page uses:
 * Pagefind's own browser bundle from the build, its files read from disk instead of the network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, type Pagefind, type PagefindData } from '../../src/lib/search/engine';
import type { PagefindOptions } from '../../src/lib/search/query';

export interface IndexSearch {
  /** Every hit's data, best first (or in the requested order); null searches by filters alone. */
  search(term: string | null, options?: PagefindOptions): Promise<PagefindData[]>;
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
  return {
    async search(term, options = { filters: {} }) {
      const response = await pagefind.search(term, options);
      return Promise.all((response?.results ?? []).map((hit) => hit.data()));
    },
    close() {
      globalThis.fetch = realFetch;
    },
  };
}
