import { describe, expect, test } from 'vitest';
import type { Cbor } from '../../src/lib/search/chunk-bounds';
import { shortenChunkIds, shortenPageIds } from '../../src/lib/search/page-ids';

/** Decoded metadata as Pagefind 1.6 writes it: version, pages [id, words, group], chunks. */
const metaOf = (ids: string[]): Cbor => [
  '1.6.0',
  ids.map((id, i) => [id, 100 + i, '']),
  [['a', 'b', 'nb_0000000']],
];
const pageList = (meta: Cbor) => (meta as Cbor[])[1] as [string, number, string][];

describe('short result ids', () => {
  test('counted in decimal in one folder per language, in page order; word counts kept', () => {
    const old = Array.from({ length: 40 }, (_, i) => `nb_${(0xa000000 + i).toString(16)}`);
    const meta = metaOf(old);
    const ids = shortenPageIds(meta, 'nb');
    const pages = pageList(meta);
    expect(pages[0]![0]).toMatch(/^nb_[0-9a-f]{6}\/0$/);
    expect(pages[9]![0]).toMatch(/\/9$/);
    expect(pages[35]![0]).toMatch(/\/35$/);
    expect(new Set(pages.map(([id]) => id.split('/')[0])).size).toBe(1);
    expect(pages.map(([, words]) => words)).toEqual(old.map((_, i) => 100 + i));
    expect([...ids.keys()]).toEqual(old);
    expect([...ids.values()]).toEqual(pages.map(([id]) => id));
  });

  test('a changed fragment (a new Pagefind hash) moves every id to a new folder', () => {
    const folder = (ids: string[]) => pageList(withIds(ids))[0]![0].split('/')[0];
    const withIds = (ids: string[]) => {
      const meta = metaOf(ids);
      shortenPageIds(meta, 'nb');
      return meta;
    };
    expect(folder(['nb_1111111', 'nb_2222222'])).toBe(folder(['nb_1111111', 'nb_2222222']));
    expect(folder(['nb_1111111', 'nb_2222222'])).not.toBe(folder(['nb_1111111', 'nb_2222223']));
    expect(folder(['nb_1111111', 'nb_2222222'])).not.toBe(folder(['nb_2222222', 'nb_1111111']));
  });

  test('fails on metadata it does not know, such as pages in a fragment group', () => {
    expect(() => shortenPageIds(['1.6.0', [['nb_1', 10, 'nb_group']]], 'nb')).toThrow(/page list/);
    expect(() => shortenPageIds(['1.6.0', 'pages'], 'nb')).toThrow(/page list/);
  });
});

describe('short chunk names', () => {
  test('counted in base 36 in one folder per language, in list order; ranges and pages kept', () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `nb_${(0xb000000 + i).toString(16)}`);
    const chunks = hashes.map((hash, i) => [`w${i}`, `w${i}z`, hash]);
    const meta: Cbor = ['1.6.0', [['nb_abc123/0', 10, '']], chunks];
    const names = shortenChunkIds(meta, 'nb');
    expect(chunks[0]![2]).toMatch(/^nb_[0-9a-f]{6}\/0$/);
    expect(chunks[36]![2]).toMatch(/\/10$/);
    expect(new Set(chunks.map((chunk) => chunk[2]!.split('/')[0])).size).toBe(1);
    expect(chunks.map(([from, to]) => [from, to])).toEqual(
      hashes.map((_, i) => [`w${i}`, `w${i}z`]),
    );
    expect((meta as Cbor[])[1]).toEqual([['nb_abc123/0', 10, '']]);
    expect([...names.keys()]).toEqual(hashes);
    expect([...names.values()]).toEqual(chunks.map((chunk) => chunk[2]));
  });

  test('a changed chunk moves every name to a new folder', () => {
    const folder = (hashes: string[]) => {
      const chunks = hashes.map((hash) => ['a', 'b', hash]);
      shortenChunkIds(['1.6.0', [], chunks], 'nb');
      return chunks[0]![2]!.split('/')[0];
    };
    expect(folder(['nb_1111111', 'nb_2222222'])).toBe(folder(['nb_1111111', 'nb_2222222']));
    expect(folder(['nb_1111111', 'nb_2222222'])).not.toBe(folder(['nb_1111111', 'nb_2222223']));
  });

  test('fails on metadata it does not know', () => {
    expect(() => shortenChunkIds(['1.6.0', [], [['a', 'b']]], 'nb')).toThrow(/chunk list/);
    expect(() => shortenChunkIds(['1.6.0', []], 'nb')).toThrow(/chunk list/);
  });
});
