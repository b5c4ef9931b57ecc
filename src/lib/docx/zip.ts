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

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
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
