/**
 * What only a real web server shows. `npm run test:e2e` serves the build with Debian's nginx
 * and the production configuration (scripts/nginx/etiskhandel.conf); these tests ask it over
 * HTTP, as a browser or a feed reader would, and compare what comes back with the built files:
 * security headers on every kind of response, gzip, caching, the 404 page, redirects and
 * content types.
 */
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { serveWithNginx } from '../../scripts/nginx/serve.mjs';
import { contentTypes, editorHeaders, fixedHeaders, redirects } from '../support/nginx-conf';
import { baseUrl, newPage } from './browser';
import { outDir, pagePerType, sitemapPaths, summarizeGate } from './site-map';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (compressed when content-encoding says so). */
  raw: Buffer;
  /** The body after undoing gzip. */
  body: Buffer;
}

/** GET a site path from the served site, without following redirects. */
function get(sitePath: string, headers: Record<string, string> = {}, base = baseUrl) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(new URL(sitePath, `${base}/`), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const gzip = { 'accept-encoding': 'gzip' };
const file = (sitePath: string) =>
  readFileSync(path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath));

/** Every file of the build, as site paths ("/_astro/x.css"). */
function builtFiles(dir = outDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}
const files = builtFiles();
/** The largest built file with this extension (small files are not worth compressing). */
const largest = (extension: string) =>
  files
    .filter((f) => f.endsWith(extension) && !f.startsWith('/pagefind/'))
    .sort((a, b) => statSync(path.join(outDir, b)).size - statSync(path.join(outDir, a)).size)[0];

const expectedHeaders = fixedHeaders();
const types = pagePerType();
let checked = 0;
summarizeGate('web server', () => `${checked} responses from nginx checked`);

describe('nginx sends the security headers on every kind of response', () => {
  const samples = [
    ['the home page', '/'],
    ['a requirement', types.krav ?? '/krav/'],
    ['a missing page (404)', '/finnes-ikke/'],
    ['a stylesheet', largest('.css')],
    ['a calendar', largest('.ics')],
    ['a Word document', largest('.docx')],
    ['the open data', '/data/requirements.json'],
    ['a redirect', '/krav'],
  ] as const;
  test.for(samples)('%s (%s)', async ([, sitePath]) => {
    expect(sitePath).toBeDefined();
    const answer = await get(sitePath ?? '/');
    checked += 1;
    expect(expectedHeaders.size).toBeGreaterThan(4);
    for (const [name, value] of expectedHeaders)
      expect(answer.headers[name], `${name} on ${sitePath}`).toBe(value);
    expect(answer.headers['server'], 'no version in the Server header').toBe('nginx');
  });
});

describe('the web editor (/admin/) has a policy of its own', () => {
  test('its page and bundle get the editor’s CSP; the pages around it keep the site’s', async () => {
    const editor = editorHeaders();
    for (const sitePath of ['/admin/', '/admin/decap-cms.js', '/admin/config.yml']) {
      const answer = await get(sitePath);
      checked += 1;
      expect(answer.status, sitePath).toBe(200);
      for (const [name, value] of editor)
        expect(answer.headers[name], `${name} on ${sitePath}`).toBe(value);
    }
    expect((await get('/admin/decap-cms.js')).headers['content-type']).toMatch(/text\/javascript/);
    const site = expectedHeaders.get('content-security-policy');
    expect(editor.get('content-security-policy')).not.toBe(site);
    for (const sitePath of ['/', '/administrasjon-finnes-ikke/']) {
      expect((await get(sitePath)).headers['content-security-policy'], sitePath).toBe(site);
    }
  });

  test('it is for editors only: noindex, not in the sitemap or the search index, bundle from the site', () => {
    const html = file('/admin/').toString('utf-8');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).not.toMatch(/data-pagefind-body/);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/admin/decap-cms.js', '/admin/editor-setup.js']);
    expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
    expect(files).toContain('/admin/config.yml');
  });
});

