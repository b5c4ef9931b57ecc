import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PAGEFIND_OPTIONS,
  PAGEFIND_URL,
  PAGEFIND_WORKER_URL,
  pagefind,
  workerSettings,
} from '../../src/lib/search/engine';

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
    await expect(
      pagefind(PAGEFIND_WORKER_URL, pathToFileURL(path.join(dir, 'missing.js')).href),
    ).rejects.toThrow();
  });

  test("without web workers: imports Pagefind's script once, with exact æøå and no worker, then initialises", async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const url = pathToFileURL(path.join(dir, 'pagefind.js')).href;
    const first = await pagefind(PAGEFIND_WORKER_URL, url);
    const second = await pagefind(PAGEFIND_WORKER_URL, url);
    expect(second).toBe(first);
    const { calls } = first as unknown as { calls: unknown[] };
    expect(calls).toEqual([['options', { exactDiacritics: true, noWorker: true }], ['init']]);
    expect(PAGEFIND_OPTIONS).toEqual({ exactDiacritics: true });
  });

  test("the worker is told what Pagefind's script tells it: settings, index folder, language", () => {
    expect(PAGEFIND_WORKER_URL).toBe('/pagefind/pagefind-worker.js');
    expect(workerSettings('nb')).toEqual({
      exactDiacritics: true,
      basePath: '/pagefind/',
      language: 'nb',
      primary: true,
    });
    expect(workerSettings('EN').language).toBe('en');
    expect(workerSettings('').language).toBe('unknown');
  });
});
