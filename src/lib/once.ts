/**
 * Memoizes an async computation for the build: a page build runs in one process, and the
 * site's lists and indexes are the same for every page, so each is computed on first use.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}
