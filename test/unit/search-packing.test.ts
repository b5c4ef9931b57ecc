import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { gzipAsync } from '@gfx/zopfli';
import { isMetadata, ITERATIONS, MetadataPacker } from '../../src/lib/search/pack-metadata';

// zopfli on a worker thread takes seconds on a loaded two-core machine (CI, the full test run):
// these tests check bytes, not speed, so they get time enough.
const ZOPFLI_TIMEOUT_MS = 60_000;

/** A page list much like Pagefind's: short ids and word counts, one after another. */
const pageList = Buffer.from(
  'pagefind_dcd' +
    Array.from({ length: 2000 }, (_, i) => `nb_3fa9c1/${i.toString(36)}:${(i * 7919) % 1000}`).join(
      ',',
    ),
);

describe("Pagefind's metadata packed with zopfli (pack-metadata.ts)", () => {
  test(
    'on a worker thread: smaller, the bytes zopfli makes here, unpacking to the same bytes',
    async () => {
      const meta = gzipSync(pageList, { level: 9 });
      const packer = new MetadataPacker();
      try {
        const packed = await packer.pack(meta);
        expect(packed.length).toBeLessThan(meta.length);
        expect(gunzipSync(packed)).toEqual(pageList);
        const here = await gzipAsync(pageList, { numiterations: ITERATIONS });
        expect(Buffer.from(packed)).toEqual(Buffer.from(here));
      } finally {
        await packer.close();
      }
    },
    ZOPFLI_TIMEOUT_MS,
  );

  test(
    'a file zopfli does not make smaller keeps its bytes; files are packed in turn',
    async () => {
      // Stored without compression: tiny input packs no smaller with zopfli's block headers.
      const tiny = gzipSync(Buffer.from('x'), { level: 9 });
      const meta = gzipSync(pageList, { level: 1 });
      const packer = new MetadataPacker();
      try {
        const [first, second] = await Promise.all([packer.pack(meta), packer.pack(tiny)]);
        expect(gunzipSync(first!)).toEqual(pageList);
        expect(second).toBe(tiny);
      } finally {
        await packer.close();
      }
    },
    ZOPFLI_TIMEOUT_MS,
  );

  test('only the metadata files are picked', () => {
    expect(isMetadata('pagefind.nb_bd43ff1329.pf_meta')).toBe(true);
    expect(isMetadata('pagefind.en_c69581997b.pf_meta')).toBe(true);
    expect(isMetadata('index/nb_eae91ff.pf_index')).toBe(false);
    expect(isMetadata('fragment/nb_847a41/7z.pf_fragment')).toBe(false);
    expect(isMetadata('pagefind.js')).toBe(false);
  });
});
