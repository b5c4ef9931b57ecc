/**
 * Closes the word ranges of Pagefind's index chunks, so a word is looked up in its own chunk only.
 *
 * Pagefind's metadata file (pagefind.<hash>.pf_meta, loaded by every first search) lists each
 * index chunk's first and last word, shortened against its neighbours: a chunk ending in
 * "arbeidsklær", followed by one starting with "arbeidsko…", is stored as ending in "arbeidskl".
 * In the browser, Pagefind 1.6 picks the chunks whose range holds the query word; "arbeidsklær"
 * sorts after "arbeidskl", so no range holds it, and Pagefind falls back to loading every chunk
 * whose range holds a prefix of the word: those of "a"/"å", "ar"/"år" and "arbeid" too. At
 * 10 000 pages that is 226 kB more for «arbeidsklær» (and about 1 in 60 words ends a chunk).
 *
 * The fix keeps Pagefind's ranges and only closes the shortened ends: "arbeidskl" becomes
 * "arbeidskl" followed by the highest code point, which sorts after every word that starts with
 * "arbeidskl" and before the next chunk ("arbeidsko…" differs at that letter). An end that is a
 * prefix of the next chunk's start ("lever" before "levera…") is a whole word and stays.
 *
 * Upstream: Pagefind's chunk-loading fixes (https://github.com/Pagefind/pagefind/pull/996, in
 * 1.5.0) trim the ranges the same way and do not cover this case; it was measured on 1.6.0. No
 * upstream issue for it was found (searched 4 December 2026). On each Pagefind upgrade, build
 * without this step and look up a word that ends a chunk: when only its own chunk is fetched,
 * delete this module.
 *
 * Pagefind's files are CBOR; this module reads and writes the small part of CBOR they use.
 * Plain TypeScript without imports, so the indexing script can load it directly.
 */

/** Sorts after every character in UTF-8 byte order, as Pagefind compares words. */
export const HIGHEST = '\u{10FFFF}';

/** CBOR values as Pagefind writes them: unsigned and negative integers, text, byte strings, arrays. */
export type Cbor = number | string | Uint8Array | Cbor[];

export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    let value: number;
    if (size === 0) value = view.getUint8(at);
    else if (size === 1) value = view.getUint16(at);
    else if (size === 2) value = view.getUint32(at);
    else throw new Error(`CBOR: length form ${info} not supported`);
    at += 2 ** size;
    return value;
  };
  const item = (): Cbor => {
    const byte = bytes[at++] ?? 0;
    const type = byte >> 5;
    const n = length(byte & 31);
    switch (type) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        const slice = bytes.subarray(at, at + n);
        at += n;
        return type === 3 ? text.decode(slice) : slice;
      }
      case 4:
        return Array.from({ length: n }, item);
      default:
        throw new Error(`CBOR: major type ${type} not supported`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();
  const head = (type: number, n: number) => {
    if (n < 24) out.push((type << 5) | n);
    else if (n < 0x100) out.push((type << 5) | 24, n);
    else if (n < 0x10000) out.push((type << 5) | 25, n >> 8, n & 255);
    else if (n < 0x100000000)
      out.push((type << 5) | 26, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
    else throw new Error(`CBOR: ${n} is too large`);
  };
  const item = (v: Cbor): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is no integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = utf8.encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const b of v) out.push(b);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}

/** Pagefind's chunk list in a decoded metadata file: [version, pages, chunks [from, to, hash], …]. */
export function chunksOf(meta: Cbor): [string, string, string][] {
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  const valid =
    Array.isArray(chunks) &&
    chunks.every(
      (chunk) =>
        Array.isArray(chunk) && chunk.length === 3 && chunk.every((s) => typeof s === 'string'),
    );
  if (!valid) throw new Error('Pagefind metadata: no chunk list where Pagefind 1.6 keeps it');
  return chunks as [string, string, string][];
}

/** Closes the shortened ends of the chunk ranges in decoded metadata; returns how many. */
export function closeChunkBounds(meta: Cbor): number {
  const chunks = chunksOf(meta);
  let closed = 0;
  for (const [i, chunk] of chunks.entries()) {
    const next = chunks[i + 1];
    if (!next || next[0].startsWith(chunk[1]) || chunk[1].endsWith(HIGHEST)) continue;
    chunk[1] += HIGHEST;
    closed++;
  }
  return closed;
}
