/**
 * A worker thread of copy-workers.ts: makes the copy of each page it is sent (page-copy.ts).
 */
import { parentPort } from 'node:worker_threads';
import { makeCopy } from './page-copy.ts';

const decoder = new TextDecoder();

parentPort!.on('message', ({ id, bytes: page }: { id: number; bytes: Uint8Array }) => {
  const made = makeCopy(decoder.decode(page));
  const copy = 'copy' in made ? made.copy : null;
  const bytes = copy?.record?.text ?? copy?.html;
  const transfer = bytes ? [bytes.buffer as ArrayBuffer] : [];
  parentPort!.postMessage({ id, made }, transfer);
});
