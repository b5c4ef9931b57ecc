import { describe, expect, test } from 'vitest';
import { indexChunkSize } from '../../src/lib/search/chunk-size';

describe('index chunk size', () => {
  test('3 000 entries at 1 000 pages, the size measured best there', () => {
    expect(indexChunkSize(1000)).toBe(3004);
  });

  test('grows with the square root of the number of pages', () => {
    expect(indexChunkSize(10_000)).toBe(9500);
    expect(indexChunkSize(4000) / indexChunkSize(1000)).toBeCloseTo(2, 2);
  });

  test('has a floor for small sites', () => {
    expect(indexChunkSize(1)).toBe(400);
    expect(indexChunkSize(0)).toBe(400);
  });
});
