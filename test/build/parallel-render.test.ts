/**
 * Pages rendered in a render thread (src/lib/build/parallel-render.ts) are the pages Astro's one
 * thread renders: a fixture site built with PORTAL_RENDER_WORKERS=0 and with one render thread
 * gives the same files, byte for byte.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

/** Every file under `dir` (relative path) with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
  return new Map(
    await Promise.all(
      files.map(async (file): Promise<[string, Buffer]> => [
        path.relative(dir, file),
        await readFile(file),
      ]),
    ),
  );
}

let site: FixtureSite;
let oneThread: Map<string, Buffer>;
let parallel: BuildResult;
let parallelFiles: Map<string, Buffer>;

beforeAll(async () => {
  site = await fixtureSite('base');
  const cold = async (env: Record<string, string>) => {
    await rm(site.outDir, { recursive: true, force: true });
    await rm(path.join(site.dir, 'cache'), { recursive: true, force: true });
    const result = await site.build(env);
    expect(result.ok, result.output).toBe(true);
    return result;
  };
  await cold({ PORTAL_RENDER_WORKERS: '0' });
  oneThread = await filesOf(site.outDir);
  parallel = await cold({ PORTAL_RENDER_WORKERS: '1', PORTAL_RENDER_WORKERS_AFTER: '0' });
  parallelFiles = await filesOf(site.outDir);
}, 300_000);

afterAll(() => site?.remove());

test('a render thread renders part of the pages', () => {
  const [, inThread] = /(\d+) of \d+ rendered in 1 render thread/.exec(parallel.output) ?? [];
  expect(Number(inThread)).toBeGreaterThan(0);
});

test('the site is byte-identical to a one-thread build', () => {
  expect([...parallelFiles.keys()].sort()).toEqual([...oneThread.keys()].sort());
  const differing = [...oneThread].filter(
    ([file, bytes]) => !parallelFiles.get(file)?.equals(bytes),
  );
  expect(differing.map(([file]) => file)).toEqual([]);
});
