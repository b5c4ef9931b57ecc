/**
 * Writes the finished index files into the index folder, over the last build's files, and
 * removes what that build left and this one did not write. A warm build keeps most names (the
 * fragments are named by page, the word chunks by content), and here writing over a file cost a
 * quarter of the system time of deleting it and making it anew (3 464 files of the 3 000-entry
 * index: 0.12–0.13 s against 0.48–0.52 s, before the time to delete them).
 * Files are written one after another: making many files in one folder from several threads at
 * once cost up to four times the system time (each new name locks the folder).
 *
 * Plain TypeScript, so the indexing script can load it directly.
 */
import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as paths relative to it with "/" (none if it does not exist). */
function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .map((file) => file.split(path.sep).join('/'));
  } catch {
    return [];
  }
}

/** Folders below `dir`, deepest first. */
const foldersBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);

/**
 * Leaves `indexDir` holding exactly `files` (paths relative to it, with "/"). A file still being
 * made (a promise: the metadata, packed on another thread) is written when it is ready, after
 * the rest.
 */
export async function writeIndexFiles(
  indexDir: string,
  files: ReadonlyMap<string, Uint8Array | Promise<Uint8Array>>,
): Promise<void> {
  const before = filesBelow(indexDir);
  for (const folder of new Set([...files.keys()].map((file) => path.dirname(file))))
    mkdirSync(path.join(indexDir, folder), { recursive: true });
  const pending: [string, Promise<Uint8Array>][] = [];
  for (const [file, bytes] of files) {
    if (bytes instanceof Uint8Array) writeFileSync(path.join(indexDir, file), bytes);
    else pending.push([file, bytes]);
  }
  for (const [file, bytes] of pending) writeFileSync(path.join(indexDir, file), await bytes);
  for (const file of before) if (!files.has(file)) rmSync(path.join(indexDir, file));
  // Folders the last build's names needed and this build's do not.
  for (const folder of foldersBelow(indexDir)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}
