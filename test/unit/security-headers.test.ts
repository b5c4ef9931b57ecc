/**
 * The security headers exist twice: in public/_headers (hosts that read it, and the browser
 * tests) and as an nginx snippet in README.md under "Sikkerhetshoder". They must not drift.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../support/static-server.mjs';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf-8');

/** Headers that public/_headers gives every path ("/*"), by lower-case name. */
function headersFileHeaders(text: string): Map<string, string> {
  const rules = parseHeadersFile(text) as { pattern: RegExp; headers: [string, string][] }[];
  const all = rules.find(
    (rule) => rule.pattern.source === '^\\/.*$' || rule.pattern.test('/any/page/'),
  );
  return new Map((all?.headers ?? []).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The `add_header` lines of the nginx block in README.md's "Sikkerhetshoder" section. */
function readmeNginxHeaders(readme: string): Map<string, string> {
  const section = /^#+\s*Sikkerhetshoder\s*$([\s\S]*?)(?=^#+\s|(?![\s\S]))/m.exec(readme)?.[1];
  expect(section, 'README.md has a section "Sikkerhetshoder"').toBeDefined();
  const block = /```nginx\n([\s\S]*?)```/.exec(section ?? '')?.[1];
  expect(block, 'the "Sikkerhetshoder" section has an ```nginx block').toBeDefined();
  const headers = new Map<string, string>();
  for (const match of (block ?? '').matchAll(
    /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|'([^']*)')(\s+always)?\s*;/gm,
  )) {
    headers.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? '');
  }
  return headers;
}

describe('security headers', () => {
  const fromFile = headersFileHeaders(read('public/_headers'));
  const fromReadme = () => readmeNginxHeaders(read('README.md'));

  test('public/_headers sets the headers issue 8 asks for', () => {
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
    ]) {
      expect(fromFile.get(name), name).toBeTruthy();
    }
  });

  test('the CSP runs no inline script and no eval (WebAssembly only, for Pagefind)', () => {
    const csp = fromFile.get('content-security-policy') ?? '';
    const scriptSrc = /(?:^|;)\s*script-src\s([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  test('the README nginx snippet carries the same CSP as public/_headers', () => {
    expect(fromReadme().get('content-security-policy')).toBe(
      fromFile.get('content-security-policy'),
    );
  });

  test('the README nginx snippet carries exactly the headers of public/_headers', () => {
    expect(Object.fromEntries(fromReadme())).toEqual(Object.fromEntries(fromFile));
  });
});
