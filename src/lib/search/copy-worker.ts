/**
 * A worker thread of copy-workers.ts: makes the copy of each page it is sent (page-copy.ts).
 */
import { parentPort } from 'node:worker_threads';
import { makeCopy } from './page-copy.ts';

const decoder = new TextDecoder();

parentPort!.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  const made = makeCopy(decoder.decode(bytes));
  const transfer = 'copy' in made && made.copy ? [made.copy.html.buffer as ArrayBuffer] : [];
  parentPort!.postMessage({ id, made }, transfer);
});
