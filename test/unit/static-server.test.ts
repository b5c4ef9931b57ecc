import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHeadersFile, serveStatic } from '../support/static-server.mjs';

let dir: string;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await mkdir(path.join(dir, 'krav'));
  await writeFile(path.join(dir, 'index.html'), '<h1>Hjem</h1>');
  await writeFile(path.join(dir, 'krav', 'index.html'), '<h1>Krav</h1>');
  await writeFile(path.join(dir, '404.html'), '<h1>Fant ikke siden</h1>');
  await writeFile(path.join(dir, 'site.css'), 'body{}');
  await writeFile(
    path.join(dir, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/krav/*\n  X-Test: krav\n',
  );
  site = await serveStatic(dir);
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${site.url}${p}`, { redirect: 'manual' });

describe('static server for the built site', () => {
  test('serves /x/ from /x/index.html with the right type', async () => {
    const response = await get('/krav/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>Krav</h1>');
  });

  test('redirects a folder without its slash', async () => {
    const response = await get('/krav');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/krav/');
  });

  test('answers misses with 404.html and status 404, and never leaves the folder', async () => {
    const response = await get('/finnes-ikke/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Fant ikke siden</h1>');
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  test('sends the headers from _headers by path', async () => {
    const css = await get('/site.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    expect(css.headers.get('x-test')).toBeNull();
    expect((await get('/krav/')).headers.get('x-test')).toBe('krav');
  });

  test('records what was requested', () => {
    expect(site.requests).toContainEqual({ path: '/krav/', status: 200 });
  });

  test('parses a Netlify _headers file', () => {
    const rules = parseHeadersFile('# comment\n/*\n  Referrer-Policy: no-referrer\n');
    expect(rules).toHaveLength(1);
    expect(rules[0]?.pattern.test('/a/b/')).toBe(true);
    expect(rules[0]?.headers).toEqual([['Referrer-Policy', 'no-referrer']]);
  });
});
