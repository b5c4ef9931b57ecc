/**
 * A render thread (src/lib/build/render-worker.mjs) marks itself so that the pages'
 * getStaticPaths skip the incremental build's keys there: only Astro's main thread compares
 * them. The main thread makes real keys whatever is marked, or a warm build would reuse every
 * page. The thread is played here by a mocked `isMainThread`; the site's content comes from a
 * mocked `getCollection` that counts its calls.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { E2E_BUILD_DATE } from '../../scripts/e2e-build-date.mjs';

const state = vi.hoisted(() => ({ mainThread: true, collectionsRead: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<object>();
  return {
    ...original,
    get isMainThread() {
      return state.mainThread;
    },
  };
});
vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCollection: () => {
    state.collectionsRead++;
    return Promise.resolve([]);
  },
}));
vi.stubEnv('PORTAL_BUILD_DATE', E2E_BUILD_DATE);

import { cacheKey, KEYLESS_THREAD, THREAD_KEY } from '../../src/lib/content/cache-key';

const marks = globalThis as Record<symbol, unknown>;
const entry = (id: string, text: string) =>
  ({ collection: 'requirements', id, data: { title: id }, body: text }) as never;

afterEach(() => {
  delete marks[KEYLESS_THREAD];
  state.mainThread = true;
});

describe('the incremental build key in a render thread', () => {
  test('a marked render thread gets the thread key without reading the site', async () => {
    state.mainThread = false;
    marks[KEYLESS_THREAD] = true;
    const before = state.collectionsRead;
    expect(await cacheKey(entry('a', 'one'))).toBe(THREAD_KEY);
    expect(await cacheKey(entry('b', 'two'), undefined)).toBe(THREAD_KEY);
    expect(state.collectionsRead).toBe(before);
  });

  test('the main thread makes real keys even when marked', async () => {
    marks[KEYLESS_THREAD] = true;
    const first = await cacheKey(entry('a', 'one'));
    const changed = await cacheKey(entry('a', 'one, changed'));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(changed).toMatch(/^[0-9a-f]{64}$/);
    expect(changed).not.toBe(first);
  });

  test('an unmarked thread makes real keys', async () => {
    state.mainThread = false;
    const key = await cacheKey(entry('a', 'one'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toBe(await cacheKey(entry('a', 'one')));
  });
});
