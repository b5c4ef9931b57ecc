/**
 * A fixture site to build: a copy of a content tree from test/fixtures/ that a test can
 * break in one place, built by the real `npm run build` in a workspace of its own.
 *
 * Why a workspace: Astro writes generated modules to `<cwd>/.astro/` (and its prerender
 * chunks too when the output folder lies outside the project), so two builds from one
 * checkout overwrite each other's files. The workspace holds a copy of src/, public/, scripts/
 * and the config, a link to the checkout's node_modules/, and keeps content, output, caches
 * (Astro's and Vite's, both under PORTAL_CACHE_DIR: astro.config.mjs) and .astro to itself.
 * Error messages then name files as `content/<collection>/<file>`, as editors see them.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, without colour codes. */
  output: string;
}

export interface FixtureSite {
  /** The workspace; content is in `content/`, the built site in `dist/`. */
  dir: string;
  contentDir: string;
  outDir: string;
  /** Reads a content file (path relative to the content folder). */
  read(file: string): Promise<string>;
  /** Writes a content file (path relative to the content folder). */
  write(file: string, text: string): Promise<void>;
  /** Replaces text in a content file; fails when `from` is not there, so fixtures cannot drift silently. */
  edit(file: string, from: string | RegExp, to: string): Promise<void>;
  /** Runs `npm run build` in the workspace. */
  build(env?: Record<string, string>): Promise<BuildResult>;
  /** Deletes the workspace. */
  remove(): Promise<void>;
}

/** Copies test/fixtures/<fixture> into a fresh workspace. */
export function fixtureSite(fixture = 'base'): Promise<FixtureSite> {
  return siteFrom(path.join(repo, 'test/fixtures', fixture), fixture);
}

/**
 * Builds a copy of the base fixture after `breakIt` (one editor's mistake, or a few the build
 * reports together) and returns the editor's message; the workspace is deleted either way.
 */
export async function messageAfter(breakIt: (site: FixtureSite) => Promise<void>): Promise<string> {
  const site = await fixtureSite('base');
  try {
    await breakIt(site);
    return editorMessage(await site.build(), site);
  } finally {
    await site.remove();
  }
}

/**
 * A workspace over any content tree, e.g. the editors' own `content/` for a build with a
 * pinned date (`build({ PORTAL_BUILD_DATE })`) that browser tests serve.
 */
export async function siteFrom(
  source: string,
  label = path.basename(source),
): Promise<FixtureSite> {
  const dir = await mkdtemp(path.join(tmpdir(), `portal-${label}-`));
  await Promise.all(
    COPIED.map((name) => cp(path.join(repo, name), path.join(dir, name), { recursive: true })),
  );
  // One link, not one per package: 900 symlinks cost about 0.8 s of CPU per workspace here.
  await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const contentDir = path.join(dir, 'content');
  const outDir = path.join(dir, 'dist');
  await cp(source, contentDir, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'README.md',
  });

  return {
    dir,
    contentDir,
    outDir,
    read: (file) => readFile(path.join(contentDir, file), 'utf-8'),
    async write(file, text) {
      const target = path.join(contentDir, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
    async edit(file, from, to) {
      const target = path.join(contentDir, file);
      const text = await readFile(target, 'utf-8');
      const changed = text.replace(from, to);
      expect(changed, `${file} should contain ${String(from)}`).not.toBe(text);
      await writeFile(target, changed);
    },
    build: (env = {}) =>
      run('npm', ['run', 'build'], dir, {
        PORTAL_CONTENT_DIR: contentDir,
        PORTAL_OUT_DIR: outDir,
        PORTAL_CACHE_DIR: path.join(dir, 'cache'),
        PORTAL_BUILD_DATE: '2026-06-01',
        ...env,
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<BuildResult>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        ...env,
        // The project's Node 22 and tools first, as `npm run` does in the checkout.
        PATH: `${path.join(cwd, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      // eslint-disable-next-line no-control-regex
      resolve({ ok: code === 0, output: output.replace(/\u001b\[[0-9;]*m/g, '') }),
    );
  });
}

const HEADING = /(Feil i \S+:|Innholdet har \d+ fil\(er\) med feil:)\s*$/;
const PROBLEM = /^\s+- feltet /;

/**
 * The editor-facing part of a failed build's output: the first "Feil i <file>:" or
 * "Innholdet har … feil:" heading and the problem lines under it, without stack traces.
 */
export function editorMessage(result: BuildResult, site?: FixtureSite): string {
  expect(result.ok, 'the build should fail').toBe(false);
  const lines = result.output.split('\n');
  const start = lines.findIndex((line) => HEADING.test(line));
  expect(start, `no editor message in the build output:\n${result.output}`).toBeGreaterThanOrEqual(
    0,
  );
  const kept = [HEADING.exec(lines[start] ?? '')?.[1] ?? ''];
  for (const line of lines.slice(start + 1)) {
    if (PROBLEM.test(line)) kept.push(line.trimEnd());
    else if (/^Feil i \S+:$/.test(line.trim())) kept.push(line.trim());
    else break;
  }
  const message = kept.join('\n');
  return site ? message.replaceAll(site.dir, '<site>') : message;
}
