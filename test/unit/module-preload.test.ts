/**
 * Every page `astro build` renders names, in <head>, the chunks its module scripts import
 * (src/lib/module-preload.ts, as the build's middleware), so the browser fetches them beside the scripts instead of one
 * round trip later. The browser test (test/e2e/requirements-pages.test.ts) checks the built finder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  chunksLoadedBy,
  staticImports,
  withModulePreloads,
  withModulePreloadsIn,
} from '../../src/lib/module-preload';

// Shaped like Rolldown's minified output in dist/_astro/.
const FINDER = 'import{n as e,r as t}from"./format.UtPZOqyL.js";import"./side.js";e(t);';
const SHARED = 'var e=1;export{e as n,e as r};';
const LAZY = 'const m=()=>import("./search-index.js");console.log(import.meta.url,m);';
const modules: Record<string, string> = {
  '/_astro/Finder.js': FINDER,
  '/_astro/format.UtPZOqyL.js': SHARED,
  '/_astro/side.js': 'import"./format.UtPZOqyL.js";',
  '/_astro/Search.js': LAZY,
  '/_astro/a.js': 'import"./b.js";',
  '/_astro/b.js': 'import"./a.js";',
};
const importsOf = async (modulePath: string) => staticImports(modules[modulePath]!, modulePath);

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main><p>Tekst</p></main>${body}</body></html>`;
const preload = (href: string) => `<link rel="modulepreload" href="${href}">`;

describe('staticImports', () => {
  test('lists static imports as site paths, in source order', async () => {
    expect(await staticImports(FINDER, '/_astro/Finder.js')).toEqual([
      '/_astro/format.UtPZOqyL.js',
      '/_astro/side.js',
    ]);
  });

  test('leaves out import() and import.meta: they load nothing before the module runs', async () => {
    expect(await staticImports(LAZY, '/_astro/Search.js')).toEqual([]);
  });

  test('leaves out what is not on the site', async () => {
    const code = 'import"https://cdn.example/x.js";import"bare-package";import"../pagefind/p.js";';
    expect(await staticImports(code, '/_astro/x.js')).toEqual(['/pagefind/p.js']);
  });
});

describe('chunksLoadedBy', () => {
  test('follows imports of imports, each chunk once', async () => {
    expect(await chunksLoadedBy('/_astro/Finder.js', importsOf)).toEqual([
      '/_astro/format.UtPZOqyL.js',
      '/_astro/side.js',
    ]);
  });

  test('stops at a cycle', async () => {
    expect(await chunksLoadedBy('/_astro/a.js', importsOf)).toEqual(['/_astro/b.js']);
  });
});

describe('withModulePreloads', () => {
  test('names every chunk the page’s scripts import at the end of <head>', async () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/Base.css">',
      '<script type="module" src="/_astro/Finder.js"></script>',
    );
    expect(await withModulePreloads(html, importsOf)).toBe(
      page(
        `<link rel="stylesheet" href="/_astro/Base.css">${preload('/_astro/format.UtPZOqyL.js')}${preload('/_astro/side.js')}`,
        '<script type="module" src="/_astro/Finder.js"></script>',
      ),
    );
  });

  test('a chunk loaded by two scripts, or itself a script on the page, is not named again', async () => {
    const html = page(
      '',
      '<script type="module" src="/_astro/side.js"></script><script type="module" src="/_astro/Finder.js"></script>',
    );
    const out = await withModulePreloads(html, importsOf);
    expect(out.match(/modulepreload/g)).toHaveLength(1);
    expect(out).toContain(`${preload('/_astro/format.UtPZOqyL.js')}</head>`);
  });

  test('a second pass gives the same page (a page kept from the last build)', async () => {
    const html = page('', '<script type="module" src="/_astro/Finder.js"></script>');
    const once = await withModulePreloads(html, importsOf);
    expect(await withModulePreloads(once, importsOf)).toBe(once);
  });

  test('links from an earlier pass that no longer apply are removed', async () => {
    const html = page(
      preload('/_astro/old.js'),
      '<script type="module" src="/_astro/Search.js"></script>',
    );
    expect(await withModulePreloads(html, importsOf)).toBe(
      page('', '<script type="module" src="/_astro/Search.js"></script>'),
    );
  });

  test('classic scripts and pages without scripts are left alone', async () => {
    const html = page('<script src="/_astro/js-enabled.js"></script>');
    expect(await withModulePreloads(html, importsOf)).toBe(html);
  });
});

describe('the build middleware', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'module-preload-'));
    await mkdir(path.join(dir, '_astro'));
    for (const [file, code] of Object.entries(modules)) await writeFile(path.join(dir, file), code);
    vi.stubEnv('PORTAL_CLIENT_DIR', dir);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  const html = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'content-type': 'text/html' } });

  test('writes the links into a page as it is rendered, reading the built chunks', async () => {
    const out = await withModulePreloadsIn(
      html(page('', '<script type="module" src="/_astro/Finder.js"></script>'), 404),
    );
    expect(out.status).toBe(404);
    expect(out.headers.get('content-type')).toBe('text/html');
    expect(await out.text()).toBe(
      page(
        `${preload('/_astro/format.UtPZOqyL.js')}${preload('/_astro/side.js')}`,
        '<script type="module" src="/_astro/Finder.js"></script>',
      ),
    );
  });

  test('text outside ASCII comes through byte for byte, in the page and its head', async () => {
    const text =
      '<title>Blåbær – «økologisk» 🍓</title><link rel="alternate" title="Endringer – Oslo">';
    const script = '<script type="module" src="/_astro/Finder.js"></script><p>Ærlig talt ✓</p>';
    const out = await withModulePreloadsIn(html(page(text, script)));
    expect(Buffer.from(await out.arrayBuffer())).toEqual(
      Buffer.from(
        page(
          `${text}${preload('/_astro/format.UtPZOqyL.js')}${preload('/_astro/side.js')}`,
          script,
        ),
      ),
    );
  });

  test('pages without module scripts, other files and the dev server are left as they are', async () => {
    expect(await (await withModulePreloadsIn(html(page('')))).text()).toBe(page(''));
    const calendar = new Response('BEGIN:VCALENDAR', {
      headers: { 'content-type': 'text/calendar' },
    });
    expect(await withModulePreloadsIn(calendar)).toBe(calendar);
    vi.stubEnv('PORTAL_CLIENT_DIR', '');
    const page2 = html(page('', '<script type="module" src="/_astro/Finder.js"></script>'));
    expect(await withModulePreloadsIn(page2)).toBe(page2);
  });

  test('a page loading a script the build did not write fails the build', async () => {
    await expect(
      withModulePreloadsIn(
        html(page('', '<script type="module" src="/_astro/missing.js"></script>')),
      ),
    ).rejects.toThrow('A page loads /_astro/missing.js, which the build did not write.');
  });
});