describe('text is sent gzip-compressed', () => {
  test.for(['/', '.css', '.js', '.json', '.xml', '.ics', '.svg'])('%s', async (kind) => {
    const sitePath = kind === '/' ? '/' : largest(kind);
    expect(sitePath, `a built ${kind} file`).toBeDefined();
    const compressed = await get(sitePath ?? '/', gzip);
    checked += 1;
    expect(compressed.status).toBe(200);
    expect(compressed.headers['content-encoding'], sitePath).toBe('gzip');
    expect(compressed.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(compressed.raw.length).toBeLessThan(compressed.body.length);
    expect(compressed.body.equals(file(sitePath ?? '/')), `${sitePath} unzips to the file`).toBe(
      true,
    );
    const plain = await get(sitePath ?? '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file(sitePath ?? '/'))).toBe(true);
  });

  test('binary files are not compressed again (.docx, .woff2)', async () => {
    for (const kind of ['.docx', '.woff2']) {
      const sitePath = largest(kind);
      expect(sitePath, `a built ${kind} file`).toBeDefined();
      const answer = await get(sitePath ?? '/', gzip);
      checked += 1;
      expect(answer.headers['content-encoding'], sitePath).toBeUndefined();
    }
  });
});

describe('caching', () => {
  const assets = files.filter((f) => f.startsWith('/_astro/'));

  test('every file under /_astro/ has a content hash in its name', () => {
    expect(assets.length).toBeGreaterThan(5);
    const unhashed = assets.filter((f) => !/\.[\w-]{8}\.\w+$/.test(path.basename(f)));
    expect(unhashed).toEqual([]);
  });

  test('hashed assets are kept a year (immutable)', async () => {
    for (const sitePath of assets) {
      const answer = await get(sitePath);
      checked += 1;
      expect(answer.status, sitePath).toBe(200);
      expect(answer.headers['cache-control'], sitePath).toBe('public, max-age=31536000, immutable');
    }
  });

  test("Pagefind's hashed files are kept a year, its entry files are revalidated", async () => {
    const hashed = [
      /^\/pagefind\/fragment\/.+\.pf_fragment$/,
      /^\/pagefind\/index\/.+\.pf_index$/,
      /^\/pagefind\/pagefind\.nb_[0-9a-f]+\.pf_meta$/,
    ].map((pattern) => files.find((f) => pattern.test(f)));
    for (const file of hashed) {
      expect(file).toBeDefined();
      expect((await get(file ?? '')).headers['cache-control'], file).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const entry of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.nb.pagefind',
    ])
      expect((await get(entry)).headers['cache-control'], entry).toBe('no-cache');
    checked += 7;
  });

  test.for([
    '/',
    types.krav ?? '/krav/',
    '/finnes-ikke/',
    largest('.ics') ?? '',
    largest('.docx') ?? '',
    '/data/requirements.json',
    '/krav/endringer.xml',
  ])('%s is revalidated on every use (no-cache)', async (sitePath) => {
    const answer = await get(sitePath);
    checked += 1;
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['etag'] ?? answer.headers['last-modified']).toBeTruthy();
  });
});

describe('missing pages', () => {
  test.for(['/finnes-ikke/', '/krav/finnes-ikke/', '/_astro/finnes-ikke.css'])(
    '%s answers 404 with the 404 page',
    async (sitePath) => {
      const answer = await get(sitePath, gzip);
      checked += 1;
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body.equals(file('/404.html'))).toBe(true);
    },
  );

  test('a reader sees the 404 page in the browser', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/finnes-ikke/`);
    expect(response?.status()).toBe(404);
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(file('/404.html').toString())?.[1] ?? '';
    const expected = heading.replace(/<[^>]+>/g, '').trim();
    expect(expected).not.toBe('');
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(expected);
    await page.context().close();
  });
});

describe('redirects', () => {
  test('a folder without the trailing slash redirects to it (relative Location)', async () => {
    const answer = await get('/krav');
    checked += 1;
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe('/krav/');
  });

  // The list in scripts/nginx/etiskhandel.conf ("# redirects: begin" … "end"); may be empty.
  test.for(redirects().map((r) => [r.from, r.to] as const))(
    'moved address %s → %s',
    async ([from, to]) => {
      expect(
        files.some((f) => f.startsWith(from)),
        `${from} still exists in the build`,
      ).toBe(false);
      const targets = files
        .filter((f) => f.startsWith(to) && f.endsWith('/index.html'))
        .map((f) => f.replace(/index\.html$/, ''));
      expect(targets.length, `${to} has pages in the build`).toBeGreaterThan(0);
      for (const target of targets) {
        const old = `${from}${target.slice(to.length)}`;
        const answer = await get(old);
        checked += 1;
        expect(answer.status, old).toBe(301);
        expect(answer.headers['location'], old).toBe(target);
        expect((await get(target)).status, target).toBe(200);
      }
    },
  );
});

describe('content types', () => {
  const configured = contentTypes();
  const expected: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.ics': 'text/calendar; charset=utf-8',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.json': 'application/json; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml; charset=utf-8',
    '.woff2': 'font/woff2',
    '.pdf': 'application/pdf',
  };

  test.for(Object.entries(expected))('%s is sent as %s', async ([extension, type]) => {
    const sitePath = largest(extension);
    expect(sitePath, `a built ${extension} file`).toBeDefined();
    const answer = await get(sitePath ?? '/');
    checked += 1;
    expect(answer.headers['content-type'], sitePath).toBe(type);
  });

  test('every kind of file in the build has a type of its own (only Pagefind index files are binary)', () => {
    const extensions = new Set(files.map((f) => path.extname(f)).filter(Boolean));
    const untyped = [...extensions].filter(
      (extension) => !configured.has(extension) && !/^\.(pagefind|pf_\w+)$/.test(extension),
    );
    expect(untyped).toEqual([]);
  });

  test('.wasm is application/wasm, so browsers compile it while it streams', async () => {
    // The build has no .wasm file today (Pagefind ships its own compressed .pagefind files):
    // the same configuration serves a tiny valid module, and Chromium streams it.
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-wasm-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>wasm</title>');
    writeFileSync(path.join(dir, 'tiny.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    const server = await serveWithNginx(dir);
    try {
      const answer = await get('/tiny.wasm', {}, server.url);
      expect(answer.headers['content-type']).toBe('application/wasm');
      const page = await newPage();
      await page.goto(`${server.url}/`);
      const compiled = await page.evaluate(async () => {
        const result = await WebAssembly.instantiateStreaming(fetch('/tiny.wasm'));
        return result.module instanceof WebAssembly.Module;
      });
      expect(compiled).toBe(true);
      await page.context().close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
