/**
 * "Nyeste først": results in date order, newest first, over every hit, not just the loaded ones.
 *
 * Pagefind can sort by itself (`data-pagefind-sort`), but it keeps every sort order in the
 * metadata file that every first search loads: at 10 000 pages that is 27 kB (gzip) for an order
 * few readers ask for. So the indexing script writes the order to a file of its own, read only
 * when a reader sorts by date: the result ids (src/lib/search/page-ids.ts) grouped by date, newest
 * first. Within a date, results keep their order by relevance.
 *
 * Plain TypeScript without imports, so the indexing script can load it directly.
 */

/** The file in Pagefind's folder (next to pagefind.js) that holds the date order. */
export const DATE_ORDER_FILE = 'dato.json';

/** Ids grouped by date, newest date first; each group is the ids of one date, space-separated. */
export type DateOrder = string[];

/** The date order of pages (YYYY-MM-DD dates; pages without one come last, in no order). */
export function dateOrder(pages: Iterable<{ id: string; date: string | undefined }>): DateOrder {
  const byDate = new Map<string, string[]>();
  for (const { id, date } of pages) {
    const key = date ?? '';
    const ids = byDate.get(key) ?? [];
    ids.push(id);
    byDate.set(key, ids);
  }
  return [...byDate.keys()]
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .map((date) => (byDate.get(date) ?? []).sort().join(' '));
}

/** Hits newest first; hits of the same date (or unknown to the order) keep their order. */
export function byDate<T extends { id: string }>(hits: readonly T[], order: DateOrder): T[] {
  const rank = new Map<string, number>();
  order.forEach((group, i) => {
    for (const id of group.split(' ')) rank.set(id, i);
  });
  const last = order.length;
  return hits
    .map((hit, i) => ({ hit, i, rank: rank.get(hit.id) ?? last }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ hit }) => hit);
}
