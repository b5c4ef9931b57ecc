import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGEFIND_OPTIONS, PAGEFIND_URL, pagefind } from '../../src/lib/search/engine';

/** A stand-in for Pagefind's bundle that records how it was set up. */
const FAKE = `
export const calls = [];
export async function options(o) { calls.push(['options', o]); }
export async function init() { calls.push(['init']); }
export async function search() { return { results: [] }; }
export async function preload() {}
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pagefind-fake-'));
  await writeFile(path.join(dir, 'pagefind.js'), FAKE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading Pagefind', () => {
  test('the bundle lives where the indexing script writes it', () => {
    expect(PAGEFIND_URL).toBe('/pagefind/pagefind.js');
  });

  test('a failed load is not remembered, so the next search can retry', async () => {
    await expect(pagefind(pathToFileURL(path.join(dir, 'missing.js')).href)).rejects.toThrow();
  });

  test('imports once, with exact æøå and its worker, then initialises', async () => {
    const url = pathToFileURL(path.join(dir, 'pagefind.js')).href;
    const first = await pagefind(url);
    const second = await pagefind(url);
    expect(second).toBe(first);
    const { calls } = first as unknown as { calls: unknown[] };
    expect(calls).toEqual([['options', { exactDiacritics: true, noWorker: false }], ['init']]);
    expect(PAGEFIND_OPTIONS).toEqual({ exactDiacritics: true, noWorker: false });
  });
});
