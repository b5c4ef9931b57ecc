/**
 * The search's own vocabulary, shared by the build (facets) and the browser (query, results):
 * kept free of imports so the page script does not pull the content layer into its bundle.
 */

/** Content types a reader can filter by, in the order the filter lists them. Lessons count as courses. */
export const SEARCH_TYPES = [
  'krav',
  'erfaring',
  'møte',
  'anskaffelse',
  'mal',
  'kurs',
  'ordliste',
  'produktkategori',
  'om',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Filter names as the index stores them (Pagefind's `data-pagefind-filter`). */
export const FILTER_KEYS = { type: 'type', category: 'kategori', audience: 'målgruppe' } as const;
