/**
 * Short result ids in Pagefind's metadata, which every first search loads.
 *
 * Pagefind names each page's fragment (the result's title, address and metadata) by a hash of
 * it, "nb_de7d2f0", and lists that name for every page in the metadata: 4.7 of the 7.3 bytes
 * (gzip) each page costs there, since hashes do not compress. Counted instead, in a folder named
 * by the hash of all of them, "nb_3fa9c1/100", the list takes about 4 bytes a page (bench
 * corpus, 1 000 pages: 7.3 → 4.1 kB). A fragment's address still changes whenever any
 * fragment does, so browsers may keep fragments for good (scripts/nginx: immutable), and Pagefind
 * reads the id as it is: it fetches `fragment/<id>.pf_fragment`.
 *
 * The index chunks are named the same way (`index/nb_5d02e4/1z.pf_index`, `shortenChunkIds`):
 * the metadata lists each chunk's name, a hash of its content (3.5 bytes with gzip that do not
 * compress), 1.1 kB of the metadata at 1 000 pages (300 chunks) and 2.0 kB at 10 000 (531).
 * Most chunks change with any change to the pages anyway (a page's words spread over most of
 * them): one word added to one requirement of the 1 000-entry bench corpus changed 231 of 302
 * chunks, so a returning reader's browser could have reused at most the other quarter.
 *
 * Plain TypeScript, so the indexing script can load it directly.
 */
import { createHash } from 'node:crypto';
import { chunksOf, type Cbor } from './chunk-bounds.ts';

/** Hex digits of the folder's hash: a new folder for every change, short in each id. */
const FOLDER_HASH_LENGTH = 6;
/**
 * The count's base. In decimal the page list packs smaller than in base 36 although the ids are
 * longer (fewer distinct characters): bench corpus with zopfli, 6 436 → 6 280 bytes at 1 000
 * pages, 42 097 → 40 385 at 10 000. The chunk list packs smaller in base 36 (130 bytes at 10 000).
 */
const PAGE_RADIX = 10;
const CHUNK_RADIX = 36;

/**
 * Gives the pages of a decoded metadata file (Pagefind 1.6: [version, pages [id, words,
 * group], …]) short ids, in place; returns each page's old id → new id, in page order.
 */
export function shortenPageIds(meta: Cbor, lang: string): Map<string, string> {
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  const valid =
    Array.isArray(pages) &&
    pages.every(
      (page) =>
        Array.isArray(page) &&
        page.length === 3 &&
        typeof page[0] === 'string' &&
        typeof page[1] === 'number' &&
        // A fragment group would be a shared file named by its own hash.
        page[2] === '',
    );
  if (!valid) throw new Error('Pagefind metadata: no page list where Pagefind 1.6 keeps it');
  return shorten(pages as [string, number, string][], 0, lang, PAGE_RADIX);
}

/**
 * Gives the index chunks of a decoded metadata file (Pagefind 1.6: [version, pages, chunks
 * [from, to, hash], …]) short names, in place; returns each chunk's old name → new name.
 */
export function shortenChunkIds(meta: Cbor, lang: string): Map<string, string> {
  return shorten(chunksOf(meta), 2, lang, CHUNK_RADIX);
}

/**
 * Replaces the name (a hash) in field `field` of each item by its place in the list, in base
 * `radix`, in a folder named by all the names; returns old name → new name.
 */
function shorten(
  items: unknown[][],
  field: number,
  lang: string,
  radix: number,
): Map<string, string> {
  const names = items.map((item) => item[field] as string);
  const folder = createHash('sha256')
    .update(names.join(' '))
    .digest('hex')
    .slice(0, FOLDER_HASH_LENGTH);
  const ids = new Map<string, string>();
  for (const [i, item] of items.entries()) {
    const id = `${lang}_${folder}/${i.toString(radix)}`;
    ids.set(names[i]!, id);
    item[field] = id;
  }
  return ids;
}
