/**
 * Pagefind's output, finished in memory before anything is written: the metadata gets chunk
 * ranges that hold every word of their chunk (chunk-bounds.ts) and short result ids and chunk
 * names (page-ids.ts); each chunk moves to its short name, each fragment to its short id without
 * the page's text; the date order (date-order.ts) comes from the same fragments.
 *
 * The indexing script takes the files from Pagefind's service (getFiles) instead of letting it
 * write them: Pagefind wrote every fragment, the script read each back, wrote it again and
 * removed the first one, and file by file through Pagefind's thread pool that was about half of
 * the index step's system time. The bytes are the same as when the files went through disk.
 *
 * Plain TypeScript, so the indexing script can load it directly.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { closeChunkBounds, decodeCbor, encodeCbor } from './chunk-bounds.ts';
import { DATE_ORDER_FILE, dateOrder } from './date-order.ts';
import { shortenChunkIds, shortenPageIds } from './page-ids.ts';

/** How Pagefind marks a decompressed file (fragment, metadata), before its content. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';
const signature = Buffer.from(FRAGMENT_SIGNATURE);

/** The entry file, which names each language's metadata file. */
export const ENTRY_FILE = 'pagefind-entry.json';

/** A file of the index, by its path inside the index folder ("fragment/x.pf_fragment"). */
export type IndexFiles = Map<string, Uint8Array>;

interface Entry {
  languages?: Record<string, { hash?: string }>;
}

/** The parts of a fragment this code reads or changes; the rest is kept as it is. */
interface Fragment {
  content: string;
  meta?: { updated?: string };
}

/** Something in Pagefind's output this code does not know how to finish. */
export class IndexOutputError extends Error {}

const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;

/** What finishing the metadata leaves for the fragments. */
export interface FinishedMetadata {
  /** The languages indexed. */
  indexed: string[];
  /** Each fragment's name as Pagefind wrote it → its short id. */
  pageIds: Map<string, string>;
}

/**
 * Finishes Pagefind's metadata, entry file and index chunks in place (the fragments are left to
 * `finishFragments`, so the metadata can be packed meanwhile). `languages` are those the site
 * may have; `required` must be among them.
 */
export function finishMetadata(
  files: IndexFiles,
  languages: readonly string[],
  required: string,
): FinishedMetadata {
  const entryBytes = files.get(ENTRY_FILE);
  if (!entryBytes) throw new IndexOutputError(`Pagefind skrev ingen ${ENTRY_FILE}.`);
  const entry = JSON.parse(Buffer.from(entryBytes).toString('utf-8')) as Entry;
  const indexed = Object.keys(entry.languages ?? {});
  if (!indexed.includes(required))
    throw new IndexOutputError(`${ENTRY_FILE} nevner ikke språket ${required}.`);

  const pageIds = new Map<string, string>();
  /** The index chunks under their short names. */
  const chunks: IndexFiles = new Map();
  for (const lang of indexed) {
    const language = entry.languages![lang];
    if (!languages.includes(lang) || !language?.hash)
      throw new IndexOutputError(`${ENTRY_FILE}: ukjent språk «${lang}».`);
    const metaFile = `pagefind.${language.hash}.pf_meta`;
    const packed = files.get(metaFile);
    if (!packed) throw new IndexOutputError(`Pagefind skrev ikke ${metaFile}.`);
    const metaText = gunzipSync(packed);
    if (!metaText.subarray(0, signature.length).equals(signature)) {
      throw new IndexOutputError(
        `${metaFile} er ikke en Pagefind-metadatafil slik denne versjonen av skriptet kjenner dem.`,
      );
    }
    const metaCbor = metaText.subarray(signature.length);
    const meta = decodeCbor(metaCbor);
    // Only a file this code reads and writes back unchanged is rewritten.
    if (!Buffer.from(encodeCbor(meta)).equals(metaCbor)) {
      throw new IndexOutputError(
        `${metaFile}: formatet er endret (ny Pagefind-versjon?); se src/lib/search/chunk-bounds.ts.`,
      );
    }
    closeChunkBounds(meta);
    for (const [old, id] of shortenPageIds(meta, lang)) pageIds.set(old, id);
    for (const [old, id] of shortenChunkIds(meta, lang)) {
      const chunk = files.get(`index/${old}.pf_index`);
      if (!chunk) throw new IndexOutputError(`${metaFile} nevner indeksbiten ${old}, som mangler.`);
      files.delete(`index/${old}.pf_index`);
      chunks.set(`index/${id}.pf_index`, chunk);
    }
    const rewritten = Buffer.concat([signature, encodeCbor(meta)]);
    const hash = `${lang}_${createHash('sha256').update(rewritten).digest('hex').slice(0, 10)}`;
    files.delete(metaFile);
    files.set(`pagefind.${hash}.pf_meta`, gzipSync(rewritten));
    language.hash = hash;
  }
  files.set(ENTRY_FILE, Buffer.from(JSON.stringify(entry)));
  const unlistedChunks = [...files.keys()].filter((file) => file.startsWith('index/'));
  if (unlistedChunks.length > 0)
    throw new IndexOutputError(
      `index/: indeksbiter ingen metadata nevner: ${unlistedChunks.join(', ')}`,
    );
  for (const [file, bytes] of chunks) files.set(file, bytes);
  return { indexed, pageIds };
}

/** Moves each fragment in place to its short id (`finishMetadata`) and adds the date order. */
export function finishFragments(files: IndexFiles, pageIds: ReadonlyMap<string, string>): void {
  // Each fragment moves to its short id, written without the page's text: the search page shows
  // a result's title, type, date and summary from its metadata and never Pagefind's excerpt, so
  // the text was most of every result's download (2.4 of 2.7 kB gzip per result in the bench
  // corpus).
  const fragments = [...files.keys()].filter((file) => FRAGMENT.test(file));
  const names = fragments.map((file) => FRAGMENT.exec(file)![1]!);
  const unlisted = names.filter((name) => !pageIds.has(name));
  if (unlisted.length > 0)
    throw new IndexOutputError(`fragment/: fragmenter ingen side peker på: ${unlisted.join(', ')}`);
  if (fragments.length !== pageIds.size)
    throw new IndexOutputError(
      `fragment/: ${fragments.length} fragmenter for ${pageIds.size} sider.`,
    );
  if (fragments.length === 0) throw new IndexOutputError('Pagefind skrev ingen fragmenter.');
  // Moved only after every old name is gone, so no short id can overwrite a fragment unread.
  const moved: IndexFiles = new Map();
  const dated = fragments.map((file, i) => {
    const text = gunzipSync(files.get(file)!).toString('utf-8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) {
      throw new IndexOutputError(
        `${file} er ikke et Pagefind-fragment slik denne versjonen av skriptet kjenner dem.`,
      );
    }
    const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
    fragment.content = '';
    const id = pageIds.get(names[i]!)!;
    files.delete(file);
    moved.set(
      `fragment/${id}.pf_fragment`,
      gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)),
    );
    return { id, date: fragment.meta?.updated };
  });
  for (const [file, bytes] of moved) files.set(file, bytes);
  files.set(DATE_ORDER_FILE, Buffer.from(JSON.stringify(dateOrder(dated))));
}
