/**
 * The worker thread of pack-metadata.ts: packs each gzip file it is sent anew with zopfli.
 */
import { gunzipSync } from 'node:zlib';
import { parentPort } from 'node:worker_threads';
import { gzipAsync } from '@gfx/zopfli';
import { ITERATIONS } from './pack-metadata.ts';

parentPort!.on('message', ({ id, packed }: { id: number; packed: Uint8Array }) => {
  // A failure is the worker's error event, which fails every file still waiting.
  void gzipAsync(gunzipSync(packed), { numiterations: ITERATIONS }).then((smaller) =>
    parentPort!.postMessage({ id, packed: smaller }),
  );
});
