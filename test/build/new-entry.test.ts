/**
 * `npm run new -- <collection> <slug> …` in a copy of the smallest valid site: one scaffold per
 * collection, written by the real script in one run (each run loads the schemas through Vite);
 * the site must build with all of them (the schema and the site-wide checks read drafts too),
 * and none of them may be published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureSite, type BuildResult, type FixtureSite } from './fixture-site';

const SLUG = 'ny-stillas';
const REFUSED = 'ikke-skrevet';
let site: FixtureSite;
const written: string[] = [];
let build: BuildResult;

/** The collections, as the script names them when asked for one that does not exist. */
let collections: string[] = [];

const newEntry = (...args: string[]) =>
  spawnSync('npm', ['run', 'new', '--', ...args], {
    cwd: site.dir,
    encoding: 'utf-8',
    env: {
      ...process.env,
      PATH: `${path.join(site.dir, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
      PORTAL_CONTENT_DIR: site.contentDir,
      // Astro's and Vite's caches in the workspace, not in the linked node_modules/.
      PORTAL_CACHE_DIR: path.join(site.dir, 'cache'),
    },
  });

beforeAll(async () => {
  site = await fixtureSite('base');
  // One unknown collection among the pairs: the script names the known ones and writes nothing.
  const unknown = newEntry('meetings', REFUSED, 'moter', SLUG);
  expect(unknown.status).not.toBe(0);
  collections = (/Velg en av: (.*)/.exec(unknown.stderr)?.[1] ?? '').split(', ').filter(Boolean);
  const result = newEntry(...collections.flatMap((collection) => [collection, SLUG]));
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  written.push(...[...result.stdout.matchAll(/Skrev (\S+)/g)].map((m) => m[1] ?? ''));
  build = await site.build();
}, 600_000);

afterAll(() => site?.remove());

test('one scaffold per collection, each a draft with its fields documented', async () => {
  expect(collections).toContain('meetings');
  expect(collections.length).toBeGreaterThanOrEqual(10);
  expect(written.filter(Boolean)).toHaveLength(collections.length);
  expect(new Set(written).size).toBe(written.length);
  expect(existsSync(path.join(site.contentDir, `meetings/${REFUSED}.md`))).toBe(false);
  const meeting = await site.read(`meetings/${SLUG}.md`);
  expect(meeting).toMatch(/^draft: true$/m);
  expect(meeting).toMatch(/^# Møtets tittel\.$/m);
  expect(meeting).toMatch(/^start: "\d{4}-\d{2}-\d{2}T09:00"$/m);
});

test('the site builds with every scaffold, and publishes none of them', async () => {
  expect(build.ok, build.output).toBe(true);
  const files = (await readdir(site.outDir, { recursive: true })).map(String);
  expect(files.filter((file) => file.includes(SLUG))).toEqual([]);
  const sitemap = await readFile(path.join(site.outDir, 'sitemap-0.xml'), 'utf-8');
  expect(sitemap).not.toContain(SLUG);
});
