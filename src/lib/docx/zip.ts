/**
 * A small zip writer on Node's own zlib, for documents assembled from parts that repeat.
 * A file's content is a list of segments, each deflated on its own with a sync flush (which
 * ends on a byte boundary), so the deflated bytes of a segment used in many files (a
 * requirement in thirty category documents) are made once and concatenated. A final empty
 * block closes each stream. Same input, same bytes: timestamps are fixed.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Deflate blocks with BFINAL set and no data: the end of a stream of sync-flushed segments. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
/** 1 January 2000, 00:00, as a DOS date and time (the zip format's own clock). */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Version 2.0 (deflate); bit 11 says file names are UTF-8. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

/** One segment of a file: its text and, once asked for, its deflated bytes. */
export interface Segment {
  readonly text: string;
}

const deflated = new WeakMap<Segment, { raw: Buffer; packed: Buffer }>();

function pack(segment: Segment): { raw: Buffer; packed: Buffer } {
  let known = deflated.get(segment);
  if (!known) {
    const raw = Buffer.from(segment.text, 'utf8');
    known = {
      raw,
      packed: deflateRawSync(raw, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }),
    };
    deflated.set(segment, known);
  }
  return known;
}

export interface ZipFile {
  name: string;
  /** Segments are remembered by identity: pass the same object to reuse its deflated bytes. */
  segments: readonly Segment[];
}

/** A zip archive of `files`, in the given order. */
export function zip(files: readonly ZipFile[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const parts = file.segments.map(pack);
    let crc = 0;
    let size = 0;
    for (const part of parts) {
      crc = crc32(part.raw, crc);
      size += part.raw.length;
    }
    const data = Buffer.concat([...parts.map((part) => part.packed), FINAL_EMPTY_BLOCK]);

    // The local header and the central directory entry share these fields, at different offsets.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(UTF8_NAMES, at);
      header.writeUInt16LE(DEFLATE, at + 2);
      header.writeUInt16LE(DOS_TIME, at + 4);
      header.writeUInt16LE(DOS_DATE, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(data.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    shared(local, 6);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    shared(entry, 8);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);

    chunks.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
