import { strFromU8, unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/lib/docx/zip';
import { unzip } from './requirements-helpers';

describe('zip', () => {
  it('writes an archive other readers open, with each file the join of its segments', () => {
    const shared = { text: '<shared>æøå – '.repeat(200) };
    const archive = zip([
      { name: '[Content_Types].xml', segments: [{ text: '<Types/>' }] },
      { name: 'word/document.xml', segments: [{ text: '<a>' }, shared, shared, { text: '</a>' }] },
      { name: 'tom.txt', segments: [] },
    ]);
    const files = unzip(archive);
    expect([...files.keys()]).toEqual(['[Content_Types].xml', 'word/document.xml', 'tom.txt']);
    expect(files.get('[Content_Types].xml')!.toString('utf8')).toBe('<Types/>');
    expect(files.get('word/document.xml')!.toString('utf8')).toBe(
      `<a>${shared.text}${shared.text}</a>`,
    );
    expect(files.get('tom.txt')!.length).toBe(0);

    // A second, independent reader, and the checksum readers verify.
    const byFflate = unzipSync(new Uint8Array(archive));
    expect(strFromU8(byFflate['word/document.xml']!)).toBe(`<a>${shared.text}${shared.text}</a>`);
    const directory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(archive.readUInt32LE(directory + 16)).toBe(crc32(''));
    const first = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(archive.readUInt32LE(first + 16)).toBe(crc32('<Types/>'));
  });

  it('gives the same bytes for the same input, and compresses repeated text', () => {
    const files = [{ name: 'a.xml', segments: [{ text: 'x'.repeat(10_000) }] }];
    const first = zip(files);
    expect(first.equals(zip(files))).toBe(true);
    expect(first.length).toBeLessThan(500);
  });
});
