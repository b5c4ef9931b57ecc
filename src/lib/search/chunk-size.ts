/**
 * How large Pagefind makes each index chunk, the file a search fetches for its word.
 *
 * Pagefind closes a chunk once its words hold `size` entries (one per page a word is on plus
 * one per place on the page), 20 000 by default. The search page loads the metadata, with one
 * line per chunk, before the first query, and then the chunk with the query's word: larger
 * chunks make the metadata smaller and every lookup larger. At 1 000 pages (bench corpus) the
 * default gave 70 chunks and a lookup of 22–31 kB for a product or a rare word, most of it
 * other words; with 3 000 it is 304 chunks (metadata +3 kB) and 3.6–3.8 kB (README, «Første søk»).
 * The sum of the two parts is smallest when the size grows with the square root of the
 * index, and the index grows with the number of pages.
 *
 * Pagefind 1.6 reads the size from the environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * (not a documented option, hence the name). The fixture build test checks that it still takes
 * effect (test/build/search.test.ts); on a Pagefind upgrade that fails, look for its new name.
 * Plain TypeScript without imports, so the indexing script can load it directly.
 */

/** The environment variable Pagefind 1.6 reads the chunk size from. */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Chosen so 1 000 pages give 3 000, the smallest first search measured at that size. */
const PER_ROOT_PAGE = 95;
/** Below this, a small site's chunks would be little more than their line in the metadata. */
const SMALLEST = 400;

/** The chunk size for an index of `pages` pages. */
export function indexChunkSize(pages: number): number {
  return Math.max(SMALLEST, Math.round(PER_ROOT_PAGE * Math.sqrt(pages)));
}
