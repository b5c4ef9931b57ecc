/**
 * The warm build's key (src/lib/content/cache-key.ts) must change with every environment
 * variable that changes the output, or a cached page would keep an old feedback address or
 * site URL. The fixture build in test/build/feedback.test.ts shows it end to end.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { environmentParts, NON_OUTPUT_ENV, OUTPUT_ENV } from '../../src/lib/content/cache-key';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Every PORTAL_ variable named in src/ and astro.config.mjs. */
async function variablesInCode(): Promise<Set<string>> {
  const files = (await readdir(path.join(repo, 'src'), { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && /\.(ts|mjs|astro)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
  files.push(path.join(repo, 'astro.config.mjs'));
  const names = new Set<string>();
  for (const file of files) {
    for (const match of (await readFile(file, 'utf-8')).matchAll(/\bPORTAL_[A-Z_]+\b/g)) {
      names.add(match[0]);
    }
  }
  return names;
}

describe('the environment in the warm-build key', () => {
  const base = {
    PORTAL_SITE_URL: 'https://etiskhandel.example',
    PORTAL_FEEDBACK_ENDPOINT: '/tilbakemelding',
    PORTAL_FEEDBACK_EMAIL: 'a@example.no',
  };

  test('each output variable changes the key: set, changed or unset', () => {
    const before = environmentParts(base).join('\n');
    for (const name of OUTPUT_ENV) {
      const changed = environmentParts({ ...base, [name]: `${base[name]}x` }).join('\n');
      const unset = environmentParts({ ...base, [name]: undefined }).join('\n');
      expect(changed, name).not.toBe(before);
      expect(unset, name).not.toBe(before);
    }
  });

  test('the feedback variables are among them', () => {
    expect(OUTPUT_ENV).toEqual(
      expect.arrayContaining(['PORTAL_FEEDBACK_ENDPOINT', 'PORTAL_FEEDBACK_EMAIL']),
    );
  });

  test('variables that change nothing in the output do not change the key', () => {
    const before = environmentParts(base);
    expect(
      environmentParts({ ...base, PORTAL_OUT_DIR: '/tmp/a', PORTAL_CACHE_DIR: '/tmp/b' }),
    ).toEqual(before);
  });

  test('every PORTAL_ variable the code reads is either in the key or known not to change output', async () => {
    const known = new Set<string>([...OUTPUT_ENV, ...NON_OUTPUT_ENV]);
    const unknown = [...(await variablesInCode())].filter((name) => !known.has(name));
    expect(unknown, 'add it to OUTPUT_ENV or NON_OUTPUT_ENV in cache-key.ts').toEqual([]);
  });
});
