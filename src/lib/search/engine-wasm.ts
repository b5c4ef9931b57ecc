/**
 * Pagefind's WebAssembly engine (wasm.<language>.pagefind), packed smaller. The search page
 * fetches it before the first query, and at 57.6 kB (gzip, Norwegian) it is the largest file of
 * the first search. Pagefind packs it with gzip; zopfli packs the same bytes 2.9 kB smaller
 * (54.7 kB), which any gzip reader, Pagefind's included, unpacks. Zopfli takes 6–16 s for the
 * file, too long for every build, and the engine changes only with Pagefind's version, so the
 * packed copies are kept in the repository (src/lib/search/engine-wasm/, named by a hash of
 * the unpacked engine) and made by `node scripts/pack-search-engine.mjs` after a build with a
 * new Pagefind. The indexing script uses a copy only when it unpacks to exactly the engine
 * Pagefind wrote; without one it keeps Pagefind's file and says so, and the fixture build test
 * fails (test/build/search.test.ts).
 *
 * Plain TypeScript, so the indexing script can load it directly.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Where the packed copies are kept. */
export const PACKED_DIR = new URL('./engine-wasm/', import.meta.url);

/** The engines in Pagefind's output folder. */
export const isEngine = (file: string): boolean => /^wasm\.[\w-]+\.pagefind$/.test(file);

/** A packed copy's file name: a hash of the unpacked engine. */
export const packedName = (unpacked: Uint8Array): string =>
  `${createHash('sha256').update(unpacked).digest('hex').slice(0, 16)}.gz`;

export interface EngineFile {
  file: string;
  /** Bytes as Pagefind wrote the file, and as it is now. */
  before: number;
  after: number;
  /** Whether a packed copy was found for it. */
  packed: boolean;
}

/**
 * Replaces each engine in `indexDir` with its packed copy, where there is one that unpacks to
 * the same bytes and is smaller.
 */
export async function usePackedEngines(
  indexDir: string,
  only: (file: string) => boolean = () => true,
): Promise<EngineFile[]> {
  const engines = (await readdir(indexDir)).filter((file) => isEngine(file) && only(file));
  return Promise.all(
    engines.map(async (file) => {
      const full = path.join(indexDir, file);
      const written = await readFile(full);
      const unpacked = gunzipSync(written);
      const copy = await readFile(new URL(packedName(unpacked), PACKED_DIR)).catch(() => null);
      if (!copy || !gunzipSync(copy).equals(unpacked)) {
        return { file, before: written.length, after: written.length, packed: false };
      }
      const smaller = copy.length < written.length;
      if (smaller) await writeFile(full, copy);
      return {
        file,
        before: written.length,
        after: smaller ? copy.length : written.length,
        packed: true,
      };
    }),
  );
}
