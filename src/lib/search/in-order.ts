/**
 * Runs `work` over items started in their order, with at most `inFlight` running at once: a
 * new one starts as soon as any finishes, not when a whole batch has. Pagefind's service takes
 * one page at a time, in the order they were sent; with batches it sat idle while the script
 * made the next batch's content, and the order pages are sent in is part of the index (the
 * same order gives the same bytes).
 *
 * Plain TypeScript without imports, so the indexing script can load it directly.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  inFlight: number,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, lane));
  return results;
}
