/**
 * Reads every file of a built site as text, unpacking what a plain grep would miss:
 * gzip files (Pagefind's index and fragments) and zip files (.docx, .xlsx).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';

export interface SiteFile {
  /** Path relative to the site folder; files inside a zip are "a.docx!word/document.xml". */
  file: string;
  text: string;
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

/** The entries of a zip archive, read from its central directory. */
export function unzip(archive: Buffer): { name: string; data: Buffer }[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf-8', at + 46, at + 46 + nameLength);
    const dataStart =
      local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(dataStart, dataStart + size);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function decode(file: string, content: Buffer): SiteFile[] {
  if (isGzip(content)) return decode(file, gunzipSync(content));
  if (isZip(content)) {
    return unzip(content).flatMap((entry) => decode(`${file}!${entry.name}`, entry.data));
  }
  return [{ file, text: content.toString('utf-8') }];
}

/** Every file under `dir`, as text, with archives unpacked. */
export async function readSiteFiles(dir: string): Promise<SiteFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
  const all = await Promise.all(
    files.map(async (file) => decode(path.relative(dir, file), await readFile(file))),
  );
  return all.flat();
}
