/**
 * Makes page copies (page-copy.ts) on every core. Parsing the pages was most of the indexing
 * script's own time (htmlparser2, 6 of 18 s at 10 000 entries) and ran on one thread while the
 * other core waited. One worker per core: the calling thread reads and hashes every page and
 * takes the results, a third of the work, so when it also parsed (one worker fewer) it finished
 * last (3 000 entries, machine lightly loaded: 2.9–3.4 s against 2.5–2.6 s for this part, the
 * same CPU time). The first few pages are made on the calling thread: a warm build that changed
 * one page would spend more on starting workers than on the page.
 *
 * Plain TypeScript, so the indexing script can load it directly.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { makeCopy, type MadeCopy } from './page-copy.ts';

/** Pages made on the calling thread before the workers start. */
const BEFORE_WORKERS = 8;

interface Lane {
  worker: Worker;
  pending: number;
}

export class CopyWorkers {
  #lanes: Lane[] = [];
  #waiting = new Map<
    number,
    { resolve: (made: MadeCopy) => void; reject: (error: Error) => void }
  >();
  #next = 0;
  #made = 0;
  #failure: Error | undefined;

  /** The copy of a page from its bytes (which may be handed over to a worker). */
  copy(bytes: Buffer): Promise<MadeCopy> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#made++ < BEFORE_WORKERS) return Promise.resolve(makeCopy(bytes.toString('utf-8')));
    if (this.#lanes.length === 0) this.#start();
    // The least busy worker: pages differ in size, so turns would leave one idle.
    const lane = this.#lanes.reduce((a, b) => (b.pending < a.pending ? b : a));
    const id = this.#next++;
    lane.pending++;
    // Only bytes that own their whole buffer are moved; the rest (pooled) are copied.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    lane.worker.postMessage({ id, bytes }, own ? [bytes.buffer as ArrayBuffer] : []);
    return new Promise((resolve, reject) =>
      this.#waiting.set(id, {
        resolve: (made) => {
          lane.pending--;
          resolve(made);
        },
        reject,
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.#lanes.map(({ worker }) => worker.terminate()));
    this.#lanes = [];
  }

  #start(): void {
    for (let i = 0; i < availableParallelism(); i++) {
      const worker = new Worker(new URL('./copy-worker.ts', import.meta.url));
      worker.on('message', ({ id, made }: { id: number; made: MadeCopy }) => {
        const waiting = this.#waiting.get(id);
        this.#waiting.delete(id);
        waiting?.resolve(made);
      });
      // A worker that fails fails every page still waiting, and every later one.
      worker.on('error', (error: unknown) => {
        this.#failure = error instanceof Error ? error : new Error(String(error));
        for (const { reject } of this.#waiting.values()) reject(this.#failure);
        this.#waiting.clear();
      });
      this.#lanes.push({ worker, pending: 0 });
    }
  }
}
