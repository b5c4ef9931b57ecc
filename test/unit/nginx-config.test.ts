/**
 * The production web server configuration (scripts/nginx/etiskhandel.conf) is the one place
 * the security headers, caching, content types and redirects are written. The browser tests
 * serve the build with it (test/e2e/server.test.ts); these tests read the file itself, and
 * let Debian's nginx parse it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { wrapperConfig } from '../../scripts/nginx/serve.mjs';
import { findProgram } from '../../scripts/system-deps.mjs';
import {
  addHeaders,
  contentTypes,
  editorHeaders,
  fixedHeaders,
  redirects,
  siteConf,
} from '../support/nginx-conf';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf-8');

describe('scripts/nginx/etiskhandel.conf', () => {
  const headers = fixedHeaders();

  test.for([
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'x-frame-options',
  ])('sets %s', (name) => {
    expect(headers.get(name), name).toBeTruthy();
  });

  test('the CSP runs no inline script and no eval (WebAssembly only, for Pagefind)', () => {
    const csp = headers.get('content-security-policy') ?? '';
    const scriptSrc = /(?:^|;)\s*script-src\s([^;]*)/.exec(csp)?.[1];
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(csp).toMatch(/(?:^|;)\s*object-src 'none'/);
    expect(csp).toMatch(/(?:^|;)\s*frame-ancestors 'none'/);
  });

  test('the web editor (/admin/) alone gets a looser CSP, and keeps every other header', () => {
    const site = headers.get('content-security-policy') ?? '';
    const editor = editorHeaders();
    const policy = editor.get('content-security-policy') ?? '';
    const directive = (csp: string, name: string) =>
      new RegExp(`(?:^|;)\\s*${name}\\s([^;]*)`).exec(csp)?.[1] ?? '';
    expect(policy).not.toBe(site);
    // What Decap needs: run-time compiled code, CSS-in-JS, blob: previews, the git host's API.
    expect(directive(policy, 'script-src')).toMatch(/'unsafe-eval'/);
    expect(directive(policy, 'script-src')).not.toMatch(/'unsafe-inline'|\*|https?:/);
    expect(directive(policy, 'style-src')).toMatch(/'unsafe-inline'/);
    expect(directive(policy, 'img-src')).toMatch(/blob:/);
    expect(directive(policy, 'connect-src')).toMatch(/https:\/\/api\.github\.com/);
    expect(policy).toMatch(/(?:^|;)\s*object-src 'none'/);
    expect(policy).toMatch(/(?:^|;)\s*frame-ancestors 'none'/);
    for (const [name, value] of headers) {
      if (name !== 'content-security-policy') expect(editor.get(name), name).toBe(value);
    }
    // A second location changing the CSP would no longer count as the site's fixed header.
    const conf = siteConf().replace(
      'location /_astro/ {',
      'location /_astro/ {\n    set $etiskhandel_csp "default-src *";',
    );
    expect(fixedHeaders(conf).has('content-security-policy')).toBe(false);
  });

  test('every header is sent on error responses too ("always")', () => {
    const all = addHeaders();
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((header) => !header.always).map((header) => header.name)).toEqual([]);
  });

  test('no location has an add_header of its own (it would drop every inherited header)', () => {
    const conf = siteConf();
    const locations = [...conf.matchAll(/\blocation\b[^{]*\{([^}]*)\}/g)];
    expect(locations.length).toBeGreaterThan(0);
    for (const [block, body] of locations) expect(body, block).not.toMatch(/\badd_header\b/);
  });

  test('gives .ics, .docx, .json, .xml and .wasm their registered types', () => {
    const types = contentTypes();
    expect(types.get('.ics')).toBe('text/calendar');
    expect(types.get('.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(types.get('.json')).toBe('application/json');
    expect(types.get('.xml')).toBe('application/xml');
    expect(types.get('.wasm')).toBe('application/wasm');
    expect(types.get('.html')).toBe('text/html');
  });

  test('the list of moved addresses is well-formed', () => {
    for (const redirect of redirects()) {
      expect(redirect.from).not.toBe(redirect.to);
      expect(redirect.from).toMatch(/^\/[\w/-]+\/$/);
    }
  });

  test('a redirect outside the list, or in another form, is refused', () => {
    const text = read('scripts/nginx/etiskhandel.conf');
    expect(() =>
      redirects(
        text.replace('# redirects: begin', 'rewrite ^/a$ /b permanent;\n# redirects: begin'),
      ),
    ).toThrow(/outside the list/);
    expect(() =>
      redirects(text.replace('# redirects: end', 'return 301 /b/;\n# redirects: end')),
    ).toThrow(/not of the form/);
    expect(
      redirects(
        text.replace(
          '# redirects: end',
          'rewrite ^/eksempler/(.*)$ /erfaringer/$1 permanent;\n# redirects: end',
        ),
      ).map(({ from, to }) => [from, to]),
    ).toContainEqual(['/eksempler/', '/erfaringer/']);
  });

  const nginx = findProgram('nginx');
  const scratch = mkdtempSync(path.join(tmpdir(), 'nginx-conf-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('Debian nginx accepts it inside the test server block', () => {
    expect(nginx, 'nginx is not installed: run `node scripts/system-deps.mjs`').toBeDefined();
    const conf = path.join(scratch, 'nginx.conf');
    writeFileSync(conf, wrapperConfig({ root: scratch, port: 1, dir: scratch }));
    const result = spawnSync(
      nginx ?? 'nginx',
      ['-t', '-p', scratch, '-e', path.join(scratch, 'error.log'), '-c', conf],
      { encoding: 'utf-8' },
    );
    expect(result.stderr).toMatch(/syntax is ok/);
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('the production server block and the README', () => {
  test('scripts/nginx/production.conf includes the site configuration verbatim', () => {
    expect(read('scripts/nginx/production.conf')).toMatch(/^\s*include\s+\S*\/etiskhandel\.conf;/m);
  });

  test('the README points to the file instead of repeating it', () => {
    const readme = read('README.md');
    expect(readme).toContain('scripts/nginx/etiskhandel.conf');
    expect(readme).not.toMatch(/add_header\s+Content-Security-Policy/);
  });
});
