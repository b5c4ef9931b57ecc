/**
 * Pagefind's web worker (pagefind-worker.js), driven straight from the search page. Pagefind's
 * own pagefind.js does the same, but it also carries a whole second engine (the WebAssembly
 * glue, the index reader and gzip) for browsers where the worker cannot run: of its 11.5 kB
 * (gzip), loaded before the first query on every visit, the client for the worker is 1.9 kB and
 * the rest is that second engine; this client adds 0.6 kB to the search page's script. The worker
 * holds the same engine either way, so results, their order and excerpts are the same. When the
 * worker cannot start, engine.ts falls back to Pagefind's pagefind.js without its worker.
 *
 * The messages are Pagefind's own between pagefind.js and its worker (Pagefind 1.6): the page
 * posts { id, instanceId, method, args } and the worker answers { id, result } or
 * { id, error }; a search's results carry the name of their data in the worker, fetched with
 * `getData` and let go with `releaseData`. The browser tests check that the search page never
 * loads pagefind.js, so a Pagefind whose worker speaks otherwise fails them.
 */
import type { PagefindData, PagefindResponse, SearchEngine } from './engine';

interface Reply {
  id: string;
  result?: unknown;
  error?: string;
}

/** How long the worker may take to answer its first message, as Pagefind's own client. */
export const WORKER_START_MS = 5000;
/** The one index this page searches (Pagefind's client names its instances the same way). */
const INSTANCE = 'pf_0';

/**
 * Starts Pagefind's worker at `url` with the index settings `init` (basePath, language,
 * exactDiacritics …, as Pagefind's client sends them) and resolves once it has answered;
 * rejects when it cannot start or does not answer within `startMs`.
 */
export async function workerEngine(
  url: string,
  init: Record<string, unknown>,
  startMs: number = WORKER_START_MS,
): Promise<SearchEngine> {
  const worker = new Worker(url);
  const waiting = new Map<string, { resolve(value: unknown): void; reject(error: Error): void }>();
  let broken: Error | undefined;
  let next = 0;

  const fail = (error: Error) => {
    broken ??= error;
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  };
  worker.addEventListener('error', (event) =>
    fail(new Error(`Pagefind's worker failed: ${event.message || url}`)),
  );
  worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
    const call = waiting.get(data.id);
    if (!call) return;
    waiting.delete(data.id);
    if (data.error !== undefined) call.reject(new Error(data.error));
    else call.resolve(data.result);
  });

  const ask = <T>(method: string, args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = `m${next++}`;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, instanceId: INSTANCE, method, args });
    });

  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      ask('init', [init]),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Pagefind's worker did not start in ${startMs} ms`)),
          startMs,
        );
      }),
    ]);
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
  }

  // The worker keeps each result's data until the page lets go of the result.
  const release =
    typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry<string>((name) => void ask('releaseData', [name]).catch(() => {}))
      : undefined;

  return {
    async search(term, options) {
      // Each result's data comes as its name in the worker.
      const response = await ask<{ results: { data: unknown }[] } | null>('search', [
        term,
        options ?? {},
      ]);
      for (const hit of response?.results ?? []) {
        const name = hit.data;
        if (typeof name !== 'string') continue;
        release?.register(hit, name);
        hit.data = () => ask<PagefindData>('getData', [name]);
      }
      return response as PagefindResponse | null;
    },
    async preload(term, options) {
      await ask('preload', [term, options ?? {}]);
    },
  };
}
