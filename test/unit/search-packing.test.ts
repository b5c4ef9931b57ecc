import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isMetadata, packMetadata } from '../../src/lib/search/pack-metadata';

/** A page list much like Pagefind's: short ids and word counts, one after another. */
const pageList = Buffer.from(
  'pagefind_dcd' +
    Array.from({ length: 2000 }, (_, i) => `nb_3fa9c1/${i.toString(36)}:${(i * 7919) % 1000}`).join(
      ',',
    ),
);

describe("Pagefind's metadata packed with zopfli (pack-metadata.ts)", () => {
  test('the metadata gets smaller and unpacks to the same bytes; other files are left as they are', async () => {
    const meta = gzipSync(pageList, { level: 9 });
    const chunk = gzipSync(pageList, { level: 9 });
    const files = new Map<string, Uint8Array>([
      ['pagefind.nb_1234567890.pf_meta', meta],
      ['index/nb_abcdef0.pf_index', chunk],
      ['pagefind-entry.json', Buffer.from('{}')],
    ]);
    const sizes = await packMetadata(files);
    const packed = files.get('pagefind.nb_1234567890.pf_meta')!;
    expect(packed.length).toBeLessThan(meta.length);
    expect(gunzipSync(packed)).toEqual(pageList);
    expect(sizes).toEqual([
      { file: 'pagefind.nb_1234567890.pf_meta', before: meta.length, after: packed.length },
    ]);
    expect(files.get('index/nb_abcdef0.pf_index')).toBe(chunk);
    expect(files.get('pagefind-entry.json')).toEqual(Buffer.from('{}'));
  });

  test('only the metadata files are picked', () => {
    expect(isMetadata('pagefind.nb_bd43ff1329.pf_meta')).toBe(true);
    expect(isMetadata('pagefind.en_c69581997b.pf_meta')).toBe(true);
    expect(isMetadata('index/nb_eae91ff.pf_index')).toBe(false);
    expect(isMetadata('fragment/nb_847a41/7z.pf_fragment')).toBe(false);
    expect(isMetadata('pagefind.js')).toBe(false);
  });
});
